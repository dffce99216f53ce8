// The contract suite's mock of one provider document: a loopback front in front of Prism.
// - Prism validates every request (`--errors`) and serves the document's named examples.
// - The case is chosen with Prism's query parameters (`__code`, `__example`, `__dynamic`), never
//   with a `Prefer` header, so a header the document declares itself (`Prefer: wait`) passes through.
// - An answer that is not a named example, or that Prism cannot serialise (binary, SSE, an object
//   as text), is served by the front itself, generated from the schema and checked against it:
//   Prism's own generated data can break the document's `pattern`/`format`/`oneOf` (then it answers
//   500 against itself). Prism still validates the request first; its rejection is passed through.
//   An event stream is written over time, event by event (src/mock/event-stream-writer.ts).
// - A large document is served by one Prism per group of operations (src/mock/operation-groups.ts),
//   each started on its own sub-document in bounded time; a failed start names document and group.
// - Path keys that are variants of one URL (`/render?format=png`, `/render#svg`) are served by
//   groups of their own; a case names its operation (`__operation`, see mock-selection.ts), so the
//   front forwards it to the Prism that serves that variant.
// - Prism loads the document with its data `$ref`s escaped (scripts/repo/data-values.ts): it would
//   follow them. The front restores them in the JSON bodies Prism serves.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PrismServer, startPrism } from "@image-sdk/image-to-prompt/prism";
import { type Json, type JsonObject, resolveObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { escapeDataRefs, hasDataRefs, restoreRefKeys } from "@image-sdk/scripts/repo/data-values.ts";
import { startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { nodeHttpFetch } from "../node-http-fetch.ts";
import type { DocumentedOperation, DocumentedResponse } from "../openapi/documented-operations.ts";
import { operationMatcher, responsesForStatus } from "../openapi/operation-matcher.ts";
import { isJsonMediaType, type SchemaValidator, validatorFor } from "../openapi/schema-validator.ts";
import { writeEventStream } from "./event-stream-writer.ts";
import { answerBody } from "./generated-answer.ts";
import { type OperationGroup, operationGroups } from "./operation-groups.ts";

export interface ContractMockOptions {
  /** The document's file (what Prism loads when the document is one group). */
  documentPath: string;
  document: JsonObject;
  /** How long one group's Prism may take to start. */
  startTimeoutMs: number;
  /** Operations per group (tests set it low to split a small document). */
  groupMaxOperations?: number;
  /** Prisms started at once (each loads a document: CPU and memory). */
  concurrency?: number;
}

export interface ContractMock {
  url: string;
  /** The groups and their Prism mocks, for reports and tests. */
  groups: Array<{ name: string; operations: number; url: string }>;
  stop(): Promise<void>;
}

/** A group's Prism did not start: names the document, the group and why. */
export class ContractMockStartError extends Error {
  override name = "ContractMockStartError";
  readonly document: string;
  readonly group: string;
  constructor(document: string, group: string, cause: unknown) {
    super(`The contract mock of ${document} could not start its group "${group}": ${(cause as Error).message}`, {
      cause,
    });
    this.document = document;
    this.group = group;
  }
}

/** Media types Prism serialises: JSON (and `+json`), none, and text that is a string. */
function prismSerialises(response: DocumentedResponse, exampleIsString: boolean): boolean {
  const mediaType = response.mediaType.toLowerCase();
  if (mediaType === "" || isJsonMediaType(mediaType)) return true;
  return mediaType.startsWith("text/") && mediaType !== "text/event-stream" && exampleIsString;
}

const HOP_HEADERS = new Set([
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "expect",
  "te",
  "trailer",
]);

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Violation {
  location?: string[];
  severity?: string;
  message?: string;
}

const PRISM_ERRORS = "https://stoplight.io/prism/errors#";

/**
 * The request violations Prism refused the request for (locations without Prism's `request`
 * prefix), or undefined when it did not refuse it. A refusal comes as the document's own error
 * response with an `sl-violations` header, or as Prism's own problem (422 invalid request, 401
 * missing credentials, 404 no such route…). Prism's 500s (its own answer breaking the document,
 * a body it cannot serialise) are not refusals: the front answers those cases itself.
 */
function prismRefusal(headers: Headers, status: number, body: Buffer): Violation[] | undefined {
  const header = headers.get("sl-violations");
  if (header) {
    try {
      const request = (JSON.parse(header) as Violation[])
        .filter((violation) => violation.location?.[0] === "request" && violation.severity === "Error")
        .map((violation) => ({ ...violation, location: violation.location!.slice(1) }));
      if (request.length) return request;
    } catch {
      return [{ message: header }];
    }
  }
  if (status >= 500 || !(headers.get("content-type") ?? "").includes("json")) return undefined;
  try {
    const problem = JSON.parse(body.toString("utf8")) as { type?: unknown; validation?: Violation[] };
    if (typeof problem.type !== "string" || !problem.type.startsWith(PRISM_ERRORS)) return undefined;
    return problem.validation?.length ? problem.validation : [{ message: problem.type }];
  } catch {
    return undefined;
  }
}

/**
 * Prism reads a multipart body as text parts: a part encoded as JSON (declared in `encoding`, or an
 * object part, JSON by OpenAPI's default) fails its object schema, a repeated part its array schema,
 * and a part holding `/` or `:` its reserved-character rule (which only form-urlencoded bodies
 * have). Such a violation is excused when the part, read as the document says, follows its schema;
 * what is left is the request's real violations.
 */
async function withoutMultipartMisreadings(
  violations: Violation[],
  operation: DocumentedOperation | undefined,
  request: Request,
  document: JsonObject,
  validator: SchemaValidator,
): Promise<Violation[]> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!operation || !contentType.startsWith("multipart/")) return violations;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return violations;
  }
  const parts = multipartParts(document, operation);
  const remaining: Violation[] = [];
  for (const violation of violations) {
    if (violation.message?.startsWith("Reserved characters used in request body")) continue;
    const [where, name, ...deeper] = violation.location ?? [];
    const part = name === undefined ? undefined : parts.get(name);
    if (where !== "body" || part === undefined || deeper.length) {
      remaining.push(violation);
      continue;
    }
    const texts = await Promise.all(
      form.getAll(name!).map((entry) => (typeof entry === "string" ? entry : entry.text())),
    );
    const value = part.repeated ? texts.map((text) => readPart(text, part.json)) : readPart(texts[0], part.json);
    if (texts.length === 0 || !validator.validate(part.schema, value).valid) remaining.push(violation);
  }
  return remaining;
}

