/**
 * The cells of a results payload, validated into flat numbers (no objects yet, so a worker can
 * hand them over without a copy): per classification its α and CELL_WIDTH numbers per cell,
 * column after column. Counts are bounded before a single cell is read.
 */
import { SECTOR_IDS } from '../model/types';
import { MAX_ALPHA_SETS, MAX_CELLS_PER_SET } from './bounds';
import { array, count, invalid, number, object } from './check';
import { CELL_WIDTH, ShareError, type SharedPayload } from './shared-results';

/**
 * Columns of a cell: indexes (year, partner, sector), 11 amounts, the quality weight, Σ ln R,
 * Σ ln² R; from version 2 four more amounts (GHM and FF outliers, exports, imports).
 */
const AMOUNTS = { from: 3, to: 13 } as const;
const QUALITY_WEIGHT = 14;
const QUALITY_SUM = 15;
const QUALITY_SUM_SQ = 16;
const V2_AMOUNTS = { from: 17, to: 20 } as const;

/**
 * The classifications of `value` for `partners` partners and `years` years, `width` numbers per
 * cell as written (CELL_WIDTH, or CELL_WIDTH_V1 for a version 1 payload), read into CELL_WIDTH
 * columns (a version 1 cell has no outliers, and its exports and imports are unknown: NaN). Throws ShareError:
 * 'too-large' beyond MAX_CELLS_PER_SET in one, 'empty' when the first (the α in use) has no cell.
 */
export function cellsFromWire(
	value: unknown,
	partners: number,
	years: number,
	width: number = CELL_WIDTH
): SharedPayload['cells'] {
	const sets = array(value, 'cells', MAX_ALPHA_SETS);
	if (sets.length === 0) throw new ShareError('empty', 'cells');
	const alphas = new Set<number>();
	const cells = sets.map((item, i) => {
		const path = `cells[${i}]`;
		const set = object(item, path);
		const alpha = number(set.alpha, `${path}.alpha`, { min: 0, max: 1 });
		if (alpha <= 0 || alpha >= 1 || alphas.has(alpha))
			invalid(`${path}.alpha`, 'a new α in (0, 1)');
		alphas.add(alpha);
		if (!Array.isArray(set.rows)) invalid(`${path}.rows`, 'a list');
		const rows: unknown[] = set.rows;
		if (rows.length % width !== 0) invalid(`${path}.rows`, `${width} numbers per cell`);
		const n = rows.length / width;
		if (n > MAX_CELLS_PER_SET) {
			throw new ShareError('too-large', `${path}: more than ${MAX_CELLS_PER_SET} cells`);
		}
		return { alpha, count: n, columns: cellColumns(rows, n, width, path, partners, years) };
	});
	if (cells[0].count === 0) throw new ShareError('empty', 'cells');
	return cells;
}

/** The numbers of `n` cells, checked: indexes in range, each (year, partner, sector) once. */
function cellColumns(
	rows: unknown[],
	n: number,
	width: number,
	path: string,
	partners: number,
	years: number
): Float64Array {
	const columns = new Float64Array(n * CELL_WIDTH);
	// One flag per (year, partner, sector): at most 100 × 1,000 × 15 bytes (bounds.ts).
	const seen = new Uint8Array(years * partners * SECTOR_IDS.length);
	for (let i = 0; i < n; i++) {
		const where = `${path}.rows[${i}]`;
		const at = (column: number) => rows[column * n + i];
		const year = count(at(0), where, years - 1);
		const partner = count(at(1), where, partners - 1);
		const sector = count(at(2), where, SECTOR_IDS.length - 1);
		const cell = (year * partners + partner) * SECTOR_IDS.length + sector;
		if (seen[cell]) invalid(where, 'one cell per year, partner and sector');
		seen[cell] = 1;
		columns[i] = year;
		columns[n + i] = partner;
		columns[2 * n + i] = sector;
		// Trade, then GHM's and FF's five classes: amounts, never negative; so are the weight and Σ ln² R.
		for (let column = AMOUNTS.from; column <= AMOUNTS.to; column++) {
			columns[column * n + i] = number(at(column), where, { min: 0 });
		}
		columns[QUALITY_WEIGHT * n + i] = number(at(QUALITY_WEIGHT), where, { min: 0 });
		columns[QUALITY_SUM * n + i] = number(at(QUALITY_SUM), where);
		columns[QUALITY_SUM_SQ * n + i] = number(at(QUALITY_SUM_SQ), where, { min: 0 });
		for (let column = V2_AMOUNTS.from; column <= V2_AMOUNTS.to; column++) {
			const outlierColumn = column < V2_AMOUNTS.from + 2;
			columns[column * n + i] =
				column < width ? number(at(column), where, { min: 0 }) : outlierColumn ? 0 : NaN;
		}
	}
	return columns;
}
