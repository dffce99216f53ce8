// The settings a client made by createApiClient was built with, found from its context, for the
// flows that call beyond the client's routes (a job's status URL: jobs/call-url.ts). A lookup rather
// than a field of the context, so a client that never runs such a flow bundles none of that code.
import type { ClientContext } from "./client-context.ts";
import type { ClientSettings } from "./client-settings.ts";

const byContext = new WeakMap<ClientContext, ClientSettings>();

/** Makes `settings` findable from its context (which every result and wrapper of the client carries). */
export function rememberSettings(settings: ClientSettings): void {
  byContext.set(settings.context, settings);
}

/** The settings of the client whose context this is; undefined for a context made elsewhere. */
export const settingsOf = (context: ClientContext | undefined): ClientSettings | undefined =>
  context && byContext.get(context);
