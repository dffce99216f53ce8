import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSite } from "../../../docs/src/build-site.ts";

// The generator on small trees of its own: what it derives from packages/* and specs/*, how it
// treats README links, and what a bad package does to an existing site. (The real site, in
// Chromium, is site-in-chromium.test.ts.)
let root: string;

async function write(path: string, contents: string | object): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), typeof contents === "string" ? contents : JSON.stringify(contents));
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "docs-site-"));
  await mkdir(join(root, "specs"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("buildSite", () => {
  it("lists a new provider and each of its operations, with no edit to the generator", async () => {
    const paths: Record<string, Record<string, { summary: string }>> = {};
    const expected: string[] = [];
    for (const [index, method] of ["get", "post", "delete", "patch"].entries()) {
      const path = `/v${index}/things/{id}`;
      paths[path] = { [method]: { summary: `Thing operation ${index}` } };
      expected.push(`${method.toUpperCase()} ${path} Thing operation ${index}`);
    }
    await write("specs/acme/source.yaml", "entry: openapi.yaml\n");
    await write("packages/acme/package.json", { name: "@image-sdk/acme", version: "1.2.3", description: "Acme" });
    await write("packages/acme/openapi.json", { openapi: "3.1.0", info: { title: "Acme API" }, paths });
    await write("packages/helper/package.json", { name: "@image-sdk/helper", description: "Not a provider" });
    await write("packages/helper/README.md", "# Helper\n");

    const out = join(root, "site");
    await buildSite(root, out);

    const landing = await readFile(join(out, "index.html"), "utf8");
    const rows = [
      ...landing.matchAll(
        /<tr><td><code class="method">(\w+)<\/code><\/td><td><code>([^<]+)<\/code><\/td><td>([^<]*)<\/td>/g,
      ),
    ];
    expect(rows.map(([, method, path, summary]) => `${method} ${path} ${summary}`)).toEqual(expected);
    expect(landing).toContain('id="package-helper"');
    expect(landing).not.toContain('id="provider-helper"');
    const reference = await readFile(join(out, "packages", "acme", "reference.html"), "utf8");
    expect(reference).toContain("Thing operation 3");
    expect(JSON.parse(await readFile(join(out, "packages", "acme", "openapi.json"), "utf8")).paths).toEqual(paths);
    expect(await readdir(join(out, "packages", "helper"))).toEqual(["guide.html"]);
  });

  it("maps README links to the site's pages and renders links to unpublished files as text", async () => {
    await write("packages/one/package.json", { name: "@image-sdk/one" });
    await write("packages/two/package.json", { name: "@image-sdk/two" });
    await write("packages/two/README.md", "# Two\n");
    await write(
      "packages/one/README.md",
      "# One\n\n## Error codes\n\nSee [two](../two/README.md#usage), [codes](#error-codes), " +
        "[spec](../../specs/one/openapi.yaml) and [site](https://example.com/).\n",
    );
    const out = join(root, "site");
    const { warnings } = await buildSite(root, out);

    const guide = await readFile(join(out, "packages", "one", "guide.html"), "utf8");
    expect(guide).toContain('<h2 id="error-codes">Error codes</h2>');
    expect(guide).toContain('<a href="../two/guide.html#usage">two</a>');
    expect(guide).toContain('<a href="#error-codes">codes</a>');
    expect(guide).toContain('<a href="https://example.com/">site</a>');
    expect(guide).toContain(" spec and ");
    expect(warnings).toEqual([
      "packages/one/README.md: link to ../../specs/one/openapi.yaml is not part of the site; rendered as text",
    ]);
  });

  it("names the package.json and export of a missing entry source, and keeps the previous site", async () => {
    const out = join(root, "site");
    await write("site/index.html", "previous site");
    await write("packages/broken/package.json", {
      name: "@image-sdk/broken",
      exports: { ".": { import: { default: "./dist/index.js" } } },
    });

    await expect(buildSite(root, out)).rejects.toThrow(
      "packages/broken/package.json (exports): export . is built from packages/broken/src/index.ts, which is missing",
    );
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("previous site");
    expect((await readdir(root)).filter((name) => name.startsWith("site"))).toEqual(["site"]);
  });
});
