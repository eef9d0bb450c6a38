/**
 * The imbalance-adjusted indices that need every item of an aggregate, not only its sums
 * (METHODS 7.3): Aquino's Q. (GLC needs only sums: views/tables.ts glcOf.)
 */
import type { TradeKeys } from '../model/types';

/**
 * Aquino's Q of one year's keys (the items i of the aggregate S):
 * X*_i = X_i · (X_S + M_S) / (2 X_S), M*_i = M_i · (X_S + M_S) / (2 M_S),
 * Q = 1 − Σ|X*_i − M*_i| / Σ(X*_i + M*_i); NaN when X_S or M_S is 0 or the denominator is 0.
 * `items` lists the key indexes of S.
 */
export function aquinoQ(keys: TradeKeys, items: ArrayLike<number>): number {
	let xs = 0;
	let ms = 0;
	for (let i = 0; i < items.length; i++) {
		xs += keys.exports[items[i]];
		ms += keys.imports[items[i]];
	}
	if (!(xs > 0 && ms > 0)) return NaN;
	const scaleX = (xs + ms) / (2 * xs);
	const scaleM = (xs + ms) / (2 * ms);
	let gap = 0;
	let total = 0;
	for (let i = 0; i < items.length; i++) {
		const x = keys.exports[items[i]] * scaleX;
		const m = keys.imports[items[i]] * scaleM;
		gap += Math.abs(x - m);
		total += x + m;
	}
	return total === 0 ? NaN : 1 - gap / total;
}
