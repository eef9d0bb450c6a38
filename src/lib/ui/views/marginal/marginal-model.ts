/**
 * Brülhart's marginal IIT as table and chart data: the rows of a MarginalTable (marginal-table.ts)
 * with their display names, the bar chart of A for the rows that changed most, and the year pair.
 */
import type { MarginalRow, MarginalTable, Selection } from '../../../engine';

/** Bars in the chart of A: the rows with the largest gross change. */
export const MARGINAL_CHART_ROWS = 15;

/** The columns of a marginal table, by key (`data-col`): name, ΔX, ΔM, Σ(|ΔX|+|ΔM|), A, products. */
export const MARGINAL_COLUMNS = [
	{ key: 'name', kind: 'text' },
	{ key: 'dx', kind: 'money' },
	{ key: 'dm', kind: 'money' },
	{ key: 'gross', kind: 'money' },
	{ key: 'a', kind: 'ratio' },
	{ key: 'products', kind: 'number' }
] as const;
/** The key of a marginal table column. */
export type MarginalColumnKey = (typeof MARGINAL_COLUMNS)[number]['key'];

/** A table row in DataTable's shape; `summary` marks the total. */
export interface MarginalTableRow {
	id: string;
	cells: Record<MarginalColumnKey, string | number | null>;
	summary?: boolean;
}

function cellsOf(row: MarginalRow, name: string): MarginalTableRow['cells'] {
	return {
		name,
		dx: row.dx,
		dm: row.dm,
		gross: row.gross,
		// A is undefined when nothing changed (gross = 0): an empty cell, not 0.
		a: Number.isFinite(row.a) ? row.a : null,
		products: row.products
	};
}

/** The rows of a marginal table (largest gross change first) and the total as a summary row. */
export function marginalTableRows(
	table: MarginalTable,
	nameOf: (id: string) => string
): MarginalTableRow[] {
	return [
		...table.rows.map((row) => ({ id: row.id, cells: cellsOf(row, nameOf(row.id)) })),
		{ id: table.total.id, cells: cellsOf(table.total, nameOf(table.total.id)), summary: true }
	];
}

/** The chart of A: one bar per row among the first `limit` by gross change (the table's order). */
export interface MarginalChart {
	categories: string[];
	values: (number | null)[];
}

/** A of the rows that changed most, in the table's order (largest gross change first). */
export function marginalChart(
	table: MarginalTable,
	nameOf: (id: string) => string,
	limit = MARGINAL_CHART_ROWS
): MarginalChart {
	const rows = table.rows.slice(0, limit);
	return {
		categories: rows.map((row) => nameOf(row.id)),
		values: rows.map((row) => (Number.isFinite(row.a) ? row.a : null))
	};
}

/** The chart in words, for its text stand-in: "China 0,00; Estados Unidos 0,57; Alemanha –". */
export function describeBars(chart: MarginalChart, format: (value: number) => string): string {
	return chart.categories
		.map((name, index) => {
			const value = chart.values[index];
			return `${name} ${value === null ? '–' : format(value)}`;
		})
		.join('; ');
}

/** The two years compared. */
export interface YearPair {
	yearA: number;
	yearB: number;
}

/**
 * The years compared at first: the first and last of the selection's range; a one-year range
 * compares the data year before it (or, if none, after it) with it.
 */
export function defaultYearPair(
	selection: Pick<Selection, 'yearFrom' | 'yearTo'>,
	years: readonly number[]
): YearPair {
	const { yearFrom, yearTo } = selection;
	if (yearFrom < yearTo) return { yearA: yearFrom, yearB: yearTo };
	const earlier = years.filter((year) => year < yearTo);
	if (earlier.length > 0) return { yearA: Math.max(...earlier), yearB: yearTo };
	const later = years.filter((year) => year > yearFrom);
	if (later.length > 0) return { yearA: yearFrom, yearB: Math.min(...later) };
	return { yearA: yearFrom, yearB: yearTo };
}

/** Whether the pair can be compared: the first year strictly before the second. */
export function isValidYearPair(pair: YearPair): boolean {
	return pair.yearA < pair.yearB;
}
