import { renderTable } from "../specs-diff/render-table.ts";
import { bumpFor } from "../specs-diff/semver-bump.ts";
import { hasDrift, type ProviderDrift } from "./upstream-drift.ts";

function indent(text: string, prefix: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => (line ? `${prefix}${line}` : line))
    .join("\n");
}

/** The human report of one provider's upstream check. */
/** `currentVersion` is the package's, for the 0.x bump rule. */
export function renderProviderDrift(drift: ProviderDrift, overlayFile: string, currentVersion?: string): string {
  const lines: string[] = [];
  for (const entry of drift.entries) {
    if (!hasDrift(entry)) {
      lines.push(`  ${entry.file}: up to date with ${entry.entry.url}`);
      continue;
    }
    if (entry.vendored === undefined) lines.push(`  ${entry.file}: not vendored yet (${entry.entry.url})`);
    else if (entry.changes.length === 0)
      lines.push(`  ${entry.file}: the published text differs only in layout or key order (${entry.entry.url})`);
    else lines.push(`  ${entry.file}: drifted from ${entry.entry.url}`);
    for (const operation of entry.missing)
      lines.push(`    listed operation \`${operation}\` is not in the published document`);
    if (entry.changes.length)
      lines.push(indent(renderTable(entry.changes, bumpFor(entry.changes, currentVersion)), "    "));
  }
  if (drift.overlay.bundleError) lines.push(`  ${drift.overlay.bundleError}`);
  for (const action of drift.overlay.unmatched) {
    const reason = action.description.split(/(?<=\.)\s/)[0] ?? "";
    lines.push(
      `  ${overlayFile}: actions[${action.index}] (\`${action.target}\`) matches nothing in the published document: fixed upstream, or moved? (${reason})`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function providerDrifted(drift: ProviderDrift): boolean {
  return drift.entries.some(hasDrift) || drift.overlay.unmatched.length > 0 || drift.overlay.bundleError !== undefined;
}
