// The MCP server as a library, for embedding it in another process; the `image-sdk-mcp` command
// runs it over stdio or Streamable HTTP.
export type { ImageSdkMcpServer, ImageSdkMcpServerOptions } from "./server.ts";
export { createImageSdkMcpServer } from "./server.ts";
export type { ToolSelection } from "./tools/tool-selection.ts";
