// Which overlay actions would match nothing if the vendored upstream files were replaced: the
// pipeline's own bundling and overlay step (scripts/pipeline) run on a scratch copy of the spec.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse, stringify } from "yaml";
import { applyOverlay } from "../pipeline/apply-overlay.ts";
import { PipelineError } from "../pipeline/pipeline-error.ts";
import { loadProviderSpec } from "../pipeline/provider-spec.ts";
import { redocly } from "../pipeline/redocly.ts";

export interface OverlayCheck {
  unmatched: UnmatchedAction[];
  /** Set when the provider's entry document no longer bundles with the published files. */
  bundleError: string | undefined;
}

export interface UnmatchedAction {
  /** Index in the provider's overlay.yaml `actions`. */
  index: number;
  target: string;
  description: string;
}

/**
 * `replacements` maps files under specs/<provider>/ to new contents. applyOverlay stops at the
 * first action that matches nothing, so each one found is dropped and the rest applied again,
 * until every remaining action matches: all unmatched actions are listed, not just the first.
 */
export async function checkOverlay(
  root: string,
  provider: string,
  replacements: ReadonlyMap<string, string>,
): Promise<OverlayCheck> {
  const spec = await loadProviderSpec(provider, root);
  if (!spec.overlay) return { unmatched: [], bundleError: undefined };
  const work = await mkdtemp(join(tmpdir(), `image-sdk-overlay-${provider}-`));
  try {
    const specDir = join(work, "specs", provider);
    await cp(spec.specDir, specDir, { recursive: true });
    await cp(join(root, "redocly.yaml"), join(work, "redocly.yaml"));
    for (const [file, contents] of replacements) await writeFile(join(specDir, file), contents);
    const bundled = join(work, "bundled.json");
    const bundle = await redocly(["bundle", relative(root, spec.entry), "--ext", "json", "-o", bundled], work);
    // As in bundle-spec.ts: Redocly may succeed while leaving a reference unresolved.
    if (!bundle.ok || /Can't resolve \$ref|Failed to resolve/i.test(bundle.output)) {
      const reason =
        /^.*(Can't resolve|Failed to resolve|Error).*$/im.exec(bundle.output)?.[0]?.trim() ?? "Redocly failed";
      return {
        unmatched: [],
        bundleError: `${relative(root, spec.entry)} no longer bundles with the published documents: ${reason}`,
      };
    }
    const document = JSON.parse(await readFile(bundled, "utf8")) as Record<string, unknown>;

    const overlay = parse(await readFile(spec.overlay, "utf8")) as {
      actions: Array<{ target: string; description?: string }>;
    };
    const remaining = overlay.actions.map((action, index) => ({ action, index }));
    const unmatched: UnmatchedAction[] = [];
    const trial = join(work, "overlay.yaml");
    while (remaining.length) {
      await writeFile(trial, stringify({ ...overlay, actions: remaining.map(({ action }) => action) }));
      try {
        await applyOverlay(structuredClone(document), trial, relative(root, spec.overlay));
        break;
      } catch (error) {
        const position =
          error instanceof PipelineError ? /^actions\[(\d+)\]$/.exec(error.location ?? "")?.[1] : undefined;
        if (position === undefined || !/matches nothing/.test(error instanceof Error ? error.message : "")) throw error;
        const [miss] = remaining.splice(Number(position), 1);
        if (miss)
          unmatched.push({
            index: miss.index,
            target: miss.action.target,
            description: (miss.action.description ?? "").trim(),
          });
      }
    }
    return { unmatched: unmatched.sort((a, b) => a.index - b.index), bundleError: undefined };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
