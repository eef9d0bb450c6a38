import { describe, it, expect } from 'vitest';
import { marginalTable } from '../../../src/lib/engine/views/marginal-table';
import type { MarginalCell } from '../../../src/lib/engine/model/queries';
import { ALL_PARTNERS, type Dimension } from '../../../src/lib/engine/model/selection';
import type { SectorId } from '../../../src/lib/engine/model/types';

/** A product's changes between the two years: ΔX and ΔM. */
type Change = [dx: number, dm: number];

/** The MarginalCell the worker would send for these products (METHODS: Brülhart's A). */
function cell(partner: string, sector: SectorId, changes: Change[]): MarginalCell {
	const sum = (f: (c: Change) => number): number => changes.reduce((a, c) => a + f(c), 0);
	return {
		partner,
		sector,
		dx: sum(([dx]) => dx),
		dm: sum(([, dm]) => dm),
		absDiff: sum(([dx, dm]) => Math.abs(dx - dm)),
		gross: sum(([dx, dm]) => Math.abs(dx) + Math.abs(dm)),
		products: changes.length
	};
}

const CELLS: MarginalCell[] = [
	// dx 80, dm 60, |Δ| 40 + 20 = 60, gross 160 + 20 = 180
	cell('USA', 'machinery', [
		[100, 60],
		[-20, 0]
	]),
	cell('USA', 'footwear', [[10, 10]]), // absDiff 0, gross 20
	cell('COL', 'animal', [[50, -50]]), // absDiff 100, gross 100: A = 0
	cell('CHL', 'animal', [[30, 10]]), // absDiff 20, gross 40: A = 0.5
	cell('CHN', 'misc', [[0, 0]]) // unchanged: gross 0, A undefined
];
const GROUPS: Dimension = { kind: 'group', custom: [] };

describe('marginalTable', () => {
	it('sums per partner and takes A as a ratio of sums, rows by gross change', () => {
		const table = marginalTable(CELLS, { kind: 'partner' }, 2020, ALL_PARTNERS);
		expect(table.rows.map((row) => [row.id, row.gross])).toEqual([
			['USA', 200],
			['COL', 100],
			['CHL', 40],
			['CHN', 0]
		]);
		// USA: machinery + footwear; A = 1 − 60 / 200 = 0.7 (not the mean of 2/3 and 1)
		expect(table.rows[0]).toEqual({
			id: 'USA',
			dx: 90,
			dm: 70,
			absDiff: 60,
			gross: 200,
			a: 0.7,
			products: 3
		});
		expect(table.rows[1].a).toBe(0);
		expect(table.rows[2].a).toBe(0.5);
		expect(table.rows[3].a).toBeNaN();
		// total: dx 90 + 50 + 30 = 170, dm 70 − 50 + 10 = 30, |Δ| 180, gross 340 → A = 1 − 18/34 = 8/17
		expect(table.total.dx).toBe(170);
		expect(table.total.dm).toBe(30);
		expect(table.total.products).toBe(6);
		expect(table.total.a).toBeCloseTo(8 / 17, 15);
	});

	it('sector rows partition the total', () => {
		const table = marginalTable(CELLS, { kind: 'sector' }, 2020, ALL_PARTNERS);
		expect(table.rows.map((row) => row.id)).toEqual(['machinery', 'animal', 'footwear', 'misc']);
		const gross = table.rows.reduce((a, row) => a + row.gross, 0);
		const absDiff = table.rows.reduce((a, row) => a + row.absDiff, 0);
		expect([gross, absDiff]).toEqual([table.total.gross, table.total.absDiff]);
		// animal: COL + CHL, |Δ| 120, gross 140 → 1 − 6/7
		expect(table.rows[1].a).toBeCloseTo(1 / 7, 15);
	});

	it('groups use membership in the later year and count each cell once in the total', () => {
		// yearB 2020: COL is in the OECD (joined 2020) → OECD = USA + COL + CHL, gross 340, |Δ| 180
		const in2020 = marginalTable(CELLS, GROUPS, 2020, ALL_PARTNERS);
		expect(in2020.rows.map((row) => [row.id, row.gross, row.products])).toEqual([
			['oecd', 340, 5],
			['g20', 200, 4], // USA + CHN
			['brics', 0, 1] // CHN
		]);
		expect(in2020.rows[0].a).toBeCloseTo(8 / 17, 15);
		expect(in2020.total.gross).toBe(340);
		expect(in2020.total.products).toBe(6);
		// yearB 2019: COL is not yet a member → OECD = USA + CHL: gross 240, |Δ| 80, A = 2/3
		const in2019 = marginalTable(CELLS, GROUPS, 2019, ALL_PARTNERS);
		const oecd = in2019.rows.find((row) => row.id === 'oecd');
		expect(oecd?.gross).toBe(240);
		expect(oecd?.a).toBeCloseTo(2 / 3, 15);
	});

	it('leaves out partners not in the set in the later year', () => {
		const oecd = { kind: 'group', id: 'oecd' } as const;
		const in2019 = marginalTable(CELLS, { kind: 'partner' }, 2019, oecd);
		expect(in2019.rows.map((row) => row.id)).toEqual(['USA', 'CHL']);
		expect(in2019.total.gross).toBe(240);
		const in2020 = marginalTable(CELLS, { kind: 'partner' }, 2020, oecd);
		expect(in2020.rows.map((row) => row.id)).toEqual(['USA', 'COL', 'CHL']);
		const usa = marginalTable(CELLS, { kind: 'sector' }, 2020, { kind: 'country', id: 'USA' });
		expect(usa.total.absDiff).toBe(60);
	});

	it('no cells: no rows and an undefined total A', () => {
		const empty = marginalTable([], { kind: 'partner' }, 2020, ALL_PARTNERS);
		expect(empty.rows).toEqual([]);
		expect(empty.total).toEqual({
			id: 'total',
			dx: 0,
			dm: 0,
			absDiff: 0,
			gross: 0,
			a: NaN,
			products: 0
		});
	});
});
