/**
 * The map view (issue 18 item 6) on the demo: the world's shapes come from the site itself, only
 * once the map opens; the partners are coloured and named in the tooltip and in the table, whose
 * IIT index is the partner table's; the metric switch recolours; the SVG export carries the map,
 * its title and the credit; and the map fits a 390 × 844 phone and a 1440 × 900 desktop.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser';
import { openView, partnerValue, waitForResults } from './page-helpers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const CHART = '[data-testid="map-chart"]';

async function openDemo(size: { width: number; height: number }): Promise<WatchedPage> {
	const watched = await openWatchedPage(browser, { locale: 'en-US' });
	await watched.page.setViewportSize(size);
	await watched.page.goto(`${watched.baseUrl}/?lang=en`);
	await waitForResults(watched.page, 'USA');
	return watched;
}

async function openMap(page: Page): Promise<void> {
	await openView(page, 'map');
	await page.locator(`${CHART} svg path`).first().waitFor();
}

/** The raw number of a map-table cell. */
async function mapValue(page: Page, partner: string, column: string): Promise<number> {
	const raw = await page
		.locator(`[data-testid="map-table"] [data-row="${partner}"] [data-col="${column}"]`)
		.getAttribute('data-value');
	return Number(raw);
}

/** Hovers the map where a longitude/latitude falls (the shapes fill the box, centred) until the tooltip names `name`. */
async function tooltipAt(page: Page, name: string, lon: number, lat: number): Promise<string> {
	const box = await page.locator(CHART).boundingBox();
	if (!box) throw new Error('no map');
	// The series box (8 px margins, 44 px for the scale below) and the shapes' extent in degrees.
	const inner = { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: box.height - 52 };
	const [west, east, south, north] = [-180, 180, -55.9, 83.6];
	const scale = Math.min(inner.width / (east - west), inner.height / (north - south));
	const left = inner.x + (inner.width - scale * (east - west)) / 2;
	const top = inner.y + (inner.height - scale * (north - south)) / 2;
	for (const [dx, dy] of [
		[0, 0],
		[2, 2],
		[-2, 2],
		[2, -2],
		[-2, -2]
	]) {
		await page.mouse.move(left + (lon - west + dx) * scale, top + (north - lat + dy) * scale);
		const text = (await page.locator(CHART).textContent()) ?? '';
		if (text.includes(name)) return text;
		await page.waitForTimeout(150);
		const later = (await page.locator(CHART).textContent()) ?? '';
		if (later.includes(name)) return later;
	}
	throw new Error(`no tooltip for ${name}`);
}

describe('the map view', () => {
	it('on a desktop: lazy same-origin shapes, values as in the partner table, tooltip, switch, SVG and PNG', async () => {
		const watched = await openDemo({ width: 1440, height: 900 });
		const { page } = watched;
		try {
			await page.locator('[data-testid="partner-table-set-index"]').click();
			const index = await partnerValue(page, 'USA', 'ghm-iit-index');
			expect(watched.requests().some((url) => url.includes('/geo/world-110m.json'))).toBe(false);

			await openMap(page);
			expect(watched.requests().filter((url) => url.includes('/geo/world-110m.json'))).toEqual([
				`${new URL(watched.baseUrl).origin}${new URL(watched.baseUrl).pathname.replace(/\/$/, '')}/geo/world-110m.json`
			]);
			// Every country is a shape of the SVG.
			expect(await page.locator(`${CHART} svg path`).count()).toBeGreaterThan(150);
			// The table holds the colouring values: USA's IIT index is the partner table's.
			expect(await mapValue(page, 'USA', 'value')).toBeCloseTo(index, 12);

			const tooltip = await tooltipAt(page, 'United States', -100, 40);
			expect(tooltip).toMatch(/United States: IIT index \d+%, trade /);

			await page.locator('[data-testid="map-metric"] [data-metric="premium"]').click();
			await page.locator('[data-testid="map-view"][data-metric="premium"]').waitFor();
			await expect
				.poll(() => page.locator('[data-testid="map-table"] thead').textContent())
				.toContain('Price premium');
			expect(await page.locator('[data-testid="map-legend"]').textContent()).toContain(
				'quick check quadrant'
			);

			const download = page.waitForEvent('download');
			await page.locator('[data-testid="map-chart-svg"]').click();
			const event = await download;
			expect(event.suggestedFilename()).toMatch(/^iit-map-premium-ghm-\w+\.svg$/);
			const svg = await readFile(await event.path(), 'utf8');
			expect(svg).toContain('<path');
			expect(svg).toContain('Price premium');
			expect(svg).toContain('IIT Explorer');
			const png = page.waitForEvent('download');
			await page.locator('[data-testid="map-chart-png"]').click();
			const pngFile = await readFile(await (await png).path());
			// The PNG signature: \x89 P N G.
			expect([...pngFile.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

			expect(watched.foreignRequests()).toEqual([]);
			expect(watched.pageErrors).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});

	it('fits a 390 × 844 phone: nothing wider than the screen', async () => {
		const watched = await openDemo({ width: 390, height: 844 });
		const { page } = watched;
		try {
			await openMap(page);
			const fit = await page.evaluate((selector) => {
				const chart = document.querySelector(selector)?.getBoundingClientRect();
				return {
					page: document.documentElement.scrollWidth - window.innerWidth,
					left: chart?.left ?? -1,
					right: chart?.right ?? Infinity
				};
			}, CHART);
			expect(fit.page).toBeLessThanOrEqual(0);
			expect(fit.left).toBeGreaterThanOrEqual(0);
			expect(fit.right).toBeLessThanOrEqual(390);
			expect(watched.foreignRequests()).toEqual([]);
			expect(watched.pageErrors).toEqual([]);
		} finally {
			await watched.context.close();
		}
	});
});
