// Where a client sends each operation when the document's servers are not a plain absolute URL:
// none, "" or relative (the client needs baseUrl, refused at creation otherwise), templated with
// variables (serverVariables over the defaults), or an operation's own.
import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../src/index.ts";
import { createApiClient, type ProviderConfig } from "../src/internal.ts";
import { serializeBody } from "../src/request-body.ts";

const provider = (servers: ProviderConfig["servers"], operations: ProviderConfig["operations"] = { "GET /a": {} }) =>
  ({
    name: "Relay",
    env: { apiKey: "RELAY_API_KEY", username: "RELAY_USERNAME", password: "RELAY_PASSWORD", baseUrl: "RELAY_BASE_URL" },
    servers,
    securitySchemes: {},
    operations,
  }) satisfies ProviderConfig;

/** The URL of one GET, sent through a fetch that records it. */
async function urlOf(config: ProviderConfig, options: object, path = "/a"): Promise<string> {
  let sent = "";
  const client = createApiClient(config, {
    ...options,
    fetch: async (url) => {
      sent = String(url);
      return new Response("{}", { headers: { "content-type": "application/json" } });
    },
  }) as unknown as { GET(path: string): Promise<unknown> };
  await client.GET(path);
  return sent;
}

describe("servers a client cannot call by itself", () => {
  it.each([
    [
      "a relative URL",
      [{ url: "/v1" }],
      '(only "/v1", not an absolute URL). Pass the baseUrl option (the API\'s address, ending in /v1)',
    ],
    ["an empty URL", [{ url: "" }], '(only "", not an absolute URL). Pass the baseUrl option'],
    ["no servers", [], "(none). Pass the baseUrl option"],
  ])("%s: creation throws naming baseUrl and RELAY_BASE_URL; baseUrl is then the server", async (_, servers, shown) => {
    expect(() => createApiClient(provider(servers), {})).toThrow(InvalidOptionError);
    expect(() => createApiClient(provider(servers), {})).toThrow(
      `Relay: no base URL: the API's document gives no server to call ${shown} or set the RELAY_BASE_URL environment variable.`,
    );
    expect(await urlOf(provider(servers), { baseUrl: "https://relay.example/api/" })).toBe(
      "https://relay.example/api/a",
    );
  });

  it("no default server, but every operation has its own absolute one: no baseUrl needed", async () => {
    const config = provider([{ url: "" }], { "GET /a": { servers: [{ url: "https://a.relay.example" }] } });
    expect(await urlOf(config, {})).toBe("https://a.relay.example/a");
  });

  it("a variable without a default and no value: creation throws naming serverVariables", () => {
    const config = provider([{ url: "https://{tenant}.relay.example" }]);
    expect(() => createApiClient(config, {})).toThrow(
      'Relay: the server https://{tenant}.relay.example has no default for {tenant}; pass serverVariables: { tenant: "…" }, or the baseUrl option.',
    );
  });

  it("serverVariables fill variables over their defaults", async () => {
    const config = provider([{ url: "https://{tenant}.relay.example/{v}", variables: { v: "v1" } }]);
    expect(await urlOf(config, { serverVariables: { tenant: "acme" } })).toBe("https://acme.relay.example/v1/a");
    expect(await urlOf(config, { serverVariables: { tenant: "acme", v: "v2" } })).toBe(
      "https://acme.relay.example/v2/a",
    );
  });

  it("a path key's ?query or #fragment suffix is not sent", async () => {
    const config = provider([{ url: "https://relay.example" }], { "GET /a?mode=fast": {}, "GET /a#slow": {} });
    expect(await urlOf(config, {}, "/a?mode=fast")).toBe("https://relay.example/a");
    expect(await urlOf(config, {}, "/a#slow")).toBe("https://relay.example/a");
  });
});

describe("multipart parts encoded as JSON", () => {
  it("are JSON Blobs, one per item of an array; other parts stay text", async () => {
    const [form] = serializeBody({ settings: { a: 1 }, many: [{ b: 2 }, { c: 3 }], note: "n" }, [
      "multipart",
      "multipart/form-data",
      ["settings", "many"],
    ]);
    const parts = [...(form as FormData).entries()];
    const json = await Promise.all(
      parts.filter(([, v]) => v instanceof Blob).map(async ([n, v]) => [n, (v as Blob).type, await (v as Blob).text()]),
    );
    expect(json).toEqual([
      ["settings", "application/json", '{"a":1}'],
      ["many", "application/json", '{"b":2}'],
      ["many", "application/json", '{"c":3}'],
    ]);
    expect(parts.find(([n]) => n === "note")?.[1]).toBe("n");
  });
});
