// The provider packages whose hovers are tested: every packages/<name>/ with a generated
// errors.ts, so a new provider is covered without editing a test.
import { access, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type ProviderNames, providerNames } from "@image-sdk/scripts/pipeline/provider-names.ts";
import { type DocumentedErrors, readDocumentedErrors } from "./documented-errors.ts";

export interface Operation {
  method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  path: string;
}

export interface ProviderUnderTest {
  names: ProviderNames;
  documented: DocumentedErrors;
  /** Every operation of the package's openapi.json, for its raw call. */
  operations: Operation[];
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export async function providersUnderTest(root: string): Promise<ProviderUnderTest[]> {
  const providers: ProviderUnderTest[] = [];
  for (const name of (await readdir(join(root, "packages"))).sort()) {
    const errorsFile = join(root, "packages", name, "src", "generated", "errors.ts");
    const exists = await access(errorsFile).then(
      () => true,
      () => false,
    );
    if (!exists) continue; // core and the packages built on the clients are no provider
    const documentFile = join(root, "packages", name, "openapi.json");
    const document = JSON.parse(await readFile(documentFile, "utf8")) as { paths?: Record<string, object> };
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      methods.filter((method) => method in item).map((method) => ({ method: method.toUpperCase(), path }) as Operation),
    );
    providers.push({ names: providerNames(name), documented: await readDocumentedErrors(errorsFile), operations });
  }
  return providers;
}
