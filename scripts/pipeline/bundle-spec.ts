// Pipeline step 2: bundles the provider's documents into one, applies the overlay, names the
// schemas as types (schema-names.ts), lints the result strictly, and only then replaces
// packages/<provider>/openapi.json. Redocly sees the documents with their data `$ref`s escaped
// (scripts/repo/data-values.ts); what ships has them back.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { escapeDataRefs, restoreDataRefs } from "../repo/data-values.ts";
import { escapedMirror } from "../repo/escaped-files.ts";
import { applyOverlay } from "./apply-overlay.ts";
import { writeFilesAtomically } from "./atomic-write.ts";
import type { JsonObject } from "./json-ref.ts";
import { PipelineError, runStep } from "./pipeline-error.ts";
import { loadProviderSpec, type ProviderSpec, providerFromArgv } from "./provider-spec.ts";
import { correctedApi, firstError, redocly, writeLintConfig } from "./redocly.ts";
import { renameSchemas, schemaRenames } from "./schema-names.ts";

/**
 * The corrected document's text: the provider's documents bundled by Redocly, with the overlay
 * applied. Not yet linted: bundleSpec lints it before shipping it; `pnpm new-provider` lints it to
 * find the rules the new provider must relax.
 */
export async function bundleCorrected(spec: ProviderSpec, work: string): Promise<string> {
  const entry = relative(spec.root, spec.entry);
  const bundled = join(work, "bundled.json");
  const bundleRoot = await escapedMirror(spec.root, work, [relative(spec.root, spec.specDir)]);
  const bundle = await redocly(["bundle", entry, "--ext", "json", "-o", bundled], bundleRoot);
  if (!bundle.ok || /Can't resolve \$ref|Failed to resolve/i.test(bundle.output)) {
    process.stderr.write(bundle.output);
    const first = firstError(bundle.output);
    throw new PipelineError(
      first?.location ?? entry,
      `${first?.message ?? "Redocly could not bundle the document"} (Redocly bundle; details above)`,
    );
  }
  let document = JSON.parse(await readFile(bundled, "utf8")) as Record<string, unknown>;
  if (spec.overlay) document = await applyOverlay(document, spec.overlay, relative(spec.root, spec.overlay));
  // Schema names as type names (schema-names.ts), before data `$ref`s are restored: every `$ref`
  // left is a reference.
  const renames = schemaRenames(document as JsonObject, entry);
  return `${JSON.stringify(restoreDataRefs(renameSchemas(document as JsonObject, renames)), null, 2)}\n`;
}

export async function bundleSpec(provider: string, root?: string): Promise<void> {
  const spec = await loadProviderSpec(provider, root);
  const entry = relative(spec.root, spec.entry);
  const work = await mkdtemp(join(tmpdir(), `image-sdk-${provider}-`));
  try {
    const contents = await bundleCorrected(spec, work);
    const corrected = join(work, `${provider}.openapi.json`);
    // Linted escaped: the same lines as what ships, with no data `$ref` for Redocly to follow.
    await writeFile(corrected, `${JSON.stringify(escapeDataRefs(JSON.parse(contents)), null, 2)}\n`);
    // Strict root rules, relaxed only by this provider's own `<provider>@corrected` entry.
    const config = join(work, "redocly.yaml");
    await writeLintConfig(spec.root, config, { alias: correctedApi(provider), document: corrected });
    const lint = await redocly(["lint", correctedApi(provider), "--format=codeframe"], spec.root, config);
    if (!lint.ok) {
      process.stderr.write(lint.output);
      throw new PipelineError(
        `${entry}${spec.overlay ? ` + ${relative(spec.root, spec.overlay)}` : ""}`,
        `the corrected document fails the strict lint rules of redocly.yaml (root rules and \`apis.${correctedApi(provider)}\`; listed above)`,
      );
    }
    await writeFilesAtomically([{ path: spec.bundlePath, contents }]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { provider, root } = providerFromArgv();
  await runStep(() => bundleSpec(provider, root));
}
