/**
 * A consortium manager's path (issues 5 and 18): the consortium sample opens by link with its
 * footwear-and-leather basket, the quick check leads with the markets' quadrant and the largest
 * markets' sentences (their figures checked against sums taken here from the sample's files),
 * the chart fits a phone, and a removed sample basket stays removed on reload; then a basket built from the nomenclature search, a reload finding the
 * same view, and the settings link without data in a fresh browser profile.
 */
import { readFileSync } from 'node:fs';
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

/** One market of the sample's basket, summed here from the files (annual averages over 2 years). */
interface SampleMarket {
	iso3: string;
	trade: number;
	/** GHM two-way trade: Σ 2·min(X, M) over (year, HS6). */
	twoWay: number;
	/** VIIT-sup / two-way at α = 15 % (the sample's R sit far outside the band: no edge case). */
	supShare: number;
	/** exp(Σ T·ln R / Σ T) − 1 over the two-way (year, HS6) keys, T = X + M. */
	premium: number;
}

const SAMPLE_DIR = 'static/samples';
const YEARS = [2021, 2022];
const BASKET_CHAPTERS = ['41', '42', '64'];

/** A Comex Stat file's rows as field lists (windows-1252 ⊂ latin1 here; quotes dropped). */
function comexRows(name: string): string[][] {
	const text = readFileSync(`${SAMPLE_DIR}/${name}`, 'latin1');
	return text
		.split(/\r?\n/)
		.slice(1)
		.filter((line) => line.trim() !== '')
		.map((line) => line.split(';').map((field) => field.replace(/^"|"$/g, '')));
}

/** The basket's markets from the sample files, largest trade first. */
function sampleMarkets(): SampleMarket[] {
	const iso3 = new Map(comexRows('PAIS.csv').map((row) => [row[0], row[2]]));
	type Flow = { value: number; kg: number };
	const flows = new Map<string, { x: Flow; m: Flow }>();
	for (const year of YEARS) {
		for (const [file, side] of [
			[`EXP_${year}.csv`, 'x'],
			[`IMP_${year}.csv`, 'm']
		] as const) {
			for (const row of comexRows(file)) {
				const ncm = row[2];
				if (!BASKET_CHAPTERS.includes(ncm.slice(0, 2))) continue;
				const key = `${year}|${ncm.slice(0, 6)}|${iso3.get(row[4])}`;
				const entry = flows.get(key) ?? { x: { value: 0, kg: 0 }, m: { value: 0, kg: 0 } };
				entry[side].value += Number(row[10]);
				entry[side].kg += Number(row[9]);
				flows.set(key, entry);
			}
		}
	}
	const byPartner = new Map<
		string,
		{ trade: number; twoWay: number; sup: number; weight: number; lnSum: number }
	>();
	for (const [key, { x, m }] of flows) {
		const partner = key.split('|')[2];
		const sums = byPartner.get(partner) ?? { trade: 0, twoWay: 0, sup: 0, weight: 0, lnSum: 0 };
		sums.trade += x.value + m.value;
		if (x.value > 0 && m.value > 0) {
			const overlap = 2 * Math.min(x.value, m.value);
			const r = x.value / x.kg / (m.value / m.kg);
			sums.twoWay += overlap;
			if (r > 1.15) sums.sup += overlap;
			sums.weight += x.value + m.value;
			sums.lnSum += (x.value + m.value) * Math.log(r);
		}
		byPartner.set(partner, sums);
	}
	return [...byPartner]
		.map(([partner, sums]) => ({
			iso3: partner,
			trade: sums.trade / YEARS.length,
			twoWay: sums.twoWay / YEARS.length,
			supShare: sums.sup / sums.twoWay,
			premium: Math.expm1(sums.lnSum / sums.weight)
		}))
		.sort((a, b) => b.trade - a.trade);
}

/**
 * A compact amount as the page prints it ("$6M", "$4.9M", "$950.2K": one decimal at most, the
 * browser's ICU dropping a trailing zero) equals `expected` to within its last printed digit.
 */
