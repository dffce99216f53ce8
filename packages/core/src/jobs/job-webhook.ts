// A job's webhook: where its document declares the submit body's webhook field (x-image-sdk-job
// `webhook`, or the operation's callback on `{$request.body#/…}`), the job call's `webhookUrl`
// (and `webhookSecret`) set it, so the provider also calls that URL when the job ends. The call
// still waits by polling: a webhook is for a receiver elsewhere, not a replacement for the wait.
import { InvalidInputError } from "../errors.ts";
import type { JobConfig, JsonPath } from "./job-config.ts";

/** The options of a job whose document declares a webhook field. */
export interface JobWebhookOptions {
  /** An http(s) URL the provider calls when the job ends: set as the submitted body's webhook field. */
  webhookUrl?: string | undefined;
}

/** The options of a job whose document declares a webhook field and a secret field. */
export interface JobWebhookSecretOptions extends JobWebhookOptions {
  /** The secret the provider signs its webhook calls with: set as the submitted body's secret field. */
  webhookSecret?: string | undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** `body` with `value` at `path`, each object on the way copied (the caller's body is left as it was). */
function withValueAt(body: Record<string, unknown>, path: JsonPath, value: string): Record<string, unknown> {
  const [key, ...rest] = path as [string, ...string[]];
  const inner = body[key];
  return { ...body, [key]: rest.length ? withValueAt(isPlainObject(inner) ? inner : {}, rest, value) : value };
}

/**
 * The body to submit: `body` with the webhook options set where `config` says. Throws
 * InvalidInputError, naming the job, for an option its document declares no field for, a
 * webhookUrl that is not an absolute http(s) URL, or a body that is not a JSON object.
 */
export function withWebhook(
  body: unknown,
  config: JobConfig,
  { webhookUrl, webhookSecret }: JobWebhookSecretOptions,
  owner: string,
  job: string,
): unknown {
  if (webhookUrl === undefined && webhookSecret === undefined) return body;
  const refuse = (problem: string) => new InvalidInputError(`${owner}: ${job}: ${problem}.`);
  const { webhook } = config;
  if (!webhook) throw refuse("takes no webhookUrl or webhookSecret: its document declares no webhook field");
  if (webhookSecret !== undefined && !webhook.secret)
    throw refuse("takes no webhookSecret: its document declares no webhook secret field");
  let fields: Array<[JsonPath, string]> = [];
  if (webhookUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(webhookUrl);
    } catch {
      // reported below
    }
    if (typeof webhookUrl !== "string" || !url || !/^https?:$/.test(url.protocol))
      throw refuse(`webhookUrl must be an absolute http(s) URL; got ${JSON.stringify(webhookUrl)}`);
    fields = [[webhook.url, webhookUrl]];
  }
  if (webhookSecret !== undefined) {
    if (typeof webhookSecret !== "string" || !webhookSecret)
      throw refuse("webhookSecret must be a non-empty string (not shown)");
    fields.push([webhook.secret!, webhookSecret]);
  }
  if (body !== undefined && !isPlainObject(body))
    throw refuse("a webhook option needs the body to be a JSON object (its webhook field is set in it)");
  return fields.reduce((result, [path, value]) => withValueAt(result, path, value), body ?? {});
}
