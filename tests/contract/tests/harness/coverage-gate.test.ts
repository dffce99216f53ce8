// The coverage gate fails on anything documented without a passing contract test.

import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { describe, expect, test } from "vitest";
import { staticCases } from "../../src/contract-cases.ts";
import { parseAllowlist } from "../../src/coverage-gate/coverage-allowlist.ts";
import { coverageItems, coverageKey } from "../../src/coverage-gate/coverage-items.ts";
import {
  type CoveredItems,
  formatCoverageReport,
  coverageReport as reportOf,
} from "../../src/coverage-gate/coverage-report.ts";
import { documentedOperations, documentedWebhooks } from "../../src/openapi/documented-operations.ts";
import { contractProviders, loadDocument } from "../../src/providers/contract-providers.ts";

const PROVIDERS = contractProviders().map((provider) => provider.name);
const noAllowlist = parseAllowlist("[]", "allowlist.json");

/** Every item of the document as it is, its webhooks' examples included: what a complete run of the suite records. */
function fullyCovered(document: JsonObject): Set<string> {
  return new Set(coverageItems(documentedOperations(document), documentedWebhooks(document)).map((item) => item.key));
}

function coverageReport(
  provider: string,
  path: string,
  document: JsonObject,
  keys: Set<string>,
  allowlist = noAllowlist,
) {
  const covered: CoveredItems = { keys, shared: new Map() };
  return reportOf(provider, path, document, covered, allowlist);
}

function withExtraExample(document: JsonObject): JsonObject {
  const copy = structuredClone(document);
  const media = (copy as any).paths["/api/images/create"].post.responses["403"].content["application/json"];
  media.examples.BannedUser = { summary: "Banned", value: { success: false, code: 403, data: "banned_user" } };
  return copy;
}

