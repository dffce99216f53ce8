// How the generated configuration reads a `text/event-stream` success: as events whose data is
// JSON where the schema is not a string, as text where it is.
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { providerConfig, renderProviderModule } from "../../pipeline/provider-config.ts";
import { parseOpenApi } from "../../repo/parse-openapi.ts";

const fixture = new URL("../fixtures/quirk-documents/streams.openapi.yaml", import.meta.url);

it("reads an event stream as JSON events or text events, as the schema says", async () => {
  const { operations } = providerConfig("streams", parseOpenApi(await readFile(fixture, "utf8"), "streams"));
  expect(operations["GET /renders/{id}/events"]?.responses).toEqual({ 200: "json-events" });
  expect(operations["GET /log"]?.responses).toEqual({ 200: "events" });
});

it("wires the event-stream reader into the configuration only when an operation streams", async () => {
  const document = parseOpenApi(await readFile(fixture, "utf8"), "streams");
  expect(renderProviderModule("streams", document)).toContain("eventStream: streamResult,");
  delete (document.paths as Record<string, unknown>)["/log"];
  delete (document.paths as Record<string, unknown>)["/renders/{id}/events"];
  expect(renderProviderModule("streams", document)).not.toContain("streamResult");
});
