// For many random keys, set in the providers' environment variables as a user would: whatever a
// provider answers (an error or a success that echoes the key in its body and request id), no
// tool result of the packed library's server contains the key. The answers come from a real
// loopback server; the MCP SDK's in-memory transport links the SDK's client to the server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Library from "../src/index.ts";
import { type PackedPackage, unpackPackage } from "./packed-package.ts";

let packed: PackedPackage;
let library: typeof Library;
let status = 401;
let key = "";
const echo = await startLoopbackServer((request, response) => {
  const payload = JSON.stringify({ message: `the key ${key} is not valid`, data: [key, { key }], url: request.url });
  response.writeHead(status, { "content-type": "application/json", "x-request-id": `req-${key}` }).end(payload);
});

beforeAll(async () => {
  packed = await unpackPackage();
  library = (await import(join(packed.dir, "dist", "index.js"))) as typeof Library;
});
afterAll(async () => {
  await echo.close();
  await packed?.remove();
});

const providerNames = () => {
  const manifest = JSON.parse(readFileSync(join(packed.dir, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  // Every scoped dependency: a variable set for one that is not a provider is never read.
  return Object.keys(manifest.dependencies).flatMap((name) => name.match(/^@[^/]+\/(.+)$/)?.[1] ?? []);
};

describe("keys in tool results", () => {
  it("never shows a provider key, whatever the provider answers", async () => {
    const saved = { ...process.env };
    const names = providerNames();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/),
          fc.constantFrom(200, 400, 401, 403, 404, 422),
          async (apiKey, answer) => {
            key = apiKey;
            status = answer;
            for (const name of names) {
              const prefix = name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
              process.env[`${prefix}_API_KEY`] = apiKey;
              process.env[`${prefix}_BASE_URL`] = echo.origin;
            }
            const { server } = library.createImageSdkMcpServer({ timeout: 5_000 });
            const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
            const client = new Client({ name: "key-leak", version: "0.0.0" });
            await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
            try {
              const { tools } = await client.listTools();
              for (const tool of tools.filter((candidate) => candidate.name !== "describe_image")) {
                const required = tool.inputSchema.required ?? [];
                const args = Object.fromEntries(required.map((name) => [name, name === "body" ? {} : "x"]));
                const result = await client.callTool({ name: tool.name, arguments: args });
                expect(JSON.stringify(result), tool.name).not.toContain(apiKey);
                if (answer >= 400) {
                  // An API error: its status and the provider's request id (the key cut out of it).
                  expect(result.isError, tool.name).toBe(true);
                  expect(result.structuredContent, tool.name).toMatchObject({
                    status: answer,
                    requestId: expect.stringMatching(/^req-/),
                  });
                }
              }
            } finally {
              await client.close();
            }
          },
        ),
        { numRuns: 25 },
      );
    } finally {
      process.env = saved;
    }
  });
});
