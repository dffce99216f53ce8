// The HTTP status to ask the mock for when a response is documented as a range (`4XX`) or as
// `default`: one the operation documents no more specifically, so the answer is that response.
import type { DocumentedOperation } from "./openapi/documented-operations.ts";

function candidates(status: string): number[] {
  if (/^\d{3}$/.test(status)) return [Number(status)];
  const range = /^([1-5])XX$/i.exec(status)?.[1];
  if (range) return Array.from({ length: 100 }, (_, i) => Number(range) * 100 + i);
  // `default` stands for any status not documented otherwise; an error is what it usually describes.
  return [500, 400, 599, 499].flatMap((start) => Array.from({ length: 99 }, (_, i) => start - (start % 100) + i));
}

export function concreteStatus(operation: DocumentedOperation, status: string): number {
  const documented = new Set(operation.responses.map((response) => response.status.toUpperCase()));
  const more = (code: number) =>
    status !== String(code) &&
    (documented.has(String(code)) || (status === "default" && documented.has(`${String(code)[0]}XX`)));
  const code = candidates(status).find((candidate) => !more(candidate));
  if (code === undefined) throw new Error(`${operation.key}: no status is left for its "${status}" response`);
  return code;
}
