// An injected fetch for tests where the network is not what is tested (timing rules under fake
// timers): each call is answered by the next script step after its delay, and every pending call
// rejects with the signal's reason when its signal aborts, as a real fetch does.
export type Step = { after: number; status?: number; body?: unknown; headers?: Record<string, string> } | "hang";

export function scriptedFetch(...steps: Step[]): typeof fetch & { calls: number } {
  const scripted = (async (_url: string, init: RequestInit = {}) => {
    const step = steps[Math.min(scripted.calls++, steps.length - 1)]!;
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal;
      const timer =
        step === "hang"
          ? undefined
          : setTimeout(() => {
              const { status = 200, body = {}, headers = {} } = step;
              resolve(
                new Response(JSON.stringify(body), {
                  status,
                  headers: { "content-type": "application/json", ...headers },
                }),
              );
            }, step.after);
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(signal.reason ?? new DOMException("aborted", "AbortError"));
      });
    });
  }) as unknown as typeof fetch & { calls: number };
  scripted.calls = 0;
  return scripted;
}
