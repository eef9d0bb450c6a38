/**
 * The data never leaves the browser, enforced inside every worker (issue 15): on a host that sends
 * no headers at all (the test server sends a content type and nothing else), code running in the
 * analysis, slice, world and share-decoder workers and in the service worker tries every way out — fetch, XHR,
 * WebSocket, EventSource, import() — towards a second local server, which must see no connection.
 * A control proves the probe would be seen: a worker loaded from its own URL (no blob bootstrap)
 * gets no policy from this host and does reach the second server.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBaciWorld } from '../../bench/generate-baci';
import { WORLD_CSV } from '../engine/world/world-file';
import { encodeFragment } from '../../src/lib/engine/share/codec';
import { sharedSample } from '../state/share/share-fixture';
import { launchBrowser, openWatchedPage } from './browser';
import { SECURITY_HEADERS } from '../../src/lib/security/policy.js';
import { waitForResults, workerNamed } from './page-helpers';
import { serveStatic } from './static-server';

/** A server on another origin that counts every TCP connection made to it (HTTP, WebSocket, anything). */
async function listeningServer(): Promise<{
	url: string;
	connections: () => number;
	close(): Promise<void>;
}> {
	let connections = 0;
	const server: Server = createServer((_, response) => {
		response.writeHead(200, {
			'content-type': 'text/javascript',
			'access-control-allow-origin': '*'
		});
		response.end('export default 1;');
	});
	server.on('connection', () => connections++);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		connections: () => connections,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/**
 * Runs inside a worker: every way out it has, towards `target`. Returns what each attempt gave, for
 * the failure message; the second server's connection count is the verdict.
 */
function tryEveryWayOut(target: string): Promise<Record<string, string>> {
	const outcome = (attempt: () => Promise<unknown>) =>
		attempt().then(
			() => 'reached',
			(error: unknown) => `blocked: ${String(error)}`
		);
	const settle = (open: (done: (text: string) => void) => void) =>
		new Promise<string>((resolve) => {
			const timer = setTimeout(() => resolve('no answer'), 2000);
			try {
				open((text) => {
					clearTimeout(timer);
					resolve(text);
				});
			} catch (error) {
				clearTimeout(timer);
				resolve(`blocked: ${String(error)}`);
			}
		});
	const scope = self as unknown as Record<string, unknown>;
	const attempts: Record<string, Promise<string>> = {
		fetch: outcome(() => fetch(`${target}/fetch`)),
		import: outcome(() => import(/* @vite-ignore */ `${target}/module.js`))
	};
	if ('XMLHttpRequest' in scope)
		attempts.xhr = settle((done) => {
			const request = new XMLHttpRequest();
			request.onload = () => done('reached');
			request.onerror = () => done('blocked: error event');
			request.open('GET', `${target}/xhr`);
			request.send();
		});
	if ('WebSocket' in scope)
		attempts.websocket = settle((done) => {
			const socket = new WebSocket(target.replace('http', 'ws') + '/socket');
			socket.onopen = () => done('reached');
			socket.onerror = () => done('blocked: error event');
		});
	if ('EventSource' in scope)
		attempts.eventsource = settle((done) => {
			const source = new EventSource(`${target}/events`);
			source.onopen = () => done('reached');
			source.onerror = () => done('blocked: error event');
		});
	const names = Object.keys(attempts);
	return Promise.all(names.map((name) => attempts[name])).then((results) =>
		Object.fromEntries(names.map((name, index) => [name, results[index]]))
	);
}

let browser: Browser;
let foreign: Awaited<ReturnType<typeof listeningServer>>;
let dir: string;
beforeAll(async () => {
	browser = await launchBrowser();
	foreign = await listeningServer();
	dir = await mkdtemp(join(tmpdir(), 'iit-privacy-'));
});
afterAll(async () => {
	await browser?.close();
	await foreign?.close();
});

/**
 * Runs the probe in `worker`. It goes as source text: Vitest rewrites `import()` in this file to a
 * helper of its own, which the worker does not have, so the native form is put back.
 */
function probeFrom(worker: Worker): Promise<Record<string, string>> {
	const source = tryEveryWayOut.toString().replaceAll('__vite_ssr_dynamic_import__', 'import');
	return worker.evaluate(`(${source})(${JSON.stringify(foreign.url)})`);
}

/** Probes from `worker`; the second server must have seen no connection since `before`. */
async function expectSealed(worker: Worker, label: string): Promise<Record<string, string>> {
	const before = foreign.connections();
	const results = await probeFrom(worker);
	await new Promise((resolve) => setTimeout(resolve, 300)); // a late connection still counts
	expect(foreign.connections() - before, `${label}: ${JSON.stringify(results)}`).toBe(0);
	expect(
		Object.values(results).some((result) => result === 'reached'),
		label
	).toBe(false);
	return results;
}

/** A BACI file of two 16 MB slices at least, so the slice workers start. */
async function twoSliceFile(): Promise<string> {
	const path = join(dir, 'two-slices.csv');
	const out = createWriteStream(path);
	await generateBaciWorld({ rows: 1_100_000, seed: 3 }, out);
	out.end();
	await once(out, 'finish');
	return path;
}

async function openSite(path: string): Promise<{ page: Page; close(): Promise<void> }> {
	const watched = await openWatchedPage(browser, { serviceWorkers: 'allow' });
	await watched.page.goto(watched.baseUrl + path);
	return { page: watched.page, close: () => watched.context.close() };
}

describe('no worker can reach another origin on a host that sends no headers', () => {
	it('the analysis and slice workers', async () => {
		const { page, close } = await openSite('/');
		await waitForResults(page, 'USA');
		const analysis = await workerNamed(page, 'iit-analysis');
		const probed = await expectSealed(analysis, 'analysis worker');
		expect(Object.keys(probed).sort()).toEqual([
			'eventsource',
			'fetch',
			'import',
			'websocket',
			'xhr'
		]);

		const slice = workerNamed(page, 'iit-slice');
		await page.locator('[data-testid="file-input"]').setInputFiles(await twoSliceFile());
		await expectSealed(await slice, 'slice worker');
		await close();
	});

	it('the world worker', async () => {
		const { page, close } = await openSite('/world/');
		const file = join(dir, 'baci-world-2022.csv');
		await writeFile(file, WORLD_CSV);
		const world = workerNamed(page, 'iit-world');
		await page.locator('[data-testid="file-input"]').setInputFiles(file);
		await expectSealed(await world, 'world worker');
		await close();
	});

	it('the share decoder worker', async () => {
		const link = await encodeFragment(await sharedSample({ table5: false, products: false }));
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		// The page ends the decoder once it has answered; kept alive here so that it can be probed.
		await page.addInitScript(() => (Worker.prototype.terminate = () => undefined));
		const decoder = workerNamed(page, 'iit-share-decoder');
		await page.goto(`${watched.baseUrl}/?lang=en${link}`);
		await page.locator('[data-testid="shared-banner"]').waitFor();
		await expectSealed(await decoder, 'share decoder worker');
		await watched.context.close();
	});

	it('the service worker', async () => {
		const { page, close } = await openSite('/');
		await waitForResults(page, 'USA');
		const context = page.context();
		const serviceWorker =
			context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
		const probed = await expectSealed(serviceWorker as unknown as Worker, 'service worker');
		expect(Object.keys(probed)).toContain('fetch');
		expect(Object.keys(probed)).toContain('websocket');
		await close();
	});

	it('control: a worker loaded from its own URL on this host is not sealed, so the probe is seen', async () => {
		const { page, close } = await openSite('/');
		await waitForResults(page, 'USA');
		const built = await readdir('build/_app/immutable/workers');
		const script = built.find((name) => name.startsWith('slice.worker-'));
		expect(script).toBeDefined();
		const unsealed = new Promise<Worker>((found) => page.once('worker', found));
		await page.evaluate(
			(url) => void new Worker(url, { type: 'module' }),
			`${new URL(page.url()).origin}/_app/immutable/workers/${script}`
		);
		const before = foreign.connections();
		await probeFrom(await unsealed);
		expect(foreign.connections() - before).toBeGreaterThan(0);
		await close();
	});
});

describe('with the headers a careful host sends (static/_headers, npm start)', () => {
	it('the site works and trips none of its policies, in the page or a worker', async () => {
		const server = await serveStatic(resolve('build'), SECURITY_HEADERS);
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		const response = await page.goto(server.url + '/');
		expect(response?.headers()['content-security-policy']).toBe(
			SECURITY_HEADERS['Content-Security-Policy']
		);
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="chart-iit-partner"] svg').first().waitFor();
		await expectSealed(await workerNamed(page, 'iit-analysis'), 'analysis worker, with headers');
		// The probe's own refusals are reported on the console too; nothing else may be.
		expect(violations.filter((text) => !text.includes(foreign.url))).toEqual([]);
		await context.close();
		await server.close();
	});
});
