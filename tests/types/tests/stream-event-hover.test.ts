// The hover of a stream event, next to the job and page hovers the provider fixtures check: the
// event reads as ServerSentEvent of the document's named event schema, never its expansion.
import { expect, it } from "vitest";
import { streamEventHovers, streamEventLabels } from "../src/stream-event-hovers.ts";

const report = await streamEventHovers();

it("compiles, with a hover at every marker", () => {
  expect(report.diagnostics).toEqual([]);
  expect(report.hovers.map((hover) => hover.label)).toEqual([...streamEventLabels]);
});

// The document's Progress schema, as a hover shows a named schema's shape (as for a job result's data).
const progress = "percent: number;";

it.each([
  [streamEventLabels[0], "EventStream<"],
  [streamEventLabels[1], "const event: ServerSentEvent<"],
  [streamEventLabels[2], "data: {"],
])("%s: names the stream's types and shows the event schema, typed", (label, name) => {
  const text = report.hovers.find((hover) => hover.label === label)?.text ?? "";
  expect(text).toContain(name);
  expect(text).toContain(progress);
  // Parsed JSON of the documented schema: not the raw text, not untyped.
  for (const loose of ["string", "unknown", "any"]) expect(text).not.toMatch(new RegExp(`\\b${loose}\\b`));
  expect(text.length, text).toBeLessThanOrEqual(200);
});
