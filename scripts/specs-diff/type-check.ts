// The second opinion (`specs:diff --typecheck`): generate types from both documents with the
// pipeline's own openapi-typescript options and ask the TypeScript compiler whether code written
// against OLD still compiles against NEW — what a client sends must be accepted by the new request
// types, what the new API returns must fit the old response types. A check the compiler rejects
// is breaking whatever the rules say; it is reported when no rule already found a breaking change
// at that place.
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { typegenOptions } from "../pipeline/generate-types.ts";
import { isObject, pointer, resolveObject } from "../pipeline/json-ref.ts";
import { operationMethods } from "../repo/operation-methods.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import { applyRules, type Finding } from "./apply-rules.ts";
import type { Change } from "./change.ts";

type Json = Record<string, unknown>;

interface Probe {
  location: string;
  place: "request" | "response";
  what: string;
  /** The declared type (what code expects) and the value's type (what it gets). */
  target: string;
  source: string;
}

/** A document openapi-typescript rejects (duplicate operationIds, say) cannot be checked: an input error. */
async function typesOf(document: Json, source: string): Promise<string> {
  try {
    return astToString(await openapiTS(structuredClone(document) as never, typegenOptions));
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new DocumentSourceError(source, `cannot be typed by openapi-typescript for --typecheck: ${reason}`);
  }
}

function mediaTypes(document: Json, node: unknown): Set<string> {
  const resolved = resolveObject(document, node);
  return new Set(isObject(resolved?.content) ? Object.keys(resolved.content) : []);
}

/** One assignability probe per request body, parameter group and response body both documents have. */
function probesFor(oldDocument: Json, newDocument: Json): Probe[] {
  const probes: Probe[] = [];
  const oldPaths = isObject(oldDocument.paths) ? oldDocument.paths : {};
  const newPaths = isObject(newDocument.paths) ? newDocument.paths : {};
  for (const [path, newItem] of Object.entries(newPaths)) {
    const oldItem = oldPaths[path];
    if (!isObject(oldItem) || !isObject(newItem)) continue;
    for (const method of operationMethods) {
      const [before, after] = [oldItem[method], newItem[method]];
      if (!isObject(before) || !isObject(after)) continue;
      const at = (side: "Old" | "New") => `${side}.paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
      const operation = pointer("/paths", path, method);
      const subject = `${method.toUpperCase()} ${path}`;
      for (const group of ["query", "header", "path", "cookie"]) {
        probes.push({
          location: pointer(operation, "parameters", group),
          place: "request",
          what: `${subject}: ${group} parameters`,
          target: `NonNullable<${at("New")}["parameters"][${JSON.stringify(group)}]>`,
          source: `NonNullable<${at("Old")}["parameters"][${JSON.stringify(group)}]>`,
        });
      }
      const newBodies = mediaTypes(newDocument, after.requestBody);
      for (const type of mediaTypes(oldDocument, before.requestBody)) {
        if (!newBodies.has(type)) continue;
        const body = (side: "Old" | "New") =>
          `NonNullable<${at(side)}["requestBody"]>["content"][${JSON.stringify(type)}]`;
        probes.push({
          location: pointer(operation, "requestBody", "content", type),
          place: "request",
          what: `${subject}: request body (${type})`,
          target: body("New"),
          source: body("Old"),
        });
      }
      const [oldResponses, newResponses] = [
        isObject(before.responses) ? before.responses : {},
        isObject(after.responses) ? after.responses : {},
      ];
      for (const [status, response] of Object.entries(newResponses)) {
        if (!(status in oldResponses)) continue;
        const oldTypes = mediaTypes(oldDocument, oldResponses[status]);
        for (const type of mediaTypes(newDocument, response)) {
          if (!oldTypes.has(type)) continue;
          const body = (side: "Old" | "New") =>
            `${at(side)}["responses"][${JSON.stringify(status)}]["content"][${JSON.stringify(type)}]`;
          probes.push({
            location: pointer(operation, "responses", status, "content", type),
            place: "response",
            what: `${subject}: response ${status} (${type})`,
            target: body("Old"),
            source: body("New"),
          });
        }
      }
    }
  }
  return probes;
}

/** Compiles one in-memory file against the TypeScript standard library; returns its diagnostics. */
function compile(source: string): readonly ts.Diagnostic[] {
  const fileName = "/specs-diff-probe.ts";
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file?.fileName === fileName);
}

/** `sources` name the documents in errors: the files or URLs they came from. */
export async function typeCheckFindings(
  oldDocument: Json,
  newDocument: Json,
  ruleChanges: readonly Change[],
  sources: { old: string; new: string } = { old: "OLD", new: "NEW" },
): Promise<Change[]> {
  const probes = probesFor(oldDocument, newDocument);
  if (probes.length === 0) return [];
  // One after the other: the generator is synchronous work, and a rejected OLD needs no NEW.
  const oldTypes = await typesOf(oldDocument, sources.old);
  const newTypes = await typesOf(newDocument, sources.new);
  const header = [`declare namespace Old {\n${oldTypes}\n}`, `declare namespace New {\n${newTypes}\n}`].join("\n");
  const firstProbeLine = header.split("\n").length;
  // With openapi-typescript's `readWriteMarkers`, readOnly/writeOnly fields carry $Read/$Write
  // markers that clients strip (openapi-fetch: Writable<> for bodies sent, Readable<> for bodies
  // received); the probes compare what code sees, so they strip them the same way.
  const markers = { Old: /export type Writable<T>/.test(oldTypes), New: /export type Writable<T>/.test(newTypes) };
  const seen = (side: "Old" | "New", place: Probe["place"], type: string) =>
    markers[side] ? `${side}.${place === "request" ? "Writable" : "Readable"}<${type}>` : type;
  const lines = probes.map(({ target, source, place }, index) => {
    const [targetSide, sourceSide] = place === "request" ? (["New", "Old"] as const) : (["Old", "New"] as const);
    return `export const probe${index}: ${seen(targetSide, place, target)} = null as unknown as ${seen(sourceSide, place, source)};`;
  });
  const diagnostics = compile(`${header}\n${lines.join("\n")}\n`);

  const failed = new Map<number, string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.file === undefined || diagnostic.start === undefined) continue;
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line - firstProbeLine;
    if (line < 0)
      throw new Error(
        `openapi-typescript output does not compile: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
      );
    if (!failed.has(line))
      failed.set(line, ts.flattenDiagnosticMessageText(diagnostic.messageText, " ").split(/(?<=\.) /)[0] ?? "");
  }
  const findings: Finding[] = [];
  for (const [index, reason] of failed) {
    const probe = probes[index];
    if (!probe) continue;
    const explained = ruleChanges.some(
      (change) =>
        change.breaking && (change.location === probe.location || change.location.startsWith(`${probe.location}/`)),
    );
    if (explained) continue;
    findings.push({
      event: "type-incompatible",
      location: probe.location,
      flow: probe.place,
      place: probe.place,
      facts: {},
      params: { subject: probe.what, reason },
    });
  }
  return applyRules(findings);
}
