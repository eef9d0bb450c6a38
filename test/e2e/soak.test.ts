/**
 * Flat cost (issue 7): many analyses in a row in one page leave neither a growing heap nor extra
 * workers behind. The page's heap is read through the DevTools protocol after a forced garbage
 * collection, once warmed up and again after the last analysis.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';
import { partnerValue, waitForResults } from './page-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const FILES = ['test/fixtures/e2e/baci-small.csv', 'static/samples/demo-baci.csv'];
const RUNS = 30;

/** Used JS heap of the page after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}

describe('soak', () => {
	it(`runs ${RUNS} analyses in one page without a growing heap or leaked workers`, async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');

		let warm = 0;
		for (let run = 0; run < RUNS; run++) {
			const file = FILES[run % 2];
			await page.locator('[data-testid="file-input"]').setInputFiles(file);
			await page
				.locator('[data-testid="selected-files"]', { hasText: file.split('/').pop() })
				.waitFor();
			await waitForResults(page, run % 2 === 0 ? 'DEU' : 'CHN');
			if (run % 2 === 0) expect(await partnerValue(page, 'USA', 'ghm-iit')).toBe(150_000);
			if (run === 5) warm = await heapAfterGc(page);
		}
		const end = await heapAfterGc(page);
		// Results of 24 more analyses must not pile up: allow a few MB of noise (caches, JIT).
		expect(end - warm).toBeLessThan(8 * 1024 * 1024);
		expect(page.workers().length).toBeLessThanOrEqual(1);
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
