import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { isProviderName, type ProviderName, providerNames } from "../providers/index.ts";

export interface CommandLine {
  images: string[];
  /** The providers to ask, in order (one for --provider). */
  providers: ProviderName[];
  json: boolean;
  concurrency: number;
  timeout: number | undefined;
  pollInterval: number | undefined;
  mock: boolean;
}

/** What the process should do instead of describing images: help, version, or a usage error. */
export interface EarlyExit {
  exitCode: number;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1) throw new InvalidArgumentError(`"${value}" is not a positive integer.`);
  return number;
}

function providerList(value: string): ProviderName[] {
  const names = value.split(",").map((name) => name.trim());
  const unknown = names.find((name) => !isProviderName(name));
  if (unknown !== undefined)
    throw new InvalidArgumentError(`unknown provider "${unknown}"; expected some of ${providerNames.join(", ")}.`);
  return names as ProviderName[];
}

/** Parses the arguments with commander; usage errors (exit code 2) are written to stderr by commander. */
export function parseCommandLine(argv: readonly string[]): CommandLine | EarlyExit {
  const program = new Command("image-to-prompt")
    .description("Describe images as text prompts with Flamel, Freepik, Novita or Ideogram.")
    .argument("<images...>", "image files or http(s) URLs")
    .addOption(new Option("--provider <name>", "the one provider to ask").choices(providerNames).conflicts("fallback"))
    .addOption(
      new Option("--fallback <providers>", "providers to ask in order, comma-separated, until one answers")
        .argParser(providerList)
        .default(providerNames, providerNames.join(",")),
    )
    .option("--json", "print one JSON line per image (for scripts)", false)
    .option("--concurrency <n>", "images described at once", positiveInteger, 4)
    .option("--timeout <ms>", "milliseconds per request", positiveInteger)
    .option("--poll-interval <ms>", "milliseconds between Freepik task checks", positiveInteger)
    .option(
      "--mock",
      "answer from local Prism mocks of the providers' own OpenAPI documents: no key, no network",
      false,
    )
    .version(packageJson.version)
    .showHelpAfterError("(run image-to-prompt --help for usage)")
    .exitOverride();
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version exit 0; every other commander error is a usage error.
    return { exitCode: error.exitCode === 0 ? 0 : 2 };
  }
  const options = program.opts<{
    provider?: ProviderName;
    fallback: ProviderName[];
    json: boolean;
    concurrency: number;
    timeout?: number;
    pollInterval?: number;
    mock: boolean;
  }>();
  return {
    images: program.args,
    providers: options.provider === undefined ? options.fallback : [options.provider],
    json: options.json,
    concurrency: options.concurrency,
    timeout: options.timeout,
    pollInterval: options.pollInterval,
    mock: options.mock,
  };
}
