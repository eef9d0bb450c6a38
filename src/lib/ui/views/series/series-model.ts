/**
 * The annual series view's data: which lines can be followed (rows of the view's dimension,
 * sectors, the whole selection), their yearly points, and the chart and table built from them.
 */
import {
	annualSeries,
	type Cell,
	type Currency,
	type Dimension,
	dimensionTable,
	type Method,
	type SeriesLine,
	type ViewFilter,
	type YearPoint
} from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import type { LineChartData } from '../../charts/line';
import { rowName } from '../../results/names';
import type { DataColumn, DataColumnKind, DataRow, DataTableModel } from '../../tables/data-table';
import { METHOD_NAMES, finiteOrNull } from '../shared/dimension';

/** What the lines show: the IIT index, the VIIT-sup share of VIIT, or the IIT volume of each year. */
export const SERIES_MEASURES = ['iitIndex', 'viitSupShare', 'iit'] as const;
export type SeriesMeasure = (typeof SERIES_MEASURES)[number];

/** More lines than this (times two methods) make a chart nobody can read. */
export const MAX_SERIES_LINES = 6;

/** A line to follow: a row of the view's dimension ('total' is the whole selection) or a sector. */
export interface SeriesPick {
	axis: 'row' | 'sector';
	id: string;
}

/** A stable key of a pick (`row-DEU`, `sector-machinery`, `row-total`): checkbox values, table columns. */
export function pickKey(pick: SeriesPick): string {
	return `${pick.axis}-${pick.id}`;
}

/** The rows and sectors with trade in the selection, largest GHM IIT volume first. */
export interface SeriesCandidates {
	rows: string[];
	/** Empty when the dimension is itself sectors. */
	sectors: string[];
}

/** What can be followed in the selection. */
export function seriesCandidates(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension
): SeriesCandidates {
	const idsOf = (along: Dimension) =>
		dimensionTable(cells, filter, along).rows.map((row) => row.id);
	return {
		rows: idsOf(dimension),
		sectors: dimension.kind === 'sector' ? [] : idsOf({ kind: 'sector' })
	};
}

/** The default lines: the whole selection and the three largest rows. */
export function defaultPicks(candidates: SeriesCandidates): SeriesPick[] {
	return [
		{ axis: 'row', id: 'total' },
		...candidates.rows.slice(0, 3).map((id): SeriesPick => ({ axis: 'row', id }))
	];
}

/** A followed line with its display name and its yearly points. */
export interface FollowedLine {
	pick: SeriesPick;
	name: string;
	line: SeriesLine;
}

/** The yearly points of the picked lines, in the order picked. */
export function followedLines(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension,
	picks: SeriesPick[]
): { years: number[]; lines: FollowedLine[] } {
	const idsOn = (axis: SeriesPick['axis']) =>
		picks.filter((pick) => pick.axis === axis).map((pick) => pick.id);
	const rows = annualSeries(cells, filter, dimension, idsOn('row'));
	const sectors = annualSeries(cells, filter, { kind: 'sector' }, idsOn('sector'));
	const lineOf = (pick: SeriesPick) =>
		(pick.axis === 'row' ? rows : sectors).lines.find((line) => line.id === pick.id);
	const lines = picks.flatMap((pick): FollowedLine[] => {
		const line = lineOf(pick);
		return line ? [{ pick, name: rowName(pick.id), line }] : [];
	});
	return { years: rows.years, lines };
}

/** The number a measure reads from one year's point (a ratio, or a volume in the data's currency). */
export function measureValue(point: YearPoint, measure: SeriesMeasure): number {
	return point[measure];
}

/** How a measure's values read: percent for the ratios, compact money for the volume. */
export function measureFormat(
	measure: SeriesMeasure,
	currency: Currency
): (value: number) => string {
	return measure === 'iit'
		? (value) => i18n.money(value, currency, true)
		: (value) => i18n.percent(value, 1);
}

/** The measure's name, as the select and the chart title say it. */
export function measureName(measure: SeriesMeasure, currency: Currency): string {
	return i18n.t(`cellViews.measure.${measure}`, { currency });
}

/** The series name of a line under a method: "Alemanha (GHM)". */
function seriesName(line: FollowedLine, method: Method): string {
	return `${line.name} (${METHOD_NAMES[method]})`;
}

/** One sentence per line and method: its first and last values, for screen readers. */
export function seriesDescription(
	years: number[],
	lines: FollowedLine[],
	methods: Method[],
	measure: SeriesMeasure,
	currency: Currency
): string {
	const format = measureFormat(measure, currency);
	const parts = lines.flatMap((line) =>
		methods.map((method) => {
			const points = line.line[method]
				.map((point, index) => ({ year: years[index], value: measureValue(point, measure) }))
				.filter((point) => Number.isFinite(point.value));
			const name = seriesName(line, method);
			if (points.length === 0) return i18n.t('series.descriptionEmpty', { name });
			const first = points[0];
			const last = points[points.length - 1];
			return i18n.t('series.descriptionLine', {
				name,
				first: format(first.value),
				firstYear: first.year,
				last: format(last.value),
				lastYear: last.year
			});
		})
	);
	return i18n.t('series.description', {
		measure: measureName(measure, currency),
		from: years[0] ?? '',
		to: years[years.length - 1] ?? '',
		lines: parts.join('; ')
	});
}

/** The line chart: one colour per followed line, GHM solid and FF dashed. */
export function seriesChartData(
	years: number[],
	lines: FollowedLine[],
	methods: Method[],
	measure: SeriesMeasure,
	currency: Currency
): LineChartData {
	return {
		x: years,
		xName: i18n.t('series.col.year'),
		yName: measureName(measure, currency),
		series: lines.flatMap((line, index) =>
			methods.map((method) => ({
				name: seriesName(line, method),
				values: line.line[method].map((point) => finiteOrNull(measureValue(point, measure))),
				dashed: method === 'ff',
				colorIndex: index
			}))
		),
		format: measureFormat(measure, currency),
		formatX: (year) => String(year),
		yMin: 0,
		yMax: measure === 'iit' ? undefined : 1,
		description: seriesDescription(years, lines, methods, measure, currency)
	};
}

/** The chart's numbers as a table: one row per year, one column per line and method. */
export function seriesTable(
	years: number[],
	lines: FollowedLine[],
	methods: Method[],
	measure: SeriesMeasure
): DataTableModel {
	const kind: DataColumnKind = measure === 'iit' ? 'money' : 'percent';
	const series = lines.flatMap((line) =>
		methods.map((method) => ({
			key: `${pickKey(line.pick)}-${method}`,
			label: seriesName(line, method),
			points: line.line[method]
		}))
	);
	const columns: DataColumn[] = [
		{ key: 'year', label: i18n.t('series.col.year'), kind: 'text' },
		...series.map(({ key, label }) => ({ key, label, kind }))
	];
	const rows = years.map((year, index) => {
		const cells: DataRow['cells'] = { year: String(year) };
		for (const { key, points } of series) {
			cells[key] = finiteOrNull(measureValue(points[index], measure));
		}
		return { id: String(year), cells };
	});
	return { columns, rows };
}
