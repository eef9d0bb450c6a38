/**
 * Knowing at once that a browser worker has ended, even when it says nothing: a worker that closes
 * itself, or that the browser stops (often for lack of memory), fires no error event, and whoever
 * waits on it would wait forever. So each worker holds a Web Lock of its own for its whole life
 * (the line `holdLifeLockSource` adds to its bootstrap); the browser frees a worker's locks when
 * it ends, and its creator, queued on the same lock, is then granted it.
 */

/** A lock name no other worker uses. */
export function newLifeLockName(): string {
	return `iit-life-${crypto.randomUUID()}`;
}

/** The bootstrap line that makes a worker hold `name` until it ends (nothing where Web Locks are missing). */
export function holdLifeLockSource(name: string): string {
	return `navigator.locks?.request(${JSON.stringify(name)}, () => new Promise(() => {}));\n`;
}

const POLL_MS = 50;
/** A worker that has not taken its lock by then never will (it failed to load, and said so). */
const GIVE_UP_MS = 60_000;

/**
 * Calls `onEnd` once, when the worker holding `name` ends. The creator must not queue on the lock
 * before the worker holds it (it would be granted at once), so it waits, polling, until the lock is
 * held. Returns `stop`, which ends the watch (call it before terminating the worker on purpose).
 */
export function watchLifeLock(name: string, onEnd: () => void): () => void {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks) return () => {};
	const controller = new AbortController();
	const held = async () => ((await locks.query()).held ?? []).some((lock) => lock.name === name);
	void (async () => {
		const since = Date.now();
		while (!(await held())) {
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			if (controller.signal.aborted || Date.now() - since > GIVE_UP_MS) return;
		}
		await locks.request(name, { signal: controller.signal }, () => {
			if (!controller.signal.aborted) onEnd();
		});
	})().catch(() => {}); // the watch was stopped while it queued: nothing to tell
	return () => controller.abort();
}
