import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser';
import { openView, partnerValue, waitForResults } from './page-helpers';

/**
 * Files as they really come (issue 14), dropped as a person drops them: a current BACI release
 * (Italy coded 380, a code no table knows), Trade Map's HTML ".xls" exports + imports pair on a
 * phone, and a real Trade Map download that holds no HS6 trade by partner.
 */
const TM = 'test/fixtures/trade-map/Trade_Map_-_';
const EXPORTS_XLS = 'List_of_products_exported_by_Brazil_to_Argentina.xls';
const IMPORTS_XLS = 'List_of_products_imported_by_Brazil_from_Argentina.xls';
// An excerpt of the real download (test/fixtures/trade-map/real/README.md names its source).
const ALGERIA_XLS = resolve(
	'test/fixtures/trade-map/real/Trade_Map_-_List_of_importing_markets_for_the_product_exported_by_Algeria_in_2024_(Mirror).xls'
);

/**
 * BACI V202301 style: Italy is 380 (381 before), 999 is in no table. Values ×1000 USD, q in t.
 * ITA 847130 X 40 000 (2 t) M 40 000 (2 t): R = 1 → HIIT; GHM overlap 80 000, FF two-way 80 000.
 * ITA 870323 X 30 000, no M → one-way 30 000. ITA trade 110 000, IIT 80 000 in both methods.
 * 999 640399 X 20 000 (1 t) M 10 000 (1 t): R = 2 → VIIT-sup; GHM overlap 20 000;
 *   FF 10 000 / 20 000 = 0.5 > θ → two-way 30 000. 999: 2 rows, 30 000 USD.
 * One year, so the annual averages are these values.
 */
const BACI_V202301 = [
	't,i,j,k,v,q',
	'2021,76,380,847130,40,2',
	'2021,380,76,847130,40,2',
	'2021,76,380,870323,30,3',
	'2021,76,999,640399,20,1',
	'2021,999,76,640399,10,1',
	''
].join('\n');

async function tempFile(name: string, content: string): Promise<string> {
	const path = join(await mkdtemp(join(tmpdir(), 'iit-e2e-real-')), name);
	await writeFile(path, content);
	return path;
}

/** Drops files on the page (after the demo) and waits for the partner table to show `partner`. */
async function drop(page: Page, files: string[], partner: string): Promise<void> {
	await waitForResults(page, 'USA'); // the demo is analysed first
	await page.locator('[data-testid="file-input"]').setInputFiles(files);
	await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
	await waitForResults(page, partner);
}

