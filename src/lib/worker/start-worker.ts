/**
 * Starts every browser worker of the app under the page's Content-Security-Policy, and notices
 * when it ends, whichever way it ends.
 *
 * A worker loaded from its own URL takes its policy from that response's headers only, and most
 * static hosts (GitHub Pages among them) send none: such a worker could reach any origin. A worker
 * started from a `blob:` URL inherits the policy of the document (or worker) that made it, the
 * page's `<meta>` policy included. So each worker starts from a small blob module that imports
 * the real same-origin script: that script, and everything it imports, then runs under the page's
 * policy (connections and scripts to this origin only), whatever headers the host sends.
 */
import { WorkerCrashError, type WorkerHandle } from './bridge';
import { holdLifeLockSource, newLifeLockName, watchLifeLock } from './life-lock';

/** A worker script's URL, as Vite's `?worker&url` import gives it (absolute, or relative to this module). */
export type WorkerScriptUrl = string;

/** The blob module that imports `scriptUrl` (then holds the worker's life lock, if one is named). */
export function bootstrapSource(
	scriptUrl: WorkerScriptUrl,
	base: string,
	lifeLock?: string
): string {
	// Inside a blob: module a relative specifier has no base, so the URL goes absolute.
	const script = `import ${JSON.stringify(new URL(scriptUrl, base).href)};\n`;
	return lifeLock ? script + holdLifeLockSource(lifeLock) : script;
}

/** A module worker running `scriptUrl` under the policy of the context that calls this. */
function startBlobWorker(source: string, name: string): Worker {
	const bootstrap = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
	try {
		return new Worker(bootstrap, { type: 'module', name });
	} finally {
		// The worker has resolved the blob when the constructor returns; the URL is not needed again.
		URL.revokeObjectURL(bootstrap);
	}
}

/**
 * A worker as the bridge and the slice pool use it: a failed load, an uncaught error, an unreadable
 * message, or an end without a word (its life lock freed) is a crash.
 */
export function startWorker(scriptUrl: WorkerScriptUrl, name: string): WorkerHandle {
	const lifeLock = newLifeLockName();
	const worker = startBlobWorker(bootstrapSource(scriptUrl, import.meta.url, lifeLock), name);
	let stopWatching = () => {};
	return {
		endpoint: worker,
		terminate() {
			stopWatching();
			worker.terminate();
		},
		onCrash(callback) {
			worker.addEventListener('error', (event) => {
				event.preventDefault();
				callback(new WorkerCrashError(event.message || 'the worker could not be loaded'));
			});
			worker.addEventListener('messageerror', () =>
				callback(new WorkerCrashError('a message from the worker could not be read'))
			);
			stopWatching = watchLifeLock(lifeLock, () =>
				callback(new WorkerCrashError('the worker ended without a word'))
			);
		}
	};
}
