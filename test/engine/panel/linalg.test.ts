/** The QR least squares against hand-worked systems, and R's choice of the aliased column. */
import { describe, expect, it } from 'vitest';
import {
	invertUpper,
	multiply,
	qrCoefficients,
	qrDecompose,
	solveSquare,
	unscaledCovariance
} from '../../../src/lib/engine/panel/linalg';

const col = (...values: number[]) => Float64Array.from(values);

describe('QR least squares', () => {
	// y = 1 + 2x exactly at x = 0, 1, 2, 3: the fit recovers (1, 2).
	it('solves an exact line', () => {
		const qr = qrDecompose([col(1, 1, 1, 1), col(0, 1, 2, 3)]);
		const b = qrCoefficients(qr, [1, 3, 5, 7]);
		expect(b[0]).toBeCloseTo(1, 13);
		expect(b[1]).toBeCloseTo(2, 13);
	});

	// X = [1 0; 1 1; 1 2], y = (1, 2, 4): X'X = [3 3; 3 5], X'y = (7, 10),
	// b = (X'X)⁻¹X'y = [5 −3; −3 3]/6 · (7, 10) = (5/6, 3/2).
	it('matches the normal equations worked by hand', () => {
		const qr = qrDecompose([col(1, 1, 1), col(0, 1, 2)]);
		const b = qrCoefficients(qr, [1, 2, 4]);
		expect(b[0]).toBeCloseTo(5 / 6, 13);
		expect(b[1]).toBeCloseTo(1.5, 13);
		const inv = unscaledCovariance(qr);
		expect(inv[0][0]).toBeCloseTo(5 / 6, 13);
		expect(inv[0][1]).toBeCloseTo(-0.5, 13);
		expect(inv[1][1]).toBeCloseTo(0.5, 13);
	});

	it('aliases the later of two collinear columns, as R (dqrdc2) does', () => {
		const x1 = col(1, 2, 3, 5, 8);
		const x2 = x1.map((v) => 2 * v);
		const qr = qrDecompose([col(1, 1, 1, 1, 1), x1, x2, col(0, 1, 0, 1, 1)]);
		expect(qr.kept).toEqual([0, 1, 3]);
		expect(qr.aliased).toEqual([2]);
		// A column within 1e-7 of the span is still aliased; at 1e-4 it is not.
		const near = x1.map((v, i) => v + (i === 0 ? 1e-9 : 0));
		expect(qrDecompose([x1, near]).aliased).toEqual([1]);
		const apart = x1.map((v, i) => v + (i === 0 ? 1e-3 : 0));
		expect(qrDecompose([x1, apart]).aliased).toEqual([]);
	});

	it('an all-zero column is aliased', () => {
		expect(qrDecompose([col(1, 2, 3), col(0, 0, 0)]).aliased).toEqual([1]);
	});
});

describe('triangular inverse and square solve', () => {
	it('R R⁻¹ = I', () => {
		const r = [
			[2, 1, -1],
			[0, 3, 4],
			[0, 0, 5]
		];
		const product = multiply(r, invertUpper(r));
		product.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 14)));
	});

	// [2 1; 1 3] x = (3, 5) → x = (4/5, 7/5).
	it('solves a 2 × 2 system and refuses a singular one', () => {
		const x = solveSquare(
			[
				[2, 1],
				[1, 3]
			],
			[3, 5]
		);
		expect(x?.[0]).toBeCloseTo(0.8, 14);
		expect(x?.[1]).toBeCloseTo(1.4, 14);
		expect(
			solveSquare(
				[
					[1, 2],
					[2, 4]
				],
				[1, 2]
			)
		).toBeNull();
	});
});
