/**
 * Every page honours a link's language (`?lang=`) and has exactly one `<h1>` (issue 18, item 3):
 * the analysis, Methods and World pages, in each of the three languages, with no request leaving
 * and no icon fetched (it is inline).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';

/** The main navigation's first link in each language (src/lib/i18n: nav.home). */
const HOME_LINK = { en: 'Analysis', es: 'Análisis', 'pt-BR': 'Análise' } as const;
const PAGES = ['/', '/methods/', '/world/'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('every page', () => {
	it('speaks the language its link names, and has one h1', async () => {
		// The browser's own language is Portuguese: only the link can make a page English or Spanish.
		const watched = await openWatchedPage(browser, { locale: 'pt-BR' });
		const { page } = watched;
		for (const path of PAGES) {
			for (const lang of ['en', 'es', 'pt-BR'] as const) {
				await page.goto(`${watched.baseUrl}${path}?lang=${lang}`);
				await page.waitForFunction((want) => document.documentElement.lang === want, lang);
				const home = page.locator('.site-header nav a').first();
				expect((await home.innerText()).trim(), `${path} ${lang}`).toBe(HOME_LINK[lang]);
				expect(await page.locator('h1').count(), `${path} ${lang}`).toBe(1);
			}
		}
		// The icon is inline: the address changes as settings sync, and a linked one was fetched again.
		expect(watched.requests().filter((url) => url.includes('favicon'))).toEqual([]);
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
