// One recording run: each selected operation's generated contract call, through the provider's own
// client with the caller's credentials (the client reads `<PREFIX>_API_KEY` as in production),
// against the real API; each answer is redacted, written as a recording and checked against the
// shipped document. Every request passes a guard first: a method that may cost or change
// something leaves only for an operation record.yaml names, and never more often than its cap.
import { relative } from "node:path";
import type { JsonObject } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import type { Provider } from "@image-sdk/scripts/repo/providers.ts";
import type { ContractCalls } from "../contract-calls.ts";
import { documentedOperations } from "../openapi/documented-operations.ts";
import { validatorFor } from "../openapi/schema-validator.ts";
import { checkExchange, type Violation } from "./check-exchange.ts";
import type { RecordConfig } from "./record-config.ts";
import { RECORDING_FORMAT, type Recording, recordBody, writeRecording } from "./recording-file.ts";
import { recordingRedactor } from "./redact-recording.ts";
import { isFreeMethod, type PlannedCall, type SkippedOperation, selectOperations } from "./select-operations.ts";
import { type OverlayAction, suggestOverlay } from "./suggest-overlay.ts";

export interface RecordOptions {
  provider: Provider;
  document: JsonObject;
  calls: ContractCalls<unknown>;
  config: RecordConfig;
  /** The API's address: `<PREFIX>_BASE_URL`, else the document's first server. */
  baseUrl: string;
  /** The credentials in use, so no recording can contain them. */
  secrets: string[];
  /** `--operations`: only these keys. */
  only?: string[] | undefined;
  /** `--free-only`: not even the paid operations record.yaml allows. */
  freeOnly?: boolean;
  /** Where recordings go: the provider's specs/<name>/ unless a test passes a scratch one. */
  specDir?: string;
}

export interface ExchangeReport {
  operation: string;
  method: string;
  path: string;
  status: number;
  /** The recording, relative to the repository root. */
  recording: string;
  violations: Violation[];
  /** What would align the document, for specs/<provider>/overlay.yaml. */
  overlay: OverlayAction[];
}

export interface RecordReport {
  provider: string;
  baseUrl: string;
  exchanges: ExchangeReport[];
  /** Calls that got no answer (refused by the guard, or a network error). */
  failures: Array<{ operation: string; error: string }>;
  skipped: SkippedOperation[];
  /** True when every answer matched the document and every call got one. */
  ok: boolean;
}

interface Captured {
  request: Request;
  requestBody: Uint8Array;
  response: Response;
  responseBody: Uint8Array;
}

/** The fetch every call goes through: refuses what the plan does not allow, keeps the last exchange. */
function guardedFetch(current: { call?: PlannedCall; sent: number; last?: Captured }): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const call = current.call;
    if (!call) throw new Error("contract:record: a request outside any planned call");
    if (!isFreeMethod(request.method) && !call.paid) {
      throw new Error(`contract:record refused ${request.method} ${request.url}: not named in record.yaml`);
    }
    const cap = call.paid?.maxCalls ?? 1;
    if (current.sent >= cap) {
      throw new Error(`contract:record refused ${call.operation.key}: its cap of ${cap} call(s) per run is reached`);
    }
    current.sent++;
    const requestBody = new Uint8Array(await request.clone().arrayBuffer());
    const response = await fetch(request);
    const responseBody = new Uint8Array(await response.clone().arrayBuffer());
    current.last = { request, requestBody, response, responseBody };
    return response;
  }) as typeof fetch;
}

function relativePath(url: string, baseUrl: string): string {
  const target = new URL(url);
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");
  const path =
    basePath && target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : target.pathname;
  return `${path}${target.search}`;
}

/** The exchange as a recording: its bodies cut to size, or `whole` for the check. */
function toRecording(
  provider: string,
  operation: string,
  captured: Captured,
  baseUrl: string,
  recordedAt: string,
  whole: boolean,
): Recording {
  const { request, response } = captured;
  const requestBody = recordBody(captured.requestBody, request.headers.get("content-type"), whole);
  const responseBody = recordBody(captured.responseBody, response.headers.get("content-type"), whole);
  return {
    format: RECORDING_FORMAT,
    provider,
    operation,
    recordedAt,
    request: {
      method: request.method,
      path: relativePath(request.url, baseUrl),
      headers: Object.fromEntries(request.headers),
      ...(requestBody ? { body: requestBody } : {}),
    },
    response: {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      ...(responseBody ? { body: responseBody } : {}),
    },
  };
}

export async function recordProvider(options: RecordOptions): Promise<RecordReport> {
  const specDir = options.specDir ?? options.provider.paths.specDir;
  const { provider, document } = options;
  const operations = documentedOperations(document);
  const selection = selectOperations(operations, options.config, options.only, options.freeOnly);
  const context = { document, operations, validator: validatorFor(document) };
  const redact = recordingRedactor({ secrets: options.secrets, document, rules: options.config.redact });
  const current: { call?: PlannedCall; sent: number; last?: Captured } = { sent: 0 };
  const client = options.calls.createClient({ baseUrl: options.baseUrl, fetch: guardedFetch(current) }, false);
  const report: RecordReport = {
    provider: provider.name,
    baseUrl: options.baseUrl,
    exchanges: [],
    failures: [],
    skipped: selection.skipped,
    ok: true,
  };
  for (const call of selection.calls) {
    const operation = call.operation;
    const generated = options.calls.operations[operation.key];
    if (!generated)
      throw new Error(`${operation.key}: no generated contract call (run the contract suite's typecheck)`);
    Object.assign(current, { call, sent: 0, last: undefined });
    try {
      await generated.call(client, { headers: {}, ...(call.paid?.body !== undefined ? { body: call.paid.body } : {}) });
    } catch (error) {
      // An answer the client rejects is still an answer: it is recorded and checked below.
      if (!current.last) {
        report.failures.push({ operation: operation.key, error: (error as Error).message });
        continue;
      }
    }
    if (!current.last) continue;
    const recordedAt = new Date().toISOString();
    const recording = redact(
      toRecording(provider.name, operation.key, current.last, options.baseUrl, recordedAt, false),
    );
    const file = writeRecording(specDir, recording);
    const evidence = relative(repoRoot, file);
    // The whole answer is checked (redacted, as the report is printed and kept), not the cut copy.
    const whole = redact(toRecording(provider.name, operation.key, current.last, options.baseUrl, recordedAt, true));
    const violations = checkExchange(context, whole);
    report.exchanges.push({
      operation: operation.key,
      method: recording.request.method,
      path: recording.request.path,
      status: recording.response.status,
      recording: evidence,
      violations,
      overlay: violations.flatMap((violation) =>
        suggestOverlay({ document, operation, recording: whole, evidence, violation }),
      ),
    });
  }
  report.ok = report.failures.length === 0 && report.exchanges.every((exchange) => exchange.violations.length === 0);
  return report;
}
