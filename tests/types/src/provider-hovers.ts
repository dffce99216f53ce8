// Every provider's fixture, compiled against the built packages in a scratch directory whose
// node_modules links the workspace packages (as the README examples' checker does).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { linkWorkspacePackages } from "@image-sdk/scripts/docs/type-check-examples.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import ts from "typescript";
import { clientHelpers } from "./client-helpers.ts";
import { type ProviderFixture, providerFixture } from "./hover-fixture.ts";
import { type ProviderUnderTest, providersUnderTest } from "./providers.ts";
import { type FixtureReport, hoverFixtures } from "./quick-info.ts";

export interface ProviderHovers {
  provider: ProviderUnderTest;
  helpers: string[];
  fixture: ProviderFixture;
  report: FixtureReport;
}

/** The repository's strict compiler options, as a user's strict project has them. */
export function compilerOptions(): ts.CompilerOptions {
  const configFile = join(repoRoot, "tsconfig.base.json");
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  if (config.error)
    throw new Error(`${configFile}: ${ts.flattenDiagnosticMessageText(config.error.messageText, "\n")}`);
  const { options, errors } = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, repoRoot);
  if (errors.length > 0) throw new Error(`${configFile}: ${errors.map((e) => e.messageText).join("; ")}`);
  return { ...options, exactOptionalPropertyTypes: true };
}

/** Runs `use` in a scratch directory whose node_modules links the workspace packages, then removes it. */
export async function inScratchProject<T>(root: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "hover-fixtures-"));
  try {
    await linkWorkspacePackages(dir, root);
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function providerHovers(root = repoRoot): Promise<ProviderHovers[]> {
  return inScratchProject(root, async (dir) => {
    const options = compilerOptions();
    const results: ProviderHovers[] = [];
    for (const provider of await providersUnderTest(root)) {
      const helpers = clientHelpers(provider, dir, options);
      const fixture = providerFixture(provider, helpers);
      const report = hoverFixtures(new Map([[join(dir, `hovers-${provider.names.name}.ts`), fixture.source]]), options);
      results.push({ provider, helpers, fixture, report });
    }
    return results;
  });
}
