/**
 * Hostile results links on the built site (issue 15, item 2): prototype names as partners, markup
 * as the reporter, a million cells, a payload that inflates towards a gigabyte, garbage and an
 * empty link, and a hostile results file. Each ends in a clear message; Object.prototype stays
 * clean; no task holds the main thread for more than 200 ms while the link is handled (a
 * PerformanceObserver for long tasks, installed before the page loads); and a good link opens after.
 */
import { deflateRawSync, createDeflateRaw } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFragment, resultsFileText, toBase64Url } from '../../src/lib/engine/share/codec';
import {
	MAX_ALPHA_SETS,
	MAX_CELLS_PER_SET,
	MAX_LINK_CHARS
} from '../../src/lib/engine/share/bounds';
import { sharedSample } from '../state/share/share-fixture';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser';
import { partnerValue, waitForResults } from './page-helpers';

const PREFIX = '#results=1.';
/** The longest a task may hold the main thread while a link is handled. */
const LONG_TASK_MS = 200;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The JSON payload of a real shared result, to tamper with. */
async function genuineWire() {
	return JSON.parse(resultsFileText(await sharedSample({ table5: false, products: false })));
}

/** A fragment holding `json` compressed the way the app compresses it. */
const fragmentOf = (json: string) =>
	PREFIX + toBase64Url(deflateRawSync(Buffer.from(json, 'utf8'), { level: 9 }));

async function hostilePartners(): Promise<string> {
	const wire = await genuineWire();
	wire.partners.splice(0, 4, '__proto__', 'constructor', 'hasOwnProperty', 'toString');
	return fragmentOf(JSON.stringify(wire));
}

async function markupReporter(): Promise<string> {
	const wire = await genuineWire();
	wire.reporter = '<b>BRA</b>';
	return fragmentOf(JSON.stringify(wire));
}

/** A million cells of zeros: 42 MB of JSON in a link of a few dozen kilobytes. */
async function millionCells(): Promise<string> {
	const wire = await genuineWire();
	const rows = `[${'0,'.repeat(1_000_000 * 21 - 1)}0]`;
	const json = JSON.stringify({ ...wire, cells: [{ alpha: 0.15, rows: [] }] }).replace(
		'"rows":[]',
		`"rows":${rows}`
	);
	return fragmentOf(json);
}

/**
 * The largest results the bounds allow: 250 partners × 40 years × 15 sectors (MAX_CELLS_PER_SET)
 * in each of MAX_ALPHA_SETS classifications. Partner 250 trades 2,500 in every cell, the others 10,
 * all of it horizontal IIT by GHM and FF; the sender's settings are the defaults.
 */
async function largestLink(): Promise<string> {
	const wire = await genuineWire();
	const [partners, years, sectors] = [250, 40, 15];
	const n = partners * years * sectors;
	expect(n).toBe(MAX_CELLS_PER_SET);
	const columns = Array.from({ length: 21 }, () => new Array<number>(n).fill(0));
	let i = 0;
	for (let year = 0; year < years; year++) {
		for (let partner = 0; partner < partners; partner++) {
			for (let sector = 0; sector < sectors; sector++, i++) {
				const trade = partner === partners - 1 ? 2_500 : 10;
				[columns[0][i], columns[1][i], columns[2][i]] = [year, partner, sector];
				[columns[3][i], columns[5][i], columns[10][i]] = [trade, trade, trade];
				[columns[19][i], columns[20][i]] = [trade / 2, trade / 2]; // exports, imports
			}
		}
	}
	const rows = columns.flat();
	const alphas = [0.15, 0.25, 0.35].slice(0, MAX_ALPHA_SETS);
	const ids = Array.from({ length: partners }, (_, k) => String(k + 1));
	const yearList = Array.from({ length: years }, (_, k) => 1985 + k);
	Object.assign(wire, { settings: '', partners: ids, years: yearList });
	Object.assign(wire.info, { partners: ids, years: yearList, countryNames: {} });
	wire.cells = alphas.map((alpha) => ({ alpha, rows }));
	const link = fragmentOf(JSON.stringify(wire));
	expect(link.length).toBeLessThan(MAX_LINK_CHARS);
	return link;
}

