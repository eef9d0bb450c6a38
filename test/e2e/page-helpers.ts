import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the analysis of what was dropped is shown (the partner table has rows). */
export async function waitForResults(page: Page, partner: string): Promise<void> {
	await page.locator(`[data-testid="partner-table"] [data-partner="${partner}"]`).first().waitFor();
}

/** The unrounded number behind a partner-table cell (its `data-value`). */
export async function partnerValue(page: Page, partner: string, column: string): Promise<number> {
	const cell = page
		.locator(`[data-testid="partner-table"] [data-partner="${partner}"] [data-col="${column}"]`)
		.first();
	const raw = await cell.getAttribute('data-value');
	if (raw === null) throw new Error(`no data-value for ${partner} ${column}`);
	return Number(raw);
}

/** Clicks a view's tab and waits for its panel. */
export async function openView(page: Page, view: string): Promise<void> {
	await page.locator(`[data-testid="tab-${view}"]`).click();
	await page.locator(`[data-testid="panel-${view}"]`).waitFor();
}

/**
 * Opens the files-and-settings drawer when the page has one (a phone), so its controls can be
 * used; on a desktop they are beside the results and this does nothing.
 */
export async function openSettings(page: Page): Promise<void> {
	const opener = page.locator('[data-testid="settings-open"]');
	if (!(await opener.isVisible())) return;
	await opener.click();
	await page.locator('[data-testid="settings-drawer"]').waitFor();
}

/** Closes the drawer `openSettings` opened, back to the results (nothing on a desktop). */
export async function closeSettings(page: Page): Promise<void> {
	const drawer = page.locator('[data-testid="settings-drawer"]');
	if (!(await drawer.isVisible())) return;
	await page.locator('[data-testid="settings-close"]').click();
	await drawer.waitFor({ state: 'hidden' });
}

/**
 * The page's worker with this name (`iit-analysis`, `iit-slice`, `iit-world`), now or when it starts.
 * Every worker starts from a blob: bootstrap (start-worker.ts), so its URL does not tell them apart.
 */
export async function workerNamed(page: Page, name: string): Promise<Worker> {
	const named = async (worker: Worker) =>
		(await worker.evaluate(() => self.name).catch(() => null)) === name;
	for (const worker of page.workers()) if (await named(worker)) return worker;
	return new Promise((found) => {
		const onWorker = async (worker: Worker) => {
			if (!(await named(worker))) return;
			page.off('worker', onWorker);
			found(worker);
		};
		page.on('worker', onWorker);
	});
}

/** After a failure: no progress left on screen, and a small file is analysed as usual. */
export async function expectRecovered(page: Page): Promise<void> {
	expect(await page.locator('[data-testid="progress"]').count()).toBe(0);
	await page
		.locator('[data-testid="file-input"]')
		.setInputFiles('test/fixtures/e2e/baci-small.csv');
	await waitForResults(page, 'DEU');
	expect(await page.locator('[data-testid="error"]').count()).toBe(0);
}
