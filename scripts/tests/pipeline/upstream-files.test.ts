import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../../pipeline/provider-spec.ts";

// The vendored upstream files must be exactly what the providers publish: the OpenAPI documents in
// the seed pages (`../shared/seeds/`, between ````yaml fences), byte for byte.
const seedsDir = process.env.IMAGE_SDK_SEEDS_DIR ?? join(repoRoot, "..", "shared", "seeds");

const vendored = [
  { seed: "000_", file: "specs/flamel/upstream/image-to-prompt.yaml" },
  { seed: "001_", file: "specs/flamel/upstream/create-image.yaml" },
  { seed: "002_", file: "specs/freepik/upstream/image-to-prompt.yaml" },
];

async function seedDocument(prefix: string): Promise<string> {
  const names = await readdir(seedsDir);
  const name = names.find((candidate) => candidate.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}* in ${seedsDir}`);
  const page = await readFile(join(seedsDir, name), "utf8");
  const fenced = /^````yaml[^\n]*\n([\s\S]*?)^````$/m.exec(page);
  if (!fenced?.[1]) throw new Error(`${name} has no \`\`\`\`yaml block`);
  return fenced[1];
}

describe.each(vendored)("$file", ({ seed, file }) => {
  it(`is the document published in seed ${seed}*, byte for byte`, async () => {
    const [published, ours] = await Promise.all([seedDocument(seed), readFile(join(repoRoot, file), "utf8")]);
    expect(ours).toBe(published);
    expect(parse(ours)).toEqual(parse(published));
  });
});
