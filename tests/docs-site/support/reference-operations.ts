import { operationMethods } from "../../../scripts/repo/operation-methods.ts";

/** An operation section Scalar rendered: its element id and its heading. */
export interface RenderedSection {
  id: string;
  heading: string;
}

/** What the reference page must show for one operation of the document. */
export interface ExpectedOperation {
  /** `GET /v1/things` or `webhook POST thing.done`, for messages. */
  label: string;
  /** A webhook (`webhooks` in OpenAPI 3.1) rather than an operation under `paths`. */
  webhook: boolean;
  /** Whether a rendered section's id is this operation's. */
  matches(id: string): boolean;
  /** Scalar heads an operation with its summary, else its path (a webhook: its name). */
  heading: string;
}

interface OpenApiOperations {
  paths?: Record<string, Record<string, { summary?: unknown } | undefined>>;
  webhooks?: Record<string, Record<string, { summary?: unknown } | undefined>>;
}

/**
 * Every operation of a document, found in it rather than listed: each method of each path and
 * each webhook. Scalar gives an operation's section the id `<document>/[tag/<tag>/]<METHOD><path>`
 * (once per tag it carries), a webhook's `…/webhook/<METHOD>/<slug of its name>`; a webhook is
 * told apart by its heading, so the test does not depend on how Scalar slugs a name.
 */
export function expectedOperations(document: OpenApiOperations): ExpectedOperation[] {
  const operations: ExpectedOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of operationMethods) {
      const operation = item[method];
      if (!operation) continue;
      const suffix = `/${method.toUpperCase()}${path}`;
      operations.push({
        label: `${method.toUpperCase()} ${path}`,
        webhook: false,
        matches: (id) => id.endsWith(suffix),
        heading: typeof operation.summary === "string" ? operation.summary : path,
      });
    }
  }
  for (const [name, item] of Object.entries(document.webhooks ?? {})) {
    for (const method of operationMethods) {
      const operation = item[method];
      if (!operation) continue;
      const marker = `/webhook/${method.toUpperCase()}/`;
      operations.push({
        label: `webhook ${method.toUpperCase()} ${name}`,
        webhook: true,
        matches: (id) => id.includes(marker),
        heading: typeof operation.summary === "string" ? operation.summary : name,
      });
    }
  }
  return operations;
}

/** The operations of `document` that no rendered section shows, as `label (heading)`. */
export function missingOperations(document: OpenApiOperations, sections: readonly RenderedSection[]): string[] {
  return expectedOperations(document)
    .filter(
      (operation) =>
        !sections.some((section) => operation.matches(section.id) && section.heading.includes(operation.heading)),
    )
    .map((operation) => `${operation.label} (${operation.heading})`);
}
