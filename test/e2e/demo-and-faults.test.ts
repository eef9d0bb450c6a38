import { createWriteStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBaciWorld } from '../../bench/generate-baci';
import { launchBrowser, openWatchedPage } from './browser';
import {
	expectRecovered,
	openView,
	partnerValue,
	waitForResults,
	workerNamed
} from './page-helpers';

let browser: Browser;
let dir: string;
beforeAll(async () => {
	browser = await launchBrowser();
	dir = await mkdtemp(join(tmpdir(), 'iit-e2e-'));
});
afterAll(async () => {
	await browser?.close();
});

let big: Promise<string> | null = null;
/** A 3 M-row BACI file (about 100 MB): long enough to act while it is read. Made once. */
function bigFile(): Promise<string> {
	big ??= (async () => {
		const path = join(dir, 'big-baci.csv');
		const out = createWriteStream(path);
		await generateBaciWorld({ rows: 3_000_000, seed: 7 }, out);
		out.end();
		await once(out, 'finish');
		return path;
	})();
	return big;
}

describe('first visit', () => {
	it('shows the demo analysed, with its badge, tables and charts, and talks to nobody', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="demo-badge"]').waitFor();
		await page.locator('[data-testid="chart-iit-partner"] svg').first().waitFor();
		await openView(page, 'sectors');
		expect(await page.locator('[data-testid="sector-table"] [data-sector]').count()).toBe(15);
		for (const chart of ['chart-composition-sector', 'chart-quality-sector']) {
			await page
				.locator(`[data-testid="${chart}"] canvas, [data-testid="${chart}"] svg`)
				.first()
				.waitFor();
		}
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});

describe('slice workers', () => {
	/** The partner table's GHM and FF figures of a few partners, after the big file is read. */
	async function bigFileFigures(
		query: string
	): Promise<{ figures: string[]; slices: number; cores: number }> {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		let slices = 0;
		page.on('worker', async (worker) => {
			if ((await worker.evaluate(() => self.name).catch(() => '')) === 'iit-slice') slices++;
		});
		await page.goto(watched.baseUrl + '/' + query);
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(await bigFile());
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await page.locator('[data-testid="download-csv"]').waitFor({ timeout: 60_000 });
		// Every partner row's raw GHM and FF figures, as `partner column value` lines.
		const figures = await page
			.locator('[data-testid="partner-table"] [data-partner] [data-col$="-iit"]')
			.evaluateAll((cells) =>
				cells.map(
					(cell) =>
						`${cell.closest('[data-partner]')?.getAttribute('data-partner')} ${cell.getAttribute('data-col')} ${cell.getAttribute('data-value')}`
				)
			);
		const cores = await page.evaluate(() => navigator.hardwareConcurrency);
		expect(watched.foreignRequests()).toEqual([]);
		await watched.context.close();
		return { figures, slices, cores };
	}

	it('read a large file in slices, with the figures of one worker', async () => {
		const pooled = await bigFileFigures('');
		const alone = await bigFileFigures('?threads=1');
		// One slice worker per core, and slices of at least 16 MB: 6 at most for the 100 MB file.
		expect(pooled.slices).toBe(Math.min(pooled.cores, 6));
		expect(alone.slices).toBe(0);
		expect(pooled.figures.length).toBeGreaterThanOrEqual(20);
		expect(pooled.figures.some((line) => / ff-iit [1-9]/.test(line))).toBe(true);
		expect(pooled.figures).toEqual(alone.figures);
	});

	it('say so when one of them dies, and the next file works without a reload', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		const slice = workerNamed(page, 'iit-slice');
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(await bigFile());
		await (
			await slice
		).evaluate(() => {
			queueMicrotask(() => {
				throw new Error('simulated crash');
			});
		});
		await page.locator('[data-testid="error"]').waitFor();
		expect(await page.locator('[data-testid="error"]').innerText()).toMatch(/stopped|crash/i);
		await page
			.locator('[data-testid="file-input"]')
			.setInputFiles('test/fixtures/e2e/baci-small.csv');
		await waitForResults(page, 'DEU');
		expect(await page.locator('[data-testid="error"]').count()).toBe(0);
		await watched.context.close();
	});
});

describe('faults', () => {
	it('cancels a long read, says so, and analyses the next file', async () => {
		const big = await bigFile();

		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(big);
		await page.locator('[data-testid="progress"]').waitFor();
		await page.locator('[data-testid="cancel"]').click();
		await page.locator('[data-testid="cancelled"]').waitFor();

		await page
			.locator('[data-testid="file-input"]')
			.setInputFiles('test/fixtures/e2e/baci-small.csv');
		await waitForResults(page, 'DEU');
		expect(watched.foreignRequests()).toEqual([]);
		await watched.context.close();
	});

	it('says so when the worker dies mid-read, and the next file works without a reload', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(await bigFile());
		await page.locator('[data-testid="progress"]').waitFor();
		// A crash inside the worker (as when it runs out of memory): an uncaught error there. A
		// microtask, not a timer: a read whose chunks are all in memory never yields to timers.
		const worker = await workerNamed(page, 'iit-analysis');
		await worker.evaluate(() => {
			queueMicrotask(() => {
				throw new Error('simulated crash');
			});
		});
		await page.locator('[data-testid="error"]').waitFor();
		expect(await page.locator('[data-testid="error"]').innerText()).toMatch(/stopped|crash|parou/i);
		await expectRecovered(page);
		await watched.context.close();
	});

	it('analyses the second of two files dropped one after the other, not the first', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(await bigFile());
		await page.locator('[data-testid="progress"]').waitFor();
		await page
			.locator('[data-testid="file-input"]')
			.setInputFiles('test/fixtures/e2e/baci-small.csv');
		await waitForResults(page, 'DEU');
		// The small file's hand-computed figure (baci-small.test.ts), not the big file's.
		expect(await partnerValue(page, 'USA', 'ghm-iit')).toBe(150_000);
		expect(await page.locator('[data-testid="selected-files"]').innerText()).not.toContain(
			'big-baci'
		);
		expect(await page.locator('[data-testid="error"]').count()).toBe(0);
		expect(await page.locator('[data-testid="cancelled"]').count()).toBe(0);
		await watched.context.close();
	});

	it('shows a file name and header cells with markup as text, never as markup', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		const name = '<img src=x onerror="window.__pwned=1">.csv';
		await page.locator('[data-testid="file-input"]').setInputFiles({
			name,
			mimeType: 'text/csv',
			buffer: Buffer.from('<b>year</b>,<img src=y onerror="window.__pwned=2">,value\n2020,x,1\n')
		});
		await page.locator('[data-testid="selected-files"]', { hasText: name }).waitFor();
		// A header no format knows: the message (or the column-mapping step) quotes the header.
		await page.locator('[data-testid="error"], [data-testid="mapping-step"]').first().waitFor();
		expect(await page.locator('main').innerHTML()).toContain('&lt;b&gt;year&lt;/b&gt;');
		expect(await page.locator('main img, main b').count()).toBe(0);
		expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	it('names the file when it is not a trade CSV, and stays usable', async () => {
		const png = join(dir, 'photo.csv');
		await writeFile(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(png);
		const error = page.locator('[data-testid="error"]');
		await error.waitFor();
		expect(await error.textContent()).toContain('photo.csv');

		await page
			.locator('[data-testid="file-input"]')
			.setInputFiles('test/fixtures/e2e/baci-small.csv');
		await waitForResults(page, 'DEU');
		await watched.context.close();
	});
});
