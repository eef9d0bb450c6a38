/**
 * A worker that ends without a word, or stops answering, never leaves the progress bar on screen
 * (issue 15): the page says so within seconds, and the next drop works without a reload. The
 * browser fires no error event for a worker that closes itself (or that it stops for lack of
 * memory); its freed life lock tells (src/lib/worker/life-lock.ts). A hung worker is noticed by the
 * silence of its progress reports (READ_SILENCE_MS in src/lib/worker/bridge.ts); one that hangs
 * while answering a view's question is replaced by the next drop, which never waits behind it.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBaciWorld } from '../../bench/generate-baci';
import { READ_SILENCE_MS } from '../../src/lib/worker/bridge';
import { launchBrowser, openWatchedPage } from './browser';
import { expectRecovered, openView, waitForResults, workerNamed } from './page-helpers';

let browser: Browser;
let bigFile: string;
beforeAll(async () => {
	browser = await launchBrowser();
	// Two 16 MB slices at least (so slice workers start), and a read long enough to act during it.
	bigFile = join(await mkdtemp(join(tmpdir(), 'iit-watchdog-')), 'big-baci.csv');
	const out = createWriteStream(bigFile);
	await generateBaciWorld({ rows: 1_500_000, seed: 11 }, out);
	out.end();
	await once(out, 'finish');
});
afterAll(async () => {
	await browser?.close();
});

/** The page's message once the read fails, and how long after `since` it came. */
async function failure(page: Page, since: number): Promise<{ text: string; afterMs: number }> {
	await page.locator('[data-testid="error"]').waitFor({ timeout: READ_SILENCE_MS + 15_000 });
	const afterMs = Date.now() - since;
	return { text: await page.locator('[data-testid="error"]').innerText(), afterMs };
}

describe('a worker that ends or stops answering mid-read', () => {
	for (const name of ['iit-analysis', 'iit-slice']) {
		it(`${name} closes itself: the page says so within seconds`, async () => {
			const watched = await openWatchedPage(browser);
			const { page } = watched;
			await page.goto(watched.baseUrl + '/');
			await waitForResults(page, 'USA');
			const worker = workerNamed(page, name);
			// A slice worker may finish its slice before the lock wait below is over; closing it then
			// ends nothing under way. So, as soon as it starts, it holds back its answer: its slice
			// stays under way until it is closed.
			const answerHeld =
				name === 'iit-slice' &&
				worker.then((slice) =>
					slice.evaluate(() => {
						self.postMessage = () => {};
					})
				);
			await page.locator('[data-testid="file-input"]').setInputFiles(bigFile);
			await answerHeld;
			await page.locator('[data-testid="progress"]').waitFor();
			// Mid-read, a worker holds its life lock and its creator knows it: wait until every
			// worker of the page holds one (a worker closed before that is caught by the silence
			// bound instead).
			await (
				await worker
			).evaluate(async (workers) => {
				const lifeLocks = async () =>
					((await navigator.locks.query()).held ?? []).filter((lock) =>
						lock.name?.startsWith('iit-life-')
					).length;
				while ((await lifeLocks()) < workers) await new Promise((wait) => setTimeout(wait, 20));
				// The creator sees a lock held at its next poll (life-lock.ts polls every 50 ms).
				await new Promise((wait) => setTimeout(wait, 250));
			}, page.workers().length);
			const closedAt = Date.now();
			await (await worker).evaluate(() => queueMicrotask(() => self.close())).catch(() => {});
			const { text, afterMs } = await failure(page, closedAt);
			expect(text).toMatch(/stopped unexpectedly/);
			expect(afterMs).toBeLessThan(5_000);
			await expectRecovered(page);
			await watched.context.close();
		});
	}

	it('the analysis worker hangs: it is stopped once its progress has been silent too long', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/?threads=1');
		await waitForResults(page, 'USA');
		const worker = await workerNamed(page, 'iit-analysis');
		await page.locator('[data-testid="file-input"]').setInputFiles(bigFile);
		await page.locator('[data-testid="progress"]').waitFor();
		const hungAt = Date.now();
		// A microtask, not a timer: a read whose chunks are in memory may never yield to timers.
		void worker
			.evaluate(() =>
				queueMicrotask(() => {
					for (;;);
				})
			)
			.catch(() => {});
		const { text, afterMs } = await failure(page, hungAt);
		expect(text).toMatch(/stopped answering/);
		expect(afterMs).toBeGreaterThanOrEqual(READ_SILENCE_MS - 1_000);
		expect(afterMs).toBeLessThan(READ_SILENCE_MS + 5_000);
		await expectRecovered(page);
		await watched.context.close();
	});

	it('a question hangs: the next drop does not wait behind it', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		const worker = await workerNamed(page, 'iit-analysis');
		// The worker hangs; the products view then asks it for a page, which never comes.
		await worker.evaluate(() =>
			setTimeout(() => {
				for (;;);
			})
		);
		await openView(page, 'products');
		const droppedAt = Date.now();
		await page
			.locator('[data-testid="file-input"]')
			.setInputFiles('test/fixtures/e2e/baci-small.csv');
		await openView(page, 'partners');
		await waitForResults(page, 'DEU');
		// A fresh worker read it: no silence bound was waited out, and nothing was said to be wrong.
		expect(Date.now() - droppedAt).toBeLessThan(READ_SILENCE_MS / 2);
		expect(await page.locator('[data-testid="error"]').count()).toBe(0);
		await openView(page, 'products');
		await page.locator('[data-testid="panel-products"] table').first().waitFor();
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
