/**
 * The "Determinants" view in Chromium, as a researcher uses it: open the demo, download the
 * covariates template, fill it with GDPs drawn from a seed, upload it, and read the paper's
 * Tables 6–7 for GHM and FF. The numbers are checked against two routes run here in Node on the
 * same demo file: the worker API itself (every coefficient, both kinds of SE), and the
 * observation count worked out from the classified cells and the filled template.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/prng';
import type {
	DeterminantsQuery,
	DeterminantsResult
} from '../../src/lib/engine/determinants/types';
import type { PanelFit } from '../../src/lib/engine/panel/types';
import { ALL_PARTNERS, ALL_PRODUCTS, type Selection } from '../../src/lib/engine/model/selection';
import type { Cell, ClassifySettings, ReadOptions } from '../../src/lib/engine/model/types';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';
import { launchBrowser, openWatchedPage } from './browser';
import { openView, waitForResults } from './page-helpers';

const DEMO = resolve('static/samples/demo-baci.csv');
// The app's defaults: the demo is read and classified with these.
const READ: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'auto',
	includeReExports: false,
	mapping: null
};
const SETTINGS: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2015,
	yearTo: 2022,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};
const COLUMNS = ['pooling', 'within', 'random'] as const;
// One partner-year left without GDP: its observation is dropped for missing covariates.
const GAP = { year: 2016 };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Clicks a download button and returns the downloaded text. */
async function download(page: Page, testid: string): Promise<string> {
	const event = page.waitForEvent('download');
	await page.locator(`[data-testid="${testid}"]`).click();
	return readFile(await (await event).path(), 'utf8');
}

/** The template with GDP and GDP per capita drawn from a seed; `gapPartner` loses one year. */
function fillTemplate(template: string, gapPartner: string): string {
	const random = createRandom('determinants-e2e', 2024);
	const [header, ...rows] = template.trim().split(/\r?\n/);
	const filled = rows.map((row) => {
		const [iso3, year, , , distance] = row.split(',');
		if (iso3 === gapPartner && Number(year) === GAP.year) return `${iso3},${year},,,${distance}`;
		const gdp = random.logUniform(1e10, 2e13).toFixed(0);
		const perCapita = random.logUniform(800, 90_000).toFixed(2);
		return [iso3, year, gdp, perCapita, distance].join(',');
	});
	return [header, ...filled].join('\n') + '\n';
}

/** The regression computed in Node by the worker's own API on the same demo file. */
async function nodeResult(covariates: string, timeEffects: boolean) {
	const api = createAnalysisApi();
	const bytes = await readFile(DEMO);
	unwrapOutcome(await api.read([new File([bytes], 'demo-baci.csv')], READ));
	const cells = unwrapOutcome(await api.classify(SETTINGS, ALL_PRODUCTS));
	const query: DeterminantsQuery = {
		settings: SETTINGS,
		selection: SELECTION,
		covariates: [{ blob: new Blob([covariates]), name: 'covariates.csv' }],
		distanceMeasure: 'dist',
		timeEffects
	};
	const result = unwrapOutcome(await api.determinants(query));
	return { cells, result };
}

/**
 * The observations the GHM regression should use, worked out from the cells: partner-years of
 * BRA with VIIT > 0 (summed over sectors) whose partner and BRA have GDP that year in the filled
 * file and whose distance the template gave; GDP per capita never ties (drawn at random).
 */
function expectedObservations(cells: Cell[], filled: string): number {
	const viit = new Map<string, number>();
	for (const cell of cells) {
		if (cell.reporter !== 'BRA') continue;
		const key = `${cell.partner}|${cell.year}`;
		viit.set(key, (viit.get(key) ?? 0) + cell.ghm.viitSup + cell.ghm.viitInf);
	}
	const withGdp = new Set<string>();
	const withDistance = new Set<string>();
	for (const row of filled.trim().split('\n').slice(1)) {
		const [iso3, year, gdp, , distance] = row.split(',');
		if (gdp !== '') withGdp.add(`${iso3}|${year}`);
		if (distance !== '') withDistance.add(iso3);
	}
	let count = 0;
	for (const [key, value] of viit) {
		const [partner, year] = key.split('|');
		if (value > 0 && withGdp.has(key) && withGdp.has(`BRA|${year}`) && withDistance.has(partner)) {
			count++;
		}
	}
	return count;
}

/** The raw number of a table cell (its data attribute), or null when empty. */
async function attribute(page: Page, selector: string, name: string): Promise<number | null> {
	const raw = await page
		.locator(`[data-testid="determinants-table"] ${selector}`)
		.first()
		.getAttribute(name);
	return raw === null || raw === '' ? null : Number(raw);
}

/**
 * The same number up to the last bits: Chromium's and Node's V8 may round Math.log or Math.exp
 * differently in the last place, so 1e-9 relative (plm agreement asks for 6 digits).
 */
