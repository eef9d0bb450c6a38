/**
 * Every view, in each language, as a person uses them: drop a file, click through the tabs, read
 * the numbers, drill down to products, export a chart and a table, open the report. The numbers
 * are worked by hand from baci-small.csv (see baci-small.test.ts for the keys):
 *
 *   2020 USA 640399  X 200 000 (10 t)  M 100 000 (10 t)  R = 2          T 300 000
 *   2020 USA 847130  X  50 000 (1 t)   M  60 000 (1 t)   R = 5/6        T 110 000
 *   2020 DEU 020130  X  30 000 (3 t)   M   2 000 (no q)  R undefined    T  32 000
 *   2021 DEU 847130  X  40 000 (2 t)   M  40 000 (2 t)   R = 1          T  80 000
 *   Σ T = 522 000.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent, LOCALES, translate, type Locale } from '../../src/lib/i18n';
import { launchBrowser, openWatchedPage } from './browser';
import { openView, waitForResults } from './page-helpers';

const FIXTURE = resolve('test/fixtures/e2e/baci-small.csv');
const TOTAL_TRADE = 522_000;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The raw number behind a cell: `within` narrows to a table, `row` to a row, `col` to a column. */
async function valueAt(page: Page, within: string, row: string, col: string): Promise<number> {
	const cell = page.locator(`[data-testid="${within}"] ${row} [data-col="${col}"]`).first();
	await cell.waitFor();
	const raw = await cell.getAttribute('data-value');
	if (raw === null || raw === '') throw new Error(`no value in ${within} ${row} ${col}`);
	return Number(raw);
}

