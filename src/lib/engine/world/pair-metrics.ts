/**
 * What the world page reads off a pair matrix: one share per ordered pair (a's view of its
 * trade with b) and the largest pairs by trade. Pure, and cheap: the matrix is n × n (n ≈ 230).
 */
import type { ClassSplit } from '../model/types';
import type { PairMatrix } from './pair-matrix';

/** The two methods of METHODS 2. */
export const WORLD_METHODS = ['ghm', 'ff'] as const;
export type WorldMethod = (typeof WORLD_METHODS)[number];

/**
 * Shares of a pair's trade: `iit` is everything but one-way trade (GHM: the overlap Σ 2·min(X, M),
 * the aggregate GL; FF: all two-way trade), the others one class each.
 */
export const PAIR_METRICS = ['iit', 'hiit', 'viitSup', 'viitInf', 'unclassified'] as const;
export type PairMetric = (typeof PAIR_METRICS)[number];

/** The classes a metric adds up, besides `iit` which is trade minus one-way. */
const METRIC_CLASS: Record<Exclude<PairMetric, 'iit'>, keyof ClassSplit> = {
	hiit: 'hiit',
	viitSup: 'viitSup',
	viitInf: 'viitInf',
	unclassified: 'unclassified'
};

/** The metric's share of the trade at matrix entry `at` (a·n + b: a's view); NaN without trade. */
export function pairShare(
	matrix: PairMatrix,
	at: number,
	method: WorldMethod,
	metric: PairMetric
): number {
	const trade = matrix.trade[at];
	if (!(trade > 0)) return NaN;
	const classes = matrix[method];
	const part = metric === 'iit' ? trade - classes.oneWay[at] : classes[METRIC_CLASS[metric]][at];
	return part / trade;
}

/** One pair, as matrix indexes: `a` < `b`, so a·n + b and b·n + a are its two views. */
export interface MatrixPair {
	a: number;
	b: number;
	trade: number;
}

/** The `limit` pairs with the most trade, largest first (ties by index, for a stable order). */
export function topPairs(matrix: PairMatrix, limit: number): MatrixPair[] {
	const { n, trade } = matrix;
	const pairs: MatrixPair[] = [];
	for (let a = 0; a < n; a++) {
		for (let b = a + 1; b < n; b++) {
			const value = trade[a * n + b];
			if (value > 0) pairs.push({ a, b, trade: value });
		}
	}
	pairs.sort((p, q) => q.trade - p.trade || p.a - q.a || p.b - q.b);
	return pairs.slice(0, Math.max(0, limit));
}

/** The metric for the first `size` countries (by trade) as rows × columns; null on the diagonal and without trade. */
export function topShares(
	matrix: PairMatrix,
	size: number,
	method: WorldMethod,
	metric: PairMetric
): (number | null)[][] {
	const { n } = matrix;
	const shown = Math.min(size, n);
	return Array.from({ length: shown }, (_, a) =>
		Array.from({ length: shown }, (__, b) => {
			const share = a === b ? NaN : pairShare(matrix, a * n + b, method, metric);
			return Number.isNaN(share) ? null : share;
		})
	);
}
