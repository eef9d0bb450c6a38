/**
 * Class stability (METHODS 7.5) as table and file data: a method's transition matrix with each
 * cell's share of the total weight, the row and column totals, and the matrix in long form for
 * the CSV. Pure: names and number formats are the caller's.
 */
import {
	csvLines,
	type ClassStabilityResult,
	type ClassTransitions,
	type CsvDialect,
	type KeyClass,
	type StabilityYearPair
} from '../../../engine';
import type { Method } from '../../../state/settings.svelte';

/** One cell of the matrix: the weight of the keys in class `from` in t and `to` in t+1. */
export interface TransitionCell {
	to: KeyClass;
	weight: number;
	/** weight / the matrix's total weight; NaN when the total is 0. */
	share: number;
	/** On the diagonal: the class did not change. */
	stable: boolean;
}

/** One row of the matrix: the class in year t. */
export interface TransitionRow {
	from: KeyClass;
	cells: TransitionCell[];
	/** The row's weight (all classes in t+1) and its share of the total. */
	weight: number;
	share: number;
}

/** A method's matrix as a table: rows, the column totals and the total. */
export interface TransitionTable {
	classes: KeyClass[];
	rows: TransitionRow[];
	/** Per class in t+1, in the order of `classes`: its weight and share. */
	columnTotals: { to: KeyClass; weight: number; share: number }[];
	weight: number;
	stableShare: number;
	keyPairs: number;
}

const shareOf = (weight: number, total: number): number => (total > 0 ? weight / total : NaN);

/** The table of one method's transitions. */
export function transitionTable(matrix: ClassTransitions): TransitionTable {
	const { classes, weights, weight } = matrix;
	const rows = classes.map((from, i) => {
		const rowWeight = weights[i].reduce((sum, value) => sum + value, 0);
		return {
			from,
			cells: classes.map((to, j) => ({
				to,
				weight: weights[i][j],
				share: shareOf(weights[i][j], weight),
				stable: i === j
			})),
			weight: rowWeight,
			share: shareOf(rowWeight, weight)
		};
	});
	const columnTotals = classes.map((to, j) => {
		const columnWeight = weights.reduce((sum, row) => sum + row[j], 0);
		return { to, weight: columnWeight, share: shareOf(columnWeight, weight) };
	});
	return {
		classes,
		rows,
		columnTotals,
		weight,
		stableShare: matrix.stableShare,
		keyPairs: matrix.keyPairs
	};
}

/** The year pairs as text, "2018–2019, 2019–2020". */
export function yearPairsText(pairs: readonly StabilityYearPair[]): string {
	return pairs.map((pair) => `${pair.from}–${pair.to}`).join(', ');
}

/** The CSV's header: one line per method × class in t × class in t+1. */
export const STABILITY_CSV_HEADER = [
	'method',
	'class_t',
	'class_t1',
	'weight_t1',
	'share',
	'key_pairs_method',
	'year_pairs'
] as const;

const METHOD_CODES: Record<Method, string> = { ghm: 'GHM', ff: 'FF' };

/**
 * The matrices of `methods` in long form, every number at full precision. Like the cells CSV it
 * uses codes, not translations (class ids as KeyClass spells them), so files compare across
 * languages; the year pairs are on every line.
 */
export function stabilityCsv(
	result: ClassStabilityResult,
	methods: readonly Method[],
	dialect: CsvDialect
): string {
	const years = result.yearPairs.map((pair) => `${pair.from}-${pair.to}`).join(' ');
	const lines: (string | number)[][] = [[...STABILITY_CSV_HEADER]];
	for (const method of methods) {
		const table = transitionTable(result[method]);
		for (const row of table.rows) {
			for (const cell of row.cells) {
				lines.push([
					METHOD_CODES[method],
					row.from,
					cell.to,
					cell.weight,
					cell.share,
					table.keyPairs,
					years
				]);
			}
		}
	}
	return csvLines(lines, dialect);
}
