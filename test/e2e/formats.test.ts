import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../helpers/archives';
import { launchBrowser, openWatchedPage } from './browser';
import { openView, partnerValue, waitForResults } from './page-helpers';

const COMEX = ['EXP_2022.csv', 'IMP_2022.csv', 'PAIS.csv'].map((name) =>
	resolve('test/fixtures/comex-stat', name)
);
const BACI_SMALL = resolve('test/fixtures/e2e/baci-small.csv');

/** Drops files on the page (after the demo) and waits for the partner table to show `partner`. */
async function drop(page: Page, files: string[], partner: string): Promise<void> {
	await waitForResults(page, 'USA'); // the demo is analysed first
	await page.locator('[data-testid="file-input"]').setInputFiles(files);
	await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
	await waitForResults(page, partner);
}

describe('dropping files of other formats', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('reads a Comex Stat drop of EXP + IMP + PAIS (windows-1252, `;`) with hand-computed numbers', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		// Dropped in an order that puts the companion last: it must be read first anyway.
		await drop(page, COMEX, 'ESP');

		// Keys by hand (test/engine/read/formats/comex-stat.test.ts), net kg, α = 15%, θ = 10%:
		// USA 020130 X 14 000 (3 000 kg) M 600 (50 kg): R = 4.667 / 12 = 0.389 → VIIT-inf,
		//   overlap 1 200; FF 600 / 14 000 ≤ θ → one-way.
		// USA 847130 X 32 000 (80) M 36 000 (50): R = 400 / 720 = 0.556 → VIIT-inf, overlap 64 000;
		//   FF two-way → 68 000 VIIT-inf.
		expect(await partnerValue(page, 'USA', 'ghm-iit')).toBe(65_200);
		expect(await partnerValue(page, 'USA', 'ghm-viit')).toBe(65_200);
		expect(await partnerValue(page, 'USA', 'ff-iit')).toBe(68_000);
		// ESP (CO_PAIS 245 and 151 are both Spain) 847130 X 6 500 (16) M 5 000 (12):
		// R = 406.25 / 416.67 = 0.975 → HIIT; GHM overlap 10 000, FF two-way 11 500.
		expect(await partnerValue(page, 'ESP', 'ghm-hiit')).toBe(10_000);
		expect(await partnerValue(page, 'ESP', 'ff-hiit')).toBe(11_500);

		const facts = page.locator('[data-testid="dataset-facts"]');
		expect(await facts.getAttribute('data-format')).toBe('comex-stat');
		expect(await page.locator('[data-testid="missing-pais"]').count()).toBe(0);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	it('reads a zipped BACI file to the same numbers as the plain one', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'iit-e2e-'));
		const zip = join(dir, 'BACI_HS17_V202401.zip');
		const zipped = await makeZip([
			{ path: 'Readme.txt', content: 'BACI: see the CEPII site.\n' },
			{ path: 'BACI_HS17_Y2020_V202401.csv', content: await readFile(BACI_SMALL) }
		]);
		await writeFile(zip, new Uint8Array(await zipped.arrayBuffer()));

		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await drop(page, [zip], 'DEU');

		// The numbers of test/e2e/baci-small.test.ts (annual averages over 2020–2021).
		expect(await partnerValue(page, 'USA', 'ghm-iit')).toBe(150_000);
		expect(await partnerValue(page, 'USA', 'ff-iit')).toBe(205_000);
		expect(await partnerValue(page, 'DEU', 'ghm-iit')).toBe(42_000);
		await openView(page, 'ledger');
		const ledger = page.locator('[data-testid="ledger"]');
		await expect.poll(() => ledger.textContent()).toContain('Readme.txt');

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
