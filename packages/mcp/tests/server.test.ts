// The packed server, driven by the MCP SDK's own client over stdio, as an agent would run it.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import manifest from "../package.json" with { type: "json" };
import { cleanEnv, connect, type PackedPackage, unpackPackage } from "./packed-package.ts";

const require = createRequire(import.meta.url);
const sampleImage = join(import.meta.dirname, "..", "..", "image-to-prompt", "sample", "sea.png");

/** The providers this package depends on, and each one's operations, read from the documents they ship. */
const providers = Object.keys(manifest.dependencies).flatMap((packageName) => {
  let path: string;
  try {
    path = require.resolve(`${packageName}/openapi.json`);
  } catch {
    return [];
  }
  const document = JSON.parse(readFileSync(path, "utf8")) as {
    paths: Record<string, Record<string, { summary?: string }>>;
  };
  const operations = Object.entries(document.paths).flatMap(([route, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method: method.toUpperCase(),
      route,
      summary: operation.summary,
    })),
  );
  return [{ name: packageName.split("/")[1]!, operations }];
});
const envPrefix = (provider: string) => provider.toUpperCase().replace(/[^A-Z0-9]/g, "_");

let packed: PackedPackage;
beforeAll(async () => {
  packed = await unpackPackage();
});
afterAll(() => packed?.remove());

const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({ name, arguments: args })) as CallToolResult;
const textOf = (result: CallToolResult) =>
  result.content.map((block) => (block.type === "text" ? block.text : "")).join("\n");
const toolFor = (tools: Tool[], method: string, predicate: (tool: Tool) => boolean = () => true) =>
  tools.find((tool) => tool.description?.includes(`: ${method} `) && predicate(tool));
const needsNothing = (tool: Tool) => (tool.inputSchema.required ?? []).length === 0;

describe("listing the tools", () => {
  it("lists describe_image and one tool per operation of every provider package, named and described from the document", async () => {
    const { client, close } = await connect(packed.bin, []);
    try {
      const { tools } = await client.listTools();
      const operations = providers.flatMap((provider) =>
        provider.operations.map((op) => ({ ...op, provider: provider.name })),
      );
      expect(operations.length).toBeGreaterThan(0);
      expect(tools.map((tool) => tool.name)).toContain("describe_image");
      expect(tools).toHaveLength(operations.length + 1);
      expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
      for (const op of operations) {
        const tool = tools.find((candidate) =>
          candidate.description?.endsWith(`(${op.provider}: ${op.method} ${op.route})`),
        );
        expect(tool, `${op.provider} ${op.method} ${op.route}`).toBeDefined();
        expect(tool!.name).toMatch(new RegExp(`^${op.provider}_[a-z0-9_]+$`));
        expect(tool!.name.length).toBeLessThanOrEqual(64);
        if (op.summary) expect(tool!.description).toContain(op.summary.trim());
        expect(tool!.inputSchema.type).toBe("object");
        // Each schema stands alone: no reference into a document the agent never sees.
        expect(JSON.stringify(tool!.inputSchema)).not.toContain("$ref");
      }
    } finally {
      await close();
    }
  });

  it("selects by --providers and --tools globs; --read-only keeps GET tools unless a tool is named in full", async () => {
    const [first] = providers;
    const all = await connect(packed.bin, ["--providers", first!.name]);
    const { tools } = await all.client.listTools();
    await all.close();
    expect(tools.every((tool) => tool.name === "describe_image" || tool.name.startsWith(`${first!.name}_`))).toBe(true);

    const mutating = (await connect(packed.bin, [])).client;
    const every = (await mutating.listTools()).tools;
    await mutating.close();
    const post = toolFor(every, "POST")!;
    const readOnly = await connect(packed.bin, ["--read-only", "--tools", `*,${post.name}`]);
    const listed = (await readOnly.client.listTools()).tools;
    await readOnly.close();
    const expected = every.filter(
      (tool) => tool.name === "describe_image" || tool.name === post.name || tool.description?.includes(": GET "),
    );
    expect(listed.map((tool) => tool.name).sort()).toEqual(expected.map((tool) => tool.name).sort());

    const globbed = await connect(packed.bin, ["--read-only", "--tools", "describe_*"]);
    expect((await globbed.client.listTools()).tools.map((tool) => tool.name)).toEqual(["describe_image"]);
    await globbed.close();
  });
});

