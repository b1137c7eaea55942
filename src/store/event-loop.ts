/**
 * Lets the event loop run (page requests, timers) before the caller goes on. Background work needs
 * it: with better-sqlite3 every query completes at once, so a chain of awaited queries runs start to
 * finish without the event loop getting a turn; a backlog of discovery work held every page for
 * seconds. Between pieces of such work, this gives the pages their turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
