/**
 * The colleague's path (issue 5): a consortium manager shares the quick check of a basket; the
 * link opens in a fresh browser profile with no file and shows the same numbers, read-only,
 * sending nothing anywhere. The same payload as a results file dropped back in; a cut link and a
 * link with markup in its names are shown as a message and as text, never as a broken page.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFragment } from '../../src/lib/engine/share/codec';
import { sharedSample } from '../state/share/share-fixture';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser';
import { openView } from './page-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The raw numbers of one column of a table, by row id. */
async function columnValues(page: Page, table: string, col: string): Promise<Map<string, string>> {
	await page.locator(`[data-testid="${table}"] tbody tr[data-row]`).first().waitFor();
	const rows = page.locator(`[data-testid="${table}"] tbody tr[data-row]`);
	const values = new Map<string, string>();
	for (const row of await rows.all()) {
		const id = await row.getAttribute('data-row');
		const cell = row.locator(`[data-col="${col}"]`).first();
		if (id) values.set(id, `${await cell.getAttribute('data-value')}|${await cell.innerText()}`);
	}
	return values;
}

/** What the quick check and the partner table show: raw values and the text on screen. */
async function shownNumbers(page: Page) {
	await openView(page, 'quickcheck');
	const quick = await columnValues(page, 'quickcheck-table', 'trade');
	const quickSup = await columnValues(page, 'quickcheck-table', 'viitSup');
	await openView(page, 'partners');
	const text = await page.locator('[data-testid="partner-table"] tbody').first().innerText();
	// Less Aquino's Q, the last column: it needs the product rows (a link without them shows a
	// dash) and comes from the worker after the table, so the sender's may not be there yet.
	const partners = text
		.split('\n')
		.map((line) => line.split('\t').slice(0, -1).join('\t'))
		.join('\n');
	return { quick, quickSup, partners };
}

async function closeAll(...pages: WatchedPage[]) {
	for (const opened of pages) {
		expect(opened.foreignRequests()).toEqual([]);
		expect(opened.pageErrors).toEqual([]);
		await opened.context.close();
	}
}

describe('sharing results by link', () => {
	it('opens the shared quick check in a fresh profile with the same numbers, sending nothing', async () => {
		const sender = await openWatchedPage(browser, { locale: 'en-US' });
		await sender.page.goto(
			`${sender.baseUrl}/?sample=consortium&b=Footwear%20and%20leather:64,4202*&v=quickcheck`
		);
		await sender.page
			.locator('[data-testid="quickcheck-table"] tbody tr[data-row]')
			.first()
			.waitFor();
		const sent = await shownNumbers(sender.page);
		expect(sent.quick.size).toBeGreaterThan(3);

		await sender.page.locator('[data-testid="share-open"]').click();
		const dialog = sender.page.locator('[data-testid="share-dialog"]');
		const link = await dialog.locator('[data-testid="share-link"]').inputValue();
		expect(link).toMatch(/\/#results=1\.[A-Za-z0-9_-]+$/);
		// The dialog says what is in it and how long it is, in plain words.
		await expect
			.poll(() => dialog.locator('[data-testid="share-contents"]').innerText())
			.toContain('no product rows');
		expect(await dialog.locator('[data-testid="share-length"]').innerText()).toContain(
			link.length.toLocaleString('en-US')
		);
		const download = sender.page.waitForEvent('download');
		await dialog.locator('[data-testid="share-save"]').click();
		const file = await (await download).path();
		await dialog.locator('button', { hasText: 'Close' }).click();

		// A colleague, another profile, another language preference, no file.
		const colleague = await openWatchedPage(browser, { locale: 'en-US' });
		await colleague.page.goto(link);
		await colleague.page.locator('[data-testid="shared-banner"]').waitFor();
		expect(await colleague.page.locator('[data-testid="shared-banner"]').innerText()).toContain(
			'No raw data is included'
		);
		expect(await shownNumbers(colleague.page)).toEqual(sent);
		// Read-only: the settings are the sender's and locked; worker views say what is missing.
		const controls = colleague.page.locator('aside fieldset.plain').locator('input, select');
		expect(await controls.count()).toBeGreaterThan(5);
		for (const control of await controls.all()) expect(await control.isDisabled()).toBe(true);
		await openView(colleague.page, 'products');
		await colleague.page.locator('[data-testid="shared-unavailable"]').waitFor();
		// Opening it fetched only the site's own page and code: no sample, nothing with the data.
		const requests = colleague.requests();
		expect(requests.filter((url) => url.includes('/samples/'))).toEqual([]);
		expect(requests.filter((url) => url.includes('results='))).toEqual([]);

		// The results file dropped into a fresh page shows the same.
		const dropper = await openWatchedPage(browser, { locale: 'en-US' });
		await dropper.page.goto(dropper.baseUrl + '/');
		await dropper.page.locator('[data-testid="partner-table"]').first().waitFor();
		await dropper.page.locator('[data-testid="file-input"]').setInputFiles({
			name: 'iit-results.json',
			mimeType: 'application/json',
			buffer: readFileSync(file as string)
		});
		await dropper.page.locator('[data-testid="shared-banner"]').waitFor();
		expect(await shownNumbers(dropper.page)).toEqual(sent);

		await closeAll(sender, colleague, dropper);
	});

	it('says a cut link is damaged, and shows markup in names as text', async () => {
		const shared = await sharedSample({ table5: false, products: false });
		const hostile = '<img src=x onerror="window.__pwned=1">';
		shared.info.countryNames = { ...shared.info.countryNames, '490': hostile };
		shared.ledger.files[0].name = `<b>bold</b>.csv`;
		const fragment = await encodeFragment(shared);

		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page, baseUrl } = watched;
		await page.goto(`${baseUrl}/${fragment}`);
		await page.locator('[data-testid="shared-banner"]').waitFor();
		await page.locator('[data-testid="partner-table"] [data-partner="490"]').first().waitFor();
		expect(await page.locator('[data-testid="partner-table"]').innerText()).toContain(hostile);
		expect(await page.locator('main img, main b').count()).toBe(0);
		expect(await page.evaluate(() => '__pwned' in window)).toBe(false);

		// Cut in the middle (a messenger's limit), opened in a new tab: a message, not a broken page.
		const cut = await watched.context.newPage();
		await cut.goto(`${baseUrl}/${fragment.slice(0, Math.floor(fragment.length / 2))}`);
		await cut.locator('[data-testid="error"]', { hasText: 'incomplete or was altered' }).waitFor();
		expect(await cut.locator('[data-testid="shared-banner"]').count()).toBe(0);
		await closeAll(watched);
	});
});
