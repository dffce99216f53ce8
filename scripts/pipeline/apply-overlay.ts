import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { parse } from "yaml";
import { PipelineError } from "./pipeline-error.ts";

type OpenApiDocument = Record<string, unknown>;
interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: boolean;
}

const { openapiOverlay } = createRequire(import.meta.url)("openapi-format") as {
  openapiOverlay: (
    doc: OpenApiDocument,
    options: { overlaySet: unknown },
  ) => Promise<{ data: OpenApiDocument; resultData: { unusedActions: OverlayAction[] } }>;
};

/** Checks the overlay's shape up front: openapi-format only logs malformed actions and skips them. */
function validateOverlay(overlay: unknown, file: string): OverlayAction[] {
  const doc = overlay as { overlay?: unknown; actions?: unknown } | null;
  if (typeof doc?.overlay !== "string" || !/^1\.0\.\d+$/.test(doc.overlay)) {
    throw new PipelineError(file, "not an OpenAPI Overlay 1.0 document (`overlay: 1.0.x` is missing)", "overlay");
  }
  // An empty list is valid: a document may need no correction (yet).
  if (!Array.isArray(doc.actions)) {
    throw new PipelineError(file, "`actions` must be a list (empty when nothing needs correcting)", "actions");
  }
  doc.actions.forEach((action: Partial<OverlayAction> | null, index) => {
    const where = `actions[${index}]`;
    if (typeof action?.target !== "string" || !action.target.startsWith("$")) {
      throw new PipelineError(file, "`target` must be a JSONPath starting with `$`", where);
    }
    if (action.update === undefined && action.remove !== true) {
      throw new PipelineError(file, "an action needs `update` or `remove: true`", where);
    }
    if (typeof action.description !== "string" || action.description.trim() === "") {
      throw new PipelineError(file, "every correction needs a `description` saying why", where);
    }
  });
  return doc.actions as OverlayAction[];
}

/**
 * Applies an OpenAPI Overlay 1.0 file with openapi-format. An action whose target matches nothing
 * fails: it means upstream fixed the defect or moved the target, and either needs a look.
 */
export async function applyOverlay(
  document: OpenApiDocument,
  overlayPath: string,
  label: string,
): Promise<OpenApiDocument> {
  let overlay: unknown;
  try {
    overlay = parse(await readFile(overlayPath, "utf8"));
  } catch (error) {
    throw new PipelineError(label, `cannot parse overlay: ${(error as Error).message}`);
  }
  const actions = validateOverlay(overlay, label);
  if (actions.length === 0) return document;
  // openapi-format reports unparsable JSONPath on console.error and counts the action as unused;
  // the unused-action error below says the same with the action's index, so keep the log quiet.
  const consoleError = console.error;
  console.error = () => {};
  let result: Awaited<ReturnType<typeof openapiOverlay>>;
  try {
    result = await openapiOverlay(document, { overlaySet: overlay });
  } finally {
    console.error = consoleError;
  }
  const [unused] = result.resultData.unusedActions;
  if (unused) {
    throw new PipelineError(
      label,
      `target \`${unused.target}\` matches nothing in the bundled document (fixed upstream, or moved?)`,
      `actions[${actions.indexOf(unused)}]`,
    );
  }
  return result.data;
}
