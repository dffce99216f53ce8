// The client-overhead ratios as an SVG bar chart, drawn from the results JSON. Written by hand
// rather than with a charting library: eight labelled bars and two reference lines are a few
// rect/line/text elements, and a library would add a dependency (often a DOM) for no gain.
import type { ClientOverhead, Mode } from "./client-overhead.ts";

const MODE_TITLES: Record<Mode, string> = {
  "in-memory": "fetch replaced by an in-memory responder: pure client overhead",
  loopback: "node:http server on 127.0.0.1, keep-alive",
};
const COLORS: Record<string, string> = {
  "raw-fetch": "#8c8c8c",
  "openapi-fetch": "#4c78a8",
  "image-sdk": "#f58518",
  axios: "#b279a2",
};

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function renderOverheadChart(overhead: ClientOverhead, target: number): string {
  const width = 800;
  const labelWidth = 190;
  // Room on the right for the longest bar's "2.38× · 176,873/s".
  const barArea = width - labelWidth - 150;
  const barHeight = 20;
  const modes = Object.keys(overhead.modes) as Mode[];
  const maxRatio = Math.max(
    1.2,
    ...modes.flatMap((mode) => overhead.modes[mode].map((variant) => variant.ratioToOpenapiFetch)),
  );
  const x = (ratio: number) => labelWidth + (ratio / maxRatio) * barArea;

  const parts: string[] = [];
  let y = 40;
  for (const mode of modes) {
    parts.push(
      `<text x="10" y="${y}" font-weight="bold">${escapeXml(`${MODE_TITLES[mode]} (per second of ${overhead.clocks[mode]})`)}</text>`,
    );
    y += 12;
    const top = y;
    for (const variant of overhead.modes[mode]) {
      const barWidth = x(variant.ratioToOpenapiFetch) - labelWidth;
      const ops = Math.round(variant.opsPerSecond).toLocaleString("en-US");
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeXml(variant.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 2}" width="${barWidth.toFixed(1)}" height="${barHeight}" fill="${COLORS[variant.id] ?? "#999"}"/>`,
        `<text x="${(labelWidth + barWidth + 6).toFixed(1)}" y="${y + 15}">${variant.ratioToOpenapiFetch.toFixed(2)}× · ${ops}/s</text>`,
      );
      y += barHeight + 6;
    }
    const bottom = y;
    parts.push(`<line x1="${x(1)}" y1="${top}" x2="${x(1)}" y2="${bottom}" stroke="#333" stroke-width="1"/>`);
    if (mode === "in-memory") {
      parts.push(
        `<line x1="${x(target)}" y1="${top}" x2="${x(target)}" y2="${bottom}" stroke="#d62728" stroke-dasharray="4 3"/>`,
        `<text x="${x(target) - 4}" y="${bottom + 12}" text-anchor="end" fill="#d62728" font-size="11">target ${target}×</text>`,
      );
    }
    y += 34;
  }
  const height = y - 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="18" font-size="14" font-weight="bold">Client overhead: calls per second relative to bare openapi-fetch (1.0×), ${escapeXml(overhead.call)}</text>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}
