/**
 * An unbalanced panel built from Grunfeld by dropping rows at random (seeded), checked against
 * values derived by other routes, with the test's own Gauss–Jordan normal equations:
 * pooling by plain OLS; within by LSDV (entity dummies); the Swamy–Arora components by their
 * textbook formulas from separate between and within regressions; random effects by explicit
 * GLS with Ω_i = σ²_ν I + σ²_μ J per entity; cluster-robust covariances by an explicit sandwich
 * loop; and the Hausman p-value by the closed form of χ²₂, exp(−H / 2).
 */
import { describe, expect, it } from 'vitest';
import { estimatePanel, type PanelFit, type PanelResult } from '../../../src/lib/engine/panel';
import {
	corr2,
	grunfeldRows,
	inverse,
	normalEquations,
	relative,
	sandwich,
	seeded,
	times,
	type GrunfeldRow
} from './helpers';

const TOLERANCE = 1e-9;

/**
 * Rows kept with probability 0.7; firm 10 keeps only its first five years. With year effects
 * only 1935–1940 are used: Swamy–Arora needs fewer between coefficients (1 + 2 + 5) than the
 * 10 firms.
 */
function unbalancedRows(timeEffects: boolean): GrunfeldRow[] {
	const random = seeded(2);
	const rows = grunfeldRows().filter((r) => !timeEffects || r.year < 1941);
	return rows.filter((r) => (r.firm === 10 ? r.year < 1940 : random() < 0.7));
}

/** The design without intercept: value, capital and, with time effects, year dummies. */
function designOf(rows: GrunfeldRow[], timeEffects: boolean): { names: string[]; x: number[][] } {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).slice(1);
	const names = ['value', 'capital', ...(timeEffects ? years.map((y) => `factor(year)${y}`) : [])];
	const x = rows.map((r) => [
		r.value,
		r.capital,
		...(timeEffects ? years.map((y) => (r.year === y ? 1 : 0)) : [])
	]);
	return { names, x };
}

function fitted(result: PanelResult): PanelFit {
	if (!result.ok) throw new Error(`${result.model}: ${result.message}`);
	return result;
}

function expectClose(actual: number[], expected: number[], label: string): void {
	expect(actual.length, label).toBe(expected.length);
	actual.forEach((v, i) =>
		expect(relative(v, expected[i]), `${label}[${i}]`).toBeLessThan(TOLERANCE)
	);
}

const diagonalRoot = (m: number[][]): number[] => m.map((row, i) => Math.sqrt(row[i]));

