// The jobs template (x-image-sdk-job → src/generated/jobs.ts): what it reads from the document,
// what it derives where the declaration leaves it out, and how it names a bad declaration.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { declaredJobs, renderJobs } from "../../pipeline/jobs-file.ts";
import type { JsonObject } from "../../pipeline/json-ref.ts";
import { parseOpenApi } from "../../repo/parse-openapi.ts";

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
    declaration.name = "resumeJob";
    expect(() => declaredJobs(document, label)).toThrow(`${where}.name): needs a name that is a JavaScript identifier`);
  });
});
