/**
 * Grunfeld, `inv ~ value + capital` by firm and year: every number of grunfeld_expected.json
 * (R plm 2.6: pooling, within, random Swamy–Arora with θ, vcovHC arellano HC1, r.squared,
 * phtest) agrees to 6 significant digits through the engine API.
 */
import { describe, expect, it } from 'vitest';
import { estimatePanel, type PanelResult } from '../../../src/lib/engine/panel';
import { grunfeldExpected, grunfeldInput, grunfeldRows, relative } from './helpers';

const TOLERANCE = 1e-6;
const estimates = estimatePanel(grunfeldInput(grunfeldRows()));
const expected = grunfeldExpected();

/** The fit, failing the test when the model could not be estimated. */
function fitted(result: PanelResult) {
	if (!result.ok) throw new Error(`${result.model}: ${result.message}`);
	return result;
}

describe('Grunfeld against R plm 2.6', () => {
	for (const model of ['pooling', 'within', 'random'] as const) {
		it(`${model}: coefficients, both standard errors, R² and nobs`, () => {
			const fit = fitted(estimates[model]);
			const want = expected[model] as Record<string, Record<string, number> | number>;
			const keyed = { coef: fit.coef, se: fit.se, se_cluster_hc1: fit.seCluster };
			for (const [key, values] of Object.entries(keyed)) {
				const terms = want[key] as Record<string, number>;
				expect(fit.terms).toEqual(Object.keys(terms));
				fit.terms.forEach((term, i) => {
					expect(relative(values[i], terms[term]), `${model} ${key} ${term}`).toBeLessThan(
						TOLERANCE
					);
				});
			}
			expect(relative(fit.r2, want.r2 as number)).toBeLessThan(TOLERANCE);
			expect(fit.nobs).toBe(want.nobs);
			expect(fit.entities).toBe(10);
			expect(fit.periods).toEqual({ min: 20, max: 20, distinct: 20 });
			expect(fit.balanced).toBe(true);
		});
	}

	it('degrees of freedom as plm: N − k (pooling, random), N − n − k (within)', () => {
		expect(fitted(estimates.pooling).dfResidual).toBe(200 - 3);
		expect(fitted(estimates.within).dfResidual).toBe(200 - 10 - 2);
		expect(fitted(estimates.random).dfResidual).toBe(200 - 3);
	});

	it('random effects: θ of the balanced panel', () => {
		const components = fitted(estimates.random).components;
		const theta = (expected.random as { theta: number }).theta;
		expect(relative(components?.theta ?? NaN, theta)).toBeLessThan(TOLERANCE);
		// θ = 1 − √(σ²_ν / (σ²_ν + T σ²_μ)) with T = 20 links the components to θ.
		const c = components!;
		const fromComponents =
			1 - Math.sqrt(c.sigma2Idiosyncratic / (c.sigma2Idiosyncratic + 20 * c.sigma2Entity));
		expect(relative(fromComponents, theta)).toBeLessThan(TOLERANCE);
		expect(c.thetaSummary.min).toBeCloseTo(theta, 12);
		expect(c.thetaSummary.max).toBeCloseTo(theta, 12);
	});

	it('Hausman test: χ², df and p', () => {
		const want = expected.hausman as { chisq: number; df: number; p: number };
		const test = estimates.hausman;
		if (!test.ok) throw new Error(test.message);
		expect(relative(test.chisq, want.chisq)).toBeLessThan(TOLERANCE);
		expect(test.df).toBe(want.df);
		expect(relative(test.p, want.p)).toBeLessThan(TOLERANCE);
		expect(test.terms).toEqual(['value', 'capital']);
	});

	it('p-values are two-sided Student t with the residual df (summary.plm)', () => {
		const fit = fitted(estimates.within);
		// value: t = 0.1101238 / 0.01185669 = 9.2879; with 188 df the p-value is far below 1e-15.
		expect(fit.t[0]).toBeCloseTo(0.110123804120718 / 0.0118566942140438, 9);
		expect(fit.p[0]).toBeLessThan(1e-15);
		expect(fit.p[0]).toBeGreaterThan(0);
	});

	it('nothing is dropped', () => {
		for (const model of ['pooling', 'within', 'random'] as const) {
			expect(fitted(estimates[model]).dropped).toEqual([]);
		}
	});

	it('the result is plain data: a JSON round trip keeps it', () => {
		expect(JSON.parse(JSON.stringify(estimates))).toEqual(estimates);
	});
});
