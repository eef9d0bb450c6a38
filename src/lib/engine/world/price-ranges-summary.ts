/**
 * What the world page's price-range table shows (METHODS 9): each exporter's exports by range
 * over the rows that pass a filter, summed over the years when none is chosen, with the world
 * total and the choices the filters offer. Small: one line per exporter, whatever the rows.
 */
import { SECTOR_IDS, type SectorId } from '../model/types';
import type { PriceRangeRow, RangeSums } from './price-ranges';
import {
	exporterRanges,
	rangeShares,
	type ExporterRangesFilter,
	type RangeShares
} from './price-ranges-exporters';

/** Range sums with their shares. */
export interface RangeTotals extends RangeSums {
	shares: RangeShares;
}

/** One exporter's exports over the filter (all its years summed when no year is chosen). */
export interface ExporterRangeTotals extends RangeTotals {
	exporter: string;
}

export interface PriceRangesSummary {
	/** The filter the totals were summed with (nulls: all). */
	filter: { year: number | null; importer: string | null; sector: SectorId | null };
	/** What the filters offer, from every row: years ascending, importer ids in code-point order, sectors in SECTOR_IDS order. */
	years: number[];
	importers: string[];
	sectors: SectorId[];
	/** By exporter id, in code-point order. */
	exporters: ExporterRangeTotals[];
	/** Every exporter together. */
	world: RangeTotals;
}

function totals(up: number, middle: number, down: number, unranked: number): RangeTotals {
	const sums = { value: up + middle + down + unranked, up, middle, down, unranked };
	return { ...sums, shares: rangeShares(sums) };
}

/** The exporters' totals over the rows that pass `filter`, and the filters' choices. */
export function priceRangesSummary(
	rows: readonly PriceRangeRow[],
	filter: ExporterRangesFilter = {}
): PriceRangesSummary {
	const years = new Set<number>();
	const importers = new Set<string>();
	const sectors = new Set<SectorId>();
	for (const row of rows) {
		years.add(row.year);
		importers.add(row.importer);
		sectors.add(row.sector);
	}

	// exporterRanges gives one line per (year, exporter): sum the years (one when a year is chosen).
	const byExporter = new Map<string, number[]>();
	for (const line of exporterRanges(rows, filter)) {
		const sums = byExporter.get(line.exporter) ?? [0, 0, 0, 0];
		sums[0] += line.up;
		sums[1] += line.middle;
		sums[2] += line.down;
		sums[3] += line.unranked;
		byExporter.set(line.exporter, sums);
	}
	const world = [0, 0, 0, 0];
	const exporters: ExporterRangeTotals[] = [];
	for (const [exporter, sums] of [...byExporter].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		sums.forEach((sum, i) => (world[i] += sum));
		exporters.push({ exporter, ...totals(sums[0], sums[1], sums[2], sums[3]) });
	}
	return {
		filter: {
			year: filter.year ?? null,
			importer: filter.importer ?? null,
			sector: filter.sector ?? null
		},
		years: [...years].sort((a, b) => a - b),
		importers: [...importers].sort(),
		sectors: SECTOR_IDS.filter((sector) => sectors.has(sector)),
		exporters,
		world: totals(world[0], world[1], world[2], world[3])
	};
}
