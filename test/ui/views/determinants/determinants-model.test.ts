/**
 * The regression table's layout from hand-made answers (fixture.ts): which number lands in which
 * cell, the stars at their boundaries, the lettered notes of every missing cell, the models'
 * statistics and the Hausman verdict; and, on a real estimate, that cells carry the estimator's
 * own numbers.
 */
import { describe, expect, it } from 'vitest';
import type { DeterminantsFit } from '../../../../src/lib/engine/determinants/types';
import { estimatePanel } from '../../../../src/lib/engine/panel';
import {
	EXPECTED_SIGNS,
	TERM_KEYS,
	determinantsTable,
	observationSummary,
	type EstimateCell
} from '../../../../src/lib/ui/views/determinants/determinants-model';
import { starsOf } from '../../../../src/lib/ui/views/determinants/stars';
import { answer } from './fixture';

const COLUMN_KEYS = [
	'ghm-pooling',
	'ghm-within',
	'ghm-random',
	'ff-pooling',
	'ff-within',
	'ff-random'
];

/** The cell of a term in a column. */
function cellAt(
	table: ReturnType<typeof determinantsTable>,
	term: string,
	column: string
): EstimateCell {
	const row = table.rows.find((candidate) => candidate.term === term);
	const index = table.columns.findIndex((candidate) => candidate.key === column);
	if (!row || index < 0) throw new Error(`no cell ${term} ${column}`);
	return row.cells[index];
}

describe('starsOf', () => {
	it('marks p below 1 %, 5 % and 10 % with three, two and one star (strictly below)', () => {
		expect(starsOf(0.0099)).toBe('***');
		expect(starsOf(0.01)).toBe('**');
		expect(starsOf(0.0499)).toBe('**');
		expect(starsOf(0.05)).toBe('*');
		expect(starsOf(0.0999)).toBe('*');
		expect(starsOf(0.1)).toBe('');
		expect(starsOf(0.8)).toBe('');
		expect(starsOf(Number.NaN)).toBe('');
	});
});

