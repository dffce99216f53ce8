// Client overhead: calls per second for the same call through (a) raw fetch, (b) bare
// openapi-fetch, (c) our provider client with every feature on, (d) axios, once in memory and once
// over loopback HTTP. The variants run in rounds, each round in a rotated order, and every ratio
// to (b) is taken within a round, so a colleague's build slowing the machine mid-run moves
// numerator and denominator together; the reported ratio is the median over rounds.
// In memory, time is this process's CPU time, not wall time: the calls are pure computation, and
// on a shared 2-core machine other processes steal wall time at random but not CPU time. Over
// loopback, waiting on the socket is part of the cost, so time is wall time.
import { createNovitaClient, type paths } from "@image-sdk/novita";
import axios from "axios";
import createClient from "openapi-fetch";
import { Bench } from "tinybench";
import { createAxiosMemoryAdapter } from "./axios-memory-adapter.ts";
import { createInMemoryFetch } from "./in-memory-fetch.ts";
import { startLoopbackServer } from "./loopback-server.ts";
import { median } from "./median.ts";
import { API_KEY, loadOverheadCall, type OverheadCall, PATH, PROVIDER } from "./overhead-call.ts";

export type VariantId = "raw-fetch" | "openapi-fetch" | "image-sdk" | "axios";
export type Mode = "in-memory" | "loopback";
export type Clock = "process CPU time" | "wall time";

const clocks: Record<Clock, () => number> = {
  "process CPU time": () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  "wall time": () => performance.now(),
};
const MODE_CLOCKS: Record<Mode, Clock> = { "in-memory": "process CPU time", loopback: "wall time" };

export interface VariantResult {
  id: VariantId;
  label: string;
  /** Median over rounds. */
  opsPerSecond: number;
  /** Median over rounds of this variant's ops/s divided by bare openapi-fetch's in the same round. */
  ratioToOpenapiFetch: number;
}

export interface ClientOverhead {
  provider: string;
  call: string;
  /** What (c) has switched on. */
  clientFeatures: string;
  clocks: Record<Mode, Clock>;
  rounds: number;
  msPerVariantPerRound: number;
  modes: Record<Mode, VariantResult[]>;
}

export const VARIANT_LABELS: Record<VariantId, string> = {
  "raw-fetch": "(a) raw fetch",
  "openapi-fetch": "(b) bare openapi-fetch",
  "image-sdk": `(c) @image-sdk/${PROVIDER}`,
  axios: "(d) axios",
};

type Call = () => Promise<unknown>;

/** Each variant makes the call and proves it got the documented answer; anything else throws. */
function makeVariants(
  call: OverheadCall,
  baseUrl: string,
  fetchImpl: typeof fetch,
  memoryResponseText?: string,
): Record<VariantId, Call> {
  const expected = call.responseBody.prompt;
  const check = (prompt: unknown) => {
    if (prompt !== expected) throw new Error(`unexpected answer: ${JSON.stringify(prompt)}`);
  };
  const requestText = () => JSON.stringify(call.requestBody);
  const openapiFetch = createClient<paths>({
    baseUrl,
    fetch: fetchImpl,
    headers: { Authorization: `Bearer ${API_KEY}` },
  });
  const imageSdk = createNovitaClient({ apiKey: API_KEY, baseUrl, fetch: fetchImpl, timeout: 30_000, maxRetries: 2 });
  const axiosClient = axios.create({
    baseURL: baseUrl,
    headers: { Authorization: `Bearer ${API_KEY}` },
    ...(memoryResponseText === undefined ? {} : { adapter: createAxiosMemoryAdapter(memoryResponseText) }),
  });
  return {
    "raw-fetch": async () => {
      const response = await fetchImpl(`${baseUrl}${PATH}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${API_KEY}`, "Content-Type": "application/json" },
        body: requestText(),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      check(((await response.json()) as { prompt?: unknown }).prompt);
    },
    "openapi-fetch": async () => {
      const { data, error } = await openapiFetch.POST(PATH, { body: call.requestBody });
      if (error !== undefined) throw new Error(`error: ${JSON.stringify(error)}`);
      check(data.prompt);
    },
    "image-sdk": async () => {
      const { data, error } = await imageSdk.POST(PATH, { body: call.requestBody });
      if (error) throw error;
      check(data.prompt);
    },
    axios: async () => {
      const { data } = await axiosClient.post<{ prompt?: unknown }>(PATH, call.requestBody);
      check(data.prompt);
    },
  };
}

/**
 * One tinybench task iteration makes BATCH sequential calls: at ~100k calls/s a single call is
 * ~10 µs, the same order as the per-sample timing and await that tinybench adds around it.
 */
const BATCH = 50;

async function measureMode(
  variants: Record<VariantId, Call>,
  clock: Clock,
  rounds: number,
  msPerRound: number,
): Promise<VariantResult[]> {
  const ids = Object.keys(variants) as VariantId[];
  for (const id of ids) await variants[id](); // fails fast, before any timing, if a variant is broken
  const opsByRound: Array<Record<VariantId, number>> = [];
  for (let round = 0; round < rounds; round++) {
    const order = ids.map((_, i) => ids[(i + round) % ids.length]!);
    // Time-boxed, not iteration-bound (tinybench's default minimum of 64 iterations would take
    // seconds over loopback); a short warmup each round lets the JIT settle after the other variants.
    const bench = new Bench({
      now: clocks[clock],
      time: msPerRound,
      iterations: 1,
      warmupTime: msPerRound / 5,
      warmupIterations: 1,
      throws: true,
    });
    for (const id of order) {
      const call = variants[id];
      bench.add(id, async () => {
        for (let i = 0; i < BATCH; i++) await call();
      });
    }
    await bench.run();
    const ops = {} as Record<VariantId, number>;
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
      ops[task.name as VariantId] = (BATCH * 1000) / result.period;
    }
    opsByRound.push(ops);
  }
  return ids.map((id) => ({
    id,
    label: VARIANT_LABELS[id],
    opsPerSecond: median(opsByRound.map((ops) => ops[id])),
    ratioToOpenapiFetch: median(opsByRound.map((ops) => ops[id] / ops["openapi-fetch"])),
  }));
}

export async function benchClientOverhead(options: {
  rounds: number;
  msPerVariantPerRound: number;
}): Promise<ClientOverhead> {
  const call = await loadOverheadCall();
  const { rounds, msPerVariantPerRound } = options;
  const memoryUrl = "https://api.novita.ai";
  const inMemory = await measureMode(
    makeVariants(call, memoryUrl, createInMemoryFetch(call.responseText), call.responseText),
    MODE_CLOCKS["in-memory"],
    rounds,
    msPerVariantPerRound,
  );
  const server = await startLoopbackServer(call.responseText);
  let loopback: VariantResult[];
  try {
    loopback = await measureMode(
      makeVariants(call, server.url, globalThis.fetch),
      MODE_CLOCKS.loopback,
      rounds,
      msPerVariantPerRound,
    );
  } finally {
    await server.stop();
  }
  return {
    provider: PROVIDER,
    call: `POST ${PATH}`,
    clientFeatures: "API key auth, retries (maxRetries 2), timeout (30 s), typed errors",
    clocks: MODE_CLOCKS,
    rounds,
    msPerVariantPerRound,
    modes: { "in-memory": inMemory, loopback },
  };
}
