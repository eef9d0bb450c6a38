/**
 * The robustness options as a person sets them: switching the classification level to HS4
 * names it above the results and in the address, so a copied link classifies at HS4 too.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';
import { waitForResults } from './page-helpers';

const FIXTURE = resolve('test/fixtures/e2e/baci-small.csv');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

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
});
