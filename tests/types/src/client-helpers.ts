// A provider client's helpers (imageToPrompt, createImage, …): the methods its client type has
// beyond the raw calls every client shares, read from the built types.
import ts from "typescript";
import type { ProviderUnderTest } from "./providers.ts";
import { fixtureService } from "./quick-info.ts";

export function clientHelpers(provider: ProviderUnderTest, dir: string, options: ts.CompilerOptions): string[] {
  const file = `${dir}/helpers-${provider.names.name}.ts`;
  const source = `import type { ApiClient } from "@image-sdk/core";
import type { ${provider.names.clientType} } from "${provider.names.packageName}";
declare const client: ${provider.names.clientType};
declare const raw: ApiClient<{}>;
export { client, raw };
`;
  const service = fixtureService(new Map([[file, source]]), options);
  const program = service.getProgram();
  const sourceFile = program?.getSourceFile(file);
  if (!program || !sourceFile) throw new Error(`${file}: not in the program`);
  const checker = program.getTypeChecker();
  const [client, raw] = sourceFile.statements
    .filter(ts.isVariableStatement)
    .map((statement) => checker.getTypeAtLocation(statement.declarationList.declarations[0]?.name ?? statement));
  if (!client || !raw) throw new Error(`${file}: cannot read the client types`);
  const shared = new Set(raw.getProperties().map((property) => property.name));
  const helpers = client
    .getProperties()
    .filter(
      (property) =>
        !shared.has(property.name) &&
        checker.getTypeOfSymbolAtLocation(property, sourceFile).getCallSignatures().length > 0,
    )
    .map((property) => property.name);
  service.dispose();
  return helpers;
}
