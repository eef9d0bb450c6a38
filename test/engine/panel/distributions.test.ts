/**
 * Tail probabilities against values printed by R and closed forms:
 * χ²₂ upper tail = exp(−x/2); χ²₁ upper tail = erfc(√(x/2)); Student t with 1 df is Cauchy,
 * P(|T| > t) = 1 − 2 atan(t)/π; with 2 df, P(|T| > t) = 1 − t / √(2 + t²).
 */
import { describe, expect, it } from 'vitest';
import {
	betaRegularized,
	chiSquareUpper,
	gammaP,
	gammaQ,
	logGamma,
	normalTwoSided,
	studentTwoSided
} from '../../../src/lib/engine/panel/distributions';
import { relative } from './helpers';

describe('log-gamma', () => {
	it('matches factorials and Γ(1/2) = √π', () => {
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(relative(logGamma(5), Math.log(24))).toBeLessThan(1e-13);
		expect(relative(logGamma(101), 363.73937555556347)).toBeLessThan(1e-13); // ln 100!
		expect(relative(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-13);
	});
});

describe('incomplete gamma and χ²', () => {
	it('P + Q = 1 and P(1, x) = 1 − e^{−x}', () => {
		for (const x of [0.1, 1, 3, 10]) {
			expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
			expect(gammaP(2.5, x) + gammaQ(2.5, x)).toBeCloseTo(1, 14);
		}
	});

	it('R values: pchisq(3.84, 1, lower = FALSE) and the Grunfeld Hausman p', () => {
		expect(relative(chiSquareUpper(3.84, 1), 0.05004352)).toBeLessThan(1e-6);
		expect(relative(chiSquareUpper(2.33036689367546, 2), 0.311865446054886)).toBeLessThan(1e-12);
		expect(relative(chiSquareUpper(1, 1), 0.3173105078629141)).toBeLessThan(1e-12);
		expect(relative(chiSquareUpper(10, 5), 0.07523524614651217)).toBeLessThan(1e-10);
	});

	it('χ²₂ upper tail is exp(−x/2), also far out', () => {
		for (const x of [0.01, 2, 20, 200]) {
			expect(relative(chiSquareUpper(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-12);
		}
	});

	it('edges: zero and negative statistics give 1, bad df NaN', () => {
		expect(chiSquareUpper(0, 3)).toBe(1);
		expect(chiSquareUpper(-1, 3)).toBe(1);
		expect(chiSquareUpper(1, 0)).toBeNaN();
	});
});

describe('incomplete beta, Student t and normal', () => {
	it('I_x(1, 1) = x and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
		expect(betaRegularized(0.3, 1, 1)).toBeCloseTo(0.3, 14);
		expect(betaRegularized(0.2, 2.5, 4) + betaRegularized(0.8, 4, 2.5)).toBeCloseTo(1, 14);
	});

	it('R values: 2 * pt(-2, 10) and 2 * pt(-1.96, 1000)', () => {
		expect(relative(studentTwoSided(-2, 10), 0.07338803)).toBeLessThan(1e-6);
		expect(relative(studentTwoSided(2, 10), 0.07338803)).toBeLessThan(1e-6);
		expect(relative(studentTwoSided(1.96, 1000), 0.05027)).toBeLessThan(1e-3);
	});

	it('closed forms with 1 and 2 degrees of freedom', () => {
		// 1 df (Cauchy): P(|T| > 1) = 1/2 and P(|T| > √3) = 1/3.
		expect(studentTwoSided(1, 1)).toBeCloseTo(0.5, 14);
		expect(studentTwoSided(Math.sqrt(3), 1)).toBeCloseTo(1 / 3, 14);
		// 2 df: P(|T| > 2) = 1 − 2/√6 = 0.1835034190722739.
		expect(relative(studentTwoSided(2, 2), 1 - 2 / Math.sqrt(6))).toBeLessThan(1e-13);
		expect(studentTwoSided(0, 7)).toBe(1);
	});

	it('normal: 2 * pnorm(-1.96) and the t limit', () => {
		expect(relative(normalTwoSided(1.96), 0.04999579029644087)).toBeLessThan(1e-10);
		expect(relative(normalTwoSided(-3), 0.0026997960632601866)).toBeLessThan(1e-10);
		expect(relative(studentTwoSided(1.96, 1e7), normalTwoSided(1.96))).toBeLessThan(1e-5);
	});
});
