/**
 * The service worker's own guard. Every other worker inherits the page's Content-Security-Policy
 * through its blob: bootstrap (start-worker.ts), but a service worker cannot start from a blob:
 * its policy comes only from the headers sent with its script, and most static hosts send none.
 * So before anything else runs in it, every way it has to open a connection is sealed: fetch and
 * the Cache methods that fetch go to this site's origin only; WebSocket, EventSource, WebTransport,
 * XMLHttpRequest and importScripts are gone. The replacements cannot be redefined, and they are
 * put on every object of the prototype chain that holds the original, so a prototype's copy
 * (`WorkerGlobalScope.prototype.fetch`) is no way around.
 */

/** The globals through which a worker can open a connection or load a script, besides fetch. */
export const SEALED_GLOBALS = [
	'WebSocket',
	'EventSource',
	'WebTransport',
	'XMLHttpRequest',
	'importScripts'
] as const;

/** The message of every refusal: names the URL, so a blocked call is easy to trace. */
export function refusal(url: string): TypeError {
	return new TypeError(
		`Blocked: ${url} is not on this site (IIT Explorer talks to no other origin).`
	);
}

/** Puts `value` in place of `name` wherever `scope`'s prototype chain holds it, for good. */
function replaceEverywhere(scope: object, name: string, value: unknown): void {
	for (let owner: object | null = scope; owner; owner = Object.getPrototypeOf(owner)) {
		if (!Object.prototype.hasOwnProperty.call(owner, name)) continue;
		Object.defineProperty(owner, name, { value, writable: false, configurable: false });
	}
}

/** The URL a fetch-like call would reach, resolved against the worker's own location. */
function target(input: RequestInfo | URL, base: string): URL {
	return new URL(input instanceof Request ? input.url : String(input), base);
}

/** What sealing needs of a worker's global scope. */
export interface SealableScope {
	fetch: typeof fetch;
	location: { href: string; origin: string };
	Cache?: typeof Cache;
}

/** Seals `scope` (a service worker's global) to `scope.location.origin`. */
export function sealServiceWorker(scope: SealableScope): void {
	const base = scope.location.href;
	const origin = scope.location.origin;
	const ownSite = (input: RequestInfo | URL) => target(input, base).origin === origin;

	const nativeFetch = scope.fetch.bind(scope);
	const guardedFetch: typeof fetch = (input, init) =>
		ownSite(input) ? nativeFetch(input, init) : Promise.reject(refusal(target(input, base).href));
	replaceEverywhere(scope, 'fetch', guardedFetch);

	const cache = scope.Cache?.prototype;
	if (cache) {
		const { add, addAll } = cache;
		replaceEverywhere(cache, 'add', function (this: Cache, request: RequestInfo | URL) {
			return ownSite(request) ? add.call(this, request) : Promise.reject(refusal(String(request)));
		});
		replaceEverywhere(cache, 'addAll', function (this: Cache, requests: RequestInfo[]) {
			const foreign = [...requests].find((request) => !ownSite(request));
			return foreign === undefined
				? addAll.call(this, requests)
				: Promise.reject(refusal(String(foreign)));
		});
	}

	for (const name of SEALED_GLOBALS) {
		replaceEverywhere(scope, name, function sealed() {
			throw refusal(`${name}(…)`);
		});
	}
}