/** `megabytes` of spaces after the payload's first bytes, deflated into a link. */
function bomb(megabytes: number): Promise<string> {
	return new Promise((resolve, reject) => {
		const deflate = createDeflateRaw({ level: 9 });
		const chunks: Buffer[] = [];
		deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
		deflate.on('error', reject);
		deflate.on('end', () => resolve(PREFIX + toBase64Url(Buffer.concat(chunks))));
		const spaces = Buffer.alloc(1024 * 1024, 32);
		let written = 0;
		deflate.write('{"app":"iit-explorer-results","v":1,"created":"');
		const write = () => {
			while (written < megabytes) {
				written++;
				if (!deflate.write(spaces)) return void deflate.once('drain', write);
			}
			deflate.end();
		};
		write();
	});
}

/** A link the app opens (under MAX_LINK_CHARS) that inflates past the 64 MB bound. */
async function bombWithinLinkBound(): Promise<string> {
	const link = await bomb(72);
	expect(link.length).toBeLessThan(MAX_LINK_CHARS);
	return link;
}

/** Collects every long task of the page from its first script on (window.__longTasks). */
const LONG_TASK_OBSERVER = () => {
	const tasks: { start: number; duration: number }[] = [];
	(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			tasks.push({ start: entry.startTime, duration: entry.duration });
		}
	}).observe({ type: 'longtask', buffered: true });
};

/** A page with the long-task observer, opened on a settings link (no data, nothing computed). */
async function quietPage(): Promise<WatchedPage> {
	const watched = await openWatchedPage(browser, { locale: 'en-US' });
	await watched.page.addInitScript(LONG_TASK_OBSERVER);
	await watched.page.goto(`${watched.baseUrl}/?r=BRA&lang=en`);
	await watched.page.locator('[data-testid="link-needs-file"]').waitFor();
	// Let the start-up settle: only what the link costs is measured.
	await watched.page.waitForTimeout(500);
	return watched;
}

/** Object.prototype as the page sees it: nothing added, `prev` nowhere. */
const prototypeOf = (page: Page) =>
	page.evaluate(() => ({
		clean: Object.keys(Object.prototype).length === 0,
		prev: ({} as { prev?: unknown }).prev === undefined
	}));

type LongTasks = { __longTasks: { start: number; duration: number }[] };

/** The durations of the page's long tasks that started at `from` or later (ms on its clock). */
const longTasksStarted = (page: Page, from: number) =>
	page.evaluate(
		(since) =>
			(window as unknown as LongTasks).__longTasks
				.filter((task) => task.start >= since)
				.map((task) => Math.round(task.duration)),
		from
	);

/** The durations of the page's long tasks that ran wholly within [from, to]. */
const longTasksWithin = (page: Page, from: number, to: number) =>
	page.evaluate(
		([since, until]) =>
			(window as unknown as LongTasks).__longTasks
				.filter((task) => task.start >= since && task.start + task.duration <= until)
				.map((task) => Math.round(task.duration)),
		[from, to]
	);

/** The durations of the page's long tasks still running at `from` or started after it. */
const longTasksRunningSince = (page: Page, from: number) =>
	page.evaluate(
		(since) =>
			(window as unknown as LongTasks).__longTasks
				.filter((task) => task.start + task.duration >= since)
				.map((task) => Math.round(task.duration)),
		from
	);

/** The page's prototype is clean, nothing left for another origin, no error thrown; closes it. */
async function expectIntact(watched: WatchedPage): Promise<void> {
	expect(await prototypeOf(watched.page)).toEqual({ clean: true, prev: true });
	expect(watched.foreignRequests()).toEqual([]);
	expect(watched.pageErrors).toEqual([]);
	await watched.context.close();
}

