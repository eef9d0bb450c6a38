import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClassify } from '../../src/cli/classify';
import { launchBrowser, openWatchedPage } from './browser';
import { openView, partnerValue, waitForResults } from './page-helpers';

const FIXTURE = resolve('test/fixtures/e2e/baci-small.csv');

/*
 * baci-small.csv, reporter Brazil (76), values ×1000 USD, worked out by hand:
 * 2020 USA 640399: X 200 000 (10 t), M 100 000 (10 t) → R = 20 000 / 10 000 = 2
 *   GHM: overlap 200 000 VIIT-sup, one-way 100 000.   FF: two-way, 300 000 VIIT-sup.
 * 2020 USA 847130: X 50 000 (1 t), M 60 000 (1 t) → R = 0.8333…
 *   α 15%: GHM 100 000 VIIT-inf (R < 0.85), FF 110 000 VIIT-inf (R < 1/1.15)
 *   α 25%: GHM 100 000 HIIT (R ≥ 0.75), FF 110 000 HIIT (R ≥ 0.8); GHM one-way 10 000.
 * 2020 DEU 020130: X 30 000 (3 t), M 2 000 (q NA) → GHM 4 000 unclassified + 28 000 one-way;
 *   FF 2 000 / 30 000 ≤ 10% → 32 000 one-way.
 * 2021 DEU 847130: X = M = 40 000 (2 t) → R = 1 → 80 000 HIIT in both.
 * Dropped: 842→276 (other pair), 9999AA (not HS).
 */
const EXPECTED_CELLS_15 = [
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier',
	'2020,DEU,animal,32000,28000,0,0,0,4000,32000,0,0,0,0,30000,2000,0,0',
	'2020,USA,footwear,300000,100000,0,200000,0,0,0,0,300000,0,0,200000,100000,0,0',
	'2020,USA,machinery,110000,10000,0,0,100000,0,0,0,0,110000,0,50000,60000,0,0',
	'2021,DEU,machinery,80000,0,80000,0,0,0,0,80000,0,0,0,40000,40000,0,0',
	''
].join('\n');

async function cliCells(alpha: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'iit-cli-'));
	const out = join(dir, 'cells.csv');
	await runClassify(
		['--reporter', 'BRA', '--alpha', alpha, FIXTURE, '--out', out],
		new PassThrough()
	);
	return readFile(out, 'utf8');
}

describe('dropping a BACI file', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows hand-computed numbers, downloads the CLI cells, and reclassifies on α', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA'); // the demo is analysed first

		await page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await waitForResults(page, 'DEU');

		// Annual averages over 2020–2021 (|Y| = 2).
		expect(await partnerValue(page, 'USA', 'ghm-iit')).toBe(150_000);
		expect(await partnerValue(page, 'USA', 'ghm-viit')).toBe(150_000);
		expect(await partnerValue(page, 'USA', 'ghm-hiit')).toBe(0);
		expect(await partnerValue(page, 'USA', 'ff-iit')).toBe(205_000);
		expect(await partnerValue(page, 'DEU', 'ghm-iit')).toBe(42_000);
		// DEU GHM index: mean of 4 000 / 32 000 and 80 000 / 80 000.
		await page.locator('[data-testid="partner-table-set-index"]').click();
		expect(await partnerValue(page, 'DEU', 'ghm-iit-index')).toBeCloseTo(0.5625, 12);
		// GLC and Aquino's Q beside it (METHODS 7.3), Q from the worker's keys. USA trades in 2020 only:
		// GLC = 300 000 / (410 000 − 90 000) = 15/16; Q = 1 − 71 750 / 410 000 = 33/40
		// (test/worker/analysis-api.test.ts works it out key by key).
		expect(await partnerValue(page, 'USA', 'glc')).toBeCloseTo(15 / 16, 12);
		await page
			.locator(
				'[data-testid="partner-table"] [data-partner="USA"] [data-col="aquino_q"]:not([data-value="NaN"])'
			)
			.waitFor();
		expect(await partnerValue(page, 'USA', 'aquino_q')).toBeCloseTo(33 / 40, 12);

		const download = page.waitForEvent('download');
		await page.locator('[data-testid="download-csv"]').click();
		const file = await (await download).path();
		const downloaded = await readFile(file, 'utf8');
		expect(downloaded).toBe(EXPECTED_CELLS_15);
		expect(downloaded).toBe(await cliCells('0.15'));

		await page.locator('[data-testid="partner-table-set-volumes"]').click();
		await page.locator('[data-testid="alpha-25"]').click();
		await expect
			.poll(() => partnerValue(page, 'USA', 'ghm-hiit'), { timeout: 10_000 })
			.toBe(50_000);
		expect(await partnerValue(page, 'USA', 'ghm-viit')).toBe(100_000);

		await openView(page, 'ledger');
		const ledger = page.locator('[data-testid="ledger"]');
		await expect.poll(() => ledger.textContent()).toMatch(/10/);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
