// Pipeline step 1: lints the provider's documents as published (`apis.<provider>` in redocly.yaml),
// their data `$ref`s escaped (scripts/repo/escaped-files.ts): Redocly would follow them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { escapedMirror } from "../repo/escaped-files.ts";
import { PipelineError, runStep } from "./pipeline-error.ts";
import { loadProviderSpec, providerFromArgv } from "./provider-spec.ts";
import { firstError, redocly } from "./redocly.ts";

export async function lintSpec(provider: string, root?: string): Promise<void> {
  const spec = await loadProviderSpec(provider, root);
  const work = await mkdtemp(join(tmpdir(), `image-sdk-${provider}-lint-`));
  try {
    const lintRoot = await escapedMirror(spec.root, work, [relative(spec.root, spec.specDir)]);
    const { ok, output } = await redocly(["lint", provider, "--format=codeframe"], lintRoot);
    process.stderr.write(output);
    if (!ok) {
      const first = firstError(output);
      throw new PipelineError(
        first?.location ?? relative(spec.root, spec.entry),
        `${first?.message ?? "Redocly lint failed"} (Redocly lint; every finding is listed above)`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { provider, root } = providerFromArgv();
  await runStep(() => lintSpec(provider, root));
}
