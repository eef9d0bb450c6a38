/** pairDetail and the matrix metrics on the hand-worked file of world-file.ts. */
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../src/lib/engine/read/analyze';
import type { ClassifySettings } from '../../../src/lib/engine/model/types';
import { pairDetail } from '../../../src/lib/engine/world/pair-detail';
import { pairMatrix } from '../../../src/lib/engine/world/pair-matrix';
import { pairShare, topPairs, topShares } from '../../../src/lib/engine/world/pair-metrics';
import { textFile } from '../read/read-helpers';
import { ALL_PAIRS, WORLD_CSV, split } from './world-file';

const AT_15: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

const readWorld = () => readTradeFiles([textFile('world.csv', WORLD_CSV)], ALL_PAIRS);

describe('pairDetail', () => {
	it('gives the pair by year and sector from both sides, in the order asked', async () => {
		const { keys } = await readWorld();
		// ARG first: ARG's keys with BRA are held under BRA, so ARG's view is the swapped one.
		const detail = pairDetail(keys, 'ARG', 'BRA', AT_15);
		expect(detail.countries).toEqual(['ARG', 'BRA']);
		expect(detail.years).toEqual([2021, 2022]);
		expect(detail.rows.map((row) => [row.year, row.sector, row.trade])).toEqual([
			[2021, 'footwear', 10_000],
			[2022, 'footwear', 186_000],
			[2022, 'machinery', 187_000]
		]);
		const [old, footwear, machinery] = detail.rows;
		expect(old.sides[0].ghm).toEqual(split({ oneWay: 10_000 }));
		expect(old.gl).toBe(0);
		// 2022 footwear, R(ARG) ≈ 1.1628: GHM VIIT-sup 172 000 + one-way 14 000; FF VIIT-sup 186 000.
		expect(footwear.sides[0]).toEqual({
			ghm: split({ oneWay: 14_000, viitSup: 172_000 }),
			ff: split({ viitSup: 186_000 })
		});
		// …and from BRA (R 0.86): GHM HIIT, FF VIIT-inf.
		expect(footwear.sides[1]).toEqual({
			ghm: split({ oneWay: 14_000, hiit: 172_000 }),
			ff: split({ viitInf: 186_000 })
		});
		expect(footwear.overlap).toBe(172_000);
		expect(footwear.gl).toBe(172_000 / 186_000);
		// R 0.87 and 1/0.87 ≈ 1.1494 are both in both bands: HIIT from either side.
		for (const side of machinery.sides) {
			expect(side).toEqual({
				ghm: split({ oneWay: 13_000, hiit: 174_000 }),
				ff: split({ hiit: 187_000 })
			});
		}
		expect(detail.total.trade).toBe(383_000);
		expect(detail.total.gl).toBe(346_000 / 383_000);
		expect(detail.total.sides[0].ghm).toEqual(
			split({ oneWay: 37_000, hiit: 174_000, viitSup: 172_000 })
		);
		expect(detail.total.sides[1].ff).toEqual(
			split({ oneWay: 10_000, hiit: 187_000, viitInf: 186_000 })
		);
		expect(detail.byYear.map((year) => [year.year, year.trade, year.overlap])).toEqual([
			[2021, 10_000, 0],
			[2022, 373_000, 346_000]
		]);
	});

	it('agrees with the matrix, and names an unknown country', async () => {
		const { keys } = await readWorld();
		const matrix = pairMatrix(keys, AT_15);
		const detail = pairDetail(keys, 'USA', 'BRA', AT_15);
		// USA is index 2, BRA 0 in the matrix: [2·3 + 0] is USA's view.
		expect(detail.total.trade).toBe(matrix.trade[2 * 3 + 0]);
		expect(detail.total.sides[0].ff.unclassified).toBe(matrix.ff.unclassified[2 * 3 + 0]);
		expect(detail.total.sides[0].ghm).toEqual(split({ oneWay: 50_000, unclassified: 40_000 }));
		expect(() => pairDetail(keys, 'BRA', 'FRA', AT_15)).toThrow(/FRA/);
	});
});

describe('pair metrics', () => {
	it('reads shares of trade off the matrix, each side its own', async () => {
		const { keys } = await readWorld();
		const matrix = pairMatrix(keys, AT_15);
		const braArg = 0 * 3 + 1;
		const argBra = 1 * 3 + 0;
		// GHM IIT = overlap / trade = (383 000 − 37 000) / 383 000, the same from both sides.
		expect(pairShare(matrix, braArg, 'ghm', 'iit')).toBe(346_000 / 383_000);
		expect(pairShare(matrix, argBra, 'ghm', 'iit')).toBe(346_000 / 383_000);
		expect(pairShare(matrix, braArg, 'ghm', 'hiit')).toBe(346_000 / 383_000);
		expect(pairShare(matrix, argBra, 'ghm', 'hiit')).toBe(174_000 / 383_000);
		expect(pairShare(matrix, argBra, 'ghm', 'viitSup')).toBe(172_000 / 383_000);
		// FF two-way share: (383 000 − 10 000) / 383 000.
		expect(pairShare(matrix, braArg, 'ff', 'iit')).toBe(373_000 / 383_000);
		expect(pairShare(matrix, braArg, 'ff', 'viitInf')).toBe(186_000 / 383_000);
		expect(pairShare(matrix, 0, 'ghm', 'iit')).toBeNaN(); // the diagonal has no trade
	});

	it('lists the largest pairs and the top countries’ shares', async () => {
		const { keys } = await readWorld();
		const matrix = pairMatrix(keys, AT_15);
		expect(topPairs(matrix, 10)).toEqual([
			{ a: 0, b: 1, trade: 383_000 },
			{ a: 0, b: 2, trade: 90_000 },
			{ a: 1, b: 2, trade: 52_000 }
		]);
		expect(topPairs(matrix, 1)).toHaveLength(1);
		// Top 2 countries (BRA, ARG), FF VIIT-sup: BRA sees none, ARG 186 000 / 383 000.
		expect(topShares(matrix, 2, 'ff', 'viitSup')).toEqual([
			[null, 0],
			[186_000 / 383_000, null]
		]);
		expect(topShares(matrix, 10, 'ghm', 'iit')).toHaveLength(3);
	});
});
