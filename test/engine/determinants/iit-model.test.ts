/**
 * The IIT model's panel built from hand-made cells and covariates: every row and regressor
 * written out by hand, every drop counted, and the estimates equal to estimatePanel on an input
 * the test builds itself (and, for pooled OLS, to the normal equations solved here).
 */
import { describe, expect, it } from 'vitest';
import { countryYearKey } from '../../../src/lib/engine/determinants/covariates';
import { capitalDistanceKm } from '../../../src/lib/engine/determinants/distance';
import { buildIitPanel, viitByPartnerYear } from '../../../src/lib/engine/determinants/iit-model';
import { runDeterminants } from '../../../src/lib/engine/determinants/run';
import type { Covariates } from '../../../src/lib/engine/determinants/types';
import { estimatePanel, type PanelInput } from '../../../src/lib/engine/panel';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type { Cell, ClassSplit, SectorId } from '../../../src/lib/engine/model/types';
import { inverse, normalEquations, times } from '../panel/helpers';

function split(viitSup: number, viitInf: number, hiit = 0): ClassSplit {
	return { oneWay: 1, hiit, viitSup, viitInf, unclassified: 0, outlier: 0 };
}

/** A cell of BRA (unless said) whose GHM and FF VIIT-sup / VIIT-inf are given. */
function cell(
	year: number,
	partner: string,
	ghm: [number, number],
	ff: [number, number],
	sector: SectorId = 'machinery',
	reporter = 'BRA'
): Cell {
	const g = split(...ghm, 1);
	const f = split(...ff);
	return {
		year,
		reporter,
		partner,
		sector,
		trade: 1000,
		ghm: g,
		ff: f,
		quality: { weight: 0, sum: 0, sumSq: 0 },
		exports: 0,
		imports: 0
	};
}

const CELLS: Cell[] = [
	cell(2001, 'ARG', [10, 20], [15, 25]),
	cell(2001, 'ARG', [5, 0], [5, 5], 'textiles'), // summed with the line above: 35 and 50
	cell(2002, 'ARG', [40, 0], [40, 10]),
	cell(2003, 'ARG', [7, 3], [8, 4]), // GDPpc equal to Brazil's in 2003: zero-dif
	cell(2004, 'ARG', [1, 1], [1, 1]), // no Brazil covariates in 2004
	cell(2001, 'USA', [100, 50], [120, 60]),
	cell(2002, 'USA', [80, 0], [90, 0]),
	cell(2003, 'USA', [60, 60], [70, 70]),
	cell(2001, 'DEU', [30, 0], [30, 10]),
	cell(2002, 'DEU', [20, 0], [20, 0]), // no German covariates in 2002
	cell(2003, 'DEU', [25, 5], [30, 5]),
	cell(2001, 'CHN', [12, 8], [14, 8]),
	cell(2002, 'CHN', [0, 0], [5, 5]), // GHM: all HIIT, VIIT 0
	cell(2003, 'CHN', [9, 0], [9, 3]),
	cell(2001, 'BR249', [3, 0], [3, 0]), // no capital, no distance in the file
	cell(2000, 'USA', [9, 9], [9, 9]), // before the selection
	cell(2001, 'BRA', [9, 9], [9, 9], 'machinery', 'ARG') // another reporter
];

/** [country, year, GDP, GDP per capita]. */
const FIGURES: [string, number, number, number][] = [
	['BRA', 2001, 500, 3000],
	['BRA', 2002, 600, 3200],
	['BRA', 2003, 700, 3500],
	['ARG', 2001, 300, 8000],
	['ARG', 2002, 100, 2500],
	['ARG', 2003, 150, 3500],
	['ARG', 2004, 160, 3600],
	['USA', 2001, 10000, 36000],
	['USA', 2002, 10500, 37000],
	['USA', 2003, 11000, 38000],
	['DEU', 2001, 2000, 24000],
	['DEU', 2003, 2400, 28000],
	['CHN', 2001, 1300, 1000],
	['CHN', 2002, 1500, 1100],
	['CHN', 2003, 1700, 1300],
	['BR249', 2001, 50, 5000]
];

