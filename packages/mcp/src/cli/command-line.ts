import { Command, InvalidArgumentError } from "commander";
import manifest from "../../package.json" with { type: "json" };

export interface CommandLine {
  providers: string[] | undefined;
  tools: string[] | undefined;
  readOnly: boolean;
  mock: boolean;
  timeout: number | undefined;
  /** Serve Streamable HTTP on this port (0: any free one) instead of stdio. */
  http: number | undefined;
}

function integer(minimum: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < minimum)
      throw new InvalidArgumentError(`"${value}" is not an integer >= ${minimum}.`);
    return number;
  };
}

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Parses the arguments; commander prints help, the version and usage errors itself and exits. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const program = new Command("image-sdk-mcp")
    .description(
      "An MCP server: every image-sdk provider operation as a tool, plus describe_image. Keys come from the providers' environment variables.",
    )
    .option("--providers <names>", "providers whose tools are exposed, comma-separated (default: all)", list)
    .option("--tools <globs>", "tool names or globs (* and ?) to expose, comma-separated (default: all)", list)
    .option("--read-only", "expose only GET operations and describe_image, unless a tool is named in full", false)
    .option("--mock", "answer from Prism mocks of each provider's document (needs @stoplight/prism-cli)", false)
    .option("--timeout <ms>", "milliseconds per request", integer(1))
    .option("--http <port>", "serve Streamable HTTP on 127.0.0.1:<port> instead of stdio (0: a free port)", integer(0))
    .version(manifest.version)
    .showHelpAfterError();
  program.parse(argv, { from: "user" });
  const options = program.opts<{
    providers?: string[];
    tools?: string[];
    readOnly: boolean;
    mock: boolean;
    timeout?: number;
    http?: number;
  }>();
  return {
    providers: options.providers,
    tools: options.tools,
    readOnly: options.readOnly,
    mock: options.mock,
    timeout: options.timeout,
    http: options.http,
  };
}
