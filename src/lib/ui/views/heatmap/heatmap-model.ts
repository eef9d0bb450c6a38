/** The partner × sector heatmap's data: the chosen measure per cell, its colour scale, its table. */
import type { Method, SectorId, SectorMatrix } from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import type { HeatmapData } from '../../charts/heatmap';
import { rowName } from '../../results/names';
import { METHOD_NAMES, finiteOrNull } from '../shared/dimension';

/** What a cell shows: the annual average IIT index, or the VIIT-sup share of VIIT over the period. */
export const HEATMAP_MEASURES = ['iitIndex', 'viitSupShare'] as const;
export type HeatmapMeasure = (typeof HEATMAP_MEASURES)[number];

/** The measure of every cell; null where the pair has no trade or the measure is undefined (no VIIT). */
export function matrixValues(
	matrix: SectorMatrix,
	method: Method,
	measure: HeatmapMeasure
): (number | null)[][] {
	return matrix.cells.map((row) =>
		row.map((cell) => (cell === null ? null : finiteOrNull(cell[method][measure])))
	);
}

/**
 * The colour scale. The VIIT-sup share runs over 0–1 so that 50 % (sup = inf) always has the same
 * colour; the IIT index runs from 0 to the largest value shown, as most indexes are far below 1.
 */
export function heatmapScale(
	values: (number | null)[][],
	measure: HeatmapMeasure
): { min: number; max: number } {
	if (measure === 'viitSupShare') return { min: 0, max: 1 };
	let max = 0;
	for (const row of values) {
		for (const value of row) if (value !== null && value > max) max = value;
	}
	// Nothing above 0: any non-empty range will do, and 0–1 reads as an index.
	return { min: 0, max: max > 0 ? max : 1 };
}

/** The measure's name, with the method: "Índice CII (GHM)". */
export function heatmapMeasureName(measure: HeatmapMeasure, method: Method): string {
	return `${i18n.t(`cellViews.measure.${measure}`)} (${METHOD_NAMES[method]})`;
}

/** The highest and lowest cells and how many have no value, for screen readers. */
export function heatmapDescription(
	matrix: SectorMatrix,
	values: (number | null)[][],
	method: Method,
	measure: HeatmapMeasure
): string {
	const filled: { value: number; row: number; column: number }[] = [];
	values.forEach((row, i) =>
		row.forEach((value, j) => {
			if (value !== null) filled.push({ value, row: i, column: j });
		})
	);
	const measureText = heatmapMeasureName(measure, method);
	if (filled.length === 0) return i18n.t('heatmap.descriptionEmpty', { measure: measureText });
	// The first of equal values wins: rows are in rank order, sectors in SECTOR_IDS order.
	const highest = filled.reduce((best, cell) => (cell.value > best.value ? cell : best));
	const lowest = filled.reduce((best, cell) => (cell.value < best.value ? cell : best));
	const place = (at: { row: number; column: number }) =>
		`${rowName(matrix.rows[at.row])}, ${rowName(matrix.sectors[at.column])}`;
	const cellCount = matrix.rows.length * matrix.sectors.length;
	return i18n.t('heatmap.description', {
		measure: measureText,
		rows: matrix.rows.length,
		columns: matrix.sectors.length,
		max: i18n.percent(highest.value, 1),
		maxPlace: place(highest),
		min: i18n.percent(lowest.value, 1),
		minPlace: place(lowest),
		empty: i18n.number(cellCount - filled.length, 0),
		cells: i18n.number(cellCount, 0)
	});
}

/** The heatmap chart: rows by name (top N order), sectors as columns. */
export function heatmapChartData(
	matrix: SectorMatrix,
	method: Method,
	measure: HeatmapMeasure
): HeatmapData {
	const values = matrixValues(matrix, method, measure);
	return {
		rows: matrix.rows.map(rowName),
		columns: matrix.sectors.map((sector) => rowName(sector)),
		values,
		format: (value) => i18n.percent(value, 1),
		...heatmapScale(values, measure),
		description: heatmapDescription(matrix, values, method, measure)
	};
}

/** One cell of the accessible table; `traded` says whether the pair has trade (a drill-down target). */
export interface HeatmapTableCell {
	sector: SectorId;
	value: number | null;
	traded: boolean;
}

/** The same matrix as table rows, for the table beneath the chart. */
export function heatmapTable(
	matrix: SectorMatrix,
	method: Method,
	measure: HeatmapMeasure
): { id: string; name: string; cells: HeatmapTableCell[] }[] {
	const values = matrixValues(matrix, method, measure);
	return matrix.rows.map((id, i) => ({
		id,
		name: rowName(id),
		cells: matrix.sectors.map((sector, j) => ({
			sector,
			value: values[i][j],
			traded: matrix.cells[i][j] !== null
		}))
	}));
}
