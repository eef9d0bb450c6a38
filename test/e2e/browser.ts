import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bench/chromium';

/** Headless Debian Chromium with no background traffic of its own. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
}

/** A fresh page whose every request is logged, with the site's origin. */
export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	baseUrl: string;
	/** Requests that went anywhere but the site's own origin (or data:/blob: URLs). */
	foreignRequests: () => string[];
	/** Every request made so far, in order. */
	requests: () => string[];
	/** Uncaught page errors and console errors. */
	pageErrors: string[];
}

export async function openWatchedPage(
	browser: Browser,
	/** Service workers are blocked unless a test is about them (they fetch the whole site). */
	options: { locale?: string; serviceWorkers?: 'allow' | 'block' } = {}
): Promise<WatchedPage> {
	const baseUrl = inject('baseUrl');
	const context = await browser.newContext({
		locale: options.locale ?? 'en-US',
		acceptDownloads: true,
		serviceWorkers: options.serviceWorkers ?? 'block',
		viewport: { width: 1400, height: 1000 }
	});
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const page = await context.newPage();
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() === 'error') pageErrors.push(message.text());
	});
	const origin = new URL(baseUrl).origin;
	const foreignRequests = () =>
		requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
	return { page, context, baseUrl, foreignRequests, requests: () => [...requests], pageErrors };
}
