import type { Change } from "./change.ts";
import type { Bump } from "./semver-bump.ts";

/** The human report: one line per change, breaking ones first, then the bump. The long JSON pointer goes last. */
export function renderTable(changes: readonly Change[], bump: Bump): string {
  if (changes.length === 0) return "No changes.\n";
  const rows = [...changes].sort((a, b) => Number(b.breaking) - Number(a.breaking));
  const header = ["BREAKING", "KIND", "MESSAGE", "LOCATION"];
  const cells = rows.map((change) => [
    change.breaking ? "yes" : "no",
    change.kind,
    change.message,
    change.location || "/",
  ]);
  const widths = header
    .slice(0, 3)
    .map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join("  ")
      .trimEnd();
  const breaking = changes.filter((change) => change.breaking).length;
  return [
    line(header),
    ...cells.map(line),
    "",
    `${changes.length} change${changes.length === 1 ? "" : "s"}, ${breaking} breaking; semver bump: ${bump}`,
    "",
  ].join("\n");
}
