// One tool per operation of a provider's document: its name (tool-name.ts), its description from
// the summary, and its input schema from the parameters (by name, at the top level) and the
// request body (under `body`). How the arguments go back into a request is kept with the tool.
import { dereference, toJsonSchema } from "./json-schema.ts";
import { toolName } from "./tool-name.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
type Location = "path" | "query" | "header";
type Schema = Record<string, unknown>;

export interface OperationTool {
  name: string;
  provider: string;
  /** Upper case, as the client's methods are named. */
  method: string;
  path: string;
  description: string;
  inputSchema: { type: "object"; properties: Record<string, Schema>; required?: string[] };
  /** Where each top-level argument goes in the request. */
  arguments: Record<string, Location | "body">;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: unknown;
}

function describe(operation: Schema, method: string, path: string, provider: string): string {
  const summary = typeof operation.summary === "string" ? operation.summary.trim() : "";
  const details = typeof operation.description === "string" ? operation.description.trim() : "";
  const head = summary || details.split("\n")[0] || `${method} ${path}`;
  return `${head} (${provider}: ${method} ${path})`;
}

function bodySchema(document: unknown, operation: Schema): { schema: Schema; required: boolean } | undefined {
  const requestBody = dereference(document, operation.requestBody) as Schema | undefined;
  const content = requestBody?.content as Record<string, Schema> | undefined;
  if (!content) return undefined;
  const media = Object.keys(content).find((type) => /json/.test(type)) ?? Object.keys(content)[0];
  if (media === undefined) return undefined;
  return { schema: toJsonSchema(document, content[media]?.schema), required: requestBody?.required === true };
}

/** The tools of every operation in `document`, the document of provider `provider`. */
export function operationTools(provider: string, document: unknown): OperationTool[] {
  const paths = ((document as Schema).paths ?? {}) as Record<string, Schema>;
  const tools: OperationTool[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = dereference(document, rawItem) as Schema;
    for (const lower of METHODS) {
      const operation = item[lower] as Schema | undefined;
      if (!operation) continue;
      const method = lower.toUpperCase();
      const where = `${provider} ${method} ${path}`;
      const properties: Record<string, Schema> = {};
      const required: string[] = [];
      const argumentsOf: OperationTool["arguments"] = {};
      // Operation parameters override path-level ones of the same name and location.
      const parameters = new Map<string, Parameter>();
      for (const raw of [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]) {
        const parameter = dereference(document, raw) as Parameter;
        if (parameter.in === "cookie") continue;
        parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      for (const parameter of parameters.values()) {
        if (parameter.name === "body" || argumentsOf[parameter.name] !== undefined) {
          throw new Error(
            `${where}: the parameter "${parameter.name}" (${parameter.in}) clashes with another argument`,
          );
        }
        const schema = toJsonSchema(document, parameter.schema);
        if (parameter.description && schema.description === undefined) schema.description = parameter.description;
        properties[parameter.name] = schema;
        argumentsOf[parameter.name] = parameter.in as Location;
        if (parameter.required || parameter.in === "path") required.push(parameter.name);
      }
      const body = bodySchema(document, operation);
      if (body) {
        properties.body = body.schema;
        argumentsOf.body = "body";
        if (body.required) required.push("body");
      }
      tools.push({
        name: toolName(provider, method, path, operation.operationId as string | undefined),
        provider,
        method,
        path,
        description: describe(operation, method, path, provider),
        inputSchema: { type: "object", properties, ...(required.length > 0 ? { required } : {}) },
        arguments: argumentsOf,
      });
    }
  }
  return tools;
}

/** The request init of a raw client call from a tool's arguments. */
export function callInit(tool: OperationTool, args: Record<string, unknown>) {
  const params: Record<Location, Record<string, unknown>> = { path: {}, query: {}, header: {} };
  let body: unknown;
  for (const [name, value] of Object.entries(args)) {
    const location = tool.arguments[name];
    if (location === undefined) throw new Error(`${tool.name} takes no argument "${name}"`);
    if (location === "body") body = value;
    else params[location][name] = value;
  }
  return { params, ...(body === undefined ? {} : { body }) };
}
