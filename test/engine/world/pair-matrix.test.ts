/**
 * The pair matrix on the hand-worked file of world-file.ts, and against classifyKeys summed per
 * pair (an independent aggregation) on a generated world file.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORLD, worldLines } from '../../../bench/generate-baci';
import { readTradeFiles } from '../../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import type { ClassSplit, ClassifySettings, TradeKeys } from '../../../src/lib/engine/model/types';
import {
	pairMatrix,
	SPLIT_CLASSES,
	type ClassMatrices,
	type PairMatrix
} from '../../../src/lib/engine/world/pair-matrix';
import { otherSideView } from '../../../src/lib/engine/world/side-view';
import { textFile } from '../read/read-helpers';
import { ALL_PAIRS, WORLD_CSV, split } from './world-file';

const AT_15: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

async function readWorld(text = WORLD_CSV) {
	return readTradeFiles([textFile('world.csv', text)], ALL_PAIRS);
}

/** The split at matrix entry a·n + b (a's view of its trade with b), by country id. */
function view(matrix: PairMatrix, method: 'ghm' | 'ff', from: string, to: string): ClassSplit {
	const at = matrix.countries.indexOf(from) * matrix.n + matrix.countries.indexOf(to);
	return splitAt(matrix[method], at);
}

function splitAt(classes: ClassMatrices, at: number): ClassSplit {
	const out = split({});
	for (const name of SPLIT_CLASSES) out[name] = classes[name][at];
	return out;
}

const trade = (matrix: PairMatrix, from: string, to: string) =>
	matrix.trade[matrix.countries.indexOf(from) * matrix.n + matrix.countries.indexOf(to)];

describe('pairMatrix on the hand-worked world file', () => {
	it('ranks countries by trade and drops world, aggregate and self-trade rows', async () => {
		const { keys, ledger } = await readWorld();
		const matrix = pairMatrix(keys, AT_15);
		expect(matrix.countries).toEqual(['BRA', 'ARG', 'USA']);
		expect([...matrix.countryTrade]).toEqual([473_000, 435_000, 142_000]);
		expect(matrix.years).toEqual([2021, 2022]);
		expect(ledger.drops['world-partner']?.rows).toBe(1);
		expect(ledger.drops['self-trade']?.rows).toBe(1);
		expect(ledger.drops['aggregate-partner']?.rows).toBe(1);
		// Σ over pairs = Σ (X + M) over keys = the value of the rows used.
		expect(matrix.totalTrade).toBe(525_000);
		expect(ledger.valueUsed).toBe(525_000);
		expect(matrix.trade.reduce((sum, value) => sum + value, 0)).toBe(2 * 525_000);
	});

	it('classifies each side from its own view (GHM is not symmetric under R → 1/R)', async () => {
		const { keys } = await readWorld();
		const matrix = pairMatrix(keys, AT_15);
		expect(trade(matrix, 'BRA', 'ARG')).toBe(383_000);
		expect(trade(matrix, 'ARG', 'BRA')).toBe(383_000);
		expect(view(matrix, 'ghm', 'BRA', 'ARG')).toEqual(split({ oneWay: 37_000, hiit: 346_000 }));
		expect(view(matrix, 'ghm', 'ARG', 'BRA')).toEqual(
			split({ oneWay: 37_000, hiit: 174_000, viitSup: 172_000 })
		);
		expect(view(matrix, 'ff', 'BRA', 'ARG')).toEqual(
			split({ oneWay: 10_000, hiit: 187_000, viitInf: 186_000 })
		);
		expect(view(matrix, 'ff', 'ARG', 'BRA')).toEqual(
			split({ oneWay: 10_000, hiit: 187_000, viitSup: 186_000 })
		);
		// ARG–USA: R 0.4 from ARG, 2.5 from USA; FF one-way (0.04 ≤ θ).
		expect(view(matrix, 'ghm', 'ARG', 'USA')).toEqual(split({ oneWay: 48_000, viitInf: 4_000 }));
		expect(view(matrix, 'ghm', 'USA', 'ARG')).toEqual(split({ oneWay: 48_000, viitSup: 4_000 }));
		expect(view(matrix, 'ff', 'USA', 'ARG')).toEqual(split({ oneWay: 52_000 }));
		// BRA–USA: a missing quantity leaves the overlap unclassified from both sides.
		for (const [from, to] of [
			['BRA', 'USA'],
			['USA', 'BRA']
		]) {
			expect(view(matrix, 'ghm', from, to)).toEqual(
				split({ oneWay: 50_000, unclassified: 40_000 })
			);
			expect(view(matrix, 'ff', from, to)).toEqual(split({ oneWay: 40_000, unclassified: 50_000 }));
		}
		// Nothing on the diagonal.
		for (let a = 0; a < matrix.n; a++) expect(matrix.trade[a * matrix.n + a]).toBe(0);
	});

	it('reclassifies with θ and sums one year alone', async () => {
		const { keys } = await readWorld();
		// θ 70 %: BRA–USA 020130 has min/max 2/3 ≤ 0.7 → one-way; BRA–ARG (0.86, 0.87) stays two-way.
		const wide = pairMatrix(keys, { ...AT_15, theta: 0.7 });
		expect(view(wide, 'ff', 'BRA', 'USA')).toEqual(split({ oneWay: 90_000 }));
		expect(view(wide, 'ff', 'BRA', 'ARG')).toEqual(
			view(pairMatrix(keys, AT_15), 'ff', 'BRA', 'ARG')
		);
		// 2022 only: BRA–ARG loses the 2021 one-way 10 000.
		const only2022 = pairMatrix(keys, AT_15, { year: 2022 });
		expect(only2022.year).toBe(2022);
		expect(only2022.years).toEqual([2021, 2022]);
		expect(trade(only2022, 'BRA', 'ARG')).toBe(373_000);
		expect(view(only2022, 'ghm', 'BRA', 'ARG')).toEqual(split({ oneWay: 27_000, hiit: 346_000 }));
		expect(only2022.totalTrade).toBe(515_000);
		expect(pairMatrix(keys, AT_15, { year: 2020 }).n).toBe(0);
	});

	it('refuses settings out of range', async () => {
		const { keys } = await readWorld();
		expect(() => pairMatrix(keys, { ...AT_15, alpha: 0 })).toThrow(RangeError);
	});
});