describe('determinantsTable', () => {
	it('has the paper’s rows with its expected signs, and GHM then FF, pooled–fixed–random', () => {
		const table = determinantsTable(answer(), 'classical');
		expect(table.rows.map((row) => row.term)).toEqual([...TERM_KEYS]);
		expect(table.rows.map((row) => row.expected)).toEqual(['+', '+', '-', '+', null]);
		expect(EXPECTED_SIGNS['log(DIF)']).toBe('+');
		expect(table.columns.map((column) => column.key)).toEqual(COLUMN_KEYS);
	});

	it('puts each coefficient with its classical SE and stars in its cell', () => {
		const table = determinantsTable(answer(), 'classical');
		expect(cellAt(table, 'log(GDP_j)', 'ghm-pooling')).toEqual({
			kind: 'estimate',
			coef: 1.349,
			se: 0.022,
			p: 0.0001,
			stars: '***'
		});
		// p = 0.01 is not below 1 %: two stars; p = 0.05 one; p = 0.5 none.
		expect(cellAt(table, 'log(DIST)', 'ghm-pooling')).toMatchObject({ se: 0.09, stars: '**' });
		expect(cellAt(table, 'log(DIF)', 'ghm-pooling')).toMatchObject({ stars: '*' });
		expect(cellAt(table, 'log(GDP_i)', 'ghm-pooling')).toMatchObject({ stars: '' });
		expect(cellAt(table, '(Intercept)', 'ghm-random')).toMatchObject({ coef: -7.637, se: 3.19 });
	});

	it('switches to the cluster-robust SEs and their p-values', () => {
		const table = determinantsTable(answer(), 'cluster');
		// Cluster: SE 0.1, p 0.049 → two stars (classical was p = 0.01 → two as well);
		// log(DIF): p 0.0999 → one star; intercept: p 0.012 → two (classical 0.0099 → three).
		expect(cellAt(table, 'log(DIST)', 'ghm-pooling')).toMatchObject({ se: 0.1, p: 0.049 });
		expect(cellAt(table, '(Intercept)', 'ghm-pooling')).toMatchObject({ se: 2.5, stars: '**' });
		expect(cellAt(table, 'log(GDP_j)', 'ghm-within')).toMatchObject({ se: 0.2, stars: '**' });
	});

	it('marks failed models, dropped terms and the absorbed intercept with one note per reason', () => {
		const table = determinantsTable(answer(), 'classical');
		// Columns are visited first (FF within, then FF random fail), then rows term by term.
		expect(table.notes).toEqual([
			{ mark: 'a', kind: 'failed', code: 'no-within-variation' },
			{ mark: 'b', kind: 'failed', code: 'needs-within' },
			{ mark: 'c', kind: 'dropped', reason: 'varies-only-by-time' },
			{ mark: 'd', kind: 'dropped', reason: 'no-within-variation' },
			{ mark: 'e', kind: 'absorbed' }
		]);
		expect(table.columns.map((column) => column.failureMark)).toEqual([
			null,
			null,
			null,
			null,
			'a',
			'b'
		]);
		expect(cellAt(table, 'log(GDP_i)', 'ghm-within')).toEqual({ kind: 'dropped', mark: 'c' });
		expect(cellAt(table, 'log(GDP_i)', 'ghm-random')).toEqual({ kind: 'dropped', mark: 'c' });
		expect(cellAt(table, 'log(DIST)', 'ghm-within')).toEqual({ kind: 'dropped', mark: 'd' });
		expect(cellAt(table, '(Intercept)', 'ghm-within')).toEqual({ kind: 'absent', mark: 'e' });
		expect(cellAt(table, 'log(GDP_j)', 'ff-within')).toEqual({ kind: 'failed', mark: 'a' });
		expect(cellAt(table, 'log(GDP_j)', 'ff-random')).toEqual({ kind: 'failed', mark: 'b' });
	});

	it('gives each model’s observations, partners, R² and whether year effects were estimated', () => {
		const table = determinantsTable(answer(), 'classical');
		const stats = table.columns.map((column) => [
			column.nobs,
			column.entities,
			column.r2,
			column.yearEffects
		]);
		expect(stats).toEqual([
			[6198, 35, 0.373, false],
			[6198, 35, 0.395, true],
			[6198, 35, 0.479, true],
			[5657, 34, 0.33, false],
			[null, null, null, null],
			[null, null, null, null]
		]);
	});

	it('gives the Hausman verdict at 5 % and why a test is missing', () => {
		const table = determinantsTable(answer(), 'classical');
		expect(table.hausman[0]).toMatchObject({ method: 'ghm', ok: true, fixedPreferred: true });
		expect(table.hausman[1]).toEqual({ method: 'ff', ok: false, code: 'model-failed' });
		const notRejected = answer();
		const estimates = notRejected.ghm.estimates;
		if (!estimates) throw new Error('fixture has GHM estimates');
		estimates.hausman = { ok: true, chisq: 7.81, df: 3, p: 0.05, terms: [] };
		// p = 0.05 is not below 5 %: random effects are not rejected.
		expect(determinantsTable(notRejected, 'classical').hausman[0]).toMatchObject({
			fixedPreferred: false
		});
	});

	it('shows a method left without observations as failed in all three columns', () => {
		const empty = answer();
		empty.ff = { method: 'ff', candidates: 0, dropped: {}, estimates: null };
		const table = determinantsTable(empty, 'classical');
		expect(table.notes[0]).toEqual({ mark: 'a', kind: 'failed', code: 'no-observations' });
		expect(table.columns.slice(3).map((column) => column.failureMark)).toEqual(['a', 'a', 'a']);
		expect(cellAt(table, 'log(DIF)', 'ff-random')).toEqual({ kind: 'failed', mark: 'a' });
		expect(table.hausman[1]).toEqual({ method: 'ff', ok: false, code: 'no-observations' });
	});

	it('carries the estimator’s own numbers on a real panel', () => {
		// 5 partners × 3 years (random effects need more partners than coefficients); values
		// chosen so that no term is collinear.
		const entity = ['A', 'B', 'C', 'D', 'E'].flatMap((id) => [id, id, id]);
		const time = entity.map((_, row) => 1 + (row % 3));
		const gdpJ = [1, 2, 4, 2, 3, 3, 5, 4, 6, 2, 2, 5, 7, 6, 8];
		const dif = [3, 1, 2, 2, 5, 1, 4, 2, 2, 1, 3, 2, 5, 4, 1];
		const y = [1.2, 2.1, 3.9, 2.5, 3.4, 2.8, 5.2, 4.1, 6.3, 2.2, 1.7, 4.4, 6.1, 6.6, 7.2];
		const estimates = estimatePanel({
			entity,
			time,
			yName: 'log(VIIT)',
			y,
			regressors: [
				{ name: 'log(GDP_j)', values: gdpJ },
				{ name: 'log(DIF)', values: dif }
			]
		});
		const result = answer();
		result.ghm.estimates = estimates;
		const table = determinantsTable(result, 'cluster');
		for (const model of ['pooling', 'within', 'random'] as const) {
			const outcome = estimates[model];
			if (!outcome.ok) throw new Error(`${model} failed`);
			const index = outcome.terms.indexOf('log(GDP_j)');
			expect(cellAt(table, 'log(GDP_j)', `ghm-${model}`)).toMatchObject({
				coef: outcome.coef[index],
				se: outcome.seCluster[index],
				p: outcome.pCluster[index]
			});
		}
		// Terms the model does not have (no distance here) are absent without a note.
		expect(cellAt(table, 'log(DIST)', 'ghm-pooling')).toEqual({ kind: 'absent', mark: null });
	});
});

describe('observationSummary', () => {
	it('counts used observations as candidates minus every drop, covariates summed', () => {
		const fit: DeterminantsFit = {
			method: 'ghm',
			candidates: 48,
			dropped: {
				'zero-viit': 5,
				'missing-reporter-covariates': 2,
				'missing-partner-covariates': 3,
				'no-distance': 1
			},
			estimates: null
		};
		// 48 − (5 + 2 + 3 + 1) = 37; without covariates: 2 + 3 = 5.
		expect(observationSummary(fit)).toEqual({
			method: 'ghm',
			candidates: 48,
			used: 37,
			zeroViit: 5,
			missingCovariates: 5,
			zeroDif: 0,
			noDistance: 1
		});
	});
});
