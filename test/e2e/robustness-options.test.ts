/**
 * The robustness options as a person sets them: switching the classification level to HS4
 * names it above the results and in the address, so a copied link classifies at HS4 too; the
 * unit-value screen moves the screened trade to its own column and the ledger counts it; FOB
 * where reported revalues the imports of a Comtrade+ file that reports FOB.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLUS_TEXT } from '../engine/read/fob-fixtures';
import { launchBrowser, openWatchedPage } from './browser';
import {
	closeSettings,
	openSettings,
	openView,
	partnerValue,
	waitForResults
} from './page-helpers';

const FIXTURE = resolve('test/fixtures/e2e/baci-small.csv');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens the site and reads `file` in place of the demo. */
async function readFile(page: Page, baseUrl: string, file: string, partner: string) {
	await page.goto(baseUrl + '/');
	await waitForResults(page, 'USA');
	await page.locator('[data-testid="file-input"]').setInputFiles(file);
	await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
	await waitForResults(page, partner);
}

/** A ledger row's value cell as text. */
const screenCell = (page: Page, row: string) =>
	page.locator(`[data-testid="ledger-screen"] [data-screen="${row}"] td`).innerText();

describe('the robustness options', () => {
	it('names HS4 beside the results once the level is switched, and puts it in the link', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(FIXTURE);
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await waitForResults(page, 'DEU');

		// At the paper's settings nothing is named.
		expect(await page.locator('[data-testid="options-in-force"]').count()).toBe(0);
		// No file here reports FOB imports (BACI is FOB already): the box is disabled.
		expect(await page.locator('[data-testid="fob-where-reported"]').isDisabled()).toBe(true);

		await page.locator('[data-testid="level-select"]').selectOption('hs4');
		const summary = page.locator('[data-testid="options-in-force"]');
		await summary.waitFor();
		expect(await summary.textContent()).toContain('classified at HS4');
		await page.waitForURL(/[?&]lvl=hs4/);
		await waitForResults(page, 'DEU');
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
	});

	// METHODS 7.1, mean multiple k = 1.2 (as in test/cli/classify.test.ts): USA's 2020 footwear
	// key (X 200 000, M 100 000; unit values 20 000 and 10 000, mean 15 000, bounds 12 500 and
	// 18 000) has both flows out, so its overlap 200 000 is GHM's outlier part: of USA's GHM IIT
	// 300 000 (with machinery's 100 000), 2/3. The ledger: 1 key, trade 300 000.
	it('screens unit values: an outlier column in the table, the screened key in the ledger', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.setViewportSize({ width: 390, height: 844 });
		await readFile(page, watched.baseUrl, FIXTURE, 'DEU');
		expect(await page.locator('[data-col="ghm-outlier-share"]').count()).toBe(0);
		// On the phone the settings are in their drawer.
		await openSettings(page);
		await page.locator('[data-testid="uv-screen-select"]').selectOption('mean');
		await page.locator('[data-testid="uv-screen-k"]').fill('1.2');
		await page.locator('[data-testid="uv-screen-k"]').dispatchEvent('change');
		await page.waitForURL(/[?&]uv=mean(:|%3A)1\.2/);
		await closeSettings(page);
		const summary = page.locator('[data-testid="options-in-force"]');
		await summary.waitFor();
		expect(await summary.textContent()).toContain('k = 1.2');
		// The outlier column sits with the shares (the index set), not with the volumes.
		await page.locator('[data-testid="partner-table-set-index"]').click();
		await page
			.locator('[data-testid="partner-table"] [data-col="ghm-outlier-share"]')
			.first()
			.waitFor();
		expect(await partnerValue(page, 'USA', 'ghm-outlier-share')).toBeCloseTo(2 / 3, 12);
		expect(await partnerValue(page, 'DEU', 'ghm-outlier-share')).toBe(0);

		await openView(page, 'ledger');
		await page.locator('[data-testid="ledger-screen"]').waitFor();
		expect(await screenCell(page, 'keys')).toBe('1');
		expect(await screenCell(page, 'trade')).toMatch(/^\$300,000(\.00)?$/);
		expect(await screenCell(page, 'ghm')).toMatch(/^\$200,000(\.00)?$/);
		expect(await screenCell(page, 'ff')).toMatch(/^\$300,000(\.00)?$/);
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	// test/engine/read/fob-fixtures.ts, Thailand 2022: CHN 854231 exports 1 200; imports 1 000
	// (FOB 900) + 500 (no FOB) = 1 500 as read, T 2 700; FOB where reported: 900 + 500 = 1 400,
	// T 2 600. USA's import reported FOB equal to its value (2 000): unchanged.
	it('values imports FOB where a Comtrade+ file reports it', async () => {
		const file = join(await mkdtemp(join(tmpdir(), 'iit-fob-')), 'TradeData_THA_2022.csv');
		await writeFile(file, PLUS_TEXT);
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await readFile(page, watched.baseUrl, file, 'CHN');
		expect(await partnerValue(page, 'CHN', 'trade')).toBe(2_700);
		const fob = page.locator('[data-testid="fob-where-reported"]');
		expect(await fob.isDisabled()).toBe(false);
		await fob.check();
		await page.waitForURL(/[?&]fob=1/);
		await page.locator('[data-testid="options-in-force"]').waitFor();
		expect(await page.locator('[data-testid="options-in-force"]').textContent()).toContain(
			'imports FOB where reported'
		);
		await page.waitForFunction(() => {
			const cell = document.querySelector(
				'[data-testid="partner-table"] [data-partner="CHN"] [data-col="trade"]'
			);
			return cell?.getAttribute('data-value') === '2600';
		});
		expect(await partnerValue(page, 'USA', 'trade')).toBe(2_000);
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	// test/worker/hs-editions.test.ts: BACI HS12 for 2016 and HS17 for 2017. 2016: 030289 X 100 000
	// (10 t), M 50 000 (5 t), R = 1, HIIT 100 000. 2017 converted to H4: 030249 and 030299 become
	// 030289, X 100 000 (10 t), M 30 000 (3 t), R = 1, HIIT 60 000: USA's annual mean (100 000 +
	// 60 000) / 2 = 80 000. With the codes as read 2017 is two one-way keys: (100 000 + 0) / 2.
	it('converts mixed HS editions by default, and keeps the codes as read when asked', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'iit-editions-'));
		const texts: [string, string][] = [
			['BACI_HS12_Y2016_V202401.csv', '2016,76,842,30289,100,10\n2016,842,76,30289,50,5\n'],
			['BACI_HS17_Y2017_V202401.csv', '2017,76,842,30249,100,10\n2017,842,76,30299,30,3\n']
		];
		const files: string[] = [];
		for (const [name, rows] of texts) {
			files.push(join(folder, name));
			await writeFile(files.at(-1)!, 't,i,j,k,v,q\n' + rows);
		}
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="file-input"]').setInputFiles(files);
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await page.locator('[data-testid="hs-conversion"]').waitFor();
		expect(await page.locator('[data-testid="hs-conversion"]').textContent()).toContain('H4');
		await waitForResults(page, 'USA');
		expect(await partnerValue(page, 'USA', 'ghm-hiit')).toBeCloseTo(80_000, 6);

		await page.locator('[data-testid="hs-editions-select"]').selectOption('off');
		await page.waitForURL(/[?&]hs=off/);
		await expect
			.poll(() => partnerValue(page, 'USA', 'ghm-hiit'), { timeout: 10_000 })
			.toBeCloseTo(50_000, 6);
		expect(await page.locator('[data-testid="options-in-force"]').textContent()).toContain(
			'HS codes as read'
		);
		expect(await page.locator('[data-testid="hs-conversion"]').textContent()).toContain(
			'kept as read'
		);
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
