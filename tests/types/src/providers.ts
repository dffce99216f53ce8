// The provider packages whose hovers are tested: every provider of the repository model, so a new
// provider is covered without editing a test.
import { join } from "node:path";
import { listOperations, type OperationMethod } from "@image-sdk/scripts/repo/operation-methods.ts";
import type { ProviderNames } from "@image-sdk/scripts/repo/provider-names.ts";
import { listProviders, readProviderDocument } from "@image-sdk/scripts/repo/providers.ts";
import { type DocumentedErrors, readDocumentedErrors } from "./documented-errors.ts";

export interface Operation {
  method: Uppercase<OperationMethod>;
  path: string;
}

export interface ProviderUnderTest {
  names: ProviderNames;
  documented: DocumentedErrors;
  /** Every operation of the package's openapi.json, for its raw call. */
  operations: Operation[];
}

export async function providersUnderTest(root: string): Promise<ProviderUnderTest[]> {
  const providers: ProviderUnderTest[] = [];
  for (const provider of listProviders(root)) {
    const operations = listOperations(await readProviderDocument(provider)).map(({ method, path }) => ({
      method: method.toUpperCase() as Uppercase<OperationMethod>,
      path,
    }));
    const documented = await readDocumentedErrors(join(provider.paths.generatedDir, "errors.ts"));
    providers.push({ names: provider.names, documented, operations });
  }
  return providers;
}
