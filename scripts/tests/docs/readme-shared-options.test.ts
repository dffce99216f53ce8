import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkCoreReadme,
  checkPackageReadme,
  checkSharedOptionDocs,
  readSharedOptions,
  sharedOptionSections,
} from "../../docs/shared-options.ts";
import { repoRoot } from "../../pipeline/provider-spec.ts";

const fixtures = join(import.meta.dirname, "fixtures", "shared-options");
const fixture = (name: string) => readFile(join(fixtures, name), "utf8");
const coreUrl = "https://github.com/acme/repo/blob/main/packages/core/README.md";
const coreSource = join("packages", "core", "src", "client-options.ts");

describe("shared options are documented once, in core's README", () => {
  it("reads the property fields of ClientOptions and RequestOptions, not methods or other interfaces", async () => {
    expect(readSharedOptions(await fixture("client-options.ts"), "client-options.ts")).toEqual({
      ClientOptions: ["apiKey", "base-url"],
      RequestOptions: ["signal"],
    });
    expect(() => readSharedOptions("export interface ClientOptions { a?: string }", "x.ts")).toThrow(
      "x.ts: no interface RequestOptions with fields",
    );
  });

  it("reports each field of core's README without a table row in its section", async () => {
    const options = readSharedOptions(await fixture("client-options.ts"), "client-options.ts");
    const problems = checkCoreReadme(await fixture("core-missing-a-row.md"), "core.md", options);
    expect(problems.map((p) => p.problem)).toEqual([
      "ClientOptions.base-url has no table row in the section #options",
      "RequestOptions.signal has no table row in the section #per-call-options",
    ]);
    expect(checkCoreReadme("# core\n", "core.md", options).map((p) => p.problem)).toEqual([
      `no "##" section with the anchor #options documents ClientOptions`,
      `no "##" section with the anchor #per-call-options documents RequestOptions`,
    ]);
  });

  it("fails a package README that repeats a shared option in a row or heading, or has no link to core", async () => {
    const options = readSharedOptions(await fixture("client-options.ts"), "client-options.ts");
    const problems = checkPackageReadme(await fixture("provider-repeats.md"), "provider.md", options, coreUrl);
    expect(problems.map(({ line, problem }) => [line, problem.split(":")[0]])).toEqual([
      [10, "a table row documents `apiKey`, core's ClientOptions option"],
      [12, "a heading documents `signal`, core's RequestOptions option"],
      [16, "a heading documents `apiKey`, core's ClientOptions option"],
      [0, `no link to core's README (${coreUrl}), where the shared options are`.split(":")[0]],
    ]);
    expect(problems[0]?.problem).toContain(`link to ${coreUrl}#options instead`);
    expect(checkPackageReadme(await fixture("provider-links.md"), "provider.md", options, coreUrl)).toEqual([]);
  });

  it("core's README, with any field's row removed, fails for that field", async () => {
    const options = readSharedOptions(await readFile(join(repoRoot, coreSource), "utf8"), coreSource);
    const readme = await readFile(join(repoRoot, "packages", "core", "README.md"), "utf8");
    for (const [name, fields] of Object.entries(options) as Array<[keyof typeof sharedOptionSections, string[]]>) {
      for (const field of fields) {
        // Rows of every section whose first cell names the field, so only the other checks remain.
        const without = readme
          .split("\n")
          .filter((line) => !new RegExp(`^\\|[^|]*\`${field}\``).test(line))
          .join("\n");
        expect(checkCoreReadme(without, "README.md", options).map((p) => p.problem)).toContain(
          `${name}.${field} has no table row in the section #${sharedOptionSections[name]}`,
        );
      }
    }
  });

  it("holds for core's README and every package README built on core", async () => {
    expect(await checkSharedOptionDocs(repoRoot)).toEqual([]);
  });
});
