// The hover of a stream event: no provider package streams yet, so the fixture types a document
// that does (the quirk document with a text/event-stream operation whose event schema is a named
// component) with the generator's own openapi-typescript step, and reads an event from a raw call
// of core's ApiClient over it, as a user would from a streaming provider's client.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GenerateInput } from "@image-sdk/scripts/pipeline/generated-file.ts";
import { openapiTypesFile } from "@image-sdk/scripts/pipeline/openapi-types.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { compilerOptions, inScratchProject } from "./provider-hovers.ts";
import { type FixtureReport, hoverFixtures } from "./quick-info.ts";

/** The quirk document whose `GET /generations/{id}/events` streams `Progress` events. */
const documentFile = "scripts/tests/fixtures/quirk-documents/binary-and-sse.openapi.json";

/** The fixture's markers, in order. */
export const streamEventLabels = ["stream result.data", "stream event", "stream event.data"] as const;

/** Hovers at the fixture's markers, compiled as the provider fixtures are. */
export function streamEventHovers(): Promise<FixtureReport> {
  return inScratchProject(repoRoot, (dir) => streamEventFixture(dir));
}

async function streamEventFixture(dir: string): Promise<FixtureReport> {
  const document = JSON.parse(await readFile(join(repoRoot, documentFile), "utf8")) as GenerateInput["document"];
  const types = await openapiTypesFile.render({
    provider: "binary-and-sse",
    document,
    packageDir: dir,
    root: repoRoot,
    label: documentFile,
  });
  const source = [
    `import type { ApiClient } from "@image-sdk/core";`,
    `import type { paths } from "./stream-paths.ts";`,
    "declare const client: ApiClient<paths>;",
    `const result = await client.GET("/generations/{id}/events", { params: { path: { id: "a" } } });`,
    "if (result.data) {",
    `  result./*@${streamEventLabels[0]}*/data;`,
    `  for await (const /*@${streamEventLabels[1]}*/event of result.data) event./*@${streamEventLabels[2]}*/data;`,
    "}",
    "export {};",
  ].join("\n");
  return hoverFixtures(
    new Map([
      [join(dir, "stream-paths.ts"), types ?? ""],
      [join(dir, "stream-event.ts"), `${source}\n`],
    ]),
    compilerOptions(),
  );
}
