// The jobs template (x-image-sdk-job → src/generated/jobs.ts): what it reads from the document,
// what it derives where the declaration leaves it out, how it names a bad declaration, and that
// what it writes for the fixture compiles into the job methods and webhook types it declares.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTypes } from "../../pipeline/generate-types.ts";
import { declaredJobs, renderJobs } from "../../pipeline/jobs-file.ts";
import type { JsonObject } from "../../pipeline/json-ref.ts";
import { parseOpenApi } from "../../repo/parse-openapi.ts";
import { typeErrors } from "./type-errors.ts";

const fixture = new URL("../fixtures/quirk-documents/jobs.openapi.yaml", import.meta.url);
const load = async () => parseOpenApi(await readFile(fixture, "utf8"), "jobs.openapi.yaml") as JsonObject;
const label = "jobs.openapi.yaml";

describe("declaredJobs", () => {
  it("reads each job, deriving the id parameter and the running statuses from the document", async () => {
    const [render, upscale] = declaredJobs(await load(), label);
    expect(render!.config).toEqual({
      submit: "POST /renders",
      status: "GET /renders/{render_id}",
      // The status operation's one path parameter; its status enum less done and failed.
      idParameter: ["path", "render_id"],
      id: ["id"],
      statusField: ["status"],
      done: ["succeeded"],
      failed: ["failed", "canceled"],
      pending: ["starting", "processing"],
      result: ["output"],
      error: ["error"],
      noun: "render",
    });
    expect(upscale!.config).toMatchObject({
      status: "GET /upscale-result",
      idParameter: ["query", "id"],
      pending: ["Pending"],
      result: ["result", "sample"],
    });
    expect(render!.submit.initRequired).toBe(true);
  });

  it("reads a status URL, with the status operation as the fallback or alone, and the webhook fields", async () => {
    const [, , preview, sketch] = declaredJobs(await load(), label);
    expect(preview!.config).toMatchObject({
      status: "GET /upscale-result",
      idParameter: ["query", "id"],
      statusUrl: ["polling_url"],
      webhook: { url: ["webhook_url"], secret: ["webhook_secret"] },
    });
    // Checked only at its URL; the webhook field is its callback's `{$request.body#/notify/url}`.
    expect(sketch!.config).toEqual({
      submit: "POST /sketches",
      statusUrl: ["urls", "get"],
      id: ["id"],
      statusField: ["status"],
      done: ["succeeded"],
      failed: ["failed"],
      webhook: { url: ["notify", "url"] },
    });
    expect(sketch!.webhookPayload).toBe('components["schemas"]["Render"]');
  });

  it("types each job's method from its submit and status operations", async () => {
    const source = renderJobs("Gallery", declaredJobs(await load(), label));
    expect(source).toContain(
      'render(init: CallInit<paths["/renders"]["post"]> & JobOptions): ApiPromise<RenderResult, JobExtra>;',
    );
    // An array result is an alias; an object result a named interface (its hover shows the name).
    expect(source).toContain('export type RenderResult = JobResult<paths["/renders/{render_id}"]["get"], ["output"]>;');
    expect(source).toContain("export interface GalleryJobs {");
    expect(source).toContain("resumeJob(handle: JobHandle, options?: JobOptions)");
  });

  it("names a nullable object result with an alias: no interface can extend a union with null", async () => {
    const document = await load();
    const render = ((document.components as JsonObject).schemas as JsonObject).Render as JsonObject;
    // The render's output as an object the API may answer as null (3.0's nullable, 3.1's type list).
    const outputs: JsonObject[] = [
      { type: "object", nullable: true, properties: { url: { type: "string" } } },
      { type: ["object", "null"], properties: { url: { type: "string" } } },
    ];
    for (const output of outputs) {
      (render.properties as JsonObject).output = output;
      const source = renderJobs("Gallery", declaredJobs(document, label));
      expect(source).toContain(
        'export type RenderResult = JobResult<paths["/renders/{render_id}"]["get"], ["output"]>;',
      );
    }
    (render.properties as JsonObject).output = { type: "object", properties: { url: { type: "string" } } };
    expect(renderJobs("Gallery", declaredJobs(document, label))).toContain("export interface RenderResult extends");
  });

  it("names the operation and field of a bad declaration", async () => {
    const document = await load();
    const job = (document.paths as JsonObject)["/renders"] as JsonObject;
    const declaration = (job.post as JsonObject)["x-image-sdk-job"] as JsonObject;
    const status = declaration.status as JsonObject;
    const where = 'jobs.openapi.yaml (paths["/renders"].post.x-image-sdk-job';

    status.operation = "GET /nowhere";
    expect(() => declaredJobs(document, label)).toThrow(`${where}.status.operation): names no operation`);
    status.operation = "get_render";
    status.field = "data.status";
    expect(() => declaredJobs(document, label)).toThrow(
      `${where}.status.field): must be a JSON pointer such as "/data/id"; got "data.status"`,
    );
    status.field = "/status";
    status.done = [];
    expect(() => declaredJobs(document, label)).toThrow(`${where}.status.done): must be a non-empty list`);
    status.done = ["succeeded"];
    status.idParameter = "job";
    expect(() => declaredJobs(document, label)).toThrow(`${where}.status.idParameter): names no path or query`);
    delete status.idParameter;
    status.url = "polling_url";
    expect(() => declaredJobs(document, label)).toThrow(`${where}.status.url): must be a JSON pointer`);
    delete status.url;
    declaration.name = "resumeJob";
    expect(() => declaredJobs(document, label)).toThrow(`${where}.name): needs a name that is a JavaScript identifier`);
    declaration.name = "render";

    const preview = ((document.paths as JsonObject)["/previews"] as JsonObject).post as JsonObject;
    const webhook = (preview["x-image-sdk-job"] as JsonObject).webhook as JsonObject;
    const at = 'jobs.openapi.yaml (paths["/previews"].post.x-image-sdk-job';
    webhook.payload = "previewDone";
    expect(() => declaredJobs(document, label)).toThrow(
      `${at}.webhook.payload): names no POST webhook of the document's webhooks; got "previewDone"`,
    );
    webhook.payload = "previewFinished";
    webhook.urlField = "";
    expect(() => declaredJobs(document, label)).toThrow(`${at}.webhook.urlField): must point into the body`);
    webhook.urlField = "/webhook_url";
    // A status URL without an operation is enough; an operation named must exist.
    const sketch = ((document.paths as JsonObject)["/sketches"] as JsonObject).post as JsonObject;
    ((sketch["x-image-sdk-job"] as JsonObject).status as JsonObject).operation = "get_sketch";
    expect(() => declaredJobs(document, label)).toThrow(
      'sketches"].post.x-image-sdk-job.status.operation): names no operation of the document',
    );
  });
});

