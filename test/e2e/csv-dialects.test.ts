/**
 * Every CSV download offers Excel's dialect beside the standard file: in pt-BR, the cells, the
 * partner table and the ledger of baci-small.csv downloaded as "CSV para Excel (;)" hold the
 * hand-computed numbers with `;`, decimal commas, the BOM and CRLF (see baci-small.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';
import { openView, waitForResults } from './page-helpers';

const FIXTURE = resolve('test/fixtures/e2e/baci-small.csv');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Clicks a download button; the file's suggested name and its text (BOM kept). */
async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
	const event = page.waitForEvent('download');
	await page.locator(`[data-testid="${testid}"]`).click();
	const file = await event;
	return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('CSV for Excel (pt-BR, es)', () => {
	it('downloads the cells, a table and the ledger with ; and decimal commas', async () => {
		const watched = await openWatchedPage(browser, { locale: 'pt-BR' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await waitForResults(page, 'DEU');

		const excel = page.locator('[data-testid="download-csv-excel"]');
		expect(await excel.textContent()).toBe('CSV para Excel (;)');
		// At α = 15 %: the four cells of baci-small.test.ts (whole numbers: no decimal comma shows).
		const cells = await download(page, 'download-csv-excel');
		expect(cells.name).toBe('iit-cells-BRA-alpha0.15-theta0.1-excel.csv');
		expect(cells.text.split('\r\n')).toEqual([
			'\uFEFFyear;partner;sector;trade;ghm_oneway;ghm_hiit;ghm_viit_sup;ghm_viit_inf;ghm_unclassified;ff_oneway;ff_hiit;ff_viit_sup;ff_viit_inf;ff_unclassified;exports;imports;ghm_unclassified_outlier;ff_unclassified_outlier',
			'2020;DEU;animal;32000;28000;0;0;0;4000;32000;0;0;0;0;30000;2000;0;0',
			'2020;USA;footwear;300000;100000;0;200000;0;0;0;0;300000;0;0;200000;100000;0;0',
			'2020;USA;machinery;110000;10000;0;0;100000;0;0;0;0;110000;0;50000;60000;0;0',
			'2021;DEU;machinery;80000;0;80000;0;0;0;0;80000;0;0;0;40000;40000;0;0',
			''
		]);

		// The standard file stays the CLI's: no BOM, `,` and LF (baci-small.test.ts compares them).
		const plain = await download(page, 'download-csv');
		expect(plain.name).toBe('iit-cells-BRA-alpha0.15-theta0.1.csv');
		expect(plain.text).toBe(
			cells.text.slice(1).replace(/\r\n/g, '\n').replace(/;/g, ',') // whole numbers only
		);

		// DEU's GHM IIT index: the mean of 4 000 / 32 000 and 80 000 / 80 000 = 0.5625.
		const standard = await download(page, 'partner-table-csv');
		const table = await download(page, 'partner-table-csv-excel');
		expect(standard.name).toBe('iit-partners-BRA.csv');
		expect(table.name).toBe('iit-partners-BRA-excel.csv');
		expect(table.text.startsWith('\uFEFF')).toBe(true);
		const deu = (text: string, separator: string) =>
			text.split('\r\n').find((line) => line.split(separator)[0] === 'Alemanha');
		expect(deu(standard.text, ',')?.split(',')).toContain('0.5625');
		expect(deu(table.text, ';')?.split(';')).toContain('0,5625');
		expect(table.text.split('\r\n').length).toBe(standard.text.split('\r\n').length);

		// The ledger: 8 of 10 rows used, 522 000 USD (×1 000 from the file's thousands).
		await openView(page, 'ledger');
		const ledger = await download(page, 'download-ledger-csv-excel');
		expect(ledger.name).toBe('iit-ledger-excel.csv');
		const lines = ledger.text.split('\r\n');
		expect(lines.slice(0, 2)).toEqual([
			'\uFEFFreason;rows;value;first_lines;country_code',
			'used;8;522000;;'
		]);
		expect(lines.slice(2, -1).every((line) => line.split(';').length === 5)).toBe(true);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
