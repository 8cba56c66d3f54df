/** Saves in flight, so that export (and leaving the workspace) can wait until every edit is stored. */
const pending = new Set<Promise<unknown>>();

export function trackSave<T>(promise: Promise<T>): Promise<T> {
  pending.add(promise);
  const done = () => pending.delete(promise);
  promise.then(done, done);
  return promise;
}

export async function allSaved(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
