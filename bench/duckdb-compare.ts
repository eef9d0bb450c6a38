/**
 * Compares two cells CSVs (the CLI's header: year, partner, sector, then fifteen sums) cell by
 * cell: the benchmark's proof that the project and DuckDB computed the same thing.
 */
import { CELLS_CSV_HEADER } from '../src/lib/engine/views/cells-csv';

/** Sums of one cell in header order (trade, five GHM classes, five FF classes, X, M, two outlier sums). */
type CellSums = number[];

/** How far apart two sums may be, relative to the larger: the orders of summation differ. */
export const RELATIVE_TOLERANCE = 1e-9;
/** Mismatches listed in full; the rest are only counted. */
const LISTED_MISMATCHES = 10;

/** The outcome of a comparison: cells on each side and what differs. */
export interface CellsAgreement {
	cells: number;
	otherCells: number;
	/** Cells compared value by value (present on both sides). */
	compared: number;
	mismatchCount: number;
	/** The first few mismatches, as readable lines. */
	mismatches: string[];
	/** The largest relative difference seen among the sums (0 when all are equal). */
	maxRelativeDifference: number;
}

const SUM_COLUMNS = CELLS_CSV_HEADER.split(',').slice(3);

/**
 * A cells CSV as a map `year,partner,sector` → sums. The header must be the CLI's (DuckDB
 * writes the same names); partners are ISO3 codes or digits, so no field is quoted.
 */
export function parseCellsCsv(text: string): Map<string, CellSums> {
	const lines = text.split(/\r?\n/).filter((line) => line !== '');
	if (lines[0] !== CELLS_CSV_HEADER) {
		throw new Error(`unexpected cells header: ${lines[0]}`);
	}
	const cells = new Map<string, CellSums>();
	for (const line of lines.slice(1)) {
		const fields = line.split(',');
		if (fields.length !== 3 + SUM_COLUMNS.length) throw new Error(`malformed cells line: ${line}`);
		const key = fields.slice(0, 3).join(',');
		const sums = fields.slice(3).map(Number);
		if (sums.some((sum) => !Number.isFinite(sum))) throw new Error(`non-numeric sum: ${line}`);
		if (cells.has(key)) throw new Error(`cell ${key} appears twice`);
		cells.set(key, sums);
	}
	return cells;
}

/** |a − b| relative to the larger of the two; 0 when both are 0. */
function relativeDifference(a: number, b: number): number {
	const scale = Math.max(Math.abs(a), Math.abs(b));
	return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/** Every cell of `ours` against `theirs`: the same keys, each sum within RELATIVE_TOLERANCE. */
export function compareCells(
	ours: Map<string, CellSums>,
	theirs: Map<string, CellSums>
): CellsAgreement {
	const mismatches: string[] = [];
	let mismatchCount = 0;
	let compared = 0;
	let maxRelativeDifference = 0;
	const note = (message: string) => {
		mismatchCount++;
		if (mismatches.length < LISTED_MISMATCHES) mismatches.push(message);
	};
	for (const [key, sums] of ours) {
		const other = theirs.get(key);
		if (!other) {
			note(`${key}: only in the first output`);
			continue;
		}
		compared++;
		for (let c = 0; c < sums.length; c++) {
			const difference = relativeDifference(sums[c], other[c]);
			maxRelativeDifference = Math.max(maxRelativeDifference, difference);
			if (difference > RELATIVE_TOLERANCE)
				note(`${key} ${SUM_COLUMNS[c]}: ${sums[c]} vs ${other[c]}`);
		}
	}
	for (const key of theirs.keys()) if (!ours.has(key)) note(`${key}: only in the second output`);
	return {
		cells: ours.size,
		otherCells: theirs.size,
		compared,
		mismatchCount,
		mismatches,
		maxRelativeDifference
	};
}
