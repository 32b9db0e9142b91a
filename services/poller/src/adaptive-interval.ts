/**
 * How long until a source is polled again, within its configured bounds:
 * - it just published (new stories found): poll again at `min`, the fastest allowed;
 * - idle: each empty poll stretches the interval by half, up to `max`;
 * - failing (every route failed): exponential back-off, `min × 2^failures`, up to `max`.
 * Pure, so the policy is tested without clocks or queues.
 */
export function nextInterval(
  bounds: { min: number; max: number },
  previousMs: number | null,
  poll: { newItems: number; failed: boolean; consecutiveFailures: number },
): number {
  const clamp = (ms: number) => Math.round(Math.min(bounds.max, Math.max(bounds.min, ms)));
  if (poll.failed) return clamp(bounds.min * 2 ** Math.min(poll.consecutiveFailures, 20));
  if (poll.newItems > 0) return bounds.min;
  return clamp((previousMs ?? bounds.min) * 1.5);
}
