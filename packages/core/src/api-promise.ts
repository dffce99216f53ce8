/** What `.withResponse()` resolves to: a helper's result, with the HTTP response it was read from. */
export type WithResponse<Data, Extra extends object = {}> = {
  data: Data;
  /** The response the data was read from (for a polling helper, the last one). */
  response: Response;
  /** The provider's id for that request (`x-request-id` or a common variant), undefined when it sends none. */
  requestId: string | undefined;
} & Extra;

/**
 * What a helper returns: awaited, its data; `.withResponse()`, the data with the response and
 * request id (and, for some helpers, more, such as Freepik's `taskId`), as in the OpenAI and
 * Anthropic SDKs. The request starts when the helper is called, as with any promise.
 */
export class ApiPromise<Data, Extra extends object = {}> extends Promise<Data> {
  // then/catch/finally are delegated below, so no derived promise is ever built through this class.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #withResponse: Promise<WithResponse<Data, Extra>>;
  #data: Promise<Data> | undefined;

  /** Built by the helpers from the promise of their full result. */
  constructor(result: Promise<WithResponse<Data, Extra>>) {
    super((resolve) => resolve(undefined as Data));
    this.#withResponse = result;
  }

  /** The data with the response it came from: `{ data, response, requestId }`. */
  withResponse(): Promise<WithResponse<Data, Extra>> {
    return this.#withResponse;
  }

  // Made on first use, so a caller who only asks for withResponse() leaves no rejected promise unhandled.
  #read(): Promise<Data> {
    this.#data ??= this.#withResponse.then((result) => result.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass; then() is what makes it one.
  override then<Fulfilled = Data, Rejected = never>(
    onfulfilled?: ((value: Data) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.#read().then(onfulfilled, onrejected);
  }

  override catch<Rejected = never>(
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Data | Rejected> {
    return this.#read().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<Data> {
    return this.#read().finally(onfinally);
  }
}
