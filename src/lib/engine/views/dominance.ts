/**
 * The paper's Table 5 (section 4.3): the sector × partner pairs where the reporter's vertical
 * IIT is mostly of superior quality (VIIT-sup > VIIT-inf over the period) at either of two α.
 */
import { sumsBySectorAndRow } from './heatmap';
import { SECTOR_IDS, type Cell, type SectorId } from '../model/types';
import {
	filterYears,
	groupRow,
	type GroupSums,
	type Method,
	type PartnerDimension,
	type ViewFilter
} from './tables';

/** One sector × partner (or group) pair where VIIT-sup dominates at α_A or α_B. */
export interface DominanceRow {
	sector: SectorId;
	/** Partner or group id. */
	id: string;
	/** VIIT-sup / VIIT over the period (ratio of sums) at each α; NaN when there is no VIIT. */
	shareA: number;
	shareB: number;
	/** Annual average VIIT volumes (USD) at each α. */
	viitA: number;
	viitB: number;
	/** share > 0.5, i.e. VIIT-sup > VIIT-inf. */
	dominantA: boolean;
	dominantB: boolean;
}

/** How many partners (or groups) a sector dominates with, at each α. */
export interface SectorDominance {
	sector: SectorId;
	dominantA: number;
	dominantB: number;
}

/** Table 5 with its parameters and the sectors that never dominate. */
export interface DominanceTable {
	method: Method;
	alphas: [number, number];
	/** Sectors by their best shareA (largest first); within a sector by shareA, then id. */
	rows: DominanceRow[];
	/** One entry per sector with rows, in the order of `rows`. */
	sectors: SectorDominance[];
	/** Sectors with VIIT (at either α) but no row: the paper's textiles. SECTOR_IDS order. */
	sectorsWithout: SectorId[];
}

/** The period figures of one pair at one α: VIIT-sup share and annual average VIIT. */
interface PairFigures {
	share: number;
	viit: number;
}

/** Per sector, per row id: the pair's figures for `method`. */
function pairFigures(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: PartnerDimension,
	method: Method
): Map<SectorId, Map<string, PairFigures>> {
	const result = new Map<SectorId, Map<string, PairFigures>>();
	for (const [sector, rows] of sumsBySectorAndRow(cells, filter, dimension)) {
		const figures = new Map<string, PairFigures>();
		for (const [id, sums] of rows) figures.set(id, figuresOf(id, sums, method));
		result.set(sector, figures);
	}
	return result;
}

function figuresOf(id: string, sums: GroupSums, method: Method): PairFigures {
	const figures = groupRow(id, sums)[method];
	return { share: figures.viitSupShare, viit: figures.viit };
}

/** VIIT-sup > VIIT-inf: share > 0.5 (NaN, no VIIT, is never dominant). */
function dominates(share: number): boolean {
	return share > 0.5;
}

/** Larger first, NaN last. */
function descending(a: number, b: number): number {
	const x = Number.isNaN(a) ? -Infinity : a;
	const y = Number.isNaN(b) ? -Infinity : b;
	return y - x || 0;
}

/** Rows of one sector: the pairs dominant at either α, by shareA then id. */
function sectorRows(
	sector: SectorId,
	atA: Map<string, PairFigures> | undefined,
	atB: Map<string, PairFigures> | undefined
): DominanceRow[] {
	const ids = new Set([...(atA?.keys() ?? []), ...(atB?.keys() ?? [])]);
	const rows: DominanceRow[] = [];
	for (const id of ids) {
		const a = atA?.get(id) ?? { share: NaN, viit: 0 };
		const b = atB?.get(id) ?? { share: NaN, viit: 0 };
		const row: DominanceRow = {
			sector,
			id,
			shareA: a.share,
			shareB: b.share,
			viitA: a.viit,
			viitB: b.viit,
			dominantA: dominates(a.share),
			dominantB: dominates(b.share)
		};
		if (row.dominantA || row.dominantB) rows.push(row);
	}
	return rows.sort((x, y) => descending(x.shareA, y.shareA) || (x.id < y.id ? -1 : 1));
}

/** Whether any pair of the sector has VIIT at that α. */
function hasViit(pairs: Map<string, PairFigures> | undefined): boolean {
	return [...(pairs?.values() ?? [])].some((pair) => pair.viit > 0);
}

/**
 * Table 5 from the same data classified at two α (cellsAtA at alphas[0], cellsAtB at alphas[1]):
 * the sector × partner pairs where VIIT-sup / VIIT > 0.5 over the period at either α.
 */
export function viitSupDominance(
	cellsAtA: readonly Cell[],
	cellsAtB: readonly Cell[],
	filter: ViewFilter,
	rowDimension: PartnerDimension,
	method: Method,
	alphas: [number, number]
): DominanceTable {
	filterYears(filter);
	const atA = pairFigures(cellsAtA, filter, rowDimension, method);
	const atB = pairFigures(cellsAtB, filter, rowDimension, method);

	const bySector: { sector: SectorId; rows: DominanceRow[] }[] = [];
	const sectorsWithout: SectorId[] = [];
	for (const sector of SECTOR_IDS) {
		const rows = sectorRows(sector, atA.get(sector), atB.get(sector));
		if (rows.length > 0) bySector.push({ sector, rows });
		else if (hasViit(atA.get(sector)) || hasViit(atB.get(sector))) sectorsWithout.push(sector);
	}
	// Rows are sorted by shareA, so a sector's best is its first; ties keep SECTOR_IDS order (stable sort).
	bySector.sort((x, y) => descending(x.rows[0].shareA, y.rows[0].shareA));

	return {
		method,
		alphas,
		rows: bySector.flatMap((entry) => entry.rows),
		sectors: bySector.map(({ sector, rows }) => ({
			sector,
			dominantA: rows.filter((row) => row.dominantA).length,
			dominantB: rows.filter((row) => row.dominantB).length
		})),
		sectorsWithout
	};
}
