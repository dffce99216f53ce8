import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReadmeLinks } from "../../docs/readme-links.ts";
import { repositoryWeb } from "../../docs/repository-web.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const fixture = "scripts/tests/docs/fixtures/links/README.md";

describe("README links", () => {
  it("reports relative links, missing files and anchors that no heading has", async () => {
    const problems = await checkReadmeLinks(repoRoot, fixture, "https://github.com/acme/repo");
    expect(problems.map(({ url, problem }) => [url, problem.split(":")[0]])).toEqual([
      ["#no-such-heading", "no heading has this anchor"],
      ["../other/README.md", "relative link"],
      ["https://github.com/acme/repo/blob/main/no/such/file.md", "no/such/file.md does not exist in the repository"],
      [
        "https://github.com/acme/repo/blob/main/scripts/tests/docs/fixtures/links/README.md#nope",
        `${fixture} has no heading with the anchor #nope`,
      ],
    ]);
  });

  it("every package README links absolutely, to files and headings that exist", async () => {
    const packages = (await readdir(join(repoRoot, "packages"), { withFileTypes: true })).filter((entry) =>
      entry.isDirectory(),
    );
    expect(packages.length).toBeGreaterThan(0);
    for (const { name } of packages) {
      const manifest = JSON.parse(await readFile(join(repoRoot, "packages", name, "package.json"), "utf8"));
      const web = repositoryWeb(String(manifest.repository?.url));
      expect(await checkReadmeLinks(repoRoot, join("packages", name, "README.md"), web)).toEqual([]);
    }
  });
});
