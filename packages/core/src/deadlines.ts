// One timer for every attempt in flight instead of one per attempt: arming and clearing a timer
// per call cost ~5% of a call. Each attempt registers its deadline; the timer is armed for the
// earliest one and, when it fires, aborts what has expired and re-arms for the next. An attempt
// whose deadline is later than the armed one (the usual case) touches no timer at all.

export interface Deadline {
  at: number;
  controller: AbortController;
  expired?: true;
}

const pending = new Set<Deadline>();
let timer: ReturnType<typeof setTimeout> | undefined;
let armedAt = Infinity;

function arm(at: number): void {
  clearTimeout(timer);
  armedAt = at;
  // Clamped to [0, 2e9]: Node warns on a negative delay (a deadline already past when the timer
  // is re-armed), and a delay over 2^31 - 1 ms would fire at once.
  timer = setTimeout(sweep, Math.min(Math.max(at - performance.now(), 0), 2e9));
  // Node: a deadline alone must not keep the process alive (browsers' timer ids are numbers).
  (timer as { unref?: () => void }).unref?.();
}

function sweep(): void {
  const now = performance.now();
  let next = Infinity;
  armedAt = Infinity;
  for (const deadline of pending) {
    if (deadline.at <= now) {
      pending.delete(deadline);
      deadline.expired = true;
      deadline.controller.abort();
    } else if (deadline.at < next) {
      next = deadline.at;
    }
  }
  if (next < Infinity) arm(next);
}

/** Aborts `controller` after `ms` unless the deadline is ended first. */
export function startDeadline(ms: number, controller: AbortController): Deadline {
  const deadline: Deadline = { at: performance.now() + ms, controller };
  pending.add(deadline);
  if (deadline.at < armedAt) arm(deadline.at);
  return deadline;
}

export function endDeadline(deadline: Deadline): void {
  pending.delete(deadline);
}
