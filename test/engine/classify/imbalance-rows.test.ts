import { describe, expect, it } from 'vitest';
import { classifyKeys, keysValuedAtLevel } from '../../../src/lib/engine/classify/classify';
import { aquinoQByRow } from '../../../src/lib/engine/classify/imbalance-rows';
import { ALL_PARTNERS, ALL_PRODUCTS } from '../../../src/lib/engine/model/selection';
import { foldedRowIds, partnerTable, sectorTable } from '../../../src/lib/engine/views/tables';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

/**
 * Two years of BRA's keys (X, M; no quantities: Q and GLC need values only):
 *   2019 USA 640399 60, 10 · USA 640391 20, 30 · USA 020110 0, 20 · ARG 640399 10, 0
 *   2020 USA 640399 10, 30 · ARG 640399  5, 15 · ARG 020110 5, 0
 * By hand (METHODS 7.3; O = 2 min(X, M) per key):
 *   USA 2019: X 80, M 60, scales 140/160 = 7/8 and 140/120 = 7/6;
 *     |X*−M*| = 245/6 + 105/6 + 140/6 = 245/3, Q = 1 − (245/3)/140 = 5/12; GLC = 60/(140 − 20) = 1/2.
 *   USA 2020: one key, X* = M* = 20, Q = 1; GLC = 20/(40 − 20) = 1. Mean: Q 17/24, GLC 3/4.
 *   ARG 2019: M_S = 0, undefined. ARG 2020: X 10, M 15, scales 5/4 and 5/6: |X*−M*| = 6.25 + 6.25,
 *     Q = 1 − 12.5/25 = 1/2; GLC = 10/(25 − 5) = 1/2.
 *   Total 2019: X 90, M 60, scales 5/6, 5/4: 37.5 + 125/6 + 25 + 25/3 = 275/3, Q = 1 − 275/450 = 7/18;
 *     GLC = 60/120 = 1/2. Total 2020: X 20, M 45, scales 13/8, 13/18: 65/12 + 65/24 + 65/8 = 65/4,
 *     Q = 3/4; GLC = 30/40 = 3/4. Mean: Q (7/18 + 3/4)/2 = 41/72, GLC 5/8.
 *   Footwear 2019: X 90, M 40, scales 13/18, 13/8: 325/12 + 1235/36 + 65/9 = 2470/36, Q = 1 − 19/36 = 17/36;
 *     2020: X 15, M 45, scales 2, 2/3: both keys balance, Q = 1. Mean 53/72.
 *   Animal: X_S = 0 in 2019 and M_S = 0 in 2020, undefined.
 */
const ROWS: KeyRow[] = [
	{ year: 2019, reporter: 'BRA', partner: 'USA', product: 640399, x: 60, m: 10 },
	{ year: 2019, reporter: 'BRA', partner: 'USA', product: 640391, x: 20, m: 30 },
	{ year: 2019, reporter: 'BRA', partner: 'USA', product: 20110, x: 0, m: 20 },
	{ year: 2019, reporter: 'BRA', partner: 'ARG', product: 640399, x: 10, m: 0 },
	{ year: 2020, reporter: 'BRA', partner: 'USA', product: 640399, x: 10, m: 30 },
	{ year: 2020, reporter: 'BRA', partner: 'ARG', product: 640399, x: 5, m: 15 },
	{ year: 2020, reporter: 'BRA', partner: 'ARG', product: 20110, x: 5, m: 0 }
];
const SELECTION = {
	reporter: 'BRA',
	yearFrom: 2019,
	yearTo: 2020,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};
const FILTER = { reporter: 'BRA', yearFrom: 2019, yearTo: 2020 };
const keys = makeKeys(ROWS);
const SETTINGS = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const cells = classifyKeys(keys, SETTINGS);

