/**
 * The one module that may reach the network: it loads the site's own static files (samples, the
 * HS nomenclature) from the same origin, sub-path safe. A lint rule (eslint.config.js) forbids
 * fetch, XMLHttpRequest, WebSocket, EventSource and sendBeacon everywhere else, and the
 * Content-Security-Policy (`connect-src 'self'`) backs it up in the browser.
 */
import { asset } from '$app/paths';

/** A site path such as `/samples/demo-baci.csv`: rooted, no scheme, no `..`, no `//`. */
const SITE_PATH = /^\/(?!\/)(?:[\w.-]+\/)*[\w.-]+$/;

/** The response for one of the site's own files; refuses anything that is not a site path. */
export async function fetchSiteFile(path: string): Promise<Response> {
	if (!SITE_PATH.test(path) || path.split('/').includes('..')) {
		throw new Error(`not a file of this site: ${path}`);
	}
	const response = await fetch(asset(path as `/${string}`));
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return response;
}
