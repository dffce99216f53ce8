// One operation present in both documents: its id, deprecation, parameters, body, responses,
// security, servers and callbacks.
import { compareCallbacks } from "./callbacks.ts";
import { asObject } from "./json-shape.ts";
import { changeText, code } from "./message-text.ts";
import { compareParameters } from "./parameters.ts";
import type { OperationAt, PathItemsDiffer } from "./path-items.ts";
import { compareRemainingKeys } from "./remaining-keys.ts";
import { compareRequestBody } from "./request-body.ts";
import { compareResponses } from "./responses.ts";
import { opposite, type Scope } from "./scope.ts";
import { compareSecurity } from "./security.ts";
import { compareServers } from "./servers.ts";

const handledKeys = new Set([
  "operationId",
  "deprecated",
  "parameters",
  "requestBody",
  "responses",
  "security",
  "servers",
  "callbacks",
]);

/** `paths` is the scope of the path items the operation is in; `comparePaths` compares its callbacks' path items. */
export function compareOperation(
  paths: Scope,
  old: OperationAt,
  now: OperationAt,
  comparePaths: PathItemsDiffer,
): void {
  // Inside a callback the provider sends the request: request data flows to the client.
  const inCallback = paths.direction === "response";
  const scope = paths.at(now.path, now.method).with({
    subject: `${now.method.toUpperCase()} ${now.path}`,
    place: inCallback ? "callback" : "request",
    part: "request",
  });
  const [a, b] = [old.operation, now.operation];

  if (a.operationId !== b.operationId) {
    const at = scope.at("operationId");
    if (a.operationId === undefined) at.emit("operation-id-added", { value: code(b.operationId) });
    else at.emit("operation-id-changed", { change: changeText(a.operationId, b.operationId) });
  }
  if (Boolean(a.deprecated) !== Boolean(b.deprecated)) {
    scope.at("deprecated").emit("deprecation-changed", { state: b.deprecated ? "deprecated" : "no longer deprecated" });
  }
  compareParameters(scope, old, now);
  compareRequestBody(scope.at("requestBody"), a.requestBody, b.requestBody);
  const responses = scope.at("responses").with({
    direction: opposite(scope.direction),
    place: inCallback ? "callback" : "response",
    part: "response",
  });
  compareResponses(responses, asObject(a.responses), asObject(b.responses));
  if (!inCallback) {
    compareSecurity(
      scope.at("security"),
      a.security ?? scope.oldDocument.security,
      b.security ?? scope.newDocument.security,
    );
    compareServers(scope.at("servers"), a.servers, b.servers);
  }
  compareCallbacks(scope.at("callbacks"), asObject(a.callbacks), asObject(b.callbacks), comparePaths);
  compareRemainingKeys(scope, a, b, handledKeys);
}
