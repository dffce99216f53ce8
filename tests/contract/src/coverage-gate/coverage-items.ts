// The coverage items one document asks for, and the keys tests record when they cover one.
import type {
  DocumentedCallback,
  DocumentedOperation,
  DocumentedResponse,
  DocumentedWebhook,
} from "../openapi/documented-operations.ts";

export type CoverageKind =
  | "operation"
  | "status"
  | "example"
  | "request-example"
  | "callback-example"
  | "webhook-example"
  | "dynamic";

export interface CoverageItem {
  kind: CoverageKind;
  key: string;
}

const GENERATED = "(generated from schema)";

export const coverageKey = {
  operation: (operation: DocumentedOperation) => operation.key,
  status: (operation: DocumentedOperation, status: string) => `${operation.key} | ${status}`,
  example: (operation: DocumentedOperation, response: DocumentedResponse, exampleName: string | undefined) =>
    `${operation.key} | ${response.status} | ${response.mediaType || "(no content)"} | ${
      exampleName === undefined ? GENERATED : `example "${exampleName}"`
    }`,
  dynamic: (operation: DocumentedOperation, response: DocumentedResponse) =>
    `${operation.key} | ${response.status} | ${response.mediaType || "(no content)"} | dynamic`,
  requestExample: (operation: DocumentedOperation, exampleName: string) =>
    `${operation.key} | request example "${exampleName}"`,
  callbackExample: (operation: DocumentedOperation, callback: DocumentedCallback, exampleName: string) =>
    `${operation.key} | callback ${callback.name} ${callback.method.toUpperCase()} ${callback.expression} | example "${exampleName}"`,
  webhookExample: (webhook: DocumentedWebhook, exampleName: string) =>
    `webhook ${webhook.name} ${webhook.method.toUpperCase()} | example "${exampleName}"`,
};

/** Everything a document asks the suite to cover. */
export function coverageItems(operations: DocumentedOperation[], webhooks: DocumentedWebhook[] = []): CoverageItem[] {
  const operationItems = operations.flatMap((operation) => [
    { kind: "operation" as const, key: coverageKey.operation(operation) },
    ...[...new Set(operation.responses.map((response) => response.status))].map((status) => ({
      kind: "status" as const,
      key: coverageKey.status(operation, status),
    })),
    ...operation.responses.flatMap((response) => [
      ...(response.examples.length
        ? response.examples.map((example) => coverageKey.example(operation, response, example.name))
        : [coverageKey.example(operation, response, undefined)]
      ).map((key) => ({ kind: "example" as const, key })),
      { kind: "dynamic" as const, key: coverageKey.dynamic(operation, response) },
    ]),
    ...operation.requestExamples.map((example) => ({
      kind: "request-example" as const,
      key: coverageKey.requestExample(operation, example.name),
    })),
    ...operation.callbacks.flatMap((callback) =>
      callback.examples.map((example) => ({
        kind: "callback-example" as const,
        key: coverageKey.callbackExample(operation, callback, example.name),
      })),
    ),
  ]);
  const webhookItems = webhooks.flatMap((webhook) =>
    webhook.examples.map((example) => ({
      kind: "webhook-example" as const,
      key: coverageKey.webhookExample(webhook, example.name),
    })),
  );
  return [...operationItems, ...webhookItems];
}