describe("coverage gate", () => {
  test.each(PROVIDERS)("%s: a run that covers every item passes", (provider) => {
    const document = loadDocument(provider);
    const report = coverageReport(provider, "openapi.json", document, fullyCovered(document));
    expect(report.complete).toBe(true);
    expect(report.uncovered).toEqual([]);
    expect(report.totals.operation.documented).toBeGreaterThan(0);
    expect(report.totals.example.covered).toBe(report.totals.example.documented);
  });

  test("fails when the document gains an example no test covers", () => {
    const document = loadDocument("flamel");
    const covered = fullyCovered(document);
    const examples = coverageReport("flamel", "openapi.json", document, covered).totals.example.documented;
    const report = coverageReport("flamel", "openapi.json", withExtraExample(document), covered);

    expect(report.complete).toBe(false);
    expect(report.totals.example).toMatchObject({ documented: examples + 1, covered: examples });
    expect(report.uncovered).toEqual([
      { kind: "example", key: 'POST /api/images/create | 403 | application/json | example "BannedUser"' },
    ]);
    expect(formatCoverageReport(report)).toMatch(new RegExp(`✗ flamel: .*example ${examples}/${examples + 1},`));
    expect(formatCoverageReport(report)).toContain(
      'no contract test: [example] POST /api/images/create | 403 | application/json | example "BannedUser"',
    );
  });

  test("fails when the document gains an operation, a status or a request example", () => {
    const document = structuredClone(loadDocument("novita")) as any;
    const covered = fullyCovered(document);
    const operation = document.paths["/v3/img2prompt"].post;
    operation.responses["402"] = {
      description: "Payment required",
      content: { "application/json": { schema: { type: "object" } } },
    };
    operation.requestBody.content["application/json"].examples.jpeg = { value: { image_file: "/9j/" } };
    document.paths["/v3/img2img"] = { post: { operationId: "img2img", responses: { "200": { description: "ok" } } } };

    const report = coverageReport("novita", "openapi.json", document, covered);
    expect(report.uncovered.map((item) => `[${item.kind}] ${item.key}`)).toEqual([
      "[status] POST /v3/img2prompt | 402",
      "[example] POST /v3/img2prompt | 402 | application/json | (generated from schema)",
      "[dynamic] POST /v3/img2prompt | 402 | application/json | dynamic",
      '[request-example] POST /v3/img2prompt | request example "jpeg"',
      "[operation] POST /v3/img2img",
      "[status] POST /v3/img2img | 200",
      "[example] POST /v3/img2img | 200 | (no content) | (generated from schema)",
      "[dynamic] POST /v3/img2img | 200 | (no content) | dynamic",
    ]);
  });

  test("counts Freepik's webhook callback examples", () => {
    const document = loadDocument("freepik") as any;
    const callback =
      document.paths["/v1/ai/image-to-prompt"].post.callbacks.taskFinished["{$request.body#/webhook_url}"];
    const names = Object.keys(callback.post.requestBody.content["application/json"].examples);
    const keys = coverageItems(documentedOperations(document))
      .filter((item) => item.kind === "callback-example")
      .map((item) => item.key);
    expect(names.length).toBeGreaterThan(0);
    expect(keys).toEqual(
      names.map(
        (name) =>
          `POST /v1/ai/image-to-prompt | callback taskFinished POST {$request.body#/webhook_url} | example "${name}"`,
      ),
    );
  });

  test("an allowlisted item passes the gate and is printed with its reason; a stale entry fails it", () => {
    const document = withExtraExample(loadDocument("flamel"));
    const item = 'POST /api/images/create | 403 | application/json | example "BannedUser"';
    const allowlist = parseAllowlist(
      JSON.stringify([{ item, reason: "Prism cannot select it" }]),
      "allowlist/flamel.json",
    );
    const report = coverageReport("flamel", "openapi.json", document, fullyCovered(loadDocument("flamel")), allowlist);
    expect(report.complete).toBe(true);
    expect(report.allowed).toEqual([{ kind: "example", key: item, reason: "Prism cannot select it" }]);
    expect(formatCoverageReport(report)).toContain(`allowlisted: [example] ${item}: Prism cannot select it`);

    const stale = parseAllowlist(JSON.stringify([{ item: "GET /nowhere", reason: "gone" }]), "allowlist/flamel.json");
    const staleReport = coverageReport(
      "flamel",
      "openapi.json",
      loadDocument("flamel"),
      fullyCovered(loadDocument("flamel")),
      stale,
    );
    expect(staleReport.complete).toBe(false);
    expect(formatCoverageReport(staleReport)).toContain("allowlist entry matches nothing documented: GET /nowhere");
  });

  test("an allowlist entry without a reason is refused, naming the file and entry", () => {
    expect(() => parseAllowlist('[{ "item": "GET /x" }]', "allowlist/acme.json")).toThrow(
      'allowlist/acme.json: [0].reason must say why "GET /x" cannot be covered',
    );
  });
});

describe("shared components/responses", () => {
  const document = loadDocument("freepik");
  const operations = documentedOperations(document);
  const cases = staticCases(operations, noAllowlist);

  test("a shared response is exercised once per media type and example, and covers every operation sharing it", () => {
    const sharing = operations.filter((operation) =>
      operation.responses.some((response) => response.shared === "#/components/responses/ImageToPromptBadRequest"),
    );
    expect(sharing.length).toBeGreaterThan(1);
    const exercising = cases.filter(
      (testCase) => testCase.response.shared === "#/components/responses/ImageToPromptBadRequest",
    );
    expect(exercising.map((testCase) => testCase.operation.key)).toEqual([sharing[0]!.key]);
    for (const operation of sharing) {
      expect(exercising[0]!.covers).toContain(coverageKey.status(operation, "400"));
    }
    expect(exercising[0]!.shared[coverageKey.status(sharing[1]!, "400")]).toBe(
      `#/components/responses/ImageToPromptBadRequest (exercised by ${sharing[0]!.key})`,
    );
  });

  test("every documented status and example is still covered by some case", () => {
    const covered = new Set(cases.flatMap((testCase) => testCase.covers));
    const wanted = coverageItems(operations).filter((item) => item.kind === "status" || item.kind === "example");
    expect(wanted.filter((item) => !covered.has(item.key))).toEqual([]);
    // Fewer requests than documented items: the point of sharing.
    expect(cases.length).toBeLessThan(wanted.filter((item) => item.kind === "example").length);
  });

  test("every operation keeps a case of its own, so each generated call runs", () => {
    expect(new Set(cases.map((testCase) => testCase.operation.key))).toEqual(new Set(operations.map((o) => o.key)));
  });
});
