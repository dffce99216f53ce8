// The contract mock on the documents Prism cannot serve as they are: path keys that are variants of
// one URL (`/render?format=png`, `/render#svg`), and `$ref`s inside examples and extensions (data).
// Real Prism processes, real loopback HTTP.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ContractMock, startContractMock } from "../../src/mock/contract-mock.ts";
import { operationGroups } from "../../src/mock/operation-groups.ts";
import { answerSelection, selectingFetch } from "../../src/mock-selection.ts";
import { documentedOperations } from "../../src/openapi/documented-operations.ts";
import { SchemaValidator } from "../../src/openapi/schema-validator.ts";

const fixtures = join(repoRoot, "scripts/tests/fixtures/quirk-documents");
const load = (name: string) => ({
  documentPath: join(fixtures, `${name}.openapi.json`),
  document: JSON.parse(readFileSync(join(fixtures, `${name}.openapi.json`), "utf8")) as JsonObject,
});
const variants = load("path-variants");
const refs = load("refs-as-data");
let variantsMock: ContractMock;
let refsMock: ContractMock;

beforeAll(async () => {
  const start = (fixture: typeof variants) => startContractMock({ ...fixture, startTimeoutMs: 120_000 });
  [variantsMock, refsMock] = await Promise.all([start(variants), start(refs)]);
}, 240_000);
afterAll(() => Promise.all([variantsMock, refsMock].map((mock) => mock?.stop())));

const json = { "content-type": "application/json", "X-Api-Key": "test-key" };

describe("path keys that are variants of one URL", () => {
  test("each variant is served by a Prism of its own, on a document whose path keys are URLs", () => {
    const groups = operationGroups(variants.document);
    expect(groups.map((group) => [group.name, group.operations.map((operation) => operation.key)])).toEqual([
      [
        "all",
        ["GET /sketches", "POST /sketches", "GET /sketches/{id}", "DELETE /sketches/{id}", "POST /render?format=png"],
      ],
      ["all (variants 2)", ["POST /render#svg"]],
    ]);
    const [first, second] = groups.map((group) => group.document!.paths as JsonObject);
    expect(Object.keys(first!)).toEqual(["/sketches", "/sketches/{id}", "/render"]);
    expect(Object.keys(second!)).toEqual(["/render"]);
    // The variant's own header parameter moves into the operation: merged path items keep theirs.
    const png = (first!["/render"] as JsonObject).post as JsonObject;
    expect(png.parameters).toEqual([{ name: "X-Api-Key", in: "header", required: true, schema: { type: "string" } }]);
    expect(variantsMock.groups.map((group) => group.name)).toEqual(["all", "all (variants 2)"]);
  });

  test("the case's operation picks the variant: its request schema, its answer", async () => {
    const [svg, png] = ["POST /render#svg", "POST /render?format=png"].map(
      (key) => documentedOperations(variants.document).find((operation) => operation.key === key)!,
    );
    const send = (operation: typeof svg, body: object) => {
      const response = operation!.responses[0]!;
      const selection = answerSelection(operation!, response, 200, { example: undefined });
      return selectingFetch(selection)(`${variantsMock.url}/render`, {
        method: "POST",
        headers: { ...json, ...selection.headers },
        body: JSON.stringify(body),
      });
    };
    const drawn = await send(svg, { id: "s1", stroke: 2 });
    expect([drawn.status, drawn.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
    const rendered = await send(png, { id: "s1", dpi: 300 });
    expect([rendered.status, rendered.headers.get("content-type")]).toEqual([200, "image/png"]);
    // The SVG variant's Prism checks the SVG body: `stroke` is required there, not for the PNG.
    const refused = await send(svg, { id: "s1" });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("stroke");
    expect((await send(png, { id: "s1" })).status).toBe(200);
  });

  test("a received answer conforms when it follows any variant of its URL", () => {
    const validator = new SchemaValidator(variants.document);
    const received = { method: "POST", url: "http://mock.test/render", status: 200, body: "<svg/>" };
    expect(validator.validateResponse({ ...received, contentType: "image/svg+xml" })).toEqual({ valid: true });
    expect(validator.validateResponse({ ...received, contentType: "image/png" })).toEqual({ valid: true });
    expect(validator.validateResponse({ ...received, contentType: "text/plain" })).toMatchObject({
      valid: false,
      reason: expect.stringContaining("POST /render#svg 200 documents image/svg+xml, not text/plain"),
    });
  });
});

describe("$ref inside examples and extensions (data)", () => {
  test("Prism serves the example with its $ref as the document has it", async () => {
    const body = { userName: "ada", schemas: [{ $ref: "urn:ietf:params:scim:schemas:core:2.0:User" }] };
    const created = await fetch(`${refsMock.url}/users?__code=201&__example=scim`, {
      method: "POST",
      headers: { ...json, accept: "application/json" },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual(body);
  });
});
