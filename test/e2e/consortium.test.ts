/**
 * A consortium manager's path (issue 5): open the consortium sample by link, build a basket of
 * footwear and leather from the nomenclature search, run the quick check, reload and find the
 * same view, and open the settings link without data in a fresh browser profile.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';
import { openView } from './page-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The raw numbers of one column of a DataTable, by row id. */
async function columnValues(page: Page, table: string, col: string): Promise<Map<string, number>> {
	const rows = page.locator(`[data-testid="${table}"] tbody tr[data-row]`);
	const values = new Map<string, number>();
	for (const row of await rows.all()) {
		const id = await row.getAttribute('data-row');
		const raw = await row.locator(`[data-col="${col}"]`).first().getAttribute('data-value');
		if (id && raw) values.set(id, Number(raw));
	}
	return values;
}

describe('the quick check for a consortium basket', () => {
	it('builds a basket, checks the markets, survives a reload, and links without data', async () => {
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/?sample=consortium');
		await page.locator('[data-testid="partner-table"] [data-partner]').first().waitFor();
		expect(await page.locator('[data-testid="dataset-facts"]').getAttribute('data-format')).toBe(
			'comex-stat'
		);

		// A basket: footwear (chapter 64) picked from the nomenclature search, leather bags typed.
		await page.locator('[data-testid="basket-name"]').fill('Footwear and leather');
		await page.locator('[data-testid="basket-panel"] details summary').first().click();
		await page.locator('[data-testid="basket-search"]').fill('footwear');
		await page.locator('[data-testid="basket-search-results"] [data-code="64"] button').click();
		const patterns = page.locator('[data-testid="basket-patterns"]');
		await patterns.fill(`${await patterns.inputValue()}, 4202*`);
		await page.locator('[data-testid="basket-save"]').click();

		// The quick check covers the basket only: each market's trade equals the partner table's
		// (the same basket applies to every view), and only footwear and leather sectors remain.
		await openView(page, 'quickcheck');
		await page.locator('[data-testid="quickcheck-table"] tbody tr[data-row]').first().waitFor();
		const checked = await columnValues(page, 'quickcheck-table', 'trade');
		expect(checked.size).toBeGreaterThan(3);
		expect(await page.locator('[data-testid="quickcheck-sentence"]').count()).toBeGreaterThan(0);
		await openView(page, 'sectors');
		const sectors = await page
			.locator('[data-testid="sector-table"] [data-sector]')
			.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-sector')));
		expect(sectors.sort()).toEqual(['footwear', 'hides']);
		await openView(page, 'partners');
		await page.locator('[data-testid="partner-table-set-volumes"]').click();
		for (const [partner, trade] of checked) {
			const cell = page.locator(
				`[data-testid="partner-table"] [data-partner="${partner}"] [data-col="trade"]`
			);
			if ((await cell.count()) === 0) continue; // beyond the table's top N
			expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(trade, 6);
		}

		// The address bar holds the sample, the basket and the view: a reload brings them back.
		await openView(page, 'quickcheck');
		await expect.poll(() => page.url()).toContain('v=quickcheck');
		const link = page.url();
		expect(link).toContain('sample=consortium');
		expect(link).toContain('b=Footwear');
		await page.reload();
		await page.locator('[data-testid="panel-quickcheck"]').waitFor();
		await page.locator('[data-testid="quickcheck-table"] tbody tr[data-row]').first().waitFor();
		expect(await columnValues(page, 'quickcheck-table', 'trade')).toEqual(checked);

		// The back button returns to the previous view.
		await openView(page, 'heatmap');
		await page.goBack();
		await page.locator('[data-testid="panel-quickcheck"]').waitFor();

		// The same settings without the sample, in a fresh profile: the view waits for a file.
		const fresh = await openWatchedPage(browser, { locale: 'pt-BR' });
		const withoutData = new URL(link);
		withoutData.searchParams.delete('sample');
		await fresh.page.goto(withoutData.href);
		await fresh.page.locator('[data-testid="link-needs-file"]').waitFor();
		expect(await fresh.page.locator('[data-testid="partner-table"]').count()).toBe(0);
		// The link's language wins over the browser's.
		expect(await fresh.page.locator('html').getAttribute('lang')).toBe('en');

		for (const opened of [watched, fresh]) {
			expect(opened.foreignRequests()).toEqual([]);
			expect(opened.pageErrors).toEqual([]);
			await opened.context.close();
		}
	});
});
