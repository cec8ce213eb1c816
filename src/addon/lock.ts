/**
 * The one lock every action that writes holds: two managers working at once must never
 * interleave their writes (a save landing in the middle of "Add sample data" would be
 * overwritten). Each entry point takes it once and holds it to the end, so a save that
 * has to run setup first keeps it throughout; what it calls never takes it again.
 */

/** Long enough to outwait another save or a setup, short enough to answer before the sidebar's call gives up. */
const LOCK_WAIT_MS = 20000;

export type Locked<T> = { readonly held: true; readonly value: T } | { readonly held: false };

/**
 * Runs `write` holding the document's lock, or the script's where Apps Script gives no
 * document lock (it documents getDocumentLock() may return null). `held` is false, and
 * nothing runs, when another execution keeps the lock longer than we wait.
 */
export function withDocumentLock<T>(write: () => T): Locked<T> {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { held: false };
  try {
    return { held: true, value: write() };
  } finally {
    lock.releaseLock();
  }
}

/** An error of Sheets, for the developer's execution log: its text is English, never shown to the user. */
export function logError(e: unknown): void {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
}