describe("--http", () => {
  it("serves the same tools over Streamable HTTP", async () => {
    const child = spawn(process.execPath, [packed.bin, "--http", "0"], {
      env: cleanEnv(),
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      child.stderr.setEncoding("utf8");
      let url: string | undefined;
      while (url === undefined) {
        const [chunk] = (await once(child.stderr, "data")) as [string];
        url = /listening on (http:\/\/\S+)/.exec(chunk)?.[1];
      }
      const client = new Client({ name: "image-sdk-mcp-tests", version: "0.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain("describe_image");
      const result = await call(client, "describe_image", {});
      expect(result.isError).toBe(true);
      await client.close();
    } finally {
      child.kill();
    }
  });
});

describe("--mock", () => {
  let mock: Awaited<ReturnType<typeof connect>>;
  let tools: Tool[];
  beforeAll(async () => {
    // With the clients' request log on: it must go to stderr, never into the protocol on stdout.
    mock = await connect(packed.bin, ["--mock"], cleanEnv({ IMAGE_SDK_LOG: "debug" }));
    tools = (await mock.client.listTools()).tools;
  });
  afterAll(() => mock?.close());

  it("answers a GET tool with the mock's JSON as structured content", async () => {
    const tool = toolFor(tools, "GET", needsNothing)!;
    const result = await call(mock.client, tool.name);
    expect(result.isError ?? false, textOf(result)).toBe(false);
    expect(result.structuredContent).toBeTypeOf("object");
    expect(JSON.parse(textOf(result))).toEqual(result.structuredContent);
    expect(mock.stderr.join("")).toContain(`[info] `);
  });

  it("answers a request the document rejects with a tool error carrying the 4xx status", async () => {
    // A body that omits a field the document requires: an unknown field alone passes a body
    // schema that leaves additionalProperties open.
    const requiresBodyFields = (candidate: Tool) => {
      const body = candidate.inputSchema.properties?.body as { required?: string[] } | undefined;
      return (candidate.inputSchema.required ?? []).includes("body") && (body?.required ?? []).length > 0;
    };
    const tool = toolFor(tools, "POST", requiresBodyFields)!;
    const result = await call(mock.client, tool.name, { body: { notAField: true } });
    expect(result.isError).toBe(true);
    const error = result.structuredContent as { status: number; error: string };
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
    expect(textOf(result)).toContain(String(error.status));
  });

  it("describes the sample image with describe_image: prompt, provider and attempts", async () => {
    // The one provider here whose mock answers an upload without a task to poll.
    const result = await call(mock.client, "describe_image", { path: sampleImage, provider: "novita" });
    expect(result.isError ?? false, textOf(result)).toBe(false);
    const described = result.structuredContent as { prompt: string; provider: string; attempts: unknown[] };
    expect(described.prompt).toEqual(expect.any(String));
    expect(described.provider).toBe("novita");
    expect(described.attempts).toEqual([expect.objectContaining({ provider: "novita", ok: true })]);
  });

  it("rejects describe_image without exactly one image as a tool error", async () => {
    const result = await call(mock.client, "describe_image", {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain("exactly one of path, url or base64");
  });
});

describe("failures", () => {
  it("a missing key is a tool error naming the environment variable to set", async () => {
    const { client, close } = await connect(packed.bin, []);
    try {
      const tool = toolFor((await client.listTools()).tools, "POST")!;
      const provider = tool.name.split("_")[0]!;
      const result = await call(client, tool.name, { body: {} });
      expect(result.isError).toBe(true);
      expect(result.structuredContent).toMatchObject({ error: "MissingApiKeyError" });
      expect(textOf(result)).toContain(`${envPrefix(provider)}_API_KEY`);
    } finally {
      await close();
    }
  });

  it("a request that outlives --timeout is a TimeoutError tool error, with the key nowhere", async () => {
    const stalled = await startLoopbackServer(() => {
      // Never answers.
    });
    const key = `sk-live-${Math.random().toString(36).slice(2)}`;
    const first = providers.find((provider) => provider.operations.some((op) => op.method === "GET")) ?? providers[0]!;
    const prefix = envPrefix(first.name);
    const { client, close, stderr } = await connect(
      packed.bin,
      ["--providers", first.name, "--timeout", "300"],
      cleanEnv({ [`${prefix}_API_KEY`]: key, [`${prefix}_BASE_URL`]: stalled.origin }),
    );
    try {
      const tools = (await client.listTools()).tools;
      const tool = toolFor(tools, "GET", needsNothing) ?? toolFor(tools, "POST")!;
      const started = Date.now();
      const result = await call(client, tool.name, tool.description?.includes(": GET ") ? {} : { body: {} });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(result.isError).toBe(true);
      expect(result.structuredContent).toMatchObject({ error: "TimeoutError" });
      expect(JSON.stringify(result)).not.toContain(key);
      expect(stderr.join("")).not.toContain(key);
    } finally {
      await close();
      await stalled.close();
    }
  });
});
