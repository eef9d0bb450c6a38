/**
 * Phone first (issue 18): on a 390 × 844 phone the demo's results start within two screens, the
 * files, baskets and settings wait in a drawer that a button opens, the view tabs are one row
 * that scrolls sideways, and no view is wider than the screen (a wide table scrolls in its own
 * box, text wraps). On a 1440 × 900 desktop the settings stay beside the results and nothing
 * scrolls sideways either. Every view on the phone in Portuguese and on the desktop in English,
 * the widest ones in the other languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n';
import { VIEW_IDS, type ViewId } from '../../src/lib/state/view-registry';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser';
import { closeSettings, openSettings, openView, waitForResults } from './page-helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** What shows once a view has drawn its content from the demo. */
const DRAWN: Record<ViewId, string> = {
	partners: '[data-testid="partner-table"] tbody tr',
	sectors: '[data-testid="sector-table"] tbody tr',
	quickcheck: '[data-testid="quickcheck-table"] tbody tr',
	map: '[data-testid="map-chart"] svg path',
	dominance: '[data-testid="dominance-table"] tbody tr',
	series: '[data-testid="series-table"] tbody tr',
	heatmap: '[data-testid="heatmap-table"] tbody tr',
	quality: '[data-testid="quality-partner-table"] tbody tr',
	sensitivity: '[data-testid="sensitivity-table"] tbody tr',
	robustness: '[data-testid="robustness-view"] table tbody tr',
	stability: '[data-testid="stability-view"] table tbody tr',
	marginal: '[data-testid="marginal-partner-table"] tbody tr',
	determinants: '[data-testid="covariates-input"]',
	products: '[data-testid="products-table"] tbody tr',
	ledger: '[data-testid="ledger"] table tbody tr'
};

