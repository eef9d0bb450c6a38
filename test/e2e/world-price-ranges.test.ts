import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANGES_CSV } from '../worker/world-ranges-file';
import { launchBrowser, openWatchedPage } from './browser';

/*
 * The hand-worked file of test/worker/world-ranges-file.ts (BRA, ARG, USA; every reference
 * 100 000 USD/t in 2022). At α 15 %, every year:
 *   BRA 160 000: middle 110/160, down 50/160.  ARG 104 000: up 20/104, down 84/104.
 *   USA 270 000: up 40/240, middle 200/240 of ranked; unranked 30/270 of the exports.
 * Partner BRA: ARG 84 000 all down, USA 240 000 (up 1/6). α 25 %: ARG→BRA 84 000 is middle.
 * Pair BRA–USA: BRA→USA machinery 50 000 (UV 50 000, down); USA→BRA machinery 200 000 (UV
 *   100 000, middle) and footwear 40 000 (UV 200 000, up).
 */

/** The raw number behind a cell (its data-value). */
async function cellValue(page: Page, table: string, row: string, column: string): Promise<number> {
	const cell = page.locator(
		`[data-testid="${table}"] [data-row="${row}"] [data-col="${column}"], [data-testid="${table}"] [data-summary="${row}"] [data-col="${column}"]`
	);
	const raw = await cell.first().getAttribute('data-value');
	if (raw === null) throw new Error(`no data-value for ${table} ${row} ${column}`);
	return Number(raw);
}

/** The table's row ids, in the order shown. */
const rowIds = (page: Page, table: string) =>
	page
		.locator(`[data-testid="${table}"] tbody tr[data-row]`)
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')));

