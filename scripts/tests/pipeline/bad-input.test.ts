import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempRepo, runPipelineStep, type TempRepo } from "./temp-repo.ts";

// Each case breaks one input in a copy of the repo and checks that the step fails with a message
// naming the file, the location and the reason, and that the previous outputs are untouched.

let repo: TempRepo;
let outputsBefore: Record<string, string>;

beforeEach(async () => {
  repo = await createTempRepo(["flamel", "novita"]);
  outputsBefore = await repo.snapshot("packages/flamel");
});
afterEach(() => repo.remove());

async function expectOutputsUntouched() {
  expect(await repo.snapshot("packages/flamel")).toEqual(outputsBefore);
}

describe("a spec that does not parse", () => {
  beforeEach(() =>
    repo.edit("specs/flamel/upstream/create-image.yaml", (text) =>
      text.replace("      summary: Create a new image(새로운 이미지 생성)", "      summary: [unclosed"),
    ),
  );

  it("fails lint naming the file and line", async () => {
    const { code, stderr } = await runPipelineStep("lint-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/specs\/flamel\/upstream\/create-image\.yaml:\d+:\d+/);
    expect(stderr).toMatch(/^error: /m);
  });

  it("fails bundling and leaves openapi.json as it was", async () => {
    const { code, stderr } = await runPipelineStep("bundle-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toContain("create-image.yaml");
    await expectOutputsUntouched();
  });
});

describe("a dangling $ref", () => {
  beforeEach(() =>
    repo.edit("specs/flamel/upstream/create-image.yaml", (text) =>
      text.replace("$ref: '#/components/schemas/CreateImageResponseDto'", "$ref: '#/components/schemas/MissingDto'"),
    ),
  );

  it("fails lint naming the file, line and the unresolved reference", async () => {
    const { code, stderr } = await runPipelineStep("lint-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Can't resolve \$ref/);
    expect(stderr).toMatch(/^error: specs\/flamel\/upstream\/create-image\.yaml:\d+:\d+/m);
  });

  it("fails bundling and leaves openapi.json as it was", async () => {
    const { code, stderr } = await runPipelineStep("bundle-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/MissingDto|Can't resolve/);
    await expectOutputsUntouched();
  });
});

describe("a lint error", () => {
  it("fails lint naming the rule's location", async () => {
    // Two operations with one operationId: an error under the recommended rules.
    await repo.edit("specs/flamel/upstream/image-to-prompt.yaml", (text) =>
      text.replace("operationId: ImagesApiController_imageToPrompt", "operationId: ImagesApiController_createImage"),
    );
    const { code, stderr } = await runPipelineStep("lint-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toContain("operation-operationId-unique");
    expect(stderr).toMatch(/^error: specs\/flamel\/upstream\/\S+\.yaml:\d+:\d+/m);
  });

  it("fails bundling when the corrected document breaks a strict rule", async () => {
    // Upstream's localhost server is removed by the overlay; a new one added upstream is not.
    await repo.edit("specs/flamel/openapi.yaml", (text) =>
      text.replace(
        "  - url: https://beta.flamel.app\n",
        "  - url: https://beta.flamel.app\n  - url: http://example.com\n",
      ),
    );
    const { code, stderr } = await runPipelineStep("bundle-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toContain("no-server-example.com");
    expect(stderr).toMatch(/^error: specs\/flamel\/openapi\.yaml \+ specs\/flamel\/overlay\.yaml: /m);
    await expectOutputsUntouched();
  });
});

describe("an overlay action that matches nothing", () => {
  it("fails bundling naming the overlay file, the action and its target", async () => {
    // What happens when upstream fixes a defect itself: the correction's target disappears.
    await repo.edit("specs/flamel/upstream/create-image.yaml", (text) =>
      text.replace("          pattern: /\\d{3,4}x\\d{3,4}/\n", "").replace("resolution:", "imageResolution:"),
    );
    const { code, stderr } = await runPipelineStep("bundle-spec", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error: specs\/flamel\/overlay\.yaml \(actions\[\d+\]\): target `\$\.components\.schemas\.CreatedImageDto\.properties\.resolution` matches nothing/m,
    );
    await expectOutputsUntouched();
  });

  it("fails on an action without a reason", async () => {
    await repo.edit("specs/novita/source.yaml", (text) => `${text}overlay: overlay.yaml\n`);
    await repo.write(
      "specs/novita/overlay.yaml",
      "overlay: 1.0.0\ninfo: { title: t, version: 1.0.0 }\nactions:\n  - target: $.info\n    update: { x-a: 1 }\n",
    );
    const { code, stderr } = await runPipelineStep("bundle-spec", "novita", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error: specs\/novita\/overlay\.yaml \(actions\[0\]\): every correction needs a `description`/m,
    );
  });
});

describe("generate", () => {
  it("fails on an unreadable bundle and leaves the generated files as they were", async () => {
    await repo.write("packages/flamel/openapi.json", '{ "openapi": "3.0.0", "paths": {');
    outputsBefore = await repo.snapshot("packages/flamel");
    const { code, stderr } = await runPipelineStep("generate-types", "flamel", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: packages\/flamel\/openapi\.json: cannot read the bundled document/m);
    await expectOutputsUntouched();
  });
});

describe("a provider without a manifest", () => {
  it("names the missing file", async () => {
    const { code, stderr } = await runPipelineStep("bundle-spec", "nobody", repo.root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: specs\/nobody\/source\.yaml: cannot read provider manifest/m);
  });
});
