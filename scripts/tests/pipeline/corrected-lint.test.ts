// The corrected document is linted with the strict root rules plus that provider's own
// `apis.<provider>@corrected` relaxations, never another provider's; an overlay may have no actions.
import { mkdir, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempRepo, runPipelineStep, type TempRepo } from "./temp-repo.ts";

let repo: TempRepo;

const unlicensed = `openapi: 3.1.0
info:
  title: Probe
  version: 1.0.0
  description: Everything recommended-strict asks for, except a license.
servers:
  - url: https://api.probe.test
tags:
  - name: probe
    description: The only tag.
security: []
paths:
  /status:
    get:
      operationId: getStatus
      summary: Status
      description: Whether the service is up.
      tags: [probe]
      responses:
        "200":
          description: Up.
        "400":
          description: Never, but the rules want a 4xx.
`;

beforeAll(async () => {
  repo = await createTempRepo([]);
  await mkdir(repo.path("specs/probe/upstream"), { recursive: true });
  await repo.write("specs/probe/upstream/openapi.yaml", unlicensed);
  await repo.write("specs/probe/source.yaml", "entry: upstream/openapi.yaml\noverlay: overlay.yaml\n");
  await repo.write(
    "specs/probe/overlay.yaml",
    "overlay: 1.0.0\ninfo:\n  title: Probe corrections\n  version: 1.0.0\nactions: []\n",
  );
});
afterAll(() => repo.remove());

describe("spec:bundle lints the corrected document per provider", () => {
  it("fails a rule no relaxation of this provider covers, whatever other providers relax", async () => {
    const { code, stderr } = await runPipelineStep("bundle-spec", "probe", repo.root);
    expect(stderr).toMatch(/info-license/);
    expect(stderr).toMatch(
      /^error: specs\/probe\/upstream\/openapi\.yaml \+ specs\/probe\/overlay\.yaml: the corrected document fails the strict lint rules of redocly\.yaml \(root rules and `apis\.probe@corrected`/m,
    );
    expect(code).toBe(1);
  });

  it("passes once this provider's own entry relaxes it, with an overlay of no actions", async () => {
    const config = await repo.read("redocly.yaml");
    await repo.write(
      "redocly.yaml",
      `${config}  probe@corrected:\n    root: packages/probe/openapi.json\n    rules:\n      info-license: warn\n`,
    );
    const { code, stderr } = await runPipelineStep("bundle-spec", "probe", repo.root);
    expect(stderr).not.toMatch(/^error:/m);
    expect(code).toBe(0);
    const bundled = JSON.parse(await repo.read("packages/probe/openapi.json"));
    expect(bundled.paths["/status"].get.operationId).toBe("getStatus");
    await writeFile(repo.path("redocly.yaml"), config);
  });
});