function readPart(text: string | undefined, json: boolean): unknown {
  if (text === undefined || !json) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface MultipartPart {
  schema: Json;
  /** An array property: one part per item. */
  repeated: boolean;
  /** Its (items') content is JSON: declared in `encoding`, or an object by OpenAPI's default. */
  json: boolean;
}

/** The operation's multipart media type object (a body may be documented as JSON and multipart both). */
function multipartMedia(document: JsonObject, operation: DocumentedOperation): JsonObject | undefined {
  const pathItem = resolveObject(document, resolveObject(document, document.paths)?.[operation.path]);
  const body = resolveObject(document, resolveObject(document, pathItem?.[operation.method])?.requestBody);
  const content = resolveObject(document, body?.content) ?? {};
  const mediaType = Object.keys(content).find((candidate) => candidate.startsWith("multipart/"));
  return mediaType === undefined ? undefined : resolveObject(document, content[mediaType]);
}

function multipartParts(document: JsonObject, operation: DocumentedOperation): Map<string, MultipartPart> {
  const parts = new Map<string, MultipartPart>();
  const media = multipartMedia(document, operation);
  const encoding = resolveObject(document, media?.encoding) ?? {};
  const properties = resolveObject(document, resolveObject(document, media?.schema)?.properties) ?? {};
  for (const [name, schema] of Object.entries(properties)) {
    const resolved = resolveObject(document, schema);
    const repeated = resolved?.type === "array";
    const item = repeated ? resolveObject(document, resolved?.items) : resolved;
    const contentType = resolveObject(document, encoding[name])?.contentType;
    // OpenAPI's default for a part that is not a primitive (an object, a oneOf of objects) is JSON.
    const primitive = ["string", "number", "integer", "boolean"].includes(String(item?.type));
    const json =
      typeof contentType === "string"
        ? isJsonMediaType(contentType.split(",")[0]!)
        : item !== undefined &&
          !primitive &&
          (item.type === "object" || "oneOf" in item || "anyOf" in item || "allOf" in item || "properties" in item);
    parts.set(name, { schema, repeated, json });
  }
  return parts;
}

/**
 * The operation a request is for, among the operations its method and URL may be (variants of one
 * URL): the one the case names (`__operation`), else the first documenting the asked-for status,
 * media type and example, else the first.
 */
function chooseOperation(
  candidates: DocumentedOperation[],
  named: string | null,
  asked: { status: number; mediaType: string | undefined; example: string | undefined },
): DocumentedOperation | undefined {
  if (candidates.length < 2) return candidates[0];
  const documents = (operation: DocumentedOperation) =>
    responsesForStatus(operation, asked.status).some(
      (response) =>
        (asked.mediaType === undefined || response.mediaType.toLowerCase() === asked.mediaType) &&
        (asked.example === undefined || response.examples.some((example) => example.name === asked.example)),
    );
  return (
    candidates.find((candidate) => candidate.key === named) ??
    (Number.isInteger(asked.status) ? candidates.find(documents) : undefined) ??
    candidates[0]
  );
}

/** A JSON body Prism served from the escaped document, with its data `$ref` keys as the document has them. */
function restoredBody(headers: Headers, body: Buffer): Buffer {
  if (!isJsonMediaType((headers.get("content-type") ?? "").split(";")[0]!.trim()) || !body.includes("$ref"))
    return body;
  try {
    return Buffer.from(JSON.stringify(restoreRefKeys(JSON.parse(body.toString("utf8")) as Json)));
  } catch {
    return body;
  }
}

async function runLimited<T>(tasks: Array<() => Promise<T>>, concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        try {
          results[index] = await tasks[index]!();
        } catch (error) {
          errors.push(error);
        }
      }
    }),
  );
  if (errors.length) throw errors[0];
  return results;
}

