// An operation's parameters, path-level and its own, matched by `in` and name.
import { resolveObject } from "../../pipeline/json-ref.ts";
import { asArray, asObject } from "./json-shape.ts";
import { compareMediaTypes } from "./media-types.ts";
import { code } from "./message-text.ts";
import type { OperationAt } from "./path-items.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { sameJson } from "./same-json.ts";
import { compareSchemas } from "./schemas.ts";
import type { Scope } from "./scope.ts";

type Json = Record<string, unknown>;

const styleKeys = ["style", "explode", "allowReserved", "allowEmptyValue"];
const handledKeys = new Set(["name", "in", "required", ...styleKeys, "schema", "content", "deprecated"]);

/** Path-level and operation-level parameters, by `in` and name (header names ignore case). */
function parametersOf(document: Json, at: OperationAt): Map<string, Json> {
  const result = new Map<string, Json>();
  for (const raw of [...asArray(at.pathItem.parameters), ...asArray(at.operation.parameters)]) {
    const parameter = resolveObject(document, raw);
    if (!parameter || typeof parameter.name !== "string") continue;
    const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
    // A path parameter's name may change with the template; it is still the same position.
    result.set(
      parameter.in === "path"
        ? `path:${pathParameterIndex(at.path, parameter.name)}`
        : `${String(parameter.in)}:${name}`,
      parameter,
    );
  }
  return result;
}

function pathParameterIndex(path: string, name: string): number {
  return [...path.matchAll(/\{([^}]*)\}/g)].findIndex((match) => match[1] === name);
}

/** `operation` is the operation's scope. */
export function compareParameters(operation: Scope, old: OperationAt, now: OperationAt): void {
  const before = parametersOf(operation.oldDocument, old);
  const after = parametersOf(operation.newDocument, now);
  const scopeOf = (parameter: Json) =>
    operation
      .at("parameters", String(parameter.in), String(parameter.name))
      .with({ subject: `${operation.subject}: ${parameter.in} parameter \`${parameter.name}\`` });
  for (const [key, parameter] of before) {
    if (!after.has(key)) scopeOf(parameter).emit("parameter-removed");
  }
  for (const [key, parameter] of after) {
    const scope = scopeOf(parameter);
    const previous = before.get(key);
    if (!previous) {
      scope.emit("parameter-added", {}, { required: parameter.required === true });
      continue;
    }
    if (previous.required !== true && parameter.required === true) scope.emit("parameter-required");
    if (previous.required === true && parameter.required !== true) scope.emit("parameter-optional");
    if (previous.name !== parameter.name) scope.at("name").emit("parameter-renamed", { old: code(previous.name) });
    for (const key of styleKeys) {
      if (sameJson(previous[key], parameter[key])) continue;
      scope.at(key).emit("parameter-style-changed", {
        key: `\`${key}\``,
        old: code(previous[key] ?? "default"),
        new: code(parameter[key] ?? "default"),
      });
    }
    if (previous.schema !== undefined || parameter.schema !== undefined) {
      compareSchemas(scope.at("schema"), previous.schema ?? {}, parameter.schema ?? {});
    }
    if (previous.content !== undefined || parameter.content !== undefined) {
      compareMediaTypes(scope.at("content"), asObject(previous.content), asObject(parameter.content));
    }
    compareRemainingKeys(scope, previous, parameter, handledKeys);
    if (Boolean(previous.deprecated) !== Boolean(parameter.deprecated)) {
      scope.at("deprecated").emit("deprecation-changed", {
        state: parameter.deprecated ? "deprecated" : "no longer deprecated",
      });
    }
  }
}