describe('aquinoQByRow (METHODS 7.3)', () => {
	it('gives each partner and the total the mean over years of Q, checked by hand', () => {
		const q = aquinoQByRow(keys, SELECTION, { kind: 'partner' });
		expect(q.USA).toBeCloseTo(17 / 24, 14);
		expect(q.ARG).toBeCloseTo(1 / 2, 14);
		expect(q.total).toBeCloseTo(41 / 72, 14);
	});

	it('follows the level classified: at HS4, USA 2019 holds 6403 (80, 40) and 0201 (0, 20)', () => {
		// Scales 7/8 and 7/6: |70 − 140/3| + |0 − 70/3| = 140/3, Q = 1 − (140/3)/140 = 2/3;
		// 2020 one key, Q = 1: mean 5/6 (17/24 at HS6).
		const atHs4 = keysValuedAtLevel(keys, { ...SETTINGS, level: 'hs4' });
		expect(aquinoQByRow(atHs4, SELECTION, { kind: 'partner' }).USA).toBeCloseTo(5 / 6, 14);
	});

	it('gives sectors their Q, NaN where no year has both flows', () => {
		const q = aquinoQByRow(keys, SELECTION, { kind: 'sector' });
		expect(q.footwear).toBeCloseTo(53 / 72, 14);
		expect(q.animal).toBeNaN();
	});
});

describe('partner and sector tables with GLC and Q', () => {
	it('carries the hand-computed GLC and the joined Q on every row, mean and total', () => {
		const table = partnerTable(
			cells,
			FILTER,
			Infinity,
			aquinoQByRow(keys, SELECTION, { kind: 'partner' })
		);
		const usa = table.rows.find((row) => row.id === 'USA')!;
		const arg = table.rows.find((row) => row.id === 'ARG')!;
		expect(usa.glc).toBeCloseTo(3 / 4, 14);
		expect(usa.aquinoQ).toBeCloseTo(17 / 24, 14);
		expect(arg.glc).toBeCloseTo(1 / 2, 14);
		expect(arg.aquinoQ).toBeCloseTo(1 / 2, 14);
		expect(table.mean.glc).toBeCloseTo(5 / 8, 14);
		expect(table.mean.aquinoQ).toBeCloseTo((17 / 24 + 1 / 2) / 2, 14);
		expect(table.total.glc).toBeCloseTo(5 / 8, 14);
		expect(table.total.aquinoQ).toBeCloseTo(41 / 72, 14);
	});

	it('gives Others the Q of its rows pooled: top 1 keeps USA (GHM IIT 40 a year against 5)', () => {
		const partner = { kind: 'partner' } as const;
		const folded = foldedRowIds(cells, FILTER, partner, 1);
		expect(folded).toEqual(['ARG']);
		const table = partnerTable(cells, FILTER, 1, aquinoQByRow(keys, SELECTION, partner, folded));
		expect(table.others!.aquinoQ).toBeCloseTo(1 / 2, 14);
		// Top 0 folds both partners: Others pools every key, so its Q is the total's (41/72), not
		// the mean of the partners' (the "Others (mean)" row: (17/24 + 1/2)/2 = 29/48).
		const all = foldedRowIds(cells, FILTER, partner, 0);
		const none = partnerTable(cells, FILTER, 0, aquinoQByRow(keys, SELECTION, partner, all));
		expect(none.others!.aquinoQ).toBeCloseTo(41 / 72, 14);
		expect(none.othersMean!.aquinoQ).toBeCloseTo(29 / 48, 14);
	});

	it('leaves Q NaN for Others unless its rows were named, and when no Q was joined', () => {
		const folded = partnerTable(
			cells,
			FILTER,
			1,
			aquinoQByRow(keys, SELECTION, { kind: 'partner' })
		);
		expect(folded.others!.aquinoQ).toBeNaN();
		expect(folded.others!.glc).not.toBeNaN();
		const bare = sectorTable(cells, FILTER);
		expect(bare.rows.every((row) => Number.isNaN(row.aquinoQ))).toBe(true);
		expect(bare.total.aquinoQ).toBeNaN();
	});
});
