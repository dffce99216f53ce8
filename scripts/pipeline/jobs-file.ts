// Generated file src/generated/jobs.ts: the jobs (submit, then wait) a document declares with the
// `x-image-sdk-job` extension on the submitting operation, as data for @image-sdk/core's runner,
// and the `<Pascal>Jobs` interface that types one client method per job and `resumeJob`.
// Not written for a document without jobs, so its package carries no polling code.
//
// The extension (documented in packages/core/README.md, "Jobs"):
//   x-image-sdk-job:
//     name: imageToPromptTask          the client method (a JavaScript identifier)
//     noun: task                       what the provider calls a job, for messages (default "job")
//     id: /data/task_id                JSON pointer to the job id in the submit answer
//     status:
//       url: /polling_url              JSON pointer to a URL to check the job at, in the submit
//                                      answer (absolute, or relative to the server): preferred to
//                                      the operation and id, needs neither
//       operation: GET /v1/tasks/{id}  the status operation: "<METHOD> <path>" or its operationId
//                                      (with `url`: what types the status answers)
//       idParameter: id                its path or query parameter that takes the id; derived when
//                                      it has exactly one path parameter
//       field: /data/status            JSON pointer to the status (status answers; the submit's too)
//       done: [COMPLETED]              finished statuses
//       failed: [FAILED]               failed statuses
//       pending: [CREATED, …]          running statuses; derived from the status field's enum
//     result: /data                    JSON pointer to the result in the done answer (default: all)
//     error: /data/error               JSON pointer to the provider's reason in a failed answer
//     webhook:                         the submit body's webhook fields, set by the job call's
//       urlField: /webhook_url         `webhookUrl` (and `webhookSecret`); derived from a callback
//       secretField: /webhook_secret   of the operation on `{$request.body#/…}` when left out
//       payload: taskFinished          the document's `webhooks` entry the provider sends (typed
//                                      as `<Name>WebhookPayload`; a callback's is found itself)
import type { JobConfig } from "@image-sdk/core/internal";
import { listOperations } from "../repo/operation-methods.ts";
import { deriveNames } from "../repo/provider-names.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { isObject, type JsonObject, resolveObject } from "./json-ref.ts";
import { PipelineError } from "./pipeline-error.ts";

