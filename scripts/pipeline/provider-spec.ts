import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { PipelineError } from "./pipeline-error.ts";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Where one provider's spec inputs and package outputs live, read from specs/<provider>/source.yaml. */
export interface ProviderSpec {
  provider: string;
  root: string;
  specDir: string;
  /** The document to bundle (a root that $refs upstream files, an upstream file, or an authored one). */
  entry: string;
  overlay: string | undefined;
  packageDir: string;
  /** The corrected, bundled document the package ships. */
  bundlePath: string;
  generatedDir: string;
}

export async function loadProviderSpec(provider: string, root = repoRoot): Promise<ProviderSpec> {
  const specDir = join(root, "specs", provider);
  const sourcePath = join(specDir, "source.yaml");
  let source: unknown;
  try {
    source = parse(await readFile(sourcePath, "utf8"));
  } catch (error) {
    throw new PipelineError(relative(root, sourcePath), `cannot read provider manifest: ${(error as Error).message}`);
  }
  const { entry, overlay } = (source ?? {}) as { entry?: unknown; overlay?: unknown };
  if (typeof entry !== "string") {
    throw new PipelineError(relative(root, sourcePath), "`entry` must name the document to bundle", "entry");
  }
  if (overlay !== undefined && typeof overlay !== "string") {
    throw new PipelineError(relative(root, sourcePath), "`overlay` must be a file name", "overlay");
  }
  const packageDir = join(root, "packages", provider);
  return {
    provider,
    root,
    specDir,
    entry: join(specDir, entry),
    overlay: overlay === undefined ? undefined : join(specDir, overlay),
    packageDir,
    bundlePath: join(packageDir, "openapi.json"),
    generatedDir: join(packageDir, "src", "generated"),
  };
}

/** The provider named on the command line: `node scripts/pipeline/<step>.ts <provider> [root]`. */
export function providerFromArgv(): { provider: string; root: string } {
  const [provider, root] = process.argv.slice(2);
  if (!provider) {
    process.stderr.write("usage: <step>.ts <provider> [repo-root]\n");
    process.exit(2);
  }
  return { provider, root: root ?? repoRoot };
}
