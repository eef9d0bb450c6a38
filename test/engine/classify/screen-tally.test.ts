import { describe, expect, it } from 'vitest';
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import { screenTally } from '../../../src/lib/engine/classify/screen-tally';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const PAPER = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const MEAN_2 = { rule: 'mean', k: 2 } as const;

/**
 * One group (2020, 640399, kg) of five unit values: USA X 10, M 10; ARG X 30, M 10; CHN X 10
 * (its import has no quantity). Mean 70/5 = 14; k = 2 bounds it at 28 and 7: ARG's export (30)
 * is the one outlier. ARG's R = 3 is defined, so ARG is screened: T = 400, GHM overlap
 * 2·min(300, 100) = 200; FF: 100/300 > θ = 0.1, two-way, all 400 (at θ = 0.5 one-way: 0).
 */
const ROWS: KeyRow[] = [
	{ year: 2020, reporter: 'BRA', partner: 'USA', product: 640399, x: 100, m: 100, qx: 10, qm: 10 },
	{ year: 2020, reporter: 'BRA', partner: 'ARG', product: 640399, x: 300, m: 100, qx: 10, qm: 10 },
	{ year: 2020, reporter: 'BRA', partner: 'CHN', product: 640399, x: 50, m: 60, qx: 5 }
];

describe('screenTally (METHODS 7.1: the ledger counts screened keys and their value)', () => {
	it('counts the keys the screen leaves without R, with their trade and each method’s part', () => {
		const tally = screenTally(makeKeys(ROWS), { ...PAPER, uvScreen: MEAN_2 });
		expect(tally).toEqual({ screen: MEAN_2, keys: 1, trade: 400, ghmOutlier: 200, ffOutlier: 400 });
		const oneWay = screenTally(makeKeys(ROWS), { ...PAPER, theta: 0.5, uvScreen: MEAN_2 });
		expect(oneWay).toMatchObject({ keys: 1, trade: 400, ghmOutlier: 200, ffOutlier: 0 });
	});

	it('is null without the screen', () => {
		expect(screenTally(makeKeys(ROWS), PAPER)).toBeNull();
	});

	it('puts in each method what the cells show as unit-value outliers (many keys, HS4 too)', () => {
		const rows: KeyRow[] = [];
		for (let i = 0; i < 600; i++) {
			// Prices spread 1 to 40 over 50 partners and 4 products of one heading; a few imports without quantity.
			const price = 1 + ((i * 37) % 40);
			rows.push({
				year: 2019 + (i % 2),
				reporter: 'BRA',
				partner: `P${i % 50}`,
				product: 640391 + (i % 4),
				x: 10 * price * (1 + (i % 3)),
				m: 10 * (1 + ((i * 11) % 23)) * (1 + (i % 5)),
				qx: 10 * (1 + (i % 3)),
				qm: i % 97 === 0 ? undefined : 1 + (i % 5)
			});
		}
		const keys = makeKeys(rows);
		for (const settings of [
			{ ...PAPER, uvScreen: { rule: 'quantile', p: 0.1 } as const },
			{ ...PAPER, uvScreen: { rule: 'quantile', p: 0.2 } as const, level: 'hs4' as const }
		]) {
			const tally = screenTally(keys, settings)!;
			const cells = classifyKeys(keys, settings);
			const sum = (pick: (cell: (typeof cells)[number]) => number) =>
				cells.reduce((total, cell) => total + pick(cell), 0);
			expect(tally.keys).toBeGreaterThan(0);
			expect(tally.ghmOutlier).toBeCloseTo(
				sum((cell) => cell.ghm.outlier),
				6
			);
			expect(tally.ffOutlier).toBeCloseTo(
				sum((cell) => cell.ff.outlier),
				6
			);
			expect(tally.trade).toBeGreaterThanOrEqual(tally.ffOutlier);
		}
	});
});
