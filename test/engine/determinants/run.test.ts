/**
 * The determinants run on a larger synthetic panel (14 partners × 5 years, seeded), where random
 * effects and the Hausman test can be estimated: the result equals estimatePanel on an input the
 * test builds from the raw figures, and survives a structured clone (the worker boundary).
 */
import { describe, expect, it } from 'vitest';
import { capitalDistanceKm } from '../../../src/lib/engine/determinants/distance';
import { runDeterminants } from '../../../src/lib/engine/determinants/run';
import type { Covariates } from '../../../src/lib/engine/determinants/types';
import { estimatePanel, type PanelInput } from '../../../src/lib/engine/panel';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type { Cell } from '../../../src/lib/engine/model/types';
import { seeded } from '../panel/helpers';

const PARTNERS = ['ARG', 'AUS', 'CAN', 'CHE', 'CHL', 'DEU', 'ESP', 'FRA'];
const MORE = ['GBR', 'ITA', 'JPN', 'KOR', 'MEX', 'USA'];
const YEARS = [2001, 2002, 2003, 2004, 2005];
const random = seeded(6);

/** Per partner-year: GHM and FF VIIT, and the partner's GDP and GDP per capita. */
const DRAWS = [...PARTNERS, ...MORE].flatMap((partner) =>
	YEARS.map((year) => ({
		partner,
		year,
		ghm: 10 + 990 * random(),
		ff: 10 + 1500 * random(),
		gdp: 100 + 20000 * random(),
		gdpPerCapita: 5000 + 60000 * random()
	}))
);
const BRAZIL = YEARS.map((year, i) => ({ year, gdp: 500 + 60 * i, gdpPerCapita: 3000 + 150 * i }));

/** Each partner-year's VIIT split over two sectors, so the run must add them up. */
const CELLS: Cell[] = DRAWS.flatMap((d) =>
	(['machinery', 'metals'] as const).map((sector, half) => ({
		year: d.year,
		reporter: 'BRA',
		partner: d.partner,
		sector,
		trade: 5000,
		exports: 2500,
		imports: 2500,
		// Halves and quarters are exact in binary: the sums are the draws to the last bit.
		ghm: {
			oneWay: 0,
			hiit: 0,
			viitSup: half * (d.ghm / 2),
			viitInf: (1 - half) * (d.ghm / 2),
			unclassified: 0,
			outlier: 0
		},
		ff: { oneWay: 0, hiit: 0, viitSup: d.ff / 4, viitInf: d.ff / 4, unclassified: 0, outlier: 0 },
		quality: { weight: 0, sum: 0, sumSq: 0 }
	}))
);

const COVARIATES: Covariates = {
	files: [{ file: 'synthetic.csv', kind: 'template', rowsRead: 75, rowsUsed: 75, dropped: {} }],
	countryYears: Object.fromEntries([
		...BRAZIL.map((b) => [`BRA|${b.year}`, { gdp: b.gdp, gdpPerCapita: b.gdpPerCapita }]),
		...DRAWS.map((d) => [`${d.partner}|${d.year}`, { gdp: d.gdp, gdpPerCapita: d.gdpPerCapita }])
	]),
	distances: {},
	sources: { gdp: [], gdpPerCapita: [] },
	distanceMeasure: null,
	unpaired: { gdpOnly: 0, gdpPerCapitaOnly: 0 }
};

const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2001,
	yearTo: 2005,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};

/** The regression input from the raw draws (already in partner, year order). */
function handInput(method: 'ghm' | 'ff'): PanelInput {
	const brazil = (year: number) => BRAZIL[year - 2001];
	return {
		entity: DRAWS.map((d) => d.partner),
		time: DRAWS.map((d) => d.year),
		yName: 'log(VIIT)',
		y: DRAWS.map((d) => Math.log(d[method])),
		regressors: [
			{ name: 'log(GDP_i)', values: DRAWS.map((d) => Math.log(brazil(d.year).gdp)) },
			{ name: 'log(GDP_j)', values: DRAWS.map((d) => Math.log(d.gdp)) },
			{
				name: 'log(DIST)',
				values: DRAWS.map((d) => Math.log(capitalDistanceKm('BRA', d.partner) as number))
			},
			{
				name: 'log(DIF)',
				values: DRAWS.map((d) => Math.log(Math.abs(brazil(d.year).gdpPerCapita - d.gdpPerCapita)))
			}
		]
	};
}

describe('runDeterminants on 14 partners × 5 years', () => {
	it.each([false, true])(
		'matches estimatePanel for both methods (year effects: %s)',
		(timeEffects) => {
			const result = runDeterminants(CELLS, COVARIATES, { selection: SELECTION, timeEffects });
			for (const method of ['ghm', 'ff'] as const) {
				const fit = result[method];
				expect(fit.candidates).toBe(70);
				expect(fit.dropped).toEqual({});
				const expected = estimatePanel(handInput(method), { timeEffects, timeName: 'year' });
				expect(fit.estimates).toEqual(expected);
				// The three models and the test all estimated: a real comparison, not two failures.
				expect(fit.estimates?.pooling.ok).toBe(true);
				expect(fit.estimates?.within.ok).toBe(true);
				expect(fit.estimates?.random.ok).toBe(true);
				expect(fit.estimates?.hausman.ok).toBe(true);
			}
			expect(result.distanceSource).toBe('built-in');
		}
	);

	it('crosses the worker boundary unchanged', () => {
		const result = runDeterminants(CELLS, COVARIATES, { selection: SELECTION, timeEffects: true });
		expect(structuredClone(result)).toEqual(result);
	});
});
