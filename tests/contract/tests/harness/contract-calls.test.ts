// The generator of typed contract calls: deterministic, complete (a call per operation and per
// request example), literal (parameters, bodies and credentials from the document), and typed (a
// call the client's types refuse fails the type-check).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { providerAt } from "@image-sdk/scripts/repo/providers.ts";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { loadAllowlist, parseAllowlist } from "../../src/coverage-gate/coverage-allowlist.ts";
import { coverageKey } from "../../src/coverage-gate/coverage-items.ts";
import { generatedDirectory } from "../../src/generate-calls/cli.ts";
import { contractCallsSource } from "../../src/generate-calls/contract-calls-source.ts";
import { documentedOperations } from "../../src/openapi/documented-operations.ts";
import { contractProvider, contractProviders, loadDocument } from "../../src/providers/contract-providers.ts";

/** A 3.1 document with what a new provider brings: Basic auth, PATCH/DELETE, path + query parameters, binary bodies. */
const acme: JsonObject = {
  openapi: "3.1.0",
  info: { title: "Acme", version: "1" },
  components: { securitySchemes: { basic: { type: "http", scheme: "basic" } } },
  security: [{ basic: [] }],
  paths: {
    "/things/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 7 } }],
      patch: {
        parameters: [{ name: "dry_run", in: "query", required: true, schema: { type: "boolean" }, example: true }],
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
              examples: { rename: { value: { name: "new name" } } },
            },
          },
        },
        responses: { "204": { description: "renamed" } },
      },
      delete: { responses: { "204": { description: "gone" } } },
    },
    "/images": {
      put: {
        requestBody: { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
        responses: { "200": { description: "stored", content: { "image/png": {} } } },
      },
    },
  },
};

const acmeProvider = providerAt("acme");

describe("generated contract calls", () => {
  test("the same document gives the same bytes", () => {
    const first = contractCallsSource(acmeProvider, acme, "packages/acme/openapi.json");
    expect(contractCallsSource(acmeProvider, structuredClone(acme), "packages/acme/openapi.json")).toBe(first);
  });

  test("literal calls through the provider's client: methods, parameters, bodies, credentials", () => {
    const source = contractCallsSource(acmeProvider, acme, "packages/acme/openapi.json");
    expect(source).toContain('import { createAcmeClient } from "@image-sdk/acme";');
    expect(source).toContain("username: TEST_CREDENTIALS.username, password: TEST_CREDENTIALS.password");
    expect(source).not.toContain("apiKey:");
    // Path parameter sampled from its schema (minimum 7), query parameter from its example.
    expect(source).toContain(
      'client.PATCH("/things/{id}", { params: { path: { "id": 7 }, query: { "dry_run": true } }',
    );
    expect(source).toContain('"rename": (client, { headers }) =>');
    expect(source).toContain('body: { "name": "new name" }');
    expect(source).toContain('client.DELETE("/things/{id}", { params: { path: { "id": 7 } }, headers })');
    expect(source).toContain('client.PUT("/images", { body: body === undefined ? (new Blob([');
  });

  test("an allowlisted request example gets no call; the default body then comes from the sampler", () => {
    const allowlist = parseAllowlist(
      JSON.stringify([{ item: 'PATCH /things/{id} | request example "rename"', reason: "its types refuse it" }]),
      "allowlist/acme.json",
    );
    const source = contractCallsSource(acmeProvider, acme, "packages/acme/openapi.json", allowlist);
    expect(source).not.toContain('"rename": (client');
    expect(source).toContain('body: body === undefined ? ({ "name": "string" } as never) : (body as never)');
  });

  test.each(contractProviders().map((provider) => provider.name))(
    "%s: a call for every operation and every request example",
    async (name) => {
      const { default: calls } = (await import(join(generatedDirectory, `${name}.ts`))) as {
        default: { operations: Record<string, { requestExamples: Record<string, unknown> }> };
      };
      const operations = documentedOperations(loadDocument(name));
      const allowlist = loadAllowlist(name);
      expect(Object.keys(calls.operations)).toEqual(operations.map((operation) => operation.key));
      for (const operation of operations) {
        expect(Object.keys(calls.operations[operation.key]!.requestExamples)).toEqual(
          operation.requestExamples
            .filter((example) => !allowlist.allows(coverageKey.requestExample(operation, example.name)))
            .map((example) => example.name),
        );
      }
    },
  );

  // A real type-check of one generated file against the built package's types: seconds on a busy machine.
  test("a call the client's types no longer accept fails the type-check", { timeout: 180_000 }, () => {
    const provider = contractProvider("novita");
    const document = structuredClone(loadDocument("novita")) as any;
    // The document moves the operation; the package's types (and so its client) still have the old path.
    document.paths["/v4/img2prompt"] = document.paths["/v3/img2prompt"];
    delete document.paths["/v3/img2prompt"];
    const directory = mkdtempSync(join(generatedDirectory, ".typecheck-"));
    try {
      const file = join(directory, "novita.ts");
      const source = contractCallsSource(provider, document, "openapi.json").replace(
        '"../src/contract-calls.ts"',
        '"../../src/contract-calls.ts"',
      );
      writeFileSync(file, source);
      const config = ts.getParsedCommandLineOfConfigFile(
        join(generatedDirectory, "../tsconfig.json"),
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: () => {},
        },
      )!;
      const program = ts.createProgram([file], config.options);
      const messages = ts
        .getPreEmitDiagnostics(program)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      expect(messages.join("\n")).toContain('"/v4/img2prompt"');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