describe('the world price ranges', () => {
	let browser: Browser;
	let file: string;
	beforeAll(async () => {
		browser = await launchBrowser();
		file = join(await mkdtemp(join(tmpdir(), 'iit-ranges-')), 'BACI_HS17_Y2022_V202501.csv');
		await writeFile(file, RANGES_CSV);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows each exporter by range, filters, sorts, downloads and follows α', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/world/');
		await page.locator('[data-testid="file-input"]').setInputFiles(file);
		await page.locator('[data-testid="world-matrix-chart"] svg').waitFor();

		const toggle = page.locator('[data-testid="world-ranges-toggle"]');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		const table = 'world-ranges-table';
		await page.locator(`[data-testid="${table}"] [data-row="USA"]`).waitFor();

		expect(await cellValue(page, table, 'BRA', 'value')).toBe(160_000);
		expect(await cellValue(page, table, 'BRA', 'middle')).toBe(110 / 160);
		expect(await cellValue(page, table, 'BRA', 'down')).toBe(50 / 160);
		expect(await cellValue(page, table, 'BRA', 'up')).toBe(0);
		expect(await cellValue(page, table, 'ARG', 'up')).toBe(20 / 104);
		expect(await cellValue(page, table, 'ARG', 'down')).toBe(84 / 104);
		expect(await cellValue(page, table, 'USA', 'up')).toBeCloseTo(1 / 6, 15);
		expect(await cellValue(page, table, 'USA', 'unranked')).toBeCloseTo(1 / 9, 15);
		expect(await cellValue(page, table, 'world', 'value')).toBe(534_000);
		// 110 000 of 160 000 middle reads 68.8 % in English (one decimal).
		const middle = page.locator(`[data-testid="${table}"] [data-row="BRA"] [data-col="middle"]`);
		expect(await middle.textContent()).toBe('68.8%');

		// Sorted by the up-market share, largest first: ARG 19.2 %, USA 16.7 %, BRA 0.
		await page.locator(`[data-testid="${table}"] thead button`, { hasText: 'Up-market' }).click();
		expect(await rowIds(page, table)).toEqual(['ARG', 'USA', 'BRA']);

		// The CSV holds what is shown, in that order, with the raw shares.
		const download = page.waitForEvent('download');
		await page.locator(`[data-testid="${table}-csv"]`).click();
		const csv = (await readFile(await (await download).path(), 'utf8')).trim().split(/\r?\n/);
		expect(csv).toHaveLength(5); // header, three exporters, the world
		expect(csv[1]).toBe(`Argentina,104000,${20 / 104},0,${84 / 104},0`);
		expect(csv[4]).toMatch(/^World,534000,/);

		// Partner Brazil: ARG 84 000 all down, USA 240 000; Brazil itself exports nothing to itself.
		await page.locator('[data-testid="world-ranges-partner"]').selectOption({ label: 'Brazil' });
		// Still sorted by the up-market share: USA 1/6 before ARG 0.
		await expect.poll(() => rowIds(page, table)).toEqual(['USA', 'ARG']);
		expect(await cellValue(page, table, 'ARG', 'down')).toBe(1);
		expect(await cellValue(page, table, 'USA', 'value')).toBe(240_000);
		expect(await page.locator(`[data-testid="${table}"] caption`).textContent()).toContain(
			'to Brazil'
		);

		// Every partner, machinery only; then the year 2021 (BRA→ARG footwear 10 000 alone).
		await page.locator('[data-testid="world-ranges-partner"]').selectOption({ index: 0 });
		await page.locator('[data-testid="world-ranges-sector"]').selectOption('machinery');
		await expect.poll(() => cellValue(page, table, 'USA', 'value')).toBe(200_000);
		expect(await cellValue(page, table, 'BRA', 'down')).toBe(1);
		await page.locator('[data-testid="world-ranges-sector"]').selectOption({ index: 0 });
		await page.locator('[data-testid="world-ranges-year"]').selectOption('2021');
		await expect.poll(() => rowIds(page, table)).toEqual(['BRA']);
		expect(await cellValue(page, table, 'BRA', 'middle')).toBe(1);
		await page.locator('[data-testid="world-ranges-year"]').selectOption({ index: 0 });

		// α 25 % (the page's α): ARG→BRA 84 000 ≥ 80 000 is middle-market now.
		const alpha = page.locator('[data-testid="world-alpha"]');
		await alpha.fill('25');
		await alpha.press('Enter');
		await alpha.blur();
		await expect.poll(() => cellValue(page, table, 'ARG', 'middle')).toBe(84 / 104);
		expect(await cellValue(page, table, 'ARG', 'down')).toBe(0);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
	});

	it("shows a pair's ranges by sector and its flows against the world reference", async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/world/');
		await page.locator('[data-testid="file-input"]').setInputFiles(file);
		await page.locator('[data-testid="world-pairs"] [data-row="USA>BRA"] button').click();
		await page.locator('[data-testid="world-detail-ranges-flows"]').waitFor();

		const sectors = 'world-detail-ranges-sectors';
		// USA looking at BRA: direction 0 is USA→BRA (footwear up, machinery middle).
		expect(await cellValue(page, sectors, '0-2022-footwear', 'up')).toBe(1);
		expect(await cellValue(page, sectors, '0-2022-machinery', 'middle')).toBe(1);
		expect(await cellValue(page, sectors, '1-2022-machinery', 'down')).toBe(1);
		expect(await cellValue(page, sectors, 'total-0', 'value')).toBe(240_000);
		expect(await cellValue(page, sectors, 'total-0', 'up')).toBe(40 / 240);

		const flows = 'world-detail-ranges-flows';
		expect(await rowIds(page, flows)).toEqual(['0-2022-847130', '1-2022-847130', '0-2022-640399']);
		expect(await cellValue(page, flows, '1-2022-847130', 'unitValue')).toBe(50_000);
		expect(await cellValue(page, flows, '1-2022-847130', 'reference')).toBe(100_000);
		expect(await cellValue(page, flows, '1-2022-847130', 'ratio')).toBe(0.5);
		const range = page.locator(
			`[data-testid="${flows}"] [data-row="0-2022-640399"] [data-col="range"]`
		);
		expect(await range.textContent()).toBe('Up-market');

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
	});

	it('fits a phone screen', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(watched.baseUrl + '/world/');
		await page.locator('[data-testid="file-input"]').setInputFiles(file);
		await page.locator('[data-testid="world-ranges-toggle"]').click();
		const table = 'world-ranges-table';
		await page.locator(`[data-testid="${table}"] [data-row="USA"]`).waitFor();
		expect(await cellValue(page, table, 'BRA', 'middle')).toBe(110 / 160);

		// The page does not scroll sideways: the table scrolls in its own region.
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		for (const id of ['world-ranges-partner', 'world-ranges-sector', 'world-ranges-toggle']) {
			const box = await page.locator(`[data-testid="${id}"]`).boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
		}
		await page.locator('[data-testid="world-ranges-sector"]').selectOption('footwear');
		// Footwear: USA 40 000 up + 30 000 unranked, so 3/7 of its exports are unranked.
		await expect.poll(() => cellValue(page, table, 'USA', 'unranked')).toBe(30 / 70);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
	});
});
