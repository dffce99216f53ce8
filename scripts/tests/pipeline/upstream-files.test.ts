import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { listProviders } from "../../repo/providers.ts";
import { readProviderSource } from "../../specs-check/upstream-sources.ts";
import { findVendoredMismatches, sha256Of } from "../../specs-check/vendored-hashes.ts";
import { createTempRepo, type TempRepo } from "./temp-repo.ts";

// The vendored upstream files must be exactly what was synced from the providers: every
// specs/*/source.yaml records each file's SHA-256 when `specs:sync` (or `new-provider`) writes it.
describe("the vendored upstream files", () => {
  it("are, for every specs/*/source.yaml entry, the bytes its recorded sha256 names", async () => {
    expect(await findVendoredMismatches(repoRoot)).toEqual([]);
  });

  it("are discovered from source.yaml, not from a list: every provider with upstream entries is covered", async () => {
    const checked: string[] = [];
    for (const { name: provider } of listProviders(repoRoot)) {
      const source = await readProviderSource(repoRoot, provider);
      for (const { file, sha256 } of source.vendored) {
        expect(sha256, `specs/${provider}/source.yaml: ${file}`).toBe(
          sha256Of(await readFile(join(source.specDir, file), "utf8")),
        );
        checked.push(`specs/${provider}/${file}`);
      }
    }
    // The repository vendors upstream documents today; an empty list would prove nothing.
    expect(checked.length).toBeGreaterThan(0);
  });
});

describe("the vendored-file check", () => {
  let repo: TempRepo;
  let provider: string;
  let file: string;
  beforeEach(async () => {
    const withUpstream = [];
    for (const { name } of listProviders(repoRoot))
      if ((await readProviderSource(repoRoot, name)).vendored.length) withUpstream.push(name);
    provider = withUpstream[0] as string;
    repo = await createTempRepo([provider]);
    file = `specs/${provider}/${(await readProviderSource(repo.root, provider)).vendored[0]?.file}`;
  });
  afterEach(() => repo.remove());

  it("fails on a vendored file edited by hand, naming the file and both hashes", async () => {
    const original = await repo.read(file);
    // Appended, not replacing a final newline: a vendored JSON file may have none.
    await repo.write(file, `${original}\n# edited\n`);
    const [mismatch, ...others] = await findVendoredMismatches(repo.root);
    expect(others).toEqual([]);
    expect(mismatch?.file).toBe(file);
    expect(mismatch?.problem).toContain(`records ${sha256Of(original)}`);
    expect(mismatch?.problem).toContain(`its SHA-256 is ${sha256Of(await repo.read(file))}`);
  });

  it("fails on an entry with no recorded hash, saying how to record it", async () => {
    await repo.edit(`specs/${provider}/source.yaml`, (text) => text.replace(/\n\s*sha256: [0-9a-f]+/, ""));
    const [mismatch] = await findVendoredMismatches(repo.root);
    expect(mismatch).toEqual({
      file,
      problem: `has no recorded hash: specs/${provider}/source.yaml upstream[0].sha256 is missing (\`pnpm specs:sync ${provider}\` records it)`,
    });
  });

  it("refuses a malformed hash, naming the field and the value", async () => {
    await repo.edit(`specs/${provider}/source.yaml`, (text) => text.replace(/sha256: [0-9a-f]+/, "sha256: ABC"));
    await expect(findVendoredMismatches(repo.root)).rejects.toThrow(
      `specs/${provider}/source.yaml: upstream[0].sha256 must be the SHA-256 of`,
    );
  });
});