/** Text as a person reads it: runs of white space as one space. */
const read = async (page: Page, selector: string) =>
	((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function expectNothingLeft(watched: WatchedPage): Promise<void> {
	expect(watched.foreignRequests()).toEqual([]);
	expect(watched.pageErrors).toEqual([]);
	await watched.context.close();
}

describe('real files as they come', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('names BACI’s Italy 380 as Italy, counts it in EU27 and warns of the unknown code 999', async () => {
		const file = await tempFile('BACI_HS17_Y2021_V202301.csv', BACI_V202301);
		const watched = await openWatchedPage(browser, { locale: 'pt-BR' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await drop(page, [file], 'ITA');

		const italy = page.locator('[data-testid="partner-table"] [data-partner="ITA"] th');
		expect(await italy.first().textContent()).toContain('Itália');
		expect(await partnerValue(page, 'ITA', 'trade')).toBe(110_000);
		expect(await partnerValue(page, 'ITA', 'ghm-iit')).toBe(80_000);
		expect(await partnerValue(page, 'ITA', 'ghm-hiit')).toBe(80_000);
		expect(await partnerValue(page, 'ITA', 'ff-iit')).toBe(80_000);
		// 999 is kept as a partner of its own, under its code.
		expect(await partnerValue(page, '999', 'trade')).toBe(30_000);
		expect(await partnerValue(page, '999', 'ghm-iit')).toBe(20_000);
		expect(await partnerValue(page, '999', 'ff-viit')).toBe(30_000);

		// The warning beside the results names 999 with its 2 rows and 30 000 USD.
		const warning = page.locator('[data-testid="unknown-countries"]');
		expect(await warning.isVisible()).toBe(true);
		expect(await read(page, '[data-testid="unknown-countries"]')).toBe(
			'Códigos de país que nenhuma tabela conhece: 999 (2 linhas, US$ 30.000). ' +
				'O comércio deles foi mantido, cada código como um parceiro à parte, fora de qualquer grupo de países. ' +
				'Para dar nome a eles, solte junto com os dados a tabela de países da versão do BACI (country_codes_V….csv, no zip do BACI).'
		);

		// Rows as country groups: EU27 holds Italy's 110 000 (80 000 IIT); 999 is in no group.
		await page.locator('[data-testid="filter-rows"]').selectOption('group');
		await waitForResults(page, 'eu27');
		expect(await partnerValue(page, 'eu27', 'trade')).toBe(110_000);
		expect(await partnerValue(page, 'eu27', 'ghm-iit')).toBe(80_000);
		expect(await partnerValue(page, 'eu27', 'ff-iit')).toBe(80_000);
		expect(await read(page, '[data-testid="partner-table"] [data-partner="eu27"] th')).toContain(
			'União Europeia (27)'
		);
		// Partners filtered to the EU27 group: Italy alone remains.
		await page.locator('[data-testid="filter-rows"]').selectOption('partner');
		await page.locator('[data-testid="filter-partners"]').selectOption('group:eu27');
		await expect
			.poll(() => page.locator('[data-testid="partner-table"] [data-partner]').count())
			.toBe(1);
		expect(await partnerValue(page, 'ITA', 'trade')).toBe(110_000);
		// Nor can 999 join a group of one's own: the group editor offers Italy alone.
		const members = page.locator('[data-testid="group-members"] option');
		expect(
			await members.evaluateAll((options) => options.map((o) => o.getAttribute('value')))
		).toEqual(['ITA']);

		// The ledger lists 999 with its rows and value.
		await openView(page, 'ledger');
		const row = page.locator('[data-testid="ledger-unknown-countries"] tr[data-code="999"]');
		expect(((await row.textContent()) ?? '').replace(/\s+/g, ' ')).toMatch(/999.*2.*US\$ 30\.000/);

		await expectNothingLeft(watched);
	});

	it('reads a Trade Map HTML ".xls" exports + imports pair on a phone', async () => {
		// As the real Algeria download, the titles state no unit: Trade Map's thousand USD is assumed.
		const dir = await mkdtemp(join(tmpdir(), 'iit-e2e-tm-'));
		const files: string[] = [];
		for (const name of [EXPORTS_XLS, IMPORTS_XLS]) {
			const html = await readFile(resolve(TM + name), 'utf8');
			const silent = html.replace(
				'<tr><td colspan="6"><center>Unit : US Dollar thousand</center></td></tr>',
				''
			);
			expect(silent).not.toContain('Unit :');
			files.push(join(dir, `Trade_Map_-_${name}`));
			await writeFile(files[files.length - 1], silent);
		}

		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(watched.baseUrl + '/');
		await drop(page, files, 'ARG');

		/*
		 * Cells ×1000 USD, no quantities (test/engine/read/formats/trade-map-pairs.test.ts):
		 * 2022 870323 X 120 000 M 80 000; 020230 X 30 000; 100199 M 200 000.
		 * 2023 870323 X 150 000 M 90 000; 100199 M 210 000. TOTAL rows: no HS product.
		 * Trade: 2022 430 000, 2023 450 000 → average 440 000.
		 * GHM overlap 2·min: 160 000 (2022), 180 000 (2023) → 170 000, all unclassified.
		 * FF: 80/120 = 0.67 and 90/150 = 0.6 > θ → two-way 200 000 and 240 000 → 220 000.
		 */
		expect(await partnerValue(page, 'ARG', 'trade')).toBe(440_000);
		expect(await partnerValue(page, 'ARG', 'ghm-iit')).toBe(170_000);
		expect(await partnerValue(page, 'ARG', 'ghm-hiit')).toBe(0);
		expect(await partnerValue(page, 'ARG', 'ghm-viit')).toBe(0);
		expect(await partnerValue(page, 'ARG', 'ff-iit')).toBe(220_000);
		// Index: GHM mean of 160 000 / 430 000 and 180 000 / 450 000 = (0.37209… + 0.4) / 2.
		await page.locator('[data-testid="partner-table-set-index"]').click();
		expect(await partnerValue(page, 'ARG', 'ghm-iit-index')).toBeCloseTo(
			(160 / 430 + 180 / 450) / 2,
			12
		);

		const facts = page.locator('[data-testid="dataset-facts"]');
		expect(await facts.getAttribute('data-format')).toBe('trade-map');
		const assumed = page.locator('[data-testid="value-unit-assumed"]');
		expect(await assumed.isVisible()).toBe(true);
		expect(await read(page, '[data-testid="value-unit-assumed"]')).toBe(
			'The file does not state the unit of its values: Trade Map’s own, thousand US dollars, is used.'
		);
		expect(await facts.textContent()).toContain('thousand USD');
		expect(await page.locator('[data-testid="no-quantities"]').isVisible()).toBe(true);
		// Both tables are named among the files read.
		const factsText = (await facts.textContent()) ?? '';
		expect(factsText).toContain(`Trade_Map_-_${EXPORTS_XLS}`);
		expect(factsText).toContain(`Trade_Map_-_${IMPORTS_XLS}`);
		// Nothing scrolls sideways on the phone (a long quantity-basis option once widened the page).
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);

		await expectNothingLeft(watched);
	});

	it('refuses the real Trade Map Algeria ".xls" with the true reason, not its HTML', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(ALGERIA_XLS);
		const error = page.locator('[data-testid="error"]');
		await error.waitFor();

		const text = (await error.textContent()) ?? '';
		expect(text).toContain(
			'This table lacks what the method needs: imported values, 6-digit (HS6) product codes.'
		);
		// Line 11: the grid's second header row (titles 1–2, legend, spacers, header rows 10–11).
		expect(text).toContain(
			'File Trade_Map_-_List_of_importing_markets_for_the_product_exported_by_Algeria_in_2024_(Mirror).xls, line 11'
		);
		expect(text).not.toMatch(/<!doctype|<html|<table|<td|ctl00_/i);
		// What to download instead is there, in the details.
		await error.locator('summary').click();
		const details = (await error.locator('details').textContent()) ?? '';
		expect(details).toContain('Download in Trade Map');
		expect(details).toContain('"Bilateral trade between Algeria and <partner>"');
		// The page is not blank: the site's name, the refusal and a way to try again are on screen.
		expect(await error.isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'IIT Explorer' }).first().isVisible()).toBe(true);
		expect(await page.locator('button', { hasText: 'choose files' }).isVisible()).toBe(true);
		expect((await page.locator('body').innerText()).length).toBeGreaterThan(200);

		await expectNothingLeft(watched);
	});
});
