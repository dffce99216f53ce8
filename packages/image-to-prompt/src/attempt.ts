import type { ProviderName } from "./providers/index.ts";

/** One provider asked for one image. */
export interface Attempt {
  provider: ProviderName;
  ok: boolean;
  /** Why it failed (a provider package's error, or InvalidInputError for an input it cannot take). */
  error?: unknown;
  /** The provider's request id, where its package reports one. */
  requestId?: string;
  /** Freepik's task id, once the task was created. */
  taskId?: string;
}

/** The ids a provider package's error carries (`taskId` on Freepik's task errors; `requestId` where reported). */
export function idsOf(error: unknown): Pick<Attempt, "requestId" | "taskId"> {
  const { requestId, taskId } = (error ?? {}) as { requestId?: unknown; taskId?: unknown };
  return {
    ...(typeof requestId === "string" ? { requestId } : {}),
    ...(typeof taskId === "string" ? { taskId } : {}),
  };
}
