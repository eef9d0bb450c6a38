/**
 * Links that fit a message (issue 18 item 2): the consortium sample with its basket shares a short
 * quick check link that opens in a fresh profile with the same figures, the sender's file names
 * only when ticked, and a link past what messengers keep leads with the results file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFragment, resultsFileText } from '../../src/lib/engine/share/codec';
import { launchBrowser, openWatchedPage } from './browser';
import { openView } from './page-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const COLUMNS = ['trade', 'tradeShare', 'iitIndex', 'viitSup', 'viitInf', 'premium', 'change'];

/** Every figure of the quick check's table (raw value and text), and its sentences. */
async function quickFigures(page: Page) {
	const table = page.locator('[data-testid="quickcheck-table"]');
	await table.locator('tbody tr[data-row]').first().waitFor();
	const rows: Record<string, string[]> = {};
	for (const row of await table.locator('tbody tr[data-row]').all()) {
		const id = (await row.getAttribute('data-row')) ?? '';
		rows[id] = [];
		for (const col of COLUMNS) {
			const cell = row.locator(`[data-col="${col}"]`).first();
			rows[id].push(`${await cell.getAttribute('data-value')}|${await cell.innerText()}`);
		}
	}
	const sentences = await page.locator('[data-testid="quickcheck-sentence"]').allInnerTexts();
	return { rows, sentences };
}

/** The JSON a link's fragment holds, as text. */
async function payloadText(link: string): Promise<string> {
	return resultsFileText(await decodeFragment(link.slice(link.indexOf('#'))));
}

describe('links that fit a message', () => {
	it('shares a short quick check link with the same figures, file names only when ticked', async () => {
		const sender = await openWatchedPage(browser, { locale: 'en-US' });
		// The sample opens on its own basket (footwear and leather, chapters 41, 42 and 64).
		await sender.page.goto(`${sender.baseUrl}/?sample=consortium&v=quickcheck`);
		await quickFigures(sender.page);
		// The link carries the method on screen: FF here.
		await sender.page.locator('[data-testid="quickcheck-method"] [data-method="ff"]').click();
		await sender.page
			.locator('[data-testid="quickcheck-method"][data-method="ff"]')
			.waitFor({ state: 'attached' });
		const sent = await quickFigures(sender.page);
		expect(Object.keys(sent.rows).length).toBeGreaterThan(3);

		await sender.page.locator('[data-testid="share-open"]').click();
		const dialog = sender.page.locator('[data-testid="share-dialog"]');
		const quickLink = dialog.locator('[data-testid="share-quick-link"]');
		const link = await quickLink.inputValue();
		expect(link).toMatch(/\/#results=1\.[A-Za-z0-9_-]+$/);
		// Short enough for a message (the target: under 1,500), far shorter than the full link.
		const full = await dialog.locator('[data-testid="share-link"]').inputValue();
		expect(link.length).toBeLessThan(1_500);
		expect(link.length).toBeLessThan(full.length / 3);
		console.info(`consortium quick check link: ${link.length}, full link: ${full.length}`);
		expect(await dialog.locator('[data-testid="share-quick-file-first"]').count()).toBe(0);
		expect(await dialog.locator('[data-testid="share-quick"]').innerText()).toContain('FF');
		// The open view is the quick check: no second short link for it.
		await dialog.locator('[data-testid="share-view-none"]').waitFor();

		// File names stay home unless ticked.
		for (const text of [await payloadText(link), await payloadText(full)]) {
			expect(text).not.toContain('EXP_2021.csv');
			expect(text).not.toContain('PAIS.csv');
		}
		await dialog.locator('[data-testid="share-names"]').check();
		await expect.poll(() => quickLink.inputValue()).not.toBe(link);
		expect(await payloadText(await quickLink.inputValue())).toContain('EXP_2021.csv');

		// The full link is over 2,000 characters: the results file comes first, the link on request.
		const fullRow = dialog.locator('[data-testid="share"]');
		await fullRow.locator('[data-testid="share-file-first"]').waitFor();
		expect(await fullRow.locator('button').first().getAttribute('data-testid')).toBe('share-save');
		expect(await fullRow.locator('[data-testid="share-link"]').isVisible()).toBe(false);
		await dialog.locator('button', { hasText: 'Close' }).click();

		// A colleague, another profile, no file: the same figures, and only the quick check.
		const colleague = await openWatchedPage(browser, { locale: 'en-US' });
		await colleague.page.goto(link);
		await colleague.page.locator('[data-testid="shared-banner"]').waitFor();
		expect(await quickFigures(colleague.page)).toEqual(sent);
		// The link holds FF's split alone: no GHM to switch to, and it says so.
		const methods = colleague.page.locator('[data-testid="quickcheck-method"] button');
		expect(await methods.count()).toBe(1);
		expect(await methods.getAttribute('data-method')).toBe('ff');
		await colleague.page.locator('[data-testid="quickcheck-one-method"]').waitFor();
		await openView(colleague.page, 'partners');
		await colleague.page.locator('[data-testid="shared-other-view"]').waitFor();
		expect(await colleague.page.locator('[data-testid="partner-table"]').count()).toBe(0);

		for (const opened of [sender, colleague]) {
			expect(opened.foreignRequests()).toEqual([]);
			expect(opened.pageErrors).toEqual([]);
			await opened.context.close();
		}
	});

	it('shares the partner table as a link of its own, with the same rows', async () => {
		const sender = await openWatchedPage(browser, { locale: 'en-US' });
		await sender.page.goto(`${sender.baseUrl}/?sample=consortium&b=Leather:4202*&v=partners`);
		const table = sender.page.locator('[data-testid="partner-table"] tbody').first();
		await sender.page.locator('[data-testid="partner-table"] [data-partner]').first().waitFor();
		// Less Aquino's Q, the last column: it needs the product rows, which no short link carries.
		const rowsOf = async (page: Page) =>
			(await page.locator('[data-testid="partner-table"] tbody').first().innerText())
				.split('\n')
				.map((line) => line.split('\t').slice(0, -1).join('\t'))
				.join('\n');
		const sent = await rowsOf(sender.page);
		expect(await table.innerText()).not.toBe('');

		await sender.page.locator('[data-testid="share-open"]').click();
		const dialog = sender.page.locator('[data-testid="share-dialog"]');
		const link = await dialog.locator('[data-testid="share-view-link"]').inputValue();
		const full = await dialog.locator('[data-testid="share-link"]').inputValue();
		console.info(`consortium partner table link: ${link.length}, full link: ${full.length}`);
		expect(link.length).toBeLessThanOrEqual(full.length);

		const colleague = await openWatchedPage(browser, { locale: 'en-US' });
		await colleague.page.goto(link);
		await colleague.page.locator('[data-testid="shared-banner"]').waitFor();
		await colleague.page.locator('[data-testid="partner-table"] [data-partner]').first().waitFor();
		expect(await rowsOf(colleague.page)).toBe(sent);
		for (const opened of [sender, colleague]) {
			expect(opened.pageErrors).toEqual([]);
			await opened.context.close();
		}
	});
});
