/**
 * Hand-made regression answers for the view's tests: GHM with all three models (the reporter's
 * GDP dropped against the year effects, distance under fixed effects), FF with fixed and random
 * effects failed. The numbers are arbitrary; p-values sit on the stars' boundaries.
 */
import type { DeterminantsResult } from '../../../../src/lib/engine/determinants/types';
import type {
	DroppedTerm,
	PanelFailure,
	PanelFit,
	PanelModelName
} from '../../../../src/lib/engine/panel/types';

/** One term's numbers: coefficient, classical SE and p, cluster SE and p. */
type TermNumbers = [term: string, coef: number, se: number, p: number, seC: number, pC: number];

/** A fit with the given terms; statistics not under test are filled with plausible values. */
export function fit(
	model: PanelModelName,
	rows: TermNumbers[],
	stats: { nobs: number; entities: number; r2: number },
	dropped: DroppedTerm[] = []
): PanelFit {
	const k = rows.length;
	return {
		ok: true,
		model,
		terms: rows.map((row) => row[0]),
		coef: rows.map((row) => row[1]),
		se: rows.map((row) => row[2]),
		p: rows.map((row) => row[3]),
		seCluster: rows.map((row) => row[4]),
		pCluster: rows.map((row) => row[5]),
		t: rows.map((row) => row[1] / row[2]),
		vcov: Array.from({ length: k }, () => new Array<number>(k).fill(0)),
		vcovCluster: Array.from({ length: k }, () => new Array<number>(k).fill(0)),
		r2: stats.r2,
		nobs: stats.nobs,
		entities: stats.entities,
		periods: { min: 2, max: 2, distinct: 2 },
		balanced: true,
		dfResidual: stats.nobs - k,
		sigma2: 1,
		dropped
	};
}

/** A model that could not be estimated. */
export function failure(
	model: PanelModelName,
	code: PanelFailure['code'],
	dropped: DroppedTerm[] = []
): PanelFailure {
	return { ok: false, model, code, message: `${model} failed`, dropped };
}

const GDP_I_DROPPED: DroppedTerm = { term: 'log(GDP_i)', reason: 'varies-only-by-time' };
const DIST_DROPPED: DroppedTerm = { term: 'log(DIST)', reason: 'no-within-variation' };

/** GHM pooled: every term estimated (no year effects in this model). */
export const GHM_POOLING = fit(
	'pooling',
	[
		['(Intercept)', -6.479, 1.674, 0.0099, 2.5, 0.012],
		['log(GDP_i)', 0.025, 0.054, 0.5, 0.06, 0.6],
		['log(GDP_j)', 1.349, 0.022, 0.0001, 0.03, 0.0002],
		['log(DIST)', -2.493, 0.09, 0.01, 0.1, 0.049],
		['log(DIF)', -0.111, 0.033, 0.05, 0.04, 0.0999]
	],
	{ nobs: 6198, entities: 35, r2: 0.373 }
);

/** GHM within: no intercept, the reporter's GDP and distance dropped, year effects kept. */
export const GHM_WITHIN = fit(
	'within',
	[
		['log(GDP_j)', 0.887, 0.105, 0.001, 0.2, 0.02],
		['log(DIF)', -0.04, 0.038, 0.1, 0.05, 0.3],
		['factor(year)2002', 0.3, 0.1, 0.01, 0.1, 0.01]
	],
	{ nobs: 6198, entities: 35, r2: 0.395 },
	[GDP_I_DROPPED, DIST_DROPPED]
);

/** GHM random: the reporter's GDP dropped, year effects kept. */
export const GHM_RANDOM = fit(
	'random',
	[
		['(Intercept)', -7.637, 3.19, 0.03, 3.5, 0.04],
		['log(GDP_j)', 1.293, 0.062, 0.0001, 0.07, 0.0001],
		['log(DIST)', -2.693, 0.33, 0.0001, 0.35, 0.0001],
		['log(DIF)', -0.106, 0.034, 0.002, 0.04, 0.008],
		['factor(year)2002', 0.2, 0.1, 0.05, 0.1, 0.05]
	],
	{ nobs: 6198, entities: 35, r2: 0.479 },
	[GDP_I_DROPPED]
);

/** The whole answer: GHM complete with a Hausman test; FF with only the pooled model. */
export function answer(): DeterminantsResult {
	return {
		covariates: {
			files: [
				{
					file: 'gdp.csv',
					kind: 'template',
					rowsRead: 80,
					rowsUsed: 78,
					dropped: { 'empty-value': { rows: 2, firstLines: [5, 9] } }
				}
			],
			sources: {
				gdp: [{ series: 'template', name: null, countryYears: 78 }],
				gdpPerCapita: [{ series: 'template', name: null, countryYears: 78 }]
			},
			distanceMeasure: null,
			unpaired: { gdpOnly: 0, gdpPerCapitaOnly: 0 }
		},
		distanceSource: 'built-in',
		ghm: {
			method: 'ghm',
			candidates: 6300,
			dropped: { 'zero-viit': 90, 'missing-partner-covariates': 10, 'zero-dif': 2 },
			estimates: {
				pooling: GHM_POOLING,
				within: GHM_WITHIN,
				random: GHM_RANDOM,
				hausman: { ok: true, chisq: 18.36, df: 3, p: 0.00037, terms: ['a', 'b', 'c'] },
				entityIds: []
			}
		},
		ff: {
			method: 'ff',
			candidates: 5700,
			dropped: {},
			estimates: {
				pooling: fit(
					'pooling',
					[
						['(Intercept)', -5.564, 1.805, 0.2, 1.9, 0.3],
						['log(GDP_i)', 0.032, 0.058, 0.6, 0.06, 0.6],
						['log(GDP_j)', 1.26, 0.024, 0.0001, 0.03, 0.0001],
						['log(DIST)', -2.292, 0.097, 0.0001, 0.1, 0.0001],
						['log(DIF)', -0.102, 0.035, 0.004, 0.04, 0.01]
					],
					{ nobs: 5657, entities: 34, r2: 0.33 }
				),
				within: failure('within', 'no-within-variation'),
				random: failure('random', 'needs-within'),
				hausman: { ok: false, code: 'model-failed', message: 'a model failed' },
				entityIds: []
			}
		}
	};
}
