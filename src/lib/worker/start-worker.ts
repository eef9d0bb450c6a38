/**
 * Starts every browser worker of the app under the page's Content-Security-Policy.
 *
 * A worker loaded from its own URL takes its policy from that response's headers only, and most
 * static hosts (GitHub Pages among them) send none: such a worker could reach any origin. A worker
 * started from a `blob:` URL inherits the policy of the document (or worker) that made it, the
 * page's `<meta>` policy included. So each worker starts from a one-line blob module that imports
 * the real same-origin script: that script, and everything it imports, then runs under the page's
 * policy (connections and scripts to this origin only), whatever headers the host sends.
 */

/** A worker script's URL, as Vite's `?worker&url` import gives it (absolute, or relative to this module). */
export type WorkerScriptUrl = string;

/** The blob module that imports `scriptUrl`; its only job is to make the worker inherit the policy. */
export function bootstrapSource(scriptUrl: WorkerScriptUrl, base: string): string {
	// Inside a blob: module a relative specifier has no base, so the URL goes absolute.
	return `import ${JSON.stringify(new URL(scriptUrl, base).href)};\n`;
}

/** A module worker running `scriptUrl` under the policy of the context that calls this. */
export function startWorker(scriptUrl: WorkerScriptUrl, name: string): Worker {
	const source = bootstrapSource(scriptUrl, import.meta.url);
	const bootstrap = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
	try {
		return new Worker(bootstrap, { type: 'module', name });
	} finally {
		// The worker has resolved the blob when the constructor returns; the URL is not needed again.
		URL.revokeObjectURL(bootstrap);
	}
}
