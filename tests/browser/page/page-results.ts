/** An error thrown in the page, as plain data (it crosses from Chromium into Node). */
export interface ThrownError {
  name: string;
  message: string;
  /** `error instanceof ApiError`, evaluated in the page. */
  isApiError: boolean;
  status?: number;
  code?: string;
}

/** What page/novita-page.ts reports back to the test. */
export interface PageResults {
  /** `imageToPrompt` with a key that has credit. */
  prompt: string;
  /** `imageToPrompt` with a key whose balance is empty. */
  noCredit: ThrownError | undefined;
  /** `createNovitaClient()` with no key: a browser has no environment to fall back on. */
  noKey: ThrownError | undefined;
  /** `createNovitaClient({ apiKey })` without `dangerouslyAllowBrowser`: refused, a key in a page is public. */
  secretInBrowser: ThrownError | undefined;
  /** The other clients start in the browser too (no request made). */
  otherClients: string[];
}

/** The URL query parameters the test opens the page with. */
export interface PageParameters {
  api: string;
  keyWithCredit: string;
  keyWithoutCredit: string;
}