/** classifyKeys' cells of `keys` summed per (reporter, partner): the reporters' side of every pair. */
function cellSums(
	keys: TradeKeys
): Map<string, { trade: number; ghm: ClassSplit; ff: ClassSplit }> {
	const sums = new Map<string, { trade: number; ghm: ClassSplit; ff: ClassSplit }>();
	for (const cell of classifyKeys(keys, AT_15)) {
		const id = `${cell.reporter}>${cell.partner}`;
		const sum = sums.get(id) ?? { trade: 0, ghm: split({}), ff: split({}) };
		sum.trade += cell.trade;
		for (const name of SPLIT_CLASSES) {
			sum.ghm[name] += cell.ghm[name];
			sum.ff[name] += cell.ff[name];
		}
		sums.set(id, sum);
	}
	return sums;
}

describe('pairMatrix against classifyKeys per pair', () => {
	it('agrees from both sides on a generated world file, and every pair reconciles', async () => {
		const lines = [...worldLines({ ...DEFAULT_WORLD, rows: 20_000, seed: 7, years: [2021, 2022] })];
		const { keys, ledger } = await readWorld(lines.join('\n'));
		const matrix = pairMatrix(keys, AT_15);
		// Both sides: the keys as held, and the same keys swapped.
		const expected = new Map([...cellSums(keys), ...cellSums(otherSideView(keys))]);
		let checked = 0;
		for (let a = 0; a < matrix.n; a++) {
			for (let b = 0; b < matrix.n; b++) {
				const at = a * matrix.n + b;
				const want = expected.get(`${matrix.countries[a]}>${matrix.countries[b]}`);
				if (!want) {
					expect(matrix.trade[at]).toBe(0);
					continue;
				}
				checked++;
				expect(matrix.trade[at]).toBeCloseTo(want.trade, 3);
				for (const name of SPLIT_CLASSES) {
					expect(matrix.ghm[name][at]).toBeCloseTo(want.ghm[name], 3);
					expect(matrix.ff[name][at]).toBeCloseTo(want.ff[name], 3);
				}
				// Every pair's classes add up to its trade, from this side, in both methods.
				for (const method of ['ghm', 'ff'] as const) {
					const sum = SPLIT_CLASSES.reduce((s, name) => s + matrix[method][name][at], 0);
					expect(sum).toBeCloseTo(matrix.trade[at], 3);
				}
			}
		}
		expect(checked).toBe(expected.size);
		expect(checked).toBeGreaterThan(1000);
		expect(matrix.totalTrade).toBeCloseTo(ledger.valueUsed, 3);
	});
});
