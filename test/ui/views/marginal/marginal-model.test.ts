/** Brülhart's marginal IIT as tables and a chart, from hand-made MarginalCells (sums worked by hand). */
import { describe, expect, it } from 'vitest';
import { marginalTable } from '../../../../src/lib/engine/views/marginal-table';
import type { MarginalCell } from '../../../../src/lib/engine/model/queries';
import { ALL_PARTNERS } from '../../../../src/lib/engine/model/selection';
import {
	defaultYearPair,
	describeBars,
	isValidYearPair,
	marginalChart,
	marginalTableRows
} from '../../../../src/lib/ui/views/marginal/marginal-model';

/*
 * USA footwear, two products between yearA and yearB:
 *   p1: ΔX = +100, ΔM = +60 → |ΔX − ΔM| = 40, |ΔX| + |ΔM| = 160;
 *   p2: ΔX = −20, ΔM = +30 → |ΔX − ΔM| = 50, |ΔX| + |ΔM| = 50.
 *   Cell: ΔX = 80, ΔM = 90, Σ|ΔX − ΔM| = 90, gross = 210 → A = 1 − 90/210 = 4/7.
 * CHN machinery, one product: ΔX = 0, ΔM = +500 → absDiff 500, gross 500, A = 0.
 * DEU metals, one product unchanged: everything 0, A undefined.
 * Total: ΔX = 80, ΔM = 590, absDiff 590, gross 710 → A = 1 − 590/710 = 120/710 = 12/71.
 */
const CELLS: MarginalCell[] = [
	{ partner: 'USA', sector: 'footwear', dx: 80, dm: 90, absDiff: 90, gross: 210, products: 2 },
	{ partner: 'CHN', sector: 'machinery', dx: 0, dm: 500, absDiff: 500, gross: 500, products: 1 },
	{ partner: 'DEU', sector: 'metals', dx: 0, dm: 0, absDiff: 0, gross: 0, products: 1 }
];
const NAMES: Record<string, string> = {
	USA: 'Estados Unidos',
	CHN: 'China',
	DEU: 'Alemanha',
	total: 'Total',
	footwear: 'Calçado',
	machinery: 'Máquina/Elétrico',
	metals: 'Metais'
};
const nameOf = (id: string) => NAMES[id] ?? id;

describe('marginalTableRows', () => {
	const table = marginalTable(CELLS, { kind: 'partner' }, 2016, ALL_PARTNERS);
	const rows = marginalTableRows(table, nameOf);

	it('lists partners by gross change, then the total as a summary row', () => {
		expect(rows.map((row) => row.id)).toEqual(['CHN', 'USA', 'DEU', 'total']);
		expect(rows.map((row) => row.summary ?? false)).toEqual([false, false, false, true]);
	});

	it('carries ΔX, ΔM, the gross change and A worked by hand', () => {
		const usa = rows[1].cells;
		expect(usa.name).toBe('Estados Unidos');
		expect([usa.dx, usa.dm, usa.gross, usa.products]).toEqual([80, 90, 210, 2]);
		expect(usa.a).toBeCloseTo(4 / 7, 12);
		expect(rows[0].cells.a).toBe(0);
		const total = rows[3].cells;
		expect(total.name).toBe('Total');
		expect([total.dx, total.dm, total.gross, total.products]).toEqual([80, 590, 710, 4]);
		expect(total.a).toBeCloseTo(12 / 71, 12);
	});

	it('leaves A empty where nothing changed (gross = 0)', () => {
		expect(rows[2].cells.a).toBeNull();
		expect(rows[2].cells.gross).toBe(0);
	});

	it('names sector rows in a sector table', () => {
		const sectors = marginalTableRows(
			marginalTable(CELLS, { kind: 'sector' }, 2016, ALL_PARTNERS),
			nameOf
		);
		expect(sectors.map((row) => row.cells.name)).toEqual([
			'Máquina/Elétrico',
			'Calçado',
			'Metais',
			'Total'
		]);
	});
});

describe('marginalChart', () => {
	const table = marginalTable(CELLS, { kind: 'partner' }, 2016, ALL_PARTNERS);

	it('plots A for the rows that changed most, in the table’s order', () => {
		const chart = marginalChart(table, nameOf, 2);
		expect(chart.categories).toEqual(['China', 'Estados Unidos']);
		expect(chart.values[0]).toBe(0);
		expect(chart.values[1]).toBeCloseTo(4 / 7, 12);
	});

	it('draws no bar where A is undefined', () => {
		expect(marginalChart(table, nameOf).values[2]).toBeNull();
	});

	it('reads the bars in words, a dash where A is undefined', () => {
		// A: China 0, United States 4/7 = 0.571… → "0.57", Germany undefined.
		expect(describeBars(marginalChart(table, nameOf), (value) => value.toFixed(2))).toBe(
			'China 0.00; Estados Unidos 0.57; Alemanha –'
		);
	});
});

describe('defaultYearPair', () => {
	const YEARS = [2001, 2010, 2016];

	it('compares the first and last year of the selection', () => {
		expect(defaultYearPair({ yearFrom: 2001, yearTo: 2016 }, YEARS)).toEqual({
			yearA: 2001,
			yearB: 2016
		});
	});

	it('compares a one-year selection with the data year before it, or else after it', () => {
		expect(defaultYearPair({ yearFrom: 2016, yearTo: 2016 }, YEARS)).toEqual({
			yearA: 2010,
			yearB: 2016
		});
		expect(defaultYearPair({ yearFrom: 2001, yearTo: 2001 }, YEARS)).toEqual({
			yearA: 2001,
			yearB: 2010
		});
	});

	it('cannot compare data of a single year', () => {
		const pair = defaultYearPair({ yearFrom: 2001, yearTo: 2001 }, [2001]);
		expect(isValidYearPair(pair)).toBe(false);
		expect(isValidYearPair({ yearA: 2001, yearB: 2016 })).toBe(true);
		expect(isValidYearPair({ yearA: 2016, yearB: 2001 })).toBe(false);
	});
});
