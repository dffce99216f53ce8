import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchChromium } from "@image-sdk/test-support/chromium";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageParameters, PageResults } from "../page/page-results.ts";
import { bundlePage } from "../support/bundle-page.ts";
import { apiKeys, documentedExample, mockNovitaApi, type RecordedRequest } from "../support/mock-novita-api.ts";

const pageEntry = join(import.meta.dirname, "..", "page", "novita-page.ts");

// The 1×1 PNG of the spec's own request example: what Novita expects in `image_file`.
const novitaDocument = (await import("@image-sdk/novita/openapi.json", { with: { type: "json" } })).default as {
  paths: {
    "/v3/img2prompt": {
      post: {
        requestBody: { content: { "application/json": { examples: { png: { value: { image_file: string } } } } } };
      };
    };
  };
};
const pngBase64 =
  novitaDocument.paths["/v3/img2prompt"].post.requestBody.content["application/json"].examples.png.value.image_file;

describe("a client bundle in headless Chromium", () => {
  let browser: Browser | undefined;
  let pageServer: LoopbackServer | undefined;
  let apiServer: LoopbackServer | undefined;
  let requests: RecordedRequest[] = [];

  beforeAll(async () => {
    const script = await bundlePage(pageEntry);
    pageServer = await startLoopbackServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://page").pathname;
      if (path === "/page.js") response.writeHead(200, { "Content-Type": "text/javascript" }).end(script);
      else if (path === "/image.png")
        response.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from(pngBase64, "base64"));
      else if (path === "/")
        response
          .writeHead(200, { "Content-Type": "text/html" })
          .end(`<!doctype html><script type="module" src="/page.js"></script>`);
      else response.writeHead(404).end();
    });
    // A second server, so the page calls the API cross-origin, as it would call api.novita.ai.
    const api = mockNovitaApi(pageServer.origin);
    requests = api.requests;
    apiServer = await startLoopbackServer(api.listener);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([pageServer?.close(), apiServer?.close()]);
  });

  it("sends the key and the image, returns the prompt, and throws typed errors", async () => {
    const page = await browser!.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const parameters: PageParameters = {
      api: apiServer!.origin,
      keyWithCredit: apiKeys.withCredit,
      keyWithoutCredit: apiKeys.withoutCredit,
    };
    await page.goto(`${pageServer!.origin}/?${new URLSearchParams({ ...parameters })}`);
    const results = await page.evaluate(() => (globalThis as { pageResults?: Promise<PageResults> }).pageResults);
    expect(pageErrors).toEqual([]);

    expect(results?.prompt).toBe((documentedExample(200, "prompt") as { prompt: string }).prompt);
    const posts = requests.filter((request) => request.method === "POST");
    expect(posts.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${apiKeys.withCredit}`,
      `Bearer ${apiKeys.withoutCredit}`,
    ]);
    // A browser owns its User-Agent, so the SDK names itself in x-image-sdk-version there.
    const novitaVersion = JSON.parse(
      await readFile(new URL("../../../packages/novita/package.json", import.meta.url), "utf8"),
    ).version;
    expect(posts.map((request) => request.headers["x-image-sdk-version"])).toEqual([
      `image-sdk-novita/${novitaVersion}`,
      `image-sdk-novita/${novitaVersion}`,
    ]);
    // The Blob was base64-encoded in the browser to exactly the bytes the page was served.
    expect(posts.map((request) => JSON.parse(request.body))).toEqual([
      { image_file: pngBase64 },
      { image_file: pngBase64 },
    ]);
    // Cross-origin with an Authorization header: Chromium asked first, and the client was allowed.
    expect(
      requests.some(
        (request) =>
          request.method === "OPTIONS" &&
          /authorization/.test(String(request.headers["access-control-request-headers"])),
      ),
    ).toBe(true);

    expect(results?.noCredit).toMatchObject({
      name: "BadRequestError",
      isApiError: true,
      status: 400,
      code: "BILLING_BALANCE_NOT_ENOUGH",
    });
    expect(results?.noCredit?.message).not.toContain(apiKeys.withoutCredit);
    expect(results?.noKey).toMatchObject({ name: "MissingApiKeyError", isApiError: false });
    expect(results?.noKey?.message).toContain("NOVITA_API_KEY");
    expect(results?.secretInBrowser).toMatchObject({ name: "InvalidOptionError", isApiError: false });
    expect(results?.secretInBrowser?.message).toContain("dangerouslyAllowBrowser: true");
    expect(results?.secretInBrowser?.message).not.toContain(apiKeys.withCredit);
    // Each other provider's client (one per provider package; the list grows with them).
    expect(new Set(results?.otherClients)).toEqual(new Set(["function"]));
  });

  it("refuses to bundle a Node built-in, so the published entries above contain none", async () => {
    const attempt = bundlePage({
      contents: `import { readFile } from "node:fs/promises"; console.log(readFile);`,
      resolveDir: import.meta.dirname,
    });
    await expect(attempt).rejects.toThrow(/imports the Node built-in "node:fs\/promises"/);
  });
});
