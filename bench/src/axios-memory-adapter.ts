import type { AxiosAdapter, AxiosResponse } from "axios";

/** axios's counterpart of in-memory-fetch.ts: every request answered at once with the same JSON. */
export function createAxiosMemoryAdapter(responseText: string): AxiosAdapter {
  return async (config) =>
    ({
      data: responseText,
      status: 200,
      statusText: "OK",
      headers: { "content-type": "application/json" },
      config,
      request: {},
    }) satisfies AxiosResponse;
}