/**
 * Opens `hash` in the page (as a link pasted into its address bar) and waits for the message;
 * returns the message and the long tasks that ran meanwhile.
 */
async function handle(page: Page, hash: string, message: string) {
	const since = await page.evaluate(() => performance.now());
	await page.evaluate((fragment) => (location.hash = fragment), hash);
	const error = page.locator('[data-testid="error"]', { hasText: message });
	await error.waitFor({ timeout: 60_000 });
	// A task still running when the message shows would end within this.
	await page.waitForTimeout(LONG_TASK_MS + 100);
	return { text: await error.innerText(), tasks: await longTasksRunningSince(page, since) };
}

/** Opens the page on the good fixture link: the tab still works. */
async function goodLinkOpens(page: Page) {
	const good = await encodeFragment(await sharedSample({ table5: false, products: false }));
	await page.evaluate((fragment) => (location.hash = fragment), good);
	await page.locator('[data-testid="shared-banner"]').waitFor();
	await waitForResults(page, '490');
	expect(await page.locator('[data-testid="error"]').count()).toBe(0);
}

describe('hostile results links', () => {
	it('has a long-task watch that sees a task over 200 ms (so an empty list means something)', async () => {
		const watched = await quietPage();
		const since = await watched.page.evaluate(() => performance.now());
		// A task of the page's own event loop (a script DevTools runs is not one).
		await watched.page.evaluate(
			() =>
				new Promise<void>((done) =>
					setTimeout(() => {
						const until = performance.now() + 300;
						while (performance.now() < until) {
							// holds the main thread, as a decode on it would
						}
						done();
					})
				)
		);
		await watched.page.waitForTimeout(100);
		expect((await longTasksStarted(watched.page, since)).some((ms) => ms > LONG_TASK_MS)).toBe(
			true
		);
		await watched.context.close();
	});

	const cases: [string, () => Promise<string>, string][] = [
		['prototype names as partners', hostilePartners, 'partners[0] = "__proto__"'],
		['markup as the reporter', markupReporter, 'reporter = "<b>BRA</b>"'],
		['a million cells', millionCells, 'too large to open here'],
		['a link inflating past 64 MB', bombWithinLinkBound, 'too large to open here'],
		['garbage', async () => `${PREFIX}q9P-_zz${'x'.repeat(300)}`, 'incomplete or was altered'],
		['an empty link', async () => PREFIX, 'nothing to show']
	];
	for (const [what, make, message] of cases) {
		it(`refuses ${what} with a message, the page untouched and never held up`, async () => {
			const hash = await make();
			const watched = await quietPage();
			const { page } = watched;
			const { text, tasks } = await handle(page, hash, message);
			expect(text).toContain('The shared results could not be opened');
			expect(await page.locator('[data-testid="shared-banner"]').count()).toBe(0);
			// Markup in a name is shown as text, never as an element.
			expect(await page.locator('main b, main img').count()).toBe(0);
			expect(await prototypeOf(page)).toEqual({ clean: true, prev: true });
			expect(tasks.filter((duration) => duration > LONG_TASK_MS)).toEqual([]);

			// The page still works: a good link opens in the same tab.
			await goodLinkOpens(page);
			await expectIntact(watched);
		});
	}

	it('opens the largest results the bounds allow without holding the tab while decoding', async () => {
		const hash = await largestLink();
		const watched = await quietPage();
		const { page } = watched;
		await page.evaluate((fragment) => (location.hash = fragment), hash);
		await page.locator('[data-testid="shared-banner"]').waitFor({ timeout: 60_000 });
		await waitForResults(page, '250');
		// Partner 250 trades 2,500 in each of 15 sectors, all of it IIT, in the year shown (the last).
		expect(await partnerValue(page, '250', 'ghm-iit')).toBe(2_500 * 15);
		const [opened, built] = await page.evaluate(() =>
			['iit:share-open', 'iit:share-built'].map(
				(name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN
			)
		);
		expect(built).toBeGreaterThan(opened);
		// Inflating, parsing, validating (in the decoder worker) and building the cells (in slices):
		// no task of the page from the link's arrival to the views' first turn holds it for 200 ms.
		// (The task that marks 'built' goes on to draw the views: the work any result of this
		// size costs, about 150 ms here; bounds.ts sets MAX_CELLS_PER_SET by it.)
		const tasks = await longTasksWithin(page, opened, built);
		expect(tasks.filter((duration) => duration > LONG_TASK_MS)).toEqual([]);
		await expectIntact(watched);
	});

	it('refuses a link inflating towards 1 GB as too long, before any work', async () => {
		// About 1 MB deflated, 1.4 M characters: Chromium itself spends seconds on such an address
		// (the navigation, the router's history entry); what the app does from there is measured.
		const hash = await bomb(1024);
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page, baseUrl } = watched;
		await page.addInitScript(LONG_TASK_OBSERVER);
		await page.goto(`${baseUrl}/?lang=en${hash}`);
		const error = page.locator('[data-testid="error"]', {
			hasText: 'too long to be opened as a link'
		});
		await error.waitFor({ timeout: 60_000 });
		expect(await error.innerText()).toContain(`${hash.length} characters`);
		await page.waitForTimeout(LONG_TASK_MS + 500);
		const handled = await page.evaluate(
			() => performance.getEntriesByName('iit:share-open')[0]?.startTime
		);
		expect(handled).toBeGreaterThan(0);
		expect((await longTasksStarted(page, handled)).filter((ms) => ms > LONG_TASK_MS)).toEqual([]);
		expect(await page.locator('[data-testid="shared-banner"]').count()).toBe(0);
		expect(await prototypeOf(page)).toEqual({ clean: true, prev: true });
		await goodLinkOpens(page);
		await expectIntact(watched);
	});

	it('refuses the same names in a results file, and in a link opened as the first page', async () => {
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page, baseUrl } = watched;
		await page.goto(`${baseUrl}/${await markupReporter()}`);
		await page.locator('[data-testid="error"]', { hasText: 'reporter = "<b>BRA</b>"' }).waitFor();
		expect(await page.locator('[data-testid="shared-banner"]').count()).toBe(0);

		const wire = await genuineWire();
		wire.partners[0] = '__proto__';
		await page.locator('[data-testid="file-input"]').setInputFiles({
			name: 'iit-results.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(wire))
		});
		await page.locator('[data-testid="error"]', { hasText: 'partners[0] = "__proto__"' }).waitFor();
		expect(await prototypeOf(page)).toEqual({ clean: true, prev: true });

		// The demo still opens afterwards.
		await page.goto(`${baseUrl}/?sample=demo&lang=en`);
		await waitForResults(page, 'USA');
		await expectIntact(watched);
	});

	it('shows a group and a basket named after Object’s members from a settings link as plain names', async () => {
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page, baseUrl } = watched;
		const query = 'sample=demo&p=custom:__proto__&pm=USA,CHN&rows=group&b=constructor:64*&lang=en';
		await page.goto(`${baseUrl}/?${query}`);
		const table = page.locator('[data-testid="partner-table"]');
		await table.waitFor();
		await expect.poll(() => table.innerText()).toContain('__proto__');
		// Every view with a chart or a table of rows draws the names (zrender measures them).
		for (const view of ['sectors', 'quickcheck', 'dominance', 'series', 'heatmap', 'quality']) {
			await page.locator(`[data-testid="tab-${view}"]`).click();
			await page.waitForTimeout(300);
			expect(await prototypeOf(page), view).toEqual({ clean: true, prev: true });
		}
		await expectIntact(watched);
	});
});
