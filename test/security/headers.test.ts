/** The policy is written once (src/lib/security/policy.js); every copy of it must say the same. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	HEADER_POLICY,
	headersFile,
	NETWORK_DIRECTIVES,
	PAGE_DIRECTIVES,
	SECURITY_HEADERS
} from '../../src/lib/security/policy.js';
import { securityHeaders } from '../../vite.config';
import svelteConfig from '../../svelte.config.js';

/** The headers `npm start` (vite preview) puts on a response, through the config's middleware. */
function previewHeaders(): Record<string, string> {
	const sent: Record<string, string> = {};
	let middleware: ((request: unknown, response: unknown, next: () => void) => void) | undefined;
	const server = { middlewares: { use: (handler: typeof middleware) => (middleware = handler) } };
	(securityHeaders.configurePreviewServer as (server: unknown) => void)(server);
	let passedOn = false;
	middleware!({}, { setHeader: (name: string, value: string) => (sent[name] = value) }, () => {
		passedOn = true;
	});
	expect(passedOn).toBe(true);
	return sent;
}

describe('the security policy', () => {
	it('allows connections, workers and images to this site only', () => {
		expect(HEADER_POLICY).toBe(
			"connect-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; font-src 'self'; " +
				"media-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'; " +
				"frame-ancestors 'none'"
		);
		// The header names no script-src: it would block the pages' hashed inline scripts.
		expect(HEADER_POLICY).not.toContain('script-src');
		expect(PAGE_DIRECTIVES['script-src']).toEqual(['self']);
		expect(PAGE_DIRECTIVES['default-src']).toEqual(['self']);
		for (const [name, values] of Object.entries(NETWORK_DIRECTIVES))
			expect(PAGE_DIRECTIVES[name], name).toEqual(values);
	});

	it('is the one in static/_headers, in the docs, in npm start and in the pages', () => {
		expect(readFileSync('static/_headers', 'utf8')).toBe(headersFile());
		const docs = readFileSync('docs/SECURITY.md', 'utf8');
		expect(docs).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`);
		expect(docs).toContain(`Header always set Content-Security-Policy "${HEADER_POLICY}"`);
		expect(previewHeaders()).toEqual(SECURITY_HEADERS);
		expect(svelteConfig.kit?.csp?.directives).toBe(PAGE_DIRECTIVES);
	});
});
