// Pipeline step 1: lints the provider's documents as published (`apis.<provider>` in redocly.yaml).
import { relative } from "node:path";
import { PipelineError, runStep } from "./pipeline-error.ts";
import { loadProviderSpec, providerFromArgv } from "./provider-spec.ts";
import { firstError, redocly } from "./redocly.ts";

export async function lintSpec(provider: string, root?: string): Promise<void> {
  const spec = await loadProviderSpec(provider, root);
  const { ok, output } = await redocly(["lint", provider, "--format=codeframe"], spec.root);
  process.stderr.write(output);
  if (!ok) {
    const first = firstError(output);
    throw new PipelineError(
      first?.location ?? relative(spec.root, spec.entry),
      `${first?.message ?? "Redocly lint failed"} (Redocly lint; every finding is listed above)`,
    );
  }
}

if (import.meta.main) {
  const { provider, root } = providerFromArgv();
  await runStep(() => lintSpec(provider, root));
}