function expectMoney(printed: string, expected: number): void {
	const match = /^\$([\d.,]+)([KMB]?)$/.exec(printed);
	expect(match, printed).not.toBeNull();
	const unit = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match?.[2] ?? ''] ?? NaN;
	const value = Number((match?.[1] ?? '').replace(/,/g, '')) * unit;
	expect(Math.abs(value - expected), `${printed} for ${expected}`).toBeLessThanOrEqual(0.05 * unit);
}

/** HS6 codes of the bundled nomenclature under the basket's chapters. */
function nomenclatureHs6Count(): number {
	const lines = readFileSync('static/nomenclature/hs2022.csv', 'utf8').split('\n');
	const codes = new Set<string>();
	for (const line of lines) {
		const code = /^[^,]*,(\d{6}),/.exec(line)?.[1];
		if (code && BASKET_CHAPTERS.includes(code.slice(0, 2))) codes.add(code);
	}
	return codes.size;
}

describe('the consortium sample opens on its basket', () => {
	it('leads the quick check with the quadrant and the largest markets, figures as in the files', async () => {
		const markets = sampleMarkets();
		const total = markets.reduce((sum, market) => sum + market.trade, 0);
		const ranked = markets.filter((market) => market.trade >= 0.01 * total);
		const onChart = ranked.filter((market) => market.twoWay > 0);
		const top = ranked.slice(0, 5);
		expect(top).toHaveLength(5);

		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/?sample=consortium');
		await page.locator('[data-testid="partner-table"] [data-partner]').first().waitFor();

		// The ready basket, applied, with the HS6 codes its chapters cover once the nomenclature is in.
		expect(await page.locator('[data-testid="basket-select"]').inputValue()).toBe(
			'Footwear and leather'
		);
		const applied = page.locator('[data-testid="basket-applied-covered"][data-codes]');
		await applied.waitFor();
		const hs6 = nomenclatureHs6Count();
		expect(hs6).toBeGreaterThan(50);
		expect(Number(await applied.getAttribute('data-codes'))).toBe(hs6);
		expect(await applied.textContent()).toContain(`3 patterns · ${hs6} HS6 codes covered`);
		await expect.poll(() => page.url()).toContain('b=Footwear+and+leather:41,42,64');

		await openView(page, 'quickcheck');
		await page.locator('[data-testid="quickcheck-table"] tbody tr[data-row]').first().waitFor();
		expect(await page.locator('[data-testid="quickcheck-view"] h2').textContent()).toBe(
			'Basket: Footwear and leather'
		);
		expect(await page.locator('[data-testid="quickcheck-view"] [role="note"]').count()).toBe(0);

		// The table's trade is the files' (the basket only), market by market.
		const trades = await columnValues(page, 'quickcheck-table', 'trade');
		expect(trades.size).toBe(markets.length);
		for (const market of markets)
			expect(trades.get(market.iso3), market.iso3).toBeCloseTo(market.trade, 4);

		// The quadrant: drawn, one bubble per market over the threshold with two-way trade.
		const chart = page.locator('[data-testid="quickcheck-quadrant-chart"]');
		await chart.locator('svg').waitFor();
		// ECharts draws a bubble as a unit circle scaled by its transform.
		const bubbles = chart.locator('svg path[d^="M1 0A1 1 0 1 1 1 -0.0"]');
		await expect.poll(() => bubbles.count()).toBe(onChart.length);
		// The quadrants' names, each maybe wrapped over lines of its own.
		const svgTexts = await chart
			.locator('svg text')
			.evaluateAll((texts) => texts.map((text) => text.textContent?.trim() ?? '').join(' '));
		for (const name of [
			'Dearer and up-market',
			'Up-market, cheaper overall',
			'Dearer, not up-market',
			'Cheaper, competing on price'
		]) {
			expect(svgTexts.replace(/\s+/g, ' ')).toContain(name);
		}
		// Its description places each market: premium and VIIT-sup share as summed here (±1 pp
		// for the printed rounding of a figure on a half).
		const description = (await chart.getAttribute('aria-label')) ?? '';
		const names = new Map(top.map((market) => [market.iso3, '']));
		for (const market of onChart) {
			const sentence = page.locator(
				`[data-testid="quickcheck-sentence"][data-partner="${market.iso3}"]`
			);
			if ((await sentence.count()) > 0) {
				names.set(market.iso3, ((await sentence.textContent()) ?? '').split(':')[0].trim());
			}
		}
		for (const market of top.filter((m) => m.twoWay > 0)) {
			const name = names.get(market.iso3) ?? '';
			const placed = new RegExp(
				`${name}: price premium ([+\\-−]?\\d+)%, superior VIIT (\\d+)% of two-way trade`
			).exec(description);
			expect(placed, `${market.iso3} in ${description}`).not.toBeNull();
			const premium = Number(placed?.[1].replace('−', '-'));
			const sup = Number(placed?.[2]);
			expect(Math.abs(premium - market.premium * 100)).toBeLessThanOrEqual(1);
			expect(Math.abs(sup - market.supShare * 100)).toBeLessThanOrEqual(1);
		}

		// Then a sentence for each of the five largest markets only, naming trade and two-way trade.
		const sentences = page.locator('[data-testid="quickcheck-sentence"]');
		expect(
			await sentences.evaluateAll((all) => all.map((p) => p.getAttribute('data-partner')))
		).toEqual(top.map((market) => market.iso3));
		for (const market of top) {
			const text =
				(
					await page
						.locator(`[data-testid="quickcheck-sentence"][data-partner="${market.iso3}"]`)
						.textContent()
				)?.trim() ?? '';
			const amounts = /: (\S+) a year of basket trade, (\S+) of it two-way/.exec(text);
			expect(amounts, text).not.toBeNull();
			expectMoney(amounts?.[1] ?? '', market.trade);
			expectMoney(amounts?.[2] ?? '', market.twoWay);
			expect(text).toContain(
				`${Math.round(market.supShare * 100)}% of the two-way trade is sold dearer`
			);
		}
		// No trend claims a rise or fall between equal printed shares.
		for (const trend of await page.locator('[data-trend]').all()) {
			const words = (await trend.textContent()) ?? '';
			const shares = [...words.matchAll(/(\d+)% in \d{4}/g)].map((m) => m[1]);
			if (shares.length === 2 && shares[0] === shares[1]) expect(words).toContain('stable');
		}
		// The order on the page: quadrant, sentences, table.
		const order = await page.evaluate(() =>
			['quickcheck-quadrant', 'quickcheck-sentence', 'quickcheck-table'].map((id) => {
				const element = document.querySelector(`[data-testid="${id}"]`);
				return element ? element.getBoundingClientRect().top + window.scrollY : -1;
			})
		);
		expect(order[0]).toBeGreaterThanOrEqual(0);
		expect(order[0]).toBeLessThan(order[1]);
		expect(order[1]).toBeLessThan(order[2]);

		// On a phone the chart takes the screen's width, no more.
		await page.setViewportSize({ width: 390, height: 844 });
		await expect
			.poll(async () => {
				const box = await chart.locator('svg').boundingBox();
				return box !== null && box.x >= 0 && box.x + box.width <= 390 && box.width > 250;
			})
			.toBe(true);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	it('keeps "no basket" through a reload once the sample’s basket is removed', async () => {
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/?sample=consortium&v=quickcheck');
		const select = page.locator('[data-testid="basket-select"]');
		await expect.poll(() => select.inputValue()).toBe('Footwear and leather');
		await select.selectOption('');
		await expect.poll(() => page.url()).toContain('b=-');
		await page.reload();
		await page.locator('[data-testid="quickcheck-table"] tbody tr[data-row]').first().waitFor();
		expect(await select.inputValue()).toBe('');
		expect(
			await page.locator('[data-testid="quickcheck-view"] [role="note"]').innerText()
		).toContain('No basket chosen');
		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});

describe('the quick check for a consortium basket', () => {
	it('builds a basket, checks the markets, survives a reload, and links without data', async () => {
		const watched = await openWatchedPage(browser, { locale: 'en-US' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/?sample=consortium');
		await page.locator('[data-testid="partner-table"] [data-partner]').first().waitFor();
		expect(await page.locator('[data-testid="dataset-facts"]').getAttribute('data-format')).toBe(
			'comex-stat'
		);

		// A basket of one's own: footwear (chapter 64) picked from the nomenclature search, leather
		// bags typed, in a new basket (the editor holds the sample's).
		await page.locator('[data-testid="basket-new"]').click();
		await page.locator('[data-testid="basket-name"]').fill('Footwear and bags');
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