const COVARIATES: Covariates = {
	files: [{ file: 'cov.csv', kind: 'template', rowsRead: 16, rowsUsed: 16, dropped: {} }],
	countryYears: Object.fromEntries(
		FIGURES.map(([iso3, year, gdp, gdpPerCapita]) => [
			countryYearKey(iso3, year),
			{ gdp, gdpPerCapita }
		])
	),
	distances: { USA: 6800 }, // the file's distance wins over the table's for the USA
	sources: { gdp: [], gdpPerCapita: [] },
	distanceMeasure: null,
	unpaired: { gdpOnly: 0, gdpPerCapitaOnly: 0 }
};

const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2001,
	yearTo: 2004,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};
const FILTER = { reporter: 'BRA', yearFrom: 2001, yearTo: 2004, partners: ALL_PARTNERS };

const km = (partner: string) => capitalDistanceKm('BRA', partner) as number;

/**
 * The rows used, by hand: [partner, year, VIIT, GDP_i, GDP_j, DIST, GDPpc_i, GDPpc_j],
 * in partner then year order. GHM leaves out CHN 2002 (VIIT 0); FF keeps it with VIIT 10.
 */
function handRows(
	method: 'ghm' | 'ff'
): [string, number, number, number, number, number, number, number][] {
	const ghm = method === 'ghm';
	return [
		['ARG', 2001, ghm ? 35 : 50, 500, 300, km('ARG'), 3000, 8000],
		['ARG', 2002, ghm ? 40 : 50, 600, 100, km('ARG'), 3200, 2500],
		['CHN', 2001, ghm ? 20 : 22, 500, 1300, km('CHN'), 3000, 1000],
		...(ghm
			? []
			: [
					['CHN', 2002, 10, 600, 1500, km('CHN'), 3200, 1100] as [
						string,
						number,
						number,
						number,
						number,
						number,
						number,
						number
					]
				]),
		['CHN', 2003, ghm ? 9 : 12, 700, 1700, km('CHN'), 3500, 1300],
		['DEU', 2001, ghm ? 30 : 40, 500, 2000, km('DEU'), 3000, 24000],
		['DEU', 2003, ghm ? 30 : 35, 700, 2400, km('DEU'), 3500, 28000],
		['USA', 2001, ghm ? 150 : 180, 500, 10000, 6800, 3000, 36000],
		['USA', 2002, ghm ? 80 : 90, 600, 10500, 6800, 3200, 37000],
		['USA', 2003, ghm ? 120 : 140, 700, 11000, 6800, 3500, 38000]
	];
}

/** The panel input of the hand rows, built here from first principles. */
function handInput(method: 'ghm' | 'ff'): PanelInput {
	const rows = handRows(method);
	return {
		entity: rows.map((r) => r[0]),
		time: rows.map((r) => r[1]),
		yName: 'log(VIIT)',
		y: rows.map((r) => Math.log(r[2])),
		regressors: [
			{ name: 'log(GDP_i)', values: rows.map((r) => Math.log(r[3])) },
			{ name: 'log(GDP_j)', values: rows.map((r) => Math.log(r[4])) },
			{ name: 'log(DIST)', values: rows.map((r) => Math.log(r[5])) },
			{ name: 'log(DIF)', values: rows.map((r) => Math.log(Math.abs(r[6] - r[7]))) }
		]
	};
}

describe('viitByPartnerYear', () => {
	it('sums VIIT-sup + VIIT-inf over sectors, in the selection only, by partner then year', () => {
		const sums = viitByPartnerYear(CELLS, FILTER, 'ghm');
		expect(sums.slice(0, 4)).toEqual([
			{ partner: 'ARG', year: 2001, viit: 35 }, // 10 + 20 + 5 + 0
			{ partner: 'ARG', year: 2002, viit: 40 },
			{ partner: 'ARG', year: 2003, viit: 10 },
			{ partner: 'ARG', year: 2004, viit: 2 }
		]);
		expect(sums[4]).toEqual({ partner: 'BR249', year: 2001, viit: 3 });
		expect(sums).toHaveLength(14); // 4 ARG + 3 USA + 3 DEU + 3 CHN + 1 "BR249"
		const onlyUsa = viitByPartnerYear(
			CELLS,
			{ ...FILTER, partners: { kind: 'country', id: 'USA' } },
			'ff'
		);
		expect(onlyUsa.map((s) => s.viit)).toEqual([180, 90, 140]);
	});
});

