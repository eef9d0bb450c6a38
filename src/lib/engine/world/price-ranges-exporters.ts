/**
 * Per-exporter price ranges (METHODS 9: "per exporter … the shares of exports by value in each
 * range"), summed from the (year, exporter, importer, sector) rows so that the UI filters and
 * re-sums without going back to the keys.
 */
import type { SectorId } from '../model/types';
import type { PriceRangeRow, RangeSums } from './price-ranges';

/** Shares of a total by range. */
export interface RangeShares {
	/** Of all exports (value): the four add up to 1. */
	ofValue: { up: number; middle: number; down: number; unranked: number };
	/**
	 * Of the ranked exports (up + middle + down), as METHODS 3 also gives the classified part;
	 * NaN when nothing is ranked. The unranked share of `ofValue` is stated beside them.
	 */
	ofRanked: { up: number; middle: number; down: number };
}

/** One exporter's exports in a year, by range, with their shares. */
export interface ExporterRanges extends RangeSums {
	year: number;
	exporter: string;
	shares: RangeShares;
}

/** Which rows an exporter's totals sum; absent or null: all. */
export interface ExporterRangesFilter {
	year?: number | null;
	importer?: string | null;
	sector?: SectorId | null;
}

/** The shares of a sum by range (NaN where the denominator is 0). */
export function rangeShares(sums: RangeSums): RangeShares {
	const ranked = sums.up + sums.middle + sums.down;
	return {
		ofValue: {
			up: sums.up / sums.value,
			middle: sums.middle / sums.value,
			down: sums.down / sums.value,
			unranked: sums.unranked / sums.value
		},
		ofRanked: { up: sums.up / ranked, middle: sums.middle / ranked, down: sums.down / ranked }
	};
}

/**
 * Each exporter's totals per year over the rows that pass the filter, sorted by year and
 * exporter id (as priceRanges sorts its rows).
 */
export function exporterRanges(
	rows: readonly PriceRangeRow[],
	filter: ExporterRangesFilter = {}
): ExporterRanges[] {
	const year = filter.year ?? null;
	const importer = filter.importer ?? null;
	const sector = filter.sector ?? null;
	const totals = new Map<string, { year: number; exporter: string; sums: number[] }>();
	for (const row of rows) {
		if (year !== null && row.year !== year) continue;
		if (importer !== null && row.importer !== importer) continue;
		if (sector !== null && row.sector !== sector) continue;
		const id = `${row.year}|${row.exporter}`;
		let total = totals.get(id);
		if (!total) {
			total = { year: row.year, exporter: row.exporter, sums: [0, 0, 0, 0] };
			totals.set(id, total);
		}
		total.sums[0] += row.up;
		total.sums[1] += row.middle;
		total.sums[2] += row.down;
		total.sums[3] += row.unranked;
	}
	return [...totals.values()]
		.sort((a, b) => a.year - b.year || compareIds(a.exporter, b.exporter))
		.map(({ year, exporter, sums: [up, middle, down, unranked] }) => {
			// As in the rows: value is the sum of the ranges, so the shares of value add up to 1.
			const sums = { value: up + middle + down + unranked, up, middle, down, unranked };
			return { year, exporter, ...sums, shares: rangeShares(sums) };
		});
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
