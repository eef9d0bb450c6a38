/**
 * The Hausman test between fixed and random effects, as plm's `phtest(within, random)`: on the
 * coefficients both models estimate (the intercept excluded), with the full difference of the
 * classical covariance matrices, H = |d' (V_FE − V_RE)⁻¹ d| ~ χ²(df).
 */
import { chiSquareUpper } from './distributions';
import { solveSquare } from './linalg';
import type { HausmanSkipped, HausmanTest, PanelResult } from './types';

/** phtest(within, random), or why it cannot be computed. */
export function hausmanTest(
	within: PanelResult,
	random: PanelResult
): HausmanTest | HausmanSkipped {
	if (!within.ok || !random.ok) {
		const failed = !within.ok ? 'fixed effects' : 'random effects';
		return {
			ok: false,
			code: 'model-failed',
			message: `The Hausman test needs both models; ${failed} could not be estimated.`
		};
	}
	const terms = random.terms.filter(
		(term) => term !== '(Intercept)' && within.terms.includes(term)
	);
	if (terms.length === 0) {
		return {
			ok: false,
			code: 'no-common-terms',
			message: 'Fixed and random effects share no coefficient to compare.'
		};
	}
	const w = terms.map((term) => within.terms.indexOf(term));
	const r = terms.map((term) => random.terms.indexOf(term));
	const d = terms.map((_, i) => within.coef[w[i]] - random.coef[r[i]]);
	const dv = terms.map((_, i) =>
		terms.map((_, j) => within.vcov[w[i]][w[j]] - random.vcov[r[i]][r[j]])
	);
	const solved = solveSquare(dv, d);
	if (!solved) {
		return {
			ok: false,
			code: 'singular-difference',
			message: 'The covariance difference of the two models is singular.'
		};
	}
	// plm takes the absolute value: the difference need not be positive definite in samples.
	const chisq = Math.abs(d.reduce((sum, v, i) => sum + v * solved[i], 0));
	return { ok: true, chisq, df: terms.length, p: chiSquareUpper(chisq, terms.length), terms };
}
