/**
 * The partner × sector matrix (a heatmap): the figures of each row of a partner or group
 * dimension in each sector, so the UI can show the IIT index or the VIIT-sup share per cell.
 */
import { SECTOR_IDS, type Cell, type SectorId } from '../model/types';
import {
	groupRow,
	hasTrade,
	inFilter,
	rankedRows,
	sumsByRow,
	type GroupRow,
	type GroupSums,
	type PartnerDimension,
	type ViewFilter
} from './tables';

/** Rows × sectors: `cells[i][j]` is row `rows[i]` in sector `sectors[j]`. */
export interface SectorMatrix {
	/** The top N row ids, in the order of dimensionTable's rows (GHM IIT volume, largest first). */
	rows: string[];
	/** Sectors with trade in the selection, in SECTOR_IDS order. */
	sectors: SectorId[];
	/** The figures of a row in a sector; null when that row has no trade there. */
	cells: (GroupRow | null)[][];
}

/**
 * Per sector (in SECTOR_IDS order, only sectors with trade in the selection), the per-row
 * per-year sums of that sector's cells.
 */
export function sumsBySectorAndRow(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: PartnerDimension
): Map<SectorId, Map<string, GroupSums>> {
	const bySector = new Map<SectorId, Cell[]>();
	const withTrade = new Set<SectorId>();
	for (const cell of cells) {
		if (!inFilter(cell, filter)) continue;
		let bucket = bySector.get(cell.sector);
		if (bucket === undefined) bySector.set(cell.sector, (bucket = []));
		bucket.push(cell);
		if (cell.trade > 0) withTrade.add(cell.sector);
	}
	const result = new Map<SectorId, Map<string, GroupSums>>();
	for (const sector of SECTOR_IDS) {
		const bucket = bySector.get(sector);
		if (bucket && withTrade.has(sector)) result.set(sector, sumsByRow(bucket, filter, dimension));
	}
	return result;
}

/** The matrix of the top N rows (by GHM annual average IIT volume) × the sectors with trade. */
export function partnerSectorMatrix(
	cells: readonly Cell[],
	filter: ViewFilter,
	rowDimension: PartnerDimension,
	topN = Infinity
): SectorMatrix {
	if (!(topN >= 0)) throw new RangeError(`topN must be >= 0, got ${topN}`);
	const rows = rankedRows(cells, filter, rowDimension)
		.slice(0, topN)
		.map((ranked) => ranked.row.id);
	const bySector = sumsBySectorAndRow(cells, filter, rowDimension);
	const sectors = [...bySector.keys()];
	const matrix = rows.map((id) =>
		sectors.map((sector) => {
			const sums = bySector.get(sector)?.get(id);
			return sums !== undefined && hasTrade(sums) ? groupRow(id, sums) : null;
		})
	);
	return { rows, sectors, cells: matrix };
}
