/**
 * Brülhart's marginal IIT (A index) between two years, per row of a dimension, from the
 * partner × sector sums the worker returns (queries.ts MarginalCell).
 */
import { brulhartA } from '../classify/marginal';
import type { MarginalCell } from '../model/queries';
import { partnerInSet, rowIdsOf, type Dimension, type PartnerSet } from '../model/selection';

/** Summed changes of one row (or of the whole selection) between the two years. */
export interface MarginalRow {
	id: string;
	/** Σ ΔX and Σ ΔM (USD). */
	dx: number;
	dm: number;
	/** Σ |ΔX − ΔM| and Σ (|ΔX| + |ΔM|) over products. */
	absDiff: number;
	gross: number;
	/** Brülhart's A = 1 − absDiff / gross; NaN when gross = 0 (nothing changed). */
	a: number;
	/** Products counted. */
	products: number;
}

/** Rows by gross change (largest first) and the whole selection. */
export interface MarginalTable {
	rows: MarginalRow[];
	/** Every kept cell counted once (group rows overlap, so this is not the sum of the rows). */
	total: MarginalRow;
}

function emptyRow(id: string): MarginalRow {
	return { id, dx: 0, dm: 0, absDiff: 0, gross: 0, a: NaN, products: 0 };
}

function addCell(row: MarginalRow, cell: MarginalCell): void {
	row.dx += cell.dx;
	row.dm += cell.dm;
	row.absDiff += cell.absDiff;
	row.gross += cell.gross;
	row.products += cell.products;
}

/** Sets A once the sums are complete: A is a ratio of sums, never a sum of ratios. */
function finish(row: MarginalRow): MarginalRow {
	row.a = brulhartA(row.absDiff, row.gross);
	return row;
}

/**
 * Marginal IIT per row. Groups and the partner set use membership in the later year `yearB`;
 * cells whose partner is not in `partners` in yearB are left out.
 */
export function marginalTable(
	cells: readonly MarginalCell[],
	dimension: Dimension,
	yearB: number,
	partners: PartnerSet
): MarginalTable {
	const rows = new Map<string, MarginalRow>();
	const total = emptyRow('total');
	for (const cell of cells) {
		if (!partnerInSet(partners, cell.partner, yearB)) continue;
		addCell(total, cell);
		for (const id of rowIdsOf(dimension, cell.partner, yearB, cell.sector)) {
			let row = rows.get(id);
			if (row === undefined) rows.set(id, (row = emptyRow(id)));
			addCell(row, cell);
		}
	}
	const sorted = [...rows.values()]
		.map(finish)
		.sort((a, b) => b.gross - a.gross || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { rows: sorted, total: finish(total) };
}