function expectClose(actual: number | null, expected: number): void {
	expect(actual).not.toBeNull();
	expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** Whether every term of the browser's table carries the Node fit's coefficient and SE. */
async function expectSameNumbers(
	page: Page,
	result: DeterminantsResult,
	se: 'se' | 'seCluster'
): Promise<void> {
	for (const method of ['ghm', 'ff'] as const) {
		for (const model of COLUMNS) {
			const fit = result[method].estimates?.[model];
			if (!fit?.ok) throw new Error(`${method} ${model} did not estimate`);
			for (const [index, term] of (fit as PanelFit).terms.entries()) {
				if (term.startsWith('factor(')) continue;
				const cell = `tr[data-term="${term}"] [data-col="${method}-${model}"]`;
				expectClose(await attribute(page, cell, 'data-value'), fit.coef[index]);
				expectClose(await attribute(page, cell, 'data-se'), fit[se][index]);
			}
		}
	}
}

describe('determinants', () => {
	it('estimates Tables 6–7 from a filled template, as the engine does in Node', async () => {
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA');
		await openView(page, 'determinants');
		await page.locator('[data-testid="determinants-view"]').waitFor();

		// The template lists BRA and every partner with trade, for each year of the selection.
		const template = await download(page, 'covariates-template');
		const rows = template.trim().split('\n');
		expect(rows[0]).toBe('iso3,year,gdp,gdp_per_capita,distance_km');
		const countries = [...new Set(rows.slice(1).map((row) => row.split(',')[0]))];
		const years = [...new Set(rows.slice(1).map((row) => Number(row.split(',')[1])))];
		expect(countries[0]).toBe('BRA');
		expect(years).toEqual(YEARS);
		expect(rows.length - 1).toBe(countries.length * YEARS.length);

		const gapPartner = countries.includes('USA') ? 'USA' : countries[1];
		const filled = fillTemplate(template, gapPartner);
		const node = await nodeResult(filled, true);
		const traded = new Set(
			node.cells.filter((cell) => cell.reporter === 'BRA' && cell.trade > 0).map((c) => c.partner)
		);
		expect(countries.slice(1).sort()).toEqual([...traded].sort());

		await page.locator('[data-testid="covariates-input"]').setInputFiles({
			name: 'covariates.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(filled, 'utf8')
		});
		await page.locator('[data-testid="determinants-table"]').waitFor();

		// Observations: the count worked out from the cells, in every column; the file's gap is
		// one partner-year without covariates (when that partner-year had VIIT).
		const nobs = expectedObservations(node.cells, filled);
		expect(nobs).toBeGreaterThan(50);
		for (const model of COLUMNS) {
			expect(
				await attribute(page, `[data-row="nobs"] [data-col="ghm-${model}"]`, 'data-value')
			).toBe(nobs);
			for (const method of ['ghm', 'ff']) {
				const r2 = await attribute(
					page,
					`[data-row="r2"] [data-col="${method}-${model}"]`,
					'data-value'
				);
				expect(r2).toBeGreaterThanOrEqual(0);
				expect(r2).toBeLessThanOrEqual(1);
			}
		}

		// Every coefficient and its cluster-robust SE (the default), then the classical ones.
		await expectSameNumbers(page, node.result, 'seCluster');
		await page.locator('[data-testid="se-classical"]').check();
		await page.locator('[data-testid="determinants-table"][data-se="classical"]').waitFor();
		await expectSameNumbers(page, node.result, 'se');

		// Year effects confound the reporter's GDP, dropped with a note; the Hausman test is shown.
		const gdpI = 'tr[data-term="log(GDP_i)"] [data-col="ghm-pooling"]';
		expect(await attribute(page, gdpI, 'data-value')).toBeNull();
		const hausman = node.result.ghm.estimates?.hausman;
		if (hausman?.ok) {
			expectClose(await attribute(page, '[data-method="ghm"]', 'data-value'), hausman.chisq);
		}
		expect(await page.locator('[data-row="hausman"]').textContent()).toMatch(/Hausman/);

		// Without year effects the reporter's GDP is estimated, as in Node.
		await page.locator('[data-testid="year-effects"]').uncheck();
		const plain = await nodeResult(filled, false);
		const pooling = plain.result.ghm.estimates?.pooling;
		if (!pooling?.ok) throw new Error('pooling did not estimate');
		const expected = pooling.coef[pooling.terms.indexOf('log(GDP_i)')];
		// The estimate appears once the worker answers the new question.
		await page.locator(`[data-testid="determinants-table"] ${gdpI}:not([data-value=""])`).waitFor();
		expectClose(await attribute(page, gdpI, 'data-value'), expected);

		// The CSV holds the same numbers at full precision (method, model, item, value, se, p, …).
		const csv = await download(page, 'determinants-csv');
		const line = csv.split('\r\n').find((row) => row.startsWith('GHM,pooling,log(GDP_j),'));
		if (!line) throw new Error('no GHM pooling log(GDP_j) line in the CSV');
		const [value, se, p] = line.split(',').slice(3, 6).map(Number);
		const gdpJ = pooling.terms.indexOf('log(GDP_j)');
		expectClose(value, pooling.coef[gdpJ]);
		expectClose(se, pooling.se[gdpJ]);
		expectClose(p, pooling.p[gdpJ]);
		expect(csv.startsWith('\uFEFF')).toBe(true);

		expect(watched.foreignRequests()).toEqual([]);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
