// Pipeline step 3: turns the package's corrected document into TypeScript, one template per file
// of src/generated/ (the list below). A new kind of generated file is one more GeneratedFile.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { OpenAPI3 } from "openapi-typescript";
import { apiErrorTypeFile } from "./api-error-type.ts";
import { writeFilesAtomically } from "./atomic-write.ts";
import { clientShellFile } from "./client-shell.ts";
import { errorsFile } from "./error-codes.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { jobsFile } from "./jobs-file.ts";
import { openapiTypesFile } from "./openapi-types.ts";
import { paginationFile } from "./pagination-file.ts";
import { PipelineError, runStep } from "./pipeline-error.ts";
import { providerFile } from "./provider-config.ts";
import { loadProviderSpec, providerFromArgv } from "./provider-spec.ts";

/**
 * Every file of src/generated/, rendered in this order from the same document: the types, the
 * documented error codes, the runtime configuration createApiClient runs every call from, the
 * error type, and the client shell (guard and factory) over them.
 */
export const generatedFiles: readonly GeneratedFile[] = [
  openapiTypesFile,
  errorsFile,
  providerFile,
  apiErrorTypeFile,
  jobsFile,
  paginationFile,
  clientShellFile,
];

export async function generateTypes(provider: string, root?: string): Promise<void> {
  const spec = await loadProviderSpec(provider, root);
  const label = relative(spec.root, spec.bundlePath);
  let document: OpenAPI3;
  try {
    document = JSON.parse(await readFile(spec.bundlePath, "utf8"));
  } catch (error) {
    throw new PipelineError(
      label,
      `cannot read the bundled document (run spec:bundle first): ${(error as Error).message}`,
    );
  }
  const input = { provider, document, packageDir: spec.packageDir, root: spec.root, label };
  const files: Array<{ path: string; contents: string }> = [];
  for (const file of generatedFiles) {
    const contents = await file.render(input);
    if (contents !== undefined) files.push({ path: join(spec.generatedDir, file.name), contents });
  }
  await writeFilesAtomically(files);
}

if (import.meta.main) {
  const { provider, root } = providerFromArgv();
  await runStep(() => generateTypes(provider, root));
}