describe('buildIitPanel', () => {
	it.each(['ghm', 'ff'] as const)(
		'%s: builds y and every regressor exactly as by hand',
		(method) => {
			const panel = buildIitPanel(CELLS, COVARIATES, FILTER, method);
			expect(panel.input).toEqual(handInput(method));
		}
	);

	it('counts the drops by reason: candidates − Σ dropped = rows', () => {
		const ghm = buildIitPanel(CELLS, COVARIATES, FILTER, 'ghm');
		expect(ghm.candidates).toBe(14);
		expect(ghm.dropped).toEqual({
			'zero-viit': 1, // CHN 2002
			'missing-reporter-covariates': 1, // ARG 2004
			'missing-partner-covariates': 1, // DEU 2002
			'zero-dif': 1, // ARG 2003: 3 500 = 3 500
			'no-distance': 1 // "BR249"
		});
		expect(ghm.input.y).toHaveLength(9);
		const ff = buildIitPanel(CELLS, COVARIATES, FILTER, 'ff');
		expect(ff.dropped).not.toHaveProperty('zero-viit');
		expect(ff.input.y).toHaveLength(14 - 4);
		// USA's three rows take the file's 6 800 km, the others the table.
		expect([ghm.distancesFromFile, ghm.distancesBuiltIn]).toEqual([3, 6]);
	});
});

describe('runDeterminants', () => {
	it.each([false, true])(
		'equals estimatePanel on the hand-built input (year effects: %s)',
		(timeEffects) => {
			const result = runDeterminants(CELLS, COVARIATES, { selection: SELECTION, timeEffects });
			for (const method of ['ghm', 'ff'] as const) {
				expect(result[method].method).toBe(method);
				expect(result[method].estimates).toEqual(
					estimatePanel(handInput(method), { timeEffects, timeName: 'year' })
				);
			}
			// The ledgers and sources only: the lookup tables stay in the worker.
			const { countryYears: _countryYears, distances: _distances, ...ledgers } = COVARIATES;
			expect(result.covariates).toEqual(ledgers);
			expect(result.distanceSource).toBe('both');
		}
	);

	it('gives pooled OLS the coefficients of the normal equations solved by hand', () => {
		const { estimates } = runDeterminants(CELLS, COVARIATES, {
			selection: SELECTION,
			timeEffects: false
		}).ff;
		const input = handInput('ff');
		const design = input.y.length;
		const rows = Array.from({ length: design }, (_, i) => [
			1,
			...input.regressors.map((r) => r.values[i])
		]);
		const { xtx, xty } = normalEquations(rows, Array.from(input.y));
		const beta = times(inverse(xtx), xty);
		const pooling = estimates?.pooling;
		if (!pooling?.ok) throw new Error('pooling failed');
		expect(pooling.terms).toEqual([
			'(Intercept)',
			'log(GDP_i)',
			'log(GDP_j)',
			'log(DIST)',
			'log(DIF)'
		]);
		pooling.coef.forEach((coef, k) => expect(coef).toBeCloseTo(beta[k], 8));
	});

	it('drops ln GDP_i against year effects and ln DIST under fixed effects, by name', () => {
		const { ghm } = runDeterminants(CELLS, COVARIATES, { selection: SELECTION, timeEffects: true });
		const within = ghm.estimates?.within;
		const pooling = ghm.estimates?.pooling;
		expect(pooling?.dropped).toContainEqual({ term: 'log(GDP_i)', reason: 'varies-only-by-time' });
		expect(within?.dropped.map((d) => d.term)).toEqual(
			expect.arrayContaining(['log(GDP_i)', 'log(DIST)'])
		);
	});

	it('says where distances came from, and has no estimates when nothing is left', () => {
		const noFile = { ...COVARIATES, distances: {} };
		expect(
			runDeterminants(CELLS, noFile, { selection: SELECTION, timeEffects: false }).distanceSource
		).toBe('built-in');
		const usaOnly: Selection = { ...SELECTION, partners: { kind: 'country', id: 'USA' } };
		expect(
			runDeterminants(CELLS, COVARIATES, { selection: usaOnly, timeEffects: false }).distanceSource
		).toBe('file');
		const empty = runDeterminants(CELLS, COVARIATES, {
			selection: { ...SELECTION, reporter: 'CHL' },
			timeEffects: false
		});
		expect(empty.ghm).toEqual({ method: 'ghm', candidates: 0, dropped: {}, estimates: null });
		expect(empty.distanceSource).toBe('file'); // nothing used: the file has a distance column
	});
});