describe("the generated jobs of the fixture", () => {
  it("type the webhook options each job declares, and its webhook payload", async () => {
    const root = await mkdtemp(join(tmpdir(), "jobs-file-"));
    try {
      await mkdir(join(root, "specs", "gallery"), { recursive: true });
      await writeFile(join(root, "specs", "gallery", "source.yaml"), "entry: openapi.json\n");
      await mkdir(join(root, "packages", "gallery"), { recursive: true });
      await writeFile(join(root, "packages", "gallery", "package.json"), '{ "name": "gallery", "version": "0.0.0" }');
      await writeFile(join(root, "packages", "gallery", "openapi.json"), JSON.stringify(await load()));
      await generateTypes("gallery", root);
      const usage = `
import { createGalleryClient } from "./packages/gallery/src/generated/client.ts";
import type { PreviewWebhookPayload, SketchResult, SketchWebhookPayload } from "./packages/gallery/src/generated/jobs.ts";
import type { components } from "./packages/gallery/src/generated/openapi.ts";
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_: T) => {};

export async function jobs() {
  const client = createGalleryClient({ baseUrl: "https://gallery.example" });
  const { data, handle } = await client
    .preview({ body: { prompt: "a fox" }, webhookUrl: "https://hooks.example/x", webhookSecret: "s" })
    .withResponse();
  expectType<Equals<typeof data.sample, string | undefined>>(true);
  const url: string | undefined = handle.statusUrl;
  await client.sketch({ webhookUrl: "https://hooks.example/x" });
  // @ts-expect-error sketch declares no secret field
  await client.sketch({ webhookUrl: "https://hooks.example/x", webhookSecret: "s" });
  // @ts-expect-error render declares no webhook
  await client.render({ body: { prompt: "a fox" }, webhookUrl: "https://hooks.example/x" });
  return url;
}
expectType<Equals<PreviewWebhookPayload, { id: string; state: "Ready" | "Error" }>>(true);
expectType<Equals<SketchWebhookPayload, components["schemas"]["Render"]>>(true);
expectType<Equals<SketchResult, unknown>>(true);
`;
      await writeFile(join(root, "usage.ts"), usage);
      expect(typeErrors(join(root, "usage.ts"), root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});
