/**
 * The panel transformations plm estimates on: entity means, the within (demeaned) and the
 * quasi-demeaned (random effects) versions of a column.
 */
import type { Panel } from './structure';

/** Mean of the column per entity. */
export function entityMeans(values: ArrayLike<number>, panel: Panel): Float64Array {
	const sums = new Float64Array(panel.entityIds.length);
	for (let row = 0; row < panel.nobs; row++) sums[panel.entityOf[row]] += values[row];
	for (let e = 0; e < sums.length; e++) sums[e] /= panel.sizes[e];
	return sums;
}

/** x_it − x̄_i. */
export function within(values: ArrayLike<number>, panel: Panel): Float64Array {
	const means = entityMeans(values, panel);
	return Float64Array.from(
		{ length: panel.nobs },
		(_, row) => values[row] - means[panel.entityOf[row]]
	);
}

/** x_it − θ_i x̄_i, with θ per entity. */
export function quasiDemean(
	values: ArrayLike<number>,
	panel: Panel,
	thetaByEntity: Float64Array
): Float64Array {
	const means = entityMeans(values, panel);
	return Float64Array.from({ length: panel.nobs }, (_, row) => {
		const e = panel.entityOf[row];
		return values[row] - thetaByEntity[e] * means[e];
	});
}

/** A column of ones. */
export function ones(length: number): Float64Array {
	return new Float64Array(length).fill(1);
}

/**
 * No variation within any entity: the demeaned column is zero to rounding, by plm's absolute
 * test (range below √ε) or relative to the column's own size (for large magnitudes).
 */
export function lacksWithinVariation(raw: Float64Array, demeaned: Float64Array): boolean {
	let min = Infinity;
	let max = -Infinity;
	let rawSquares = 0;
	let demeanedSquares = 0;
	for (let row = 0; row < raw.length; row++) {
		const d = demeaned[row];
		if (d < min) min = d;
		if (d > max) max = d;
		rawSquares += raw[row] * raw[row];
		demeanedSquares += d * d;
	}
	return max - min < Math.sqrt(Number.EPSILON) || demeanedSquares <= 1e-18 * rawSquares;
}