for (const timeEffects of [false, true]) {
	describe(`unbalanced Grunfeld${timeEffects ? ' with year effects' : ''}`, () => {
		const rows = unbalancedRows(timeEffects);
		const { names, x } = designOf(rows, timeEffects);
		const y = rows.map((r) => r.inv);
		const firms = rows.map((r) => r.firm);
		const ids = [...new Set(firms)];
		const members = ids.map((id) => rows.flatMap((r, i) => (r.firm === id ? [i] : [])));
		const sizes = members.map((m) => m.length);
		const nobs = rows.length;
		const n = ids.length;
		const k = names.length;
		const estimates = estimatePanel(
			{
				entity: firms,
				time: rows.map((r) => r.year),
				yName: 'inv',
				y,
				regressors: names.slice(0, 2).map((name, j) => ({ name, values: x.map((row) => row[j]) }))
			},
			{ timeEffects, timeName: 'year' }
		);

		it('is unbalanced', () => {
			const fit = fitted(estimates.pooling);
			expect(fit.balanced).toBe(false);
			expect(fit.periods.min).toBeLessThan(fit.periods.max);
			expect(fit.nobs).toBe(nobs);
		});

		it('pooling equals OLS by normal equations, with the sandwich by loop', () => {
			const design = x.map((row) => [1, ...row]);
			const { xtx, xty } = normalEquations(design, y);
			const bread = inverse(xtx);
			const beta = times(bread, xty);
			const e = y.map((v, i) => v - design[i].reduce((s, d, j) => s + d * beta[j], 0));
			const s2 = e.reduce((s, v) => s + v * v, 0) / (nobs - k - 1);
			const fit = fitted(estimates.pooling);
			expect(fit.terms).toEqual(['(Intercept)', ...names]);
			expectClose(fit.coef, beta, 'coef');
			expectClose(
				fit.se,
				diagonalRoot(bread).map((v) => v * Math.sqrt(s2)),
				'se'
			);
			expectClose(fit.seCluster, diagonalRoot(sandwich(design, e, firms, bread)), 'cluster');
		});

		// LSDV: the slopes next to one dummy per firm, no intercept.
		const lsdvRows = x.map((row, i) => [...row, ...ids.map((id) => (firms[i] === id ? 1 : 0))]);
		const lsdv = normalEquations(lsdvRows, y);
		const lsdvInverse = inverse(lsdv.xtx);
		const lsdvBeta = times(lsdvInverse, lsdv.xty);
		const lsdvResiduals = y.map(
			(v, i) => v - lsdvRows[i].reduce((s, d, j) => s + d * lsdvBeta[j], 0)
		);
		const lsdvSsr = lsdvResiduals.reduce((s, v) => s + v * v, 0);
		const sigma2Nu = lsdvSsr / (nobs - n - k);

		it('within equals LSDV with entity dummies', () => {
			const fit = fitted(estimates.within);
			expect(fit.terms).toEqual(names);
			expect(fit.dfResidual).toBe(nobs - n - k);
			expectClose(fit.coef, lsdvBeta.slice(0, k), 'coef');
			// FWL: the slopes' block of the LSDV inverse is (X̃'X̃)⁻¹ of the demeaned regressors.
			const bread = lsdvInverse.slice(0, k).map((row) => row.slice(0, k));
			expectClose(
				fit.se,
				diagonalRoot(bread).map((v) => v * Math.sqrt(sigma2Nu)),
				'se'
			);
			const demeaned = x.map((row, i) => {
				const m = members[ids.indexOf(firms[i])];
				return row.map((v, j) => v - m.reduce((s, r) => s + x[r][j], 0) / m.length);
			});
			const cluster = sandwich(demeaned, lsdvResiduals, firms, bread);
			expectClose(fit.seCluster, diagonalRoot(cluster), 'cluster');
			const yDemeaned = y.map((v, i) => {
				const m = members[ids.indexOf(firms[i])];
				return v - m.reduce((s, r) => s + y[r], 0) / m.length;
			});
			const tss = yDemeaned.reduce((s, v) => s + v * v, 0);
			expect(relative(fit.r2, 1 - lsdvSsr / tss)).toBeLessThan(TOLERANCE);
		});

		// Swamy–Arora for unbalanced panels as plm 2.6 ercomp() (R/tool_ercomp.R, dfcor = 3;
		// Baltagi 2013, §9.2.1): the Between regression of the firm means on [1, x̄_i] weighted by
		// T_i; σ²_μ = (Σ T_i ê_i² − (n − K − 1) σ²_ν) / (N − tr[(Σ T_i z̄z̄')⁻¹ Σ T_i² z̄z̄']).
		const means = members.map((m) => [
			1,
			...names.map((_, j) => m.reduce((s, r) => s + x[r][j], 0) / m.length)
		]);
		const yMeans = members.map((m) => m.reduce((s, r) => s + y[r], 0) / m.length);
		const between = normalEquations(means, yMeans, (i) => sizes[i]);
		const betweenInverse = inverse(between.xtx);
		const betweenBeta = times(betweenInverse, between.xty);
		const quadBetween = means.reduce(
			(s, z, i) =>
				s + sizes[i] * (yMeans[i] - z.reduce((a, v, j) => a + v * betweenBeta[j], 0)) ** 2,
			0
		);
		const squaredSizes = normalEquations(means, yMeans, (i) => sizes[i] ** 2).xtx;
		const trace = product2Trace(betweenInverse, squaredSizes);
		const sigma2Mu = Math.max(0, (quadBetween - (n - k - 1) * sigma2Nu) / (nobs - trace));
		const thetaOf = (t: number) => 1 - Math.sqrt(sigma2Nu / (sigma2Nu + t * sigma2Mu));

		it('variance components and θ by the textbook formulas', () => {
			const c = fitted(estimates.random).components!;
			expect(relative(c.sigma2Idiosyncratic, sigma2Nu)).toBeLessThan(TOLERANCE);
			expect(relative(c.sigma2Entity, sigma2Mu)).toBeLessThan(TOLERANCE);
			expect(sigma2Mu).toBeGreaterThan(0);
			expect(c.theta).toBeNull();
			expectClose(c.thetaByEntity, sizes.map(thetaOf), 'theta');
			expect(relative(c.thetaSummary.min, thetaOf(Math.min(...sizes)))).toBeLessThan(TOLERANCE);
			expect(relative(c.thetaSummary.max, thetaOf(Math.max(...sizes)))).toBeLessThan(TOLERANCE);
			// The mean over observations weighs each firm by its T_i.
			const mean = sizes.reduce((s, t) => s + t * thetaOf(t), 0) / nobs;
			expect(relative(c.thetaSummary.mean, mean)).toBeLessThan(TOLERANCE);
		});

		it('random effects equal GLS with Ω_i = σ²_ν I + σ²_μ J', () => {
			// σ²_ν Ω_i⁻¹ = I − φ_i J with φ_i = σ²_μ / (σ²_ν + T_i σ²_μ).
			const design = x.map((row) => [1, ...row]);
			const kk = k + 1;
			const a = Array.from({ length: kk }, () => new Array<number>(kk).fill(0));
			const b = new Array<number>(kk).fill(0);
			const weighted = (m: number[], v: (r: number) => number, r: number) =>
				v(r) - (sigma2Mu / (sigma2Nu + m.length * sigma2Mu)) * m.reduce((s, q) => s + v(q), 0);
			for (const m of members) {
				for (const r of m) {
					for (let p = 0; p < kk; p++) {
						b[p] += design[r][p] * weighted(m, (q) => y[q], r);
						for (let q = 0; q < kk; q++)
							a[p][q] += design[r][p] * weighted(m, (s) => design[s][q], r);
					}
				}
			}
			const bread = inverse(a);
			const beta = times(bread, b);
			const e = y.map((v, i) => v - design[i].reduce((s, d, j) => s + d * beta[j], 0));
			let ssr = 0;
			const scores = members.map((m) => {
				const s = new Array<number>(kk).fill(0);
				for (const r of m) {
					const we = weighted(m, (q) => e[q], r);
					ssr += e[r] * we;
					for (let p = 0; p < kk; p++) s[p] += design[r][p] * we;
				}
				return s;
			});
			const fit = fitted(estimates.random);
			expect(fit.terms).toEqual(['(Intercept)', ...names]);
			expectClose(fit.coef, beta, 'coef');
			const s2 = ssr / (nobs - kk);
			expectClose(
				fit.se,
				diagonalRoot(bread).map((v) => v * Math.sqrt(s2)),
				'se'
			);
			const meat = scores.reduce(
				(acc, s) => acc.map((row, p) => row.map((v, q) => v + s[p] * s[q])),
				Array.from({ length: kk }, () => new Array<number>(kk).fill(0))
			);
			const cluster = productOf(productOf(bread, meat), bread).map((row) =>
				row.map((v) => (v * nobs) / (nobs - kk))
			);
			expectClose(fit.seCluster, diagonalRoot(cluster), 'cluster');
			// R² of the quasi-demeaned model: cor(y*, X*β)² with y*_it = y_it − θ_i ȳ_i.
			const theta = firms.map((f) => thetaOf(sizes[ids.indexOf(f)]));
			const yStar = y.map((v, i) => v - theta[i] * yMeans[ids.indexOf(firms[i])]);
			const fitStar = design.map((row, i) =>
				row.reduce((s, d, j) => s + (d - theta[i] * means[ids.indexOf(firms[i])][j]) * beta[j], 0)
			);
			expect(relative(fit.r2, corr2(yStar, fitStar))).toBeLessThan(TOLERANCE);
		});

		it('Hausman test with the full covariance difference', () => {
			const within = fitted(estimates.within);
			const random = fitted(estimates.random);
			const d = within.coef.map((b, i) => b - random.coef[i + 1]);
			const v = within.vcov.map((row, i) => row.map((w, j) => w - random.vcov[i + 1][j + 1]));
			const chisq = Math.abs(d.reduce((s, di, i) => s + di * times(inverse(v), d)[i], 0));
			const test = estimates.hausman;
			if (!test.ok) throw new Error(test.message);
			expect(test.df).toBe(k);
			expect(relative(test.chisq, chisq)).toBeLessThan(1e-7);
			// χ² with 2 df has upper tail exp(−x / 2).
			if (k === 2) expect(relative(test.p, Math.exp(-chisq / 2))).toBeLessThan(1e-7);
		});
	});
}

/** tr(A B). */
function product2Trace(a: number[][], b: number[][]): number {
	return a.reduce((s, row, i) => s + row.reduce((t, v, j) => t + v * b[j][i], 0), 0);
}

/** A B. */
function productOf(a: number[][], b: number[][]): number[][] {
	return a.map((row) => b[0].map((_, j) => row.reduce((s, v, m) => s + v * b[m][j], 0)));
}