/** The views whose tables or text were once wider than the screen. */
const WIDEST: ViewId[] = ['quickcheck', 'dominance', 'ledger'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The demo, analysed, in `locale`, at `size`. */
async function openDemo(
	locale: Locale,
	size: { width: number; height: number }
): Promise<WatchedPage> {
	const watched = await openWatchedPage(browser, { locale });
	await watched.page.setViewportSize(size);
	await watched.page.goto(`${watched.baseUrl}/?lang=${locale}`);
	await waitForResults(watched.page, 'USA');
	return watched;
}

/**
 * Nothing sideways: the page is no wider than the screen, and every text block of the panel
 * outside a scrolling box ends within the screen and within its own box (no word cut off).
 */
async function expectFits(page: Page, view: ViewId): Promise<void> {
	const overflow = await page.evaluate((panelId) => {
		const panel = document.getElementById(panelId);
		const cut: string[] = [];
		for (const element of panel?.querySelectorAll('p, li, h2, h3, caption, label') ?? []) {
			if (element.closest('.table-scroll, .scroll-x, .scroll, svg')) continue;
			const box = element.getBoundingClientRect();
			if (box.width === 0) continue;
			if (box.right > window.innerWidth + 1 || element.scrollWidth > element.clientWidth + 1)
				cut.push(`${element.tagName} ${element.textContent?.slice(0, 40)}`);
		}
		return {
			page: document.documentElement.scrollWidth - window.innerWidth,
			cut
		};
	}, `panel-${view}`);
	expect(overflow.page, `${view} is wider than the screen`).toBeLessThanOrEqual(0);
	expect(overflow.cut, `${view} cuts its text`).toEqual([]);
}

/** Opens each view, waits for what it draws, and checks that it fits. */
async function walkViews(page: Page, views: readonly ViewId[]): Promise<void> {
	for (const view of views) {
		await openView(page, view);
		await page.locator(DRAWN[view]).first().waitFor();
		await expectFits(page, view);
	}
}

/** The tab bar: one row (no taller than two tabs), and it scrolls sideways when it must. */
async function tabBar(page: Page) {
	return page.locator('[role="tablist"]').evaluate((list) => {
		const tab = list.querySelector('[role="tab"]');
		return {
			height: list.getBoundingClientRect().height,
			tabHeight: tab?.getBoundingClientRect().height ?? 0,
			overflowX: getComputedStyle(list).overflowX,
			overflows: list.scrollWidth > list.clientWidth
		};
	});
}

function expectNothingLeft(watched: WatchedPage): void {
	expect(watched.foreignRequests()).toEqual([]);
	expect(watched.pageErrors).toEqual([]);
}

/** On the phone: the results first, the settings in the drawer, the tabs in one scrolling row. */
async function expectPhoneStart(page: Page): Promise<void> {
	// The results panel starts within the first two screens.
	const top = await page
		.locator('[role="tabpanel"]')
		.evaluate((panel) => panel.getBoundingClientRect().top + window.scrollY);
	expect(top).toBeLessThan(2 * PHONE.height);
	// The settings wait in the drawer; its button is on the first screen.
	expect(await page.locator('[data-testid="level-select"]').isVisible()).toBe(false);
	const opener = await page.locator('[data-testid="settings-open"]').boundingBox();
	expect(opener && opener.y + opener.height <= PHONE.height).toBe(true);

	const tabs = await tabBar(page);
	expect(tabs.height).toBeLessThan(2 * tabs.tabHeight);
	expect(tabs.overflowX).toBe('auto');
	expect(tabs.overflows).toBe(true);
	// The last tab, off screen, is brought into the row when chosen.
	await openView(page, 'ledger');
	const last = await page.locator('[data-testid="tab-ledger"]').boundingBox();
	expect(last && last.x >= 0 && last.x + last.width <= PHONE.width).toBe(true);
}

/** Switches the interface language as a person does, with the header's select. */
async function switchLanguage(page: Page, locale: Locale): Promise<void> {
	await page.locator('[data-testid="lang-select"]').selectOption(locale);
	await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

describe('on a phone', () => {
	it('pt-BR, then es: the results come first, the tabs scroll in one row, no view is wider', async () => {
		const watched = await openDemo('pt-BR', PHONE);
		const { page } = watched;
		await expectPhoneStart(page);
		await walkViews(page, VIEW_IDS);
		await switchLanguage(page, 'es');
		await expectPhoneStart(page);
		await walkViews(page, WIDEST);
		expectNothingLeft(watched);
		await watched.context.close();
	});

	it('en: opens the settings in a drawer, and a setting changed there applies', async () => {
		const watched = await openDemo('en', PHONE);
		const { page } = watched;
		await expectPhoneStart(page);
		const drawer = page.locator('[data-testid="settings-drawer"]');
		expect(await drawer.isVisible()).toBe(false);

		await openSettings(page);
		expect(await drawer.isVisible()).toBe(true);
		// The drawer fits the screen, and so does the page behind it.
		const box = await drawer.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width
		);
		await page.locator('[data-testid="level-select"]').selectOption('hs4');
		await page.waitForURL(/[?&]lvl=hs4/);
		await closeSettings(page);
		expect(await page.locator('[data-testid="level-select"]').isVisible()).toBe(false);
		// Focus goes back to the button that opened the drawer.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
			'settings-open'
		);
		const summary = page.locator('[data-testid="options-in-force"]');
		await summary.waitFor();
		expect(await summary.textContent()).toContain('classified at HS4');

		// Escape closes it too.
		await openSettings(page);
		await page.keyboard.press('Escape');
		await drawer.waitFor({ state: 'hidden' });

		// Turned to a desktop width, the settings are beside the results again.
		await page.setViewportSize(DESKTOP);
		await page.locator('[data-testid="level-select"]').waitFor();
		expect(await page.locator('[data-testid="level-select"]').inputValue()).toBe('hs4');
		expect(await page.locator('[data-testid="settings-open"]').count()).toBe(0);
		// Back on the phone, the views in English fit it.
		await page.setViewportSize(PHONE);
		await page.locator('[data-testid="settings-open"]').waitFor();
		await walkViews(page, WIDEST);
		expectNothingLeft(watched);
		await watched.context.close();
	});
});

describe('on a desktop', () => {
	it('en, then pt-BR and es: settings beside the results, tabs in one row, no view wider', async () => {
		const watched = await openDemo('en', DESKTOP);
		const { page } = watched;
		expect(await page.locator('[data-testid="level-select"]').isVisible()).toBe(true);
		expect(await page.locator('[data-testid="settings-open"]').count()).toBe(0);
		const tabs = await tabBar(page);
		expect(tabs.height).toBeLessThan(2 * tabs.tabHeight);
		await walkViews(page, VIEW_IDS);
		for (const locale of ['pt-BR', 'es'] as const) {
			await switchLanguage(page, locale);
			await walkViews(page, WIDEST);
		}
		expectNothingLeft(watched);
		await watched.context.close();
	});
});
