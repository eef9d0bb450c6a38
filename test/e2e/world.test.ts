import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORLD_CSV } from '../engine/world/world-file';
import { launchBrowser, openWatchedPage } from './browser';

/*
 * The hand-worked world file of test/engine/world/world-file.ts (BRA, ARG, USA). At α 15 %:
 * ARG looking at BRA, trade 383 000: GHM VIIT-sup 172 000 (2022 footwear, R(ARG) = 1/0.86 ≈ 1.1628),
 * HIIT 174 000; BRA looking at ARG: GHM HIIT 346 000. FF: ARG VIIT-sup 186 000.
 * At α 25 % every BRA–ARG overlap is HIIT from ARG too (1.1628 ≤ 1.25): 346 000.
 */

/** The raw number behind a cell of a world table (its data-value). */
async function cellValue(page: Page, table: string, row: string, column: string): Promise<number> {
	const cell = page.locator(
		`[data-testid="${table}"] [data-row="${row}"] [data-col="${column}"], [data-testid="${table}"] [data-summary="${row}"] [data-col="${column}"]`
	);
	const raw = await cell.first().getAttribute('data-value');
	if (raw === null) throw new Error(`no data-value for ${table} ${row} ${column}`);
	return Number(raw);
}

describe('the world page', () => {
	let browser: Browser;
	let file: string;
	beforeAll(async () => {
		browser = await launchBrowser();
		file = join(await mkdtemp(join(tmpdir(), 'iit-world-')), 'baci-world-2022.csv');
		await writeFile(file, WORLD_CSV);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('reads a BACI world file, shows the pair matrix, the table and a pair from both sides', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/world/');
		await page.locator('[data-testid="file-input"]').setInputFiles(file);
		await page.locator('[data-testid="world-matrix-chart"] svg').waitFor();

		expect(await page.locator('[data-testid="world-keys"]').getAttribute('data-value')).toBe('6');
		expect(
			Number(await page.locator('[data-testid="world-total"]').getAttribute('data-value'))
		).toBe(525_000);
		expect(await cellValue(page, 'world-pairs', 'ARG>BRA', 'trade')).toBe(383_000);
		expect(await cellValue(page, 'world-pairs', 'ARG>BRA', 'viitSup')).toBe(172_000 / 383_000);
		expect(await cellValue(page, 'world-pairs', 'BRA>ARG', 'hiit')).toBe(346_000 / 383_000);

		// FF is read off the same matrix.
		await page.locator('[data-testid="world-method"]').selectOption('ff');
		await expect
			.poll(() => cellValue(page, 'world-pairs', 'ARG>BRA', 'viitSup'))
			.toBe(186_000 / 383_000);
		await page.locator('[data-testid="world-method"]').selectOption('ghm');

		// A row opens the pair by sector: ARG's view first, then BRA's.
		await page.locator('[data-testid="world-pairs"] [data-row="ARG>BRA"] button').click();
		await page.locator('[data-testid="world-detail-0"]').waitFor();
		expect(await cellValue(page, 'world-detail-0', '2022-footwear', 'viitSup')).toBe(
			172_000 / 186_000
		);
		expect(await cellValue(page, 'world-detail-1', '2022-footwear', 'hiit')).toBe(
			172_000 / 186_000
		);
		expect(await cellValue(page, 'world-detail-0', 'total', 'gl')).toBe(346_000 / 383_000);

		// α 25 %: a new matrix from the kept keys, and the open pair follows.
		const alpha = page.locator('[data-testid="world-alpha"]');
		await alpha.fill('25');
		await alpha.press('Enter');
		await alpha.blur();
		await expect
			.poll(() => cellValue(page, 'world-pairs', 'ARG>BRA', 'hiit'))
			.toBe(346_000 / 383_000);
		await expect
			.poll(() => cellValue(page, 'world-detail-0', '2022-footwear', 'hiit'))
			.toBe(172_000 / 186_000);

		await page.locator('[data-testid="world-detail-close"]').click();
		await page.locator('[data-testid="world-detail"]').waitFor({ state: 'detached' });

		// A click on a matrix cell opens that pair too: row USA (3rd), column BRA (1st). The plot
		// spans the chart but for matrix-chart.ts' margins: left 12 + 7 × 3 px, right 16, top 40,
		// bottom 64, in a 240 px high drawing.
		const chart = page.locator('[data-testid="world-matrix-chart"]');
		const box = await chart.boundingBox();
		if (!box) throw new Error('the matrix chart is not laid out');
		const [left, right, top, bottom] = [33, 16, 40, 64];
		const cellWidth = (box.width - left - right) / 3;
		const cellHeight = (box.height - top - bottom) / 3;
		await chart.click({ position: { x: left + cellWidth / 2, y: top + 2.5 * cellHeight } });
		await page.locator('[data-testid="world-detail-0"]').waitFor();
		// USA looking at BRA, α 25 %: the 020130 overlap of 40 000 has no R (q NA), of 90 000 traded.
		expect(await cellValue(page, 'world-detail-0', 'total', 'unclassified')).toBe(40_000 / 90_000);
		expect(await page.locator('#world-detail-title').textContent()).toContain('United States');

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
	});

	it('says clearly when the file is not a BACI world file', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/world/');
		const other = join(await mkdtemp(join(tmpdir(), 'iit-world-')), 'not-baci.csv');
		await writeFile(other, 'year,reporter,partner\n2020,BRA,ARG\n');
		await page.locator('[data-testid="file-input"]').setInputFiles(other);
		await page.locator('[data-testid="error"]').waitFor();
		expect(await page.locator('[data-testid="error"]').textContent()).toContain('not-baci.csv');
		expect(watched.foreignRequests()).toEqual([]);
	});
});
