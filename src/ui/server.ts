/**
 * The sidebar's calls to the server: google.script.run as promises, typed by the server
 * functions themselves, so a change of a signature on one side fails to compile on the other.
 * Only JSON-like data crosses (google.script.run drops a result holding a Date), which the
 * types enforce: a Date or a function in an argument or a result becomes `never`.
 */
import type * as importer from '../addon/import';
import type * as server from '../addon/wizard';

type Api = Pick<typeof server, 'wizardStart' | 'saveClientReview'> &
  Pick<typeof importer, 'importStart' | 'importSheet' | 'importTable'>;

export type Wire<T> = T extends string | number | boolean | null
  ? T
  : T extends Date | ((...args: never[]) => unknown) | undefined | symbol | bigint
    ? never
    : { [K in keyof T]: Wire<T[K]> };

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
} & { [K in keyof Api]: (...args: unknown[]) => void };

declare const google: { script: { run: Runner } };

export function callServer<K extends keyof Api>(
  name: K,
  ...args: Wire<Parameters<Api[K]>>
): Promise<Wire<ReturnType<Api[K]>>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as Wire<ReturnType<Api[K]>>))
      .withFailureHandler(reject);
    run[name](...args);
  });
}

/** What a failure handler got, as a line a person can read. */
export function failureText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