/** Clicks a download button and returns the downloaded bytes. */
async function download(page: Page, testid: string): Promise<Buffer> {
	const event = page.waitForEvent('download');
	await page.locator(`[data-testid="${testid}"]`).click();
	const path = await (await event).path();
	return readFile(path);
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/** The pages of a PDF Chromium printed (its page objects: `/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
}

describe.each(LOCALES)('every view in %s', (locale: Locale) => {
	it('walks through the views with hand-computed numbers, exports, drills down, prints', async () => {
		const watched = await openWatchedPage(browser, { locale });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await waitForResults(page, 'DEU');

		// The tabs speak the browser's language.
		for (const view of ['partners', 'sensitivity', 'products'] as const) {
			expect(await page.locator(`[data-testid="tab-${view}"]`).textContent()).toBe(
				translate(locale, `view.${view}`)
			);
		}

		// Table 5 at α = 15 % and 25 % (GHM): only USA footwear has VIIT-sup above VIIT-inf
		// (R = 2 at both α); USA machinery is VIIT-inf at 15 % and horizontal at 25 %.
		await openView(page, 'dominance');
		const dominance = '[data-sector="footwear"][data-partner="USA"]';
		expect(await valueAt(page, 'dominance-table', dominance, 'share-a')).toBe(1);
		expect(await valueAt(page, 'dominance-table', dominance, 'share-b')).toBe(1);
		expect(await page.locator('[data-testid="dominance-table"] tbody tr').count()).toBe(1);

		// Annual series: the whole selection's GHM IIT index in 2020 is
		// (200 000 + 100 000 + 4 000) / 442 000; 2021: 80 000 / 80 000.
		await openView(page, 'series');
		await page.locator('[data-testid="series-chart"] svg').first().waitFor();
		expect(await valueAt(page, 'series-table', '[data-row="2020"]', 'row-total-ghm')).toBeCloseTo(
			304_000 / 442_000,
			12
		);
		expect(await valueAt(page, 'series-table', '[data-row="2021"]', 'row-total-ghm')).toBe(1);
		const svg = await download(page, 'series-chart-svg');
		expect(svg.toString('utf8')).toContain('<svg');
		// The file says what it shows, shared alone: its title and the numbers' settings and source.
		const [alpha, theta] = [0.15, 0.1].map((ratio) => formatPercent(locale, ratio, 0));
		const credit = `${translate(locale, 'method.both')} · α ${alpha} · θ ${theta} · 2020–2021`;
		expect(svg.toString('utf8')).toContain(`>${credit} · BACI (CEPII) · IIT Explorer</text>`);

		// Heatmap: USA × footwear GHM index = 200 000 / 300 000 (the only year with that trade).
		await openView(page, 'heatmap');
		await page.locator('[data-testid="heatmap-chart"] svg').first().waitFor();
		const heat = page.locator(
			'[data-testid="heatmap-table"] [data-partner="USA"][data-sector="footwear"]'
		);
		expect(Number(await heat.getAttribute('data-value'))).toBeCloseTo(2 / 3, 12);

		// Relative quality: USA ln R weighted by T over its two keys with R; DEU's only key with R
		// has R = 1; the total adds both.
		await openView(page, 'quality');
		const usaLnR = (300_000 * Math.log(2) + 110_000 * Math.log(5 / 6)) / 410_000;
		expect(await valueAt(page, 'quality-partner-table', '[data-row="USA"]', 'meanLnR')).toBeCloseTo(
			usaLnR,
			12
		);
		expect(await valueAt(page, 'quality-partner-table', '[data-row="USA"]', 'weight')).toBe(
			410_000
		);
		expect(await valueAt(page, 'quality-partner-table', '[data-row="DEU"]', 'meanLnR')).toBe(0);
		expect(
			await valueAt(page, 'quality-partner-table', '[data-summary="total"]', 'premium')
		).toBeCloseTo(Math.exp((410_000 * usaLnR) / 490_000) - 1, 12);

		// Sensitivity: shares of Σ T. At α = 15 % GHM VIIT-sup is 200 000; at 20 % R = 5/6 ≥ 0.8
		// makes USA 847130's overlap horizontal: 100 000 + DEU's 80 000.
		await openView(page, 'sensitivity');
		await page.locator('[data-testid="sensitivity-alpha-chart"] svg').first().waitFor();
		expect(
			await valueAt(page, 'sensitivity-table', '[data-alpha="0.15"]', 'ghm-viit-sup')
		).toBeCloseTo(200_000 / TOTAL_TRADE, 12);
		expect(await valueAt(page, 'sensitivity-table', '[data-alpha="0.15"]', 'ghm-hiit')).toBeCloseTo(
			80_000 / TOTAL_TRADE,
			12
		);
		expect(await valueAt(page, 'sensitivity-table', '[data-alpha="0.2"]', 'ghm-hiit')).toBeCloseTo(
			180_000 / TOTAL_TRADE,
			12
		);
		const png = await download(page, 'sensitivity-alpha-chart-png');
		expect(png.subarray(0, 4).equals(PNG_MAGIC)).toBe(true);

		// Robustness (METHODS 7.6): the paper's row is the sensitivity at α = 15 %, the α 25 % row its
		// point at 0.25; the CSV is the CLI's (header and one line per setting).
		await openView(page, 'robustness');
		expect(
			await valueAt(page, 'robustness-table', '[data-row="paper"]', 'ghm-viitSup')
		).toBeCloseTo(200_000 / TOTAL_TRADE, 12);
		expect(await valueAt(page, 'robustness-table', '[data-row="paper"]', 'ghm-hiit')).toBeCloseTo(
			80_000 / TOTAL_TRADE,
			12
		);
		const robustnessCsv = (await download(page, 'robustness-csv')).toString('utf8');
		expect(robustnessCsv.split('\n')[0]).toMatch(/^setting,change,trade_per_year,ghm_iit_index,/);
		expect(robustnessCsv.trimEnd().split('\n')).toHaveLength(10);
		// Printed, the view is one A4 page with the dataset's facts above it: the table whole, the
		// controls left out (CSV buttons, the cells' download, the first visit's guide).
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		await page.emulateMedia({ media: 'print' });
		for (const control of ['robustness-csv', 'download-csv', 'guide']) {
			expect(await page.locator(`[data-testid="${control}"]`).isVisible(), control).toBe(false);
		}
		await page.emulateMedia({ media: 'screen' });

		// Marginal IIT 2020 → 2021: USA |ΔX − ΔM| = 100 000 + 10 000 over gross 300 000 + 110 000;
		// DEU 28 000 + 0 over 32 000 + 80 000.
		await openView(page, 'marginal');
		expect(await valueAt(page, 'marginal-partner-table', '[data-row="USA"]', 'a')).toBeCloseTo(
			1 - 110_000 / 410_000,
			12
		);
		expect(await valueAt(page, 'marginal-partner-table', '[data-row="DEU"]', 'a')).toBeCloseTo(
			0.75,
			12
		);
		const csv = (await download(page, 'marginal-partner-table-csv')).toString('utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(5); // header, USA, DEU, total, final line break

		// Drill down from the partner table to the USA's products: R of each key.
		await openView(page, 'partners');
		await page.locator('[data-testid="partner-table"] [data-partner="USA"] button').click();
		await page.locator('[data-testid="panel-products"]').waitFor();
		const products = '[data-testid="products-table"]';
		await page.locator(`${products} [data-product="640399"]`).waitFor();
		expect(await page.locator(`${products} tbody tr`).count()).toBe(2);
		expect(await valueAt(page, 'products-table', '[data-product="640399"]', 'r')).toBe(2);
		expect(await valueAt(page, 'products-table', '[data-product="847130"]', 'r')).toBeCloseTo(
			5 / 6,
			15
		);

		// The ledger and the printable report.
		await openView(page, 'ledger');
		await page.locator('[data-testid="ledger"]').waitFor();
		await page.locator('[data-testid="open-report"]').click();
		await page.locator('[data-testid="report-settings"]').waitFor();
		expect(await page.locator('[data-testid="report"] [data-testid="partner-table"]').count()).toBe(
			1
		);
		// The report's robustness table: the paper's row as in its view; at α 25 % USA 847130
		// (R = 5/6 ≥ 0.75) joins DEU's 80 000 in HIIT: 100 000 + 80 000.
		const reportRow = (id: string) => `[data-testid="robustness-table"] [data-row="${id}"]`;
		expect(await valueAt(page, 'report', reportRow('paper'), 'ghm-viitSup')).toBeCloseTo(
			200_000 / TOTAL_TRADE,
			12
		);
		expect(await valueAt(page, 'report', reportRow('alpha-25'), 'ghm-hiit')).toBeCloseTo(
			180_000 / TOTAL_TRADE,
			12
		);
		expect(
			await page.locator('[data-testid="report"] [data-testid="robustness-table"] tbody tr').count()
		).toBe(9);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-testid="print-report"]').isVisible()).toBe(false);
		expect(
			await page.locator('[data-testid="report"] [data-testid="robustness-csv"]').isVisible()
		).toBe(false);
		// No on-screen control prints: column-set toggles, table downloads.
		expect(await page.locator('[data-testid="report"] .sets').first().isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.locator('[data-testid="close-report"]').click();
		await page.locator('[data-testid="panel-ledger"]').waitFor(); // back where the user was

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});

describe('filters, groups and the language switch', () => {
	it('narrows every view by chapter, shows groups as rows, builds a custom group', async () => {
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await waitForResults(page, 'DEU');
		const partner = (id: string, col: string) =>
			valueAt(page, 'partner-table', `[data-partner="${id}"]`, col);

		// Chapter 84 only: USA keeps 847130's overlap 100 000 (2020), DEU its 80 000 (2021);
		// annual averages over two years.
		await page.locator('[data-testid="filter-chapters"]').fill('84');
		await page.locator('[data-testid="filter-chapters"]').press('Enter');
		await expect.poll(() => partner('USA', 'ghm-iit'), { timeout: 10_000 }).toBe(50_000);
		expect(await partner('DEU', 'ghm-iit')).toBe(40_000);
		await page.locator('[data-testid="filter-chapters"]').fill('');
		await page.locator('[data-testid="filter-chapters"]').press('Enter');
		await expect.poll(() => partner('USA', 'ghm-iit'), { timeout: 10_000 }).toBe(150_000);

		// Groups as rows: both partners are OECD members; the OECD row adds their IIT.
		await page.locator('[data-testid="filter-rows"]').selectOption('group');
		await expect.poll(() => partner('oecd', 'ghm-iit'), { timeout: 10_000 }).toBe(192_000);

		// A custom group of the USA alone becomes a row with the USA's figures.
		await page.locator('[data-testid="group-editor"] summary').click();
		await page.locator('[data-testid="group-name"]').fill('Americas');
		await page.locator('[data-testid="group-members"]').selectOption('USA');
		await page.locator('[data-testid="group-add"]').click();
		await expect.poll(() => partner('custom:Americas', 'ghm-iit')).toBe(150_000);

		// The partner filter narrows every view to one country: the sector table of DEU alone.
		await page.locator('[data-testid="filter-rows"]').selectOption('partner');
		await page.locator('[data-testid="filter-partners"]').selectOption('country:DEU');
		await openView(page, 'sectors');
		const sector = (id: string) =>
			valueAt(page, 'sector-table', `[data-sector="${id}"]`, 'ghm-iit');
		expect(await sector('machinery')).toBe(40_000);
		expect(
			await page.locator('[data-testid="sector-table"] [data-sector="footwear"]').count()
		).toBe(0);

		// Switching the language renames the views at once, numbers stay.
		await page.locator('[data-testid="lang-select"]').selectOption('es');
		expect(await page.locator('[data-testid="tab-sectors"]').textContent()).toBe(
			translate('es', 'view.sectors')
		);
		expect(await sector('machinery')).toBe(40_000);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
