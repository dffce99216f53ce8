// `pnpm contract:record <provider> [--operations "<METHOD> <path>",…] [--free-only] [--dry-run] [--json <file>]`
// Calls the provider's real API (or `<PREFIX>_BASE_URL`, e.g. a staging API or a loopback stand-in)
// with the caller's key, records each answer under specs/<provider>/recordings/ and checks it
// against the shipped openapi.json. Exits 1 when an answer contradicts the document (or a call
// got no answer), 2 on a usage error; prints the overlay action that would align the document.
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isObject, type JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { findProvider, type Provider } from "@image-sdk/scripts/repo/providers.ts";
import { stringify } from "yaml";
import type { ContractCalls } from "../contract-calls.ts";
import { generateContractCalls, generatedDirectory } from "../generate-calls/cli.ts";
import { documentedOperations } from "../openapi/documented-operations.ts";
import { loadDocument } from "../providers/contract-providers.ts";
import { loadRecordConfig } from "./record-config.ts";
import { type RecordReport, recordProvider } from "./record-provider.ts";
import { selectOperations } from "./select-operations.ts";

export interface RecordArguments {
  provider: string;
  operations: string[] | undefined;
  dryRun: boolean;
  freeOnly: boolean;
  json: string | undefined;
}

export function parseRecordArguments(argv: string[]): RecordArguments {
  const usage =
    'usage: contract:record <provider> [--operations "<METHOD> <path>",…] [--free-only] [--dry-run] [--json <file>]';
  let provider: string | undefined;
  let operations: string[] | undefined;
  let dryRun = false;
  let freeOnly = false;
  let json: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${argument} needs a value; ${usage}`);
      return next;
    };
    if (argument === "--dry-run") dryRun = true;
    else if (argument === "--free-only") freeOnly = true;
    else if (argument === "--operations") {
      const keys = value()
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean);
      operations = [...(operations ?? []), ...keys];
    } else if (argument === "--json") json = value();
    else if (argument.startsWith("-")) throw new Error(`unknown option ${argument}; ${usage}`);
    else if (provider === undefined) provider = argument;
    else throw new Error(`one provider per run, not also "${argument}"; ${usage}`);
  }
  if (!provider) throw new Error(usage);
  return { provider, operations, dryRun, freeOnly, json };
}

/** `<PREFIX>_BASE_URL`, else the document's first absolute server URL. */
export function recordingBaseUrl(provider: Provider, document: JsonObject, env: NodeJS.ProcessEnv): string {
  const fromEnv = env[provider.names.env.baseUrl];
  if (fromEnv) return fromEnv;
  const [server] = Array.isArray(document.servers) ? document.servers : [];
  const url = isObject(server) && typeof server.url === "string" ? server.url : "";
  if (!/^https?:\/\//.test(url)) {
    throw new Error(
      `packages/${provider.name}/openapi.json names no absolute server URL; set ${provider.names.env.baseUrl}`,
    );
  }
  return url;
}

/** The credentials the client will read from the environment; an error names the variables when none is set. */
function credentials(provider: Provider, document: JsonObject, env: NodeJS.ProcessEnv): string[] {
  const { apiKey, username, password } = provider.names.env;
  const found = [env[apiKey], env[username], env[password]].filter((value): value is string => Boolean(value));
  const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
  if (found.length === 0 && isObject(schemes) && Object.keys(schemes).length > 0) {
    throw new Error(`no credentials: set ${apiKey} (or ${username} and ${password}) to record ${provider.name}`);
  }
  return found;
}

function printReport(report: RecordReport): void {
  for (const exchange of report.exchanges) {
    const mark = exchange.violations.length ? "✗" : "✓";
    console.log(`${mark} ${exchange.operation} → ${exchange.status}  ${exchange.recording}`);
    for (const violation of exchange.violations) {
      console.log(
        `    ${violation.pointer}: expected ${JSON.stringify(violation.expected)}, actual ${JSON.stringify(violation.actual)} (${violation.message})`,
      );
    }
    if (exchange.overlay.length) {
      console.log(`  overlay action that would align the document (specs/${report.provider}/overlay.yaml):`);
      const yaml = stringify(exchange.overlay, { lineWidth: 100 });
      console.log(yaml.replace(/^/gm, "    ").trimEnd());
    }
  }
  for (const failure of report.failures) console.log(`✗ ${failure.operation}: no answer: ${failure.error}`);
  for (const skipped of report.skipped) console.log(`- ${skipped.key}: not called (${skipped.reason})`);
  const violations = report.exchanges.reduce((sum, exchange) => sum + exchange.violations.length, 0);
  console.log(
    `\n${report.provider}: ${report.exchanges.length} exchange(s) recorded, ${violations} violation(s), ${report.failures.length} without an answer`,
  );
}

export async function runRecord(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: RecordArguments;
  let provider: Provider;
  try {
    args = parseRecordArguments(argv);
    provider = findProvider(args.provider);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const document = loadDocument(provider.name);
  const config = loadRecordConfig(provider.paths.specDir);
  if (args.dryRun) {
    const selection = selectOperations(documentedOperations(document), config, args.operations, args.freeOnly);
    console.log(`${provider.name}: would call ${recordingBaseUrl(provider, document, env)}`);
    for (const call of selection.calls) {
      const cost = call.paid ? `${call.paid.cost} per call, at most ${call.paid.maxCalls} call(s)` : "free (read-only)";
      console.log(`  ${call.operation.key}: ${cost}`);
    }
    for (const skipped of selection.skipped) console.log(`  not called: ${skipped.key} (${skipped.reason})`);
    return 0;
  }
  const secrets = credentials(provider, document, env);
  const baseUrl = recordingBaseUrl(provider, document, env);
  generateContractCalls([provider.name]);
  const generated = pathToFileURL(`${generatedDirectory}/${provider.name}.ts`).href;
  const calls = ((await import(generated)) as { default: ContractCalls<unknown> }).default;
  const only = args.operations;
  const report = await recordProvider({
    provider,
    document,
    calls,
    config,
    baseUrl,
    secrets,
    only,
    freeOnly: args.freeOnly,
  });
  printReport(report);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  return report.ok ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runRecord(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 2;
    },
  );
}
