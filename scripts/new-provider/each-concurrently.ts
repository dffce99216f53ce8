// Runs a task per item with a bounded number at once: the scaffold's per-package tool runs (one
// process each) use every core instead of one.

/**
 * Runs `task` on every item of `items`, at most `limit` at once. Rejects with the first failure,
 * only once every task started has ended (a caller undoing changes must not race a running one).
 */
export async function eachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < items.length && failures.length === 0) {
      const item = items[next++] as T;
      await task(item).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failures.length) throw failures[0];
}
