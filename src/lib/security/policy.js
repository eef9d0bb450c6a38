/**
 * The site's security policy, written once. SvelteKit puts the page policy in every page's `<meta>`
 * (with the hashes of its inline scripts); hosts that allow headers send the header policy too
 * (`static/_headers`, the nginx/Apache lines in docs/SECURITY.md, `npm start`). Every worker runs
 * under the page's policy (src/lib/worker/start-worker.ts), so on any host no code in the page or
 * a worker can open a connection to, or load a script from, another origin.
 *
 * Plain JavaScript with JSDoc types: svelte.config.js imports it before TypeScript is set up.
 */

/** @typedef {Record<string, string[]>} Directives */

/** Where connections, workers, images, frames and forms may go: this site, and nowhere else. */
/** @type {Directives} */
export const NETWORK_DIRECTIVES = {
	'connect-src': ['self'],
	'worker-src': ['self', 'blob:'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'media-src': ['self'],
	'frame-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['none']
};

/** The page's own policy (SvelteKit adds the hashes of its inline scripts to script-src). */
/** @type {Directives} */
export const PAGE_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	...NETWORK_DIRECTIVES
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline']);

/** One directive's sources as a policy writes them: keywords quoted, schemes as they are. */
const source = (/** @type {string} */ value) => (KEYWORDS.has(value) ? `'${value}'` : value);

/**
 * The header policy: the network walls, and no framing by other sites (only a header can say that).
 * It names no script-src: a second policy with one would block the pages' hashed inline scripts;
 * the page's `<meta>` policy rules scripts, and every policy present is enforced.
 */
export const HEADER_POLICY = Object.entries({
	...NETWORK_DIRECTIVES,
	'frame-ancestors': ['none']
})
	.map(([name, values]) => `${name} ${values.map(source).join(' ')}`)
	.join('; ');

/** Every header a host should send with every file of the site. */
/** @type {Record<string, string>} */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': HEADER_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

/** The headers as a `_headers` file (Netlify, Cloudflare Pages): one rule for every path. */
export function headersFile() {
	const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
	return ['/*', ...lines, ''].join('\n');
}