export async function startContractMock(options: ContractMockOptions): Promise<ContractMock> {
  const { document, documentPath } = options;
  const groups = operationGroups(document, options.groupMaxOperations);
  const escaping = hasDataRefs(document);
  const directory =
    escaping || groups.some((group) => group.document) ? mkdtempSync(join(tmpdir(), "contract-mock-")) : undefined;
  const started: PrismServer[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((server) => server.stop()));
    if (directory) rmSync(directory, { recursive: true, force: true });
  };
  const startGroup = async (group: OperationGroup, index: number): Promise<PrismServer> => {
    let file = documentPath;
    if (group.document || escaping) {
      file = join(directory!, `group-${index}.json`);
      const served = group.document ?? document;
      writeFileSync(file, JSON.stringify(escaping ? escapeDataRefs(served) : served));
    }
    try {
      const server = await startPrism({ document: file, startTimeoutMs: options.startTimeoutMs });
      started.push(server);
      return server;
    } catch (error) {
      throw new ContractMockStartError(documentPath, group.name, error);
    }
  };
  let servers: PrismServer[];
  try {
    servers = await runLimited(
      groups.map((group, index) => () => startGroup(group, index)),
      options.concurrency ?? 2,
    );
  } catch (error) {
    await stopAll();
    throw error;
  }

  const validator = validatorFor(document);
  const matcher = operationMatcher(groups.flatMap((group) => group.operations));
  const groupOf = new Map<DocumentedOperation, PrismServer>();
  groups.forEach((group, index) => {
    for (const operation of group.operations) groupOf.set(operation, servers[index]!);
  });

  const handle = async (request: IncomingMessage, reply: ServerResponse) => {
    const body = await readBody(request);
    const url = new URL(request.url ?? "/", "http://mock.invalid");
    const method = request.method ?? "GET";
    let pathname = url.pathname;
    try {
      pathname = decodeURI(url.pathname);
    } catch {}
    // Which documented response the case asks for, and whether the front answers it itself.
    const requested = Number(url.searchParams.get("__code") ?? Number.NaN);
    const exampleName = url.searchParams.get("__example") ?? undefined;
    const dynamic = url.searchParams.get("__dynamic") === "true";
    const accept = request.headers.accept?.split(",")[0]?.split(";")[0]?.trim().toLowerCase();
    const operation = chooseOperation(matcher.candidates(method, pathname), url.searchParams.get("__operation"), {
      status: requested,
      mediaType: accept,
      example: exampleName,
    });
    url.searchParams.delete("__operation");
    const prism = (operation && groupOf.get(operation)) ?? servers[0]!;

    const candidates =
      operation === undefined
        ? []
        : Number.isInteger(requested)
          ? responsesForStatus(operation, requested)
          : operation.responses.filter((candidate) => /^2\d\d$/.test(candidate.status));
    const response = candidates.find((candidate) => candidate.mediaType.toLowerCase() === accept) ?? candidates[0];
    const code = Number.isInteger(requested) ? requested : Number(response?.status);
    const example = response?.examples.find((candidate) => candidate.name === exampleName);
    // An operation that declares `Prefer` itself: Prism reads the client's Prefer, not the query.
    const declaresPrefer = operation?.parameters.some(
      (parameter) => parameter.in === "header" && parameter.name.toLowerCase() === "prefer",
    );
    const answersItself =
      response !== undefined &&
      Number.isInteger(requested) &&
      (dynamic || !example || declaresPrefer || !prismSerialises(response, typeof example.value === "string"));
    // Prism still checks the request; asked for no generated data of its own.
    if (answersItself) url.searchParams.delete("__dynamic");

    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      // What the front's own connection to Prism decides (fetch refuses to be told).
      if (HOP_HEADERS.has(name) || value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    // Over node:http: undici would add headers the client never sent (`accept-language: *`).
    const forwarded = await nodeHttpFetch(`${prism.url}${url.pathname}${url.search}`, {
      method,
      headers,
      body: body.length ? new Uint8Array(body) : undefined,
    });
    let forwardedBody: Buffer = Buffer.from(await forwarded.arrayBuffer());
    if (escaping) forwardedBody = restoredBody(forwarded.headers, forwardedBody);
    const refusal = prismRefusal(forwarded.headers, forwarded.status, forwardedBody);
    const violations =
      refusal &&
      (await withoutMultipartMisreadings(
        refusal,
        operation,
        new Request(url, { method, headers, body: body.length ? new Uint8Array(body) : undefined }),
        document,
        validator,
      ));
    // Prism's refusal stands, or its answer is the case's; unless only its own misreadings refused it.
    const excused = refusal !== undefined && violations!.length === 0;
    if ((!answersItself && !excused) || (violations && violations.length > 0) || response === undefined) {
      const passed: Record<string, string> = {};
      forwarded.headers.forEach((value, name) => {
        if (!HOP_HEADERS.has(name) && name !== "content-encoding") passed[name] = value;
      });
      reply.writeHead(forwarded.status, passed).end(forwardedBody);
      return;
    }
    let answer: string;
    try {
      answer = answerBody(response!, example, document, validator, dynamic ? "required-only" : "full");
    } catch (error) {
      reply
        .writeHead(500, { "content-type": "text/plain", "x-contract-mock-error": "generated-answer" })
        .end(`${operation!.key} → ${response!.status} ${response!.mediaType}: ${(error as Error).message}`);
      return;
    }
    if (response!.mediaType.toLowerCase() === "text/event-stream") {
      await writeEventStream(reply, code, { "content-type": response!.mediaType }, answer);
      return;
    }
    reply
      .writeHead(code, response!.mediaType ? { "content-type": response!.mediaType } : {})
      .end(answer === "" ? undefined : answer);
  };

  const front = await startLoopbackServer((request, reply) => {
    handle(request, reply).catch((error: Error) => {
      if (!reply.headersSent) reply.writeHead(502, { "content-type": "text/plain", "x-contract-mock-error": "front" });
      reply.end(`contract mock: ${error.message}${error.cause ? ` (${String(error.cause)})` : ""}`);
    });
  });
  return {
    url: front.origin,
    groups: groups.map((group, index) => ({
      name: group.name,
      operations: group.operations.length,
      url: servers[index]!.url,
    })),
    async stop() {
      await front.close();
      await stopAll();
    },
  };
}
