// Which provider answered each response a client returned. Errors built from a response later,
// outside the client (a helper finding a success body without what it needs, `unwrap` finding no
// body), take their `provider` from here, so every error a client's call leads to is tagged
// without each helper having to say which provider it belongs to. A WeakMap: nothing is kept
// alive by it.
const providers = new WeakMap<Response, string>();

export const recordProvider = (response: Response, provider: string): void => {
  providers.set(response, provider);
};

export const providerOf = (response: Response): string | undefined => providers.get(response);