/** One declared job: its configuration and what its types are written from. */
export interface DeclaredJob {
  name: string;
  config: JobConfig;
  summary: string | undefined;
  /** The result is an object: typed by a named interface, so a hover shows its name, not its members. */
  objectResult: boolean;
  /** `paths["/x"]["post"]`-style keys of the submit and status operations. */
  submit: { path: string; method: string; initRequired: boolean };
  /** Absent for a job checked only at a status URL: its result is then `unknown`. */
  status: { path: string; method: string } | undefined;
  /** The webhook payload's type (TypeScript over openapi.ts), where the document has one. */
  webhookPayload: string | undefined;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

function jsonPointer(value: unknown, where: string, label: string): string[] {
  if (typeof value !== "string" || !(value === "" || value.startsWith("/")))
    throw new PipelineError(label, `must be a JSON pointer such as "/data/id"; got ${JSON.stringify(value)}`, where);
  if (value === "") return [];
  return value
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function statusList(value: unknown, where: string, label: string): string[] {
  if (!Array.isArray(value) || !value.length || !value.every((item) => typeof item === "string"))
    throw new PipelineError(label, `must be a non-empty list of status strings; got ${JSON.stringify(value)}`, where);
  return value as string[];
}

/** The schema at `path` (property names) of a schema, through $refs and allOf; undefined where unknown. */
function schemaAt(document: JsonObject, schema: unknown, path: readonly string[]): JsonObject | undefined {
  const resolved = resolveObject(document, schema);
  if (!resolved || !path.length) return resolved;
  const [key, ...rest] = path as [string, ...string[]];
  const branches = [resolved, ...(Array.isArray(resolved.allOf) ? resolved.allOf : [])];
  for (const branch of branches) {
    const properties = resolveObject(document, resolveObject(document, branch)?.properties);
    if (properties && key in properties) return schemaAt(document, properties[key], rest);
  }
  return undefined;
}

function isObjectSchema(document: JsonObject, schema: JsonObject | undefined): boolean {
  if (!schema) return false;
  // A nullable object (3.0 `nullable`, or 3.1 `type: [object, null]`) is a union: no interface extends it.
  if (schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"))) return false;
  if (schema.type === "object" || isObject(schema.properties)) return true;
  return (
    Array.isArray(schema.allOf) &&
    schema.allOf.every((branch) => isObjectSchema(document, resolveObject(document, branch)))
  );
}

function successSchema(document: JsonObject, operation: JsonObject): unknown {
  const responses = resolveObject(document, operation.responses) ?? {};
  const ok = Object.keys(responses).find((status) => /^2(\d\d|XX)$/.test(status));
  const content = ok ? resolveObject(document, resolveObject(document, responses[ok])?.content) : undefined;
  const json = content && Object.entries(content).find(([type]) => /json/.test(type));
  return json && isObject(json[1]) ? json[1].schema : undefined;
}

/** A `$ref` to a component schema as its openapi-typescript type; undefined for anything else. */
function componentType(schema: unknown): string | undefined {
  const ref = isObject(schema) ? schema.$ref : undefined;
  const name = typeof ref === "string" ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1] : undefined;
  return name && `components["schemas"][${JSON.stringify(name.replaceAll("~1", "/").replaceAll("~0", "~"))}]`;
}

/**
 * The job's webhook: the body fields the declaration names, else those of the operation's first
 * callback on `{$request.body#/…}`; and its payload's type, from the document's `webhooks` entry
 * the declaration names, or the callback's POST body when that is a component schema.
 */
function declaredWebhook(
  document: JsonObject,
  submit: JsonObject,
  declared: unknown,
  where: string,
  label: string,
): { fields: NonNullable<JobConfig["webhook"]>; payload: string | undefined } | undefined {
  if (declared !== undefined && !isObject(declared))
    throw new PipelineError(label, "must be an object (urlField, secretField, payload)", where);
  const callbacks = Object.values(resolveObject(document, submit.callbacks) ?? {}).flatMap((callback) =>
    Object.entries(resolveObject(document, callback) ?? {}),
  );
  const callback = callbacks.find(([expression]) => /^\{\$request\.body#\/.*\}$/.test(expression));
  const urlField = declared?.urlField ?? callback?.[0].slice("{$request.body#".length, -1);
  if (urlField === undefined) return undefined;
  const fields = {
    url: jsonPointer(urlField, `${where}.urlField`, label),
    ...(declared?.secretField !== undefined && {
      secret: jsonPointer(declared.secretField, `${where}.secretField`, label),
    }),
  };
  if (!fields.url.length)
    throw new PipelineError(label, "must point into the body, not be all of it", `${where}.urlField`);
  let payload: string | undefined;
  if (declared?.payload !== undefined) {
    const name = declared.payload;
    const webhook =
      typeof name === "string"
        ? resolveObject(document, resolveObject(document, document.webhooks)?.[name])
        : undefined;
    if (!isObject(resolveObject(document, webhook?.post)))
      throw new PipelineError(
        label,
        `names no POST webhook of the document's webhooks; got ${JSON.stringify(name)}`,
        `${where}.payload`,
      );
    payload = `NonNullable<webhooks[${JSON.stringify(name)}]["post"]["requestBody"]>["content"]["application/json"]`;
  } else if (callback) {
    const body = resolveObject(
      document,
      resolveObject(document, resolveObject(document, callback[1])?.post)?.requestBody,
    );
    const content = resolveObject(document, body?.content);
    payload = componentType(resolveObject(document, content?.["application/json"])?.schema);
  }
  return { fields, payload };
}

/** Every job the document declares, checked: a clear error names the operation and field. */
export function declaredJobs(document: JsonObject, label: string): DeclaredJob[] {
  const paths = resolveObject(document, document.paths) ?? {};
  const operation = (path: string, method: string) =>
    resolveObject(document, resolveObject(document, paths[path])?.[method]);
  const jobs: DeclaredJob[] = [];
  for (const { method, path } of listOperations(document)) {
    const submit = operation(path, method)!;
    const declared = submit["x-image-sdk-job"];
    if (declared === undefined) continue;
    const where = `paths["${path}"].${method}.x-image-sdk-job`;
    if (!isObject(declared)) throw new PipelineError(label, "must be an object", where);
    const { name, noun, id, status, result, error } = declared;
    if (typeof name !== "string" || !identifier.test(name) || name === "resumeJob")
      throw new PipelineError(
        label,
        `needs a name that is a JavaScript identifier (not resumeJob); got ${JSON.stringify(name)}`,
        `${where}.name`,
      );
    if (jobs.some((job) => job.name === name))
      throw new PipelineError(label, `names a second job ${JSON.stringify(name)}`, `${where}.name`);
    if (!isObject(status))
      throw new PipelineError(label, "must be an object (operation, field, done, failed)", `${where}.status`);

    const statusUrl = status.url === undefined ? undefined : jsonPointer(status.url, `${where}.status.url`, label);
    const target = typeof status.operation === "string" ? status.operation : "";
    const [targetMethod = "", ...rest] = target.split(" ");
    const statusRoute = listOperations(document).find(
      (candidate) =>
        (candidate.method === targetMethod.toLowerCase() && candidate.path === rest.join(" ")) ||
        operation(candidate.path, candidate.method)?.operationId === target,
    );
    // A status URL needs no operation; one named must exist all the same.
    if (!statusRoute && !(statusUrl && status.operation === undefined))
      throw new PipelineError(
        label,
        `names no operation of the document ("<METHOD> <path>" or an operationId${statusUrl ? "" : ", or a status url"}); got ${JSON.stringify(status.operation)}`,
        `${where}.status.operation`,
      );
    const statusOperation = statusRoute && operation(statusRoute.path, statusRoute.method)!;
    const parameters = statusRoute
      ? ([
          ...(Array.isArray(statusOperation!.parameters) ? statusOperation!.parameters : []),
          ...((resolveObject(document, paths[statusRoute.path])?.parameters as unknown[]) ?? []),
        ]
          .map((parameter) => resolveObject(document, parameter))
          .filter((parameter) => parameter?.in === "path" || parameter?.in === "query") as JsonObject[])
      : [];
    const pathParameters = parameters.filter((parameter) => parameter.in === "path");
    const idName = status.idParameter ?? (pathParameters.length === 1 ? pathParameters[0]!.name : undefined);
    const idParameter = parameters.find((parameter) => parameter.name === idName);
    // With a status URL, the id is the way only when the answer has no URL: optional, unless named.
    if (statusRoute && !idParameter && !(statusUrl && status.idParameter === undefined))
      throw new PipelineError(
        label,
        `names no path or query parameter of ${target} (needed when it has not exactly one path parameter); got ${JSON.stringify(status.idParameter)}`,
        `${where}.status.idParameter`,
      );

    const statusField = jsonPointer(status.field, `${where}.status.field`, label);
    const done = statusList(status.done, `${where}.status.done`, label);
    const failed = statusList(status.failed, `${where}.status.failed`, label);
    // Running statuses: declared, or the status field's enum less the done and failed ones.
    const fieldSchema = statusOperation && schemaAt(document, successSchema(document, statusOperation), statusField);
    const enumerated = Array.isArray(fieldSchema?.enum) ? (fieldSchema.enum as unknown[]) : undefined;
    const pending =
      status.pending !== undefined
        ? statusList(status.pending, `${where}.status.pending`, label)
        : enumerated?.filter(
            (value): value is string => typeof value === "string" && !done.includes(value) && !failed.includes(value),
          );

    const webhook = declaredWebhook(document, submit, declared.webhook, `${where}.webhook`, label);
    const config: JobConfig = {
      submit: `${method.toUpperCase()} ${path}`,
      ...(statusRoute && { status: `${statusRoute.method.toUpperCase()} ${statusRoute.path}` }),
      ...(idParameter && { idParameter: [idParameter.in as "path" | "query", String(idParameter.name)] as const }),
      ...(statusUrl && { statusUrl }),
      id: jsonPointer(id, `${where}.id`, label),
      statusField,
      done,
      failed,
      ...(pending?.length ? { pending } : {}),
      ...(result !== undefined ? { result: jsonPointer(result, `${where}.result`, label) } : {}),
      ...(error !== undefined ? { error: jsonPointer(error, `${where}.error`, label) } : {}),
      ...(typeof noun === "string" ? { noun } : {}),
      ...(webhook && { webhook: webhook.fields }),
    };
    const submitParameters = [
      ...(Array.isArray(submit.parameters) ? submit.parameters : []),
      ...((resolveObject(document, paths[path])?.parameters as unknown[]) ?? []),
    ].map((parameter) => resolveObject(document, parameter));
    const initRequired =
      resolveObject(document, submit.requestBody)?.required === true ||
      submitParameters.some((parameter) => parameter?.required === true);
    jobs.push({
      name,
      config,
      summary: typeof submit.summary === "string" ? submit.summary : undefined,
      objectResult:
        statusOperation !== undefined &&
        isObjectSchema(document, schemaAt(document, successSchema(document, statusOperation), config.result ?? [])),
      submit: { path, method, initRequired },
      status: statusRoute && { path: statusRoute.path, method: statusRoute.method },
      webhookPayload: webhook?.payload,
    });
  }
  return jobs;
}

/** TypeScript source for src/generated/jobs.ts. */
export function renderJobs(pascal: string, jobs: readonly DeclaredJob[]): string {
  const operationType = ({ path, method }: { path: string; method: string }) =>
    `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
  // Each job's webhook options: the secret's too where the job declares a secret field.
  const webhookOptions = (job: DeclaredJob) =>
    job.config.webhook ? (job.config.webhook.secret ? "JobWebhookSecretOptions" : "JobWebhookOptions") : undefined;
  const coreTypes = ["ApiPromise", "CallInit", "JobExtra", "JobHandle", "JobOptions", "JobResult"];
  for (const job of jobs) {
    const options = webhookOptions(job);
    if (options && !coreTypes.includes(options)) coreTypes.push(options);
  }
  const payloads = jobs.map((job) => job.webhookPayload ?? "");
  const documentTypes = ["paths", "components", "webhooks"].filter(
    (name) => name === "paths" || payloads.some((payload) => payload.includes(`${name}[`)),
  );
  const lines = [
    "// Generated by scripts/pipeline/generate-types.ts (template: scripts/pipeline/jobs-file.ts):",
    "// the jobs the document declares (x-image-sdk-job), run by @image-sdk/core.",
    "// Do not edit: change the document's overlay and run `pnpm generate`.",
    `import type { ${coreTypes.sort().join(", ")} } from "@image-sdk/core";`,
    'import type { JobConfig } from "@image-sdk/core/internal";',
    `import type { ${documentTypes.sort().join(", ")} } from "./openapi.ts";`,
    "",
    "/** Each job's submit and status operations and where its id, status, result and error are. */",
    `export const jobs = ${JSON.stringify(Object.fromEntries(jobs.map((job) => [job.name, job.config])), null, 2)} satisfies Record<string, JobConfig>;`,
    "",
    `/** The jobs of ${pascal}'s document as client methods: each submits once and waits for the result. */`,
    `export interface ${pascal}Jobs {`,
  ];
  const results: string[] = [];
  for (const job of jobs) {
    // A job checked only at a status URL has no operation to type its answers with.
    const resultType = job.status
      ? `JobResult<${operationType(job.status)}, ${JSON.stringify(job.config.result ?? [])}>`
      : "unknown";
    // An object result gets a named interface: hovers show `ImageToPromptTaskResult`, not its members.
    const pascal = `${job.name[0]!.toUpperCase()}${job.name.slice(1)}`;
    const named = `${pascal}Result`;
    results.push(
      `/** What \`${job.name}\` resolves to: the done answer's ${job.config.result ? `\`${job.config.result.join(".")}\`` : "body"}. */`,
      job.objectResult ? `export interface ${named} extends ${resultType} {}` : `export type ${named} = ${resultType};`,
      "",
    );
    if (job.webhookPayload)
      results.push(
        `/** What the provider POSTs to \`${job.name}\`'s \`webhookUrl\`. */`,
        `export type ${pascal}WebhookPayload = ${job.webhookPayload};`,
        "",
      );
    const { statusUrl, status } = job.config;
    const checked = [statusUrl && `the status URL in \`${statusUrl.join(".")}\``, status && `\`${status}\``].filter(
      Boolean,
    );
    const options = ["JobOptions", webhookOptions(job)].filter(Boolean).join(" & ");
    lines.push(
      "  /**",
      `   * ${job.summary ? `${job.summary}: ` : ""}\`${job.config.submit}\`, then ${checked.join(" (else ")}${checked.length > 1 ? ")" : ""} until ${job.config.done.join(" or ")}.`,
      `   * Throws JobFailedError (${job.config.failed.join(", ")}), JobTimeoutError after \`pollTimeout\`, and the call errors.`,
      "   */",
      `  ${job.name}(init${job.submit.initRequired ? "" : "?"}: CallInit<${operationType(job.submit)}> & ${options}): ApiPromise<${named}, JobExtra>;`,
    );
  }
  lines.push(
    "  /** Waits for a job submitted earlier, from its handle (`.withResponse()`'s `handle`, saved as JSON). */",
    "  resumeJob(handle: JobHandle, options?: JobOptions): ApiPromise<unknown, JobExtra>;",
    "}",
    "",
    ...results,
  );
  return lines.join("\n");
}

/** Generated file src/generated/jobs.ts; none for a document without jobs. */
export const jobsFile: GeneratedFile = {
  name: "jobs.ts",
  render({ provider, document, label }) {
    const jobs = declaredJobs(document as unknown as JsonObject, label);
    return jobs.length ? renderJobs(deriveNames(provider).pascal, jobs) : undefined;
  },
};
