/**
 * Designs the estimators must handle by name: a collinear regressor, a time-invariant one under
 * fixed effects, a constant, one that only varies by year next to year effects, a one-period
 * panel, and inputs that are refused before estimating.
 */
import { describe, expect, it } from 'vitest';
import {
	estimatePanel,
	PanelDataError,
	type PanelFit,
	type PanelInput,
	type PanelResult
} from '../../../src/lib/engine/panel';
import {
	grunfeldExpected,
	grunfeldInput,
	grunfeldRows,
	inverse,
	normalEquations,
	relative,
	times
} from './helpers';

const rows = grunfeldRows();
const base = grunfeldInput(rows);
const expected = grunfeldExpected() as Record<string, { coef: Record<string, number> }>;

function fitted(result: PanelResult): PanelFit {
	if (!result.ok) throw new Error(`${result.model}: ${result.message}`);
	return result;
}

/** Grunfeld plus extra regressors. */
function withColumns(extra: Record<string, number[]>): PanelInput {
	const added = Object.entries(extra).map(([name, values]) => ({ name, values }));
	return { ...base, regressors: [...base.regressors, ...added] };
}

/** The coefficients of value and capital agree with plm's on plain Grunfeld. */
function expectGrunfeldSlopes(fit: PanelFit, model: string): void {
	for (const term of ['value', 'capital']) {
		const i = fit.terms.indexOf(term);
		expect(relative(fit.coef[i], expected[model].coef[term]), `${model} ${term}`).toBeLessThan(
			1e-9
		);
	}
}

describe('dropped terms are named', () => {
	it('a regressor equal to 2 · value is collinear in every model', () => {
		const estimates = estimatePanel(withColumns({ double: rows.map((r) => 2 * r.value) }));
		for (const model of ['pooling', 'within', 'random'] as const) {
			const fit = fitted(estimates[model]);
			expect(fit.dropped).toEqual([{ term: 'double', reason: 'collinear' }]);
			expect(fit.terms).not.toContain('double');
			expectGrunfeldSlopes(fit, model);
		}
	});

	it('a time-invariant regressor (distance) is dropped by fixed effects only', () => {
		const distance = rows.map((r) => 100 + 37 * r.firm);
		const estimates = estimatePanel(withColumns({ 'log(dist)': distance.map(Math.log) }));
		const within = fitted(estimates.within);
		expect(within.dropped).toEqual([{ term: 'log(dist)', reason: 'no-within-variation' }]);
		expectGrunfeldSlopes(within, 'within');
		expect(fitted(estimates.pooling).terms).toContain('log(dist)');
		expect(fitted(estimates.random).terms).toContain('log(dist)');
		const test = estimates.hausman;
		expect(test.ok && test.terms).toEqual(['value', 'capital']);
	});

	it('a constant is dropped from every model before estimating', () => {
		const estimates = estimatePanel(withColumns({ one: rows.map(() => 7) }));
		for (const model of ['pooling', 'within', 'random'] as const) {
			const fit = fitted(estimates[model]);
			expect(fit.dropped).toEqual([{ term: 'one', reason: 'constant' }]);
			expectGrunfeldSlopes(fit, model);
		}
	});
});

describe('year effects', () => {
	// A reporter's GDP: the same for every firm in a year, growing over the years.
	const gdp = rows.map((r) => Math.log(1000 + 50 * (r.year - 1935) + (r.year % 3)));
	const estimates = estimatePanel(withColumns({ 'log(gdp)': gdp }), {
		timeEffects: true,
		timeName: 'year'
	});

	it('names the dummies as R and drops the regressor that only varies by year', () => {
		const pooling = fitted(estimates.pooling);
		expect(pooling.terms.slice(0, 3)).toEqual(['(Intercept)', 'value', 'capital']);
		expect(pooling.terms[3]).toBe('factor(year)1936');
		expect(pooling.terms.at(-1)).toBe('factor(year)1954');
		expect(pooling.terms).toHaveLength(3 + 19);
		for (const model of ['pooling', 'within', 'random'] as const) {
			expect(fitted(estimates[model]).dropped).toEqual([
				{ term: 'log(gdp)', reason: 'varies-only-by-time' }
			]);
		}
	});

	it('within with year dummies equals OLS on doubly demeaned data (balanced two-way)', () => {
		// x_it − x̄_i − x̄_t + x̄ removes both effects in a balanced panel.
		const twoWay = (values: number[]) => {
			const mean = values.reduce((s, v) => s + v, 0) / values.length;
			const by = (key: (i: number) => number) => {
				const sums = new Map<number, number[]>();
				values.forEach((v, i) => sums.set(key(i), [...(sums.get(key(i)) ?? []), v]));
				return (i: number) => {
					const group = sums.get(key(i)) as number[];
					return group.reduce((s, v) => s + v, 0) / group.length;
				};
			};
			const firm = by((i) => rows[i].firm);
			const year = by((i) => rows[i].year);
			return values.map((v, i) => v - firm(i) - year(i) + mean);
		};
		const design = [rows.map((r) => r.value), rows.map((r) => r.capital)].map(twoWay);
		const { xtx, xty } = normalEquations(
			rows.map((_, i) => [design[0][i], design[1][i]]),
			twoWay(rows.map((r) => r.inv))
		);
		const beta = times(inverse(xtx), xty);
		const within = fitted(estimates.within);
		expect(within.dfResidual).toBe(200 - 10 - 2 - 19);
		expect(relative(within.coef[0], beta[0])).toBeLessThan(1e-9);
		expect(relative(within.coef[1], beta[1])).toBeLessThan(1e-9);
	});
});

describe('a panel with one period', () => {
	const year = rows.filter((r) => r.year === 1935);
	const estimates = estimatePanel(grunfeldInput(year));

	it('pooling is estimated; within and random fail with a clear code; Hausman is skipped', () => {
		expect(fitted(estimates.pooling).nobs).toBe(10);
		const within = estimates.within;
		expect(within.ok).toBe(false);
		if (!within.ok) {
			expect(within.code).toBe('no-within-variation');
			expect(within.message).toMatch(/single period/);
			expect(within.dropped.map((d) => d.reason)).toEqual([
				'no-within-variation',
				'no-within-variation'
			]);
		}
		expect(estimates.random.ok || estimates.random.code).toBe('needs-within');
		expect(estimates.hausman.ok || estimates.hausman.code).toBe('model-failed');
		expect(JSON.stringify(estimates)).not.toMatch(/NaN|null,null/);
	});
});

describe('refused input', () => {
	/** The PanelDataError thrown for the input. */
	function refusal(input: PanelInput): PanelDataError {
		try {
			estimatePanel(input);
		} catch (error) {
			if (error instanceof PanelDataError) return error;
			throw error;
		}
		throw new Error('accepted');
	}

	it('a missing value names its row and variable', () => {
		const y = [...(base.y as number[])];
		y[4] = NaN;
		const error = refusal({ ...base, y });
		expect(error.code).toBe('not-finite');
		expect(error.row).toBe(4);
		expect(error.variable).toBe('inv');
		expect(error.message).toContain('Row 5');
	});

	it('an entity observed twice in a period', () => {
		const error = refusal({ ...base, time: base.time.map((t, i) => (i === 1 ? 1935 : t)) });
		expect(error.code).toBe('duplicate-observation');
		expect(error.row).toBe(1);
	});

	it('no rows, or columns of different lengths', () => {
		expect(refusal({ ...base, entity: [], time: [], y: [], regressors: [] }).code).toBe('empty');
		expect(refusal({ ...base, time: base.time.slice(1) }).code).toBe('length-mismatch');
	});
});
