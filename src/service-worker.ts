/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the site working offline after the first visit: the app's code, its pages and its static
 * files (samples, nomenclature) are cached when the worker installs, and served from the cache
 * when the network is gone. Only this site's own GET requests are handled; a request to any other
 * origin gets a network error, and the worker itself can reach no other origin (seal-service-worker.ts).
 */
import { build, files, prerendered, version } from '$service-worker';
import { sealServiceWorker } from '$lib/worker/seal-service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
// First of all: this worker can reach no other origin, whatever headers the host sends.
sealServiceWorker(worker);
const CACHE = `iit-explorer-${version}`;
const ASSETS = new Set([...build, ...files, ...prerendered]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...ASSETS]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	// Older versions' caches go; open pages are taken over, so they work offline at once.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	// A second wall behind the page's policy: no request of the page or its workers leaves the site.
	if (url.origin !== worker.location.origin) return event.respondWith(Response.error());
	if (event.request.method !== 'GET') return;
	event.respondWith(respond(event.request, url));
});

/** Cached files first (they change only with a new version); pages from the network, else the cache. */
async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (ASSETS.has(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	try {
		return await fetch(request);
	} catch (error) {
		// Offline: a page (with or without ?settings) from the cache.
		const cached = await cache.match(request, { ignoreSearch: true });
		if (cached) return cached;
		throw error;
	}
}
