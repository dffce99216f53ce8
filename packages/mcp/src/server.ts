// The MCP server: the selected tools of every provider package, plus describe_image. Tool calls
// go through each provider package's own client, built once per provider with the options given
// (keys from the providers' environment variables unless the options set them).
import type { ClientOptions } from "@image-sdk/core";
import type { ProviderOptions } from "@image-sdk/image-to-prompt";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, type CallToolResult, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import manifest from "../package.json" with { type: "json" };
import { type ProviderPackage, providerPackages, type RawClient } from "./provider-packages.ts";
import { stderrLogger } from "./stderr-logger.ts";
import { binaryResult, errorResult, jsonResult } from "./tool-results.ts";
import {
  callDescribeImage,
  DESCRIBE_IMAGE,
  describableProviders,
  describeImageTool,
} from "./tools/describe-image-tool.ts";
import { callInit, type OperationTool, operationTools } from "./tools/operation-tools.ts";
import { isSelected, type ToolSelection } from "./tools/tool-selection.ts";

/** Which tools to expose, and how the provider clients are built. */
export interface ImageSdkMcpServerOptions extends ToolSelection {
  /** Client options per provider (name without scope): base URL, key, fetch, … */
  clients?: Record<string, ClientOptions> | undefined;
  /** Milliseconds per request, for providers whose options set none. */
  timeout?: number | undefined;
}

/** The server and what it lists. */
export interface ImageSdkMcpServer {
  /** The MCP SDK server: connect it to a transport. */
  server: Server;
  /** The names of the tools it lists. */
  toolNames: string[];
}

/** The tools of the selected providers, checked to have distinct names. */
function selectedOperationTools(packages: readonly ProviderPackage[], selection: ToolSelection): OperationTool[] {
  const tools = packages.flatMap((pkg) => operationTools(pkg.name, pkg.document));
  const byName = new Map<string, OperationTool>();
  for (const tool of tools) {
    const other = byName.get(tool.name);
    if (other) {
      throw new Error(
        `two operations get the tool name "${tool.name}": ${other.provider} ${other.method} ${other.path} and ${tool.provider} ${tool.method} ${tool.path}`,
      );
    }
    byName.set(tool.name, tool);
  }
  return tools.filter((tool) => isSelected(selection, tool.name, tool.provider, tool.method === "GET"));
}

/** Builds the server; throws for a --providers name that is no provider package here. */
export function createImageSdkMcpServer(options: ImageSdkMcpServerOptions = {}): ImageSdkMcpServer {
  const packages = providerPackages();
  const known = packages.map((pkg) => pkg.name);
  const unknown = options.providers?.find((name) => !known.includes(name));
  if (unknown !== undefined) throw new Error(`unknown provider "${unknown}"; expected some of ${known.join(", ")}`);

  const tools = selectedOperationTools(packages, options);
  const describable = describableProviders(options.providers);
  const describe =
    describable.length > 0 && isSelected(options, DESCRIBE_IMAGE, undefined, true)
      ? describeImageTool(describable)
      : undefined;
  const listed = [...(describe ? [describe] : []), ...tools];
  const toolsByName = new Map(tools.map((tool) => [tool.name, tool]));

  const clientOptions = (name: string): ClientOptions => {
    const own = { logger: stderrLogger, ...options.clients?.[name] };
    return options.timeout === undefined || own.timeout !== undefined ? own : { ...own, timeout: options.timeout };
  };
  const clients = new Map<string, Promise<RawClient>>();
  const clientOf = (pkg: ProviderPackage) => {
    let client = clients.get(pkg.name);
    if (!client) {
      client = pkg.createClient(clientOptions(pkg.name));
      clients.set(pkg.name, client);
    }
    return client;
  };

  const server = new Server(
    { name: manifest.name, version: manifest.version },
    { capabilities: { tools: { listChanged: false } } },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: listed.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, { signal }): Promise<CallToolResult> => {
    const { name, arguments: args = {} } = request.params;
    if (name === DESCRIBE_IMAGE && describe) {
      const describeOptions = Object.fromEntries(
        describable.map((name) => [name, clientOptions(name)]),
      ) as ProviderOptions;
      return callDescribeImage(args, describable, describeOptions, signal);
    }
    const tool = toolsByName.get(name);
    if (!tool) return errorResult(new Error(`no tool named "${name}"`));
    try {
      const pkg = packages.find((candidate) => candidate.name === tool.provider)!;
      const call = (await clientOf(pkg))[tool.method];
      if (!call) throw new Error(`${pkg.packageName}'s client has no ${tool.method} method`);
      const result = await call(tool.path, { ...callInit(tool, args), signal });
      if (result.error !== undefined) return errorResult(result.error);
      if (result.data instanceof Blob) return binaryResult(result.data, tool.name);
      return jsonResult(result.data ?? {});
    } catch (error) {
      return errorResult(error);
    }
  });
  return { server, toolNames: listed.map((tool) => tool.name) };
}
