// Upstream defects found statically never stop the scaffold: each is a finding at its place, and
// an example no contract test can pass becomes an allowlist entry the contract suite accepts.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findUpstreamDefects, renderAllowlist } from "../../new-provider/upstream-defects.ts";

const document = JSON.parse(await readFile(join(import.meta.dirname, "fixtures/defects/openapi.json"), "utf8"));
const examples = "#/paths/~1images/post/responses/200/content/application~1json/examples";

describe("findUpstreamDefects", () => {
  it("finds a repeated enum value, a required property not defined, and examples that break their schema", () => {
    expect(findUpstreamDefects(document)).toEqual([
      { at: "#/components/schemas/Image", finding: "requires `url`, which its properties do not define" },
      { at: "#/components/schemas/Image/properties/size", finding: 'enum repeats "1024x1024"' },
      {
        at: `${examples}/square`,
        finding: 'example "square" breaks its own schema: /url is required by the schema but missing',
        item: 'POST /images | 200 | application/json | example "square"',
      },
      {
        at: `${examples}/extra`,
        finding: 'example "extra" breaks its own schema: /url is required by the schema but missing',
        item: 'POST /images | 200 | application/json | example "extra"',
      },
      {
        at: `${examples}/wrongSize`,
        finding: 'example "wrongSize" breaks its own schema: /url is required by the schema but missing',
        item: 'POST /images | 200 | application/json | example "wrongSize"',
      },
      {
        at: `${examples}/noId`,
        finding: 'example "noId" breaks its own schema: /id is required by the schema but missing',
        item: 'POST /images | 200 | application/json | example "noId"',
      },
    ]);
  });

  it("names the value that breaks the schema: a property it closes out, a value outside its enum", () => {
    const closed = structuredClone(document);
    closed.components.schemas.Image.required = ["id", "size"];
    expect(findUpstreamDefects(closed).map(({ finding }) => finding)).toEqual([
      'enum repeats "1024x1024"',
      'example "extra" breaks its own schema: /seed is not a property the schema allows (additionalProperties: false)',
      'example "wrongSize" breaks its own schema: /size is "huge", not one of the schema\'s enum',
      'example "noId" breaks its own schema: /id is required by the schema but missing',
    ]);
  });

  it("takes example values and x- extensions as data, not schemas", () => {
    const findings = findUpstreamDefects(document).map(({ at }) => at);
    expect(findings.filter((at) => at.includes("x-note") || at.endsWith("/example"))).toEqual([]);
  });

  it("allowlists each uncoverable example with its finding as the reason", () => {
    expect(JSON.parse(renderAllowlist(findUpstreamDefects(document)) ?? "[]")).toContainEqual({
      item: 'POST /images | 200 | application/json | example "noId"',
      reason: `Upstream defect found by new-provider (${examples}/noId): example "noId" breaks its own schema: /id is required by the schema but missing`,
    });
    expect(renderAllowlist([{ at: "#/x", finding: "enum repeats 1" }])).toBeUndefined();
  });
});
