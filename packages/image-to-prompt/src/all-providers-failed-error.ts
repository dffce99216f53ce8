import type { Attempt } from "./attempt.ts";
import { type ProviderName, providers } from "./providers/index.ts";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "Freepik: <why>": the provider packages' messages already start with the provider's name. */
function failureLine({ provider, error }: Attempt): string {
  const name = `${providers[provider].displayName}:`;
  const message = messageOf(error);
  return `  - ${message.startsWith(name) ? message : `${name} ${message}`}`;
}

/**
 * No provider described the image. `errors` (as in any AggregateError) and `attempts` hold each
 * provider's failure in order; `notTried` the providers skipped because the last failure may have
 * been processed (asking another could charge twice; `fallbackOn` widens the rule).
 */
export class AllProvidersFailedError extends AggregateError {
  static {
    AllProvidersFailedError.prototype.name = "AllProvidersFailedError";
  }
  readonly attempts: readonly Attempt[];
  readonly notTried: readonly ProviderName[];

  constructor(image: string, attempts: readonly Attempt[], notTried: readonly ProviderName[]) {
    const stopped = notTried.length
      ? `\n  Not tried: ${notTried.join(", ")}, since ${attempts.at(-1)?.provider} may have processed the request (pass fallbackOn to move on anyway).`
      : "";
    super(
      attempts.map((attempt) => attempt.error),
      `No provider described ${image}:\n${attempts.map(failureLine).join("\n")}${stopped}`,
      { cause: attempts.at(-1)?.error },
    );
    this.attempts = attempts;
    this.notTried = notTried;
  }
}
