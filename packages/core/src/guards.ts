import { ApiError } from "./errors.ts";

/** Whether `error` is an ApiError: the server answered, and the answer is an error. */
export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/**
 * A guard narrowing `unknown` to one provider's typed error, for `catch` blocks:
 * `if (isFlamelApiError(err) && err.status === 403) err.code` (a documented 403 code).
 * True only for errors that provider's clients produced, so handling several providers in one
 * place cannot mistake one provider's codes for another's.
 */
export function apiErrorGuard<Err extends ApiError>(provider: { name: string }): (error: unknown) => error is Err {
  const { name } = provider;
  return (error: unknown): error is Err => error instanceof ApiError && error.provider === name;
}
