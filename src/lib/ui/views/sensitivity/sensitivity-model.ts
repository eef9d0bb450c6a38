/**
 * Threshold sensitivity as chart and table data: class shares of trade as α (GHM, FF) and θ (FF)
 * run over the worker's grids. Pure: labels and number formats come in already localized.
 */
import type { KeyClass, SensitivityResult, ShareSeries } from '../../../engine';
import type { Method } from '../../../state/settings.svelte';
import { tradeClassesShown } from '../shared/trade-classes';

/** The α values of the paper, quoted in the headline. */
export const HEADLINE_ALPHAS = [0.15, 0.25] as const;
/** Table rows every 5 percentage points of the grid (plus the value in use). */
const TABLE_STEP_PERCENT = 5;
// Grid values are k / 100; a setting typed as 17 % is 17 / 100 too, but allow rounding noise.
const SAME_VALUE = 1e-9;

/** Index of `value` in a grid, or -1 when the grid does not hold it. */
export function gridIndex(grid: readonly number[], value: number): number {
	return grid.findIndex((point) => Math.abs(point - value) < SAME_VALUE);
}

/** Labels the sensitivity data needs, already translated. */
export interface SensitivityLabels {
	method: Record<Method, string>;
	className: (id: KeyClass) => string;
	/** Marker text, e.g. "α em uso". */
	alphaInUse: string;
	thetaInUse: string;
	/** Axis names. */
	alpha: string;
	theta: string;
	share: string;
}

/** One line of a line chart (the shape LineChartData takes). */
export interface ShareLine {
	name: string;
	values: (number | null)[];
	dashed: boolean;
	colorIndex: number;
}

/** The data of one sensitivity chart, in the shape of LineChartData (less the formats and description). */
export interface ShareChart {
	x: number[];
	xName: string;
	yName: string;
	series: ShareLine[];
	markX: { value: number; label: string };
	yMin: number;
}

/** The classes of the series: the outliers' too once the screen took any trade out (METHODS 7.1). */
function classesOf(byMethod: Partial<Record<Method, ShareSeries>>) {
	const series = Object.values(byMethod);
	return tradeClassesShown(series.some((one) => one?.outlier.some((share) => share > 0)));
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** One line per class and method: GHM solid, FF dashed, a class the same colour in both. */
function shareLines(
	byMethod: Partial<Record<Method, ShareSeries>>,
	methods: readonly Method[],
	labels: SensitivityLabels
): ShareLine[] {
	return methods.flatMap((method) => {
		const series = byMethod[method];
		if (!series) return [];
		return classesOf(byMethod).map((tradeClass) => ({
			name: `${labels.className(tradeClass.id)} (${labels.method[method]})`,
			values: series[tradeClass.split].map(finite),
			dashed: method === 'ff',
			colorIndex: tradeClass.colorIndex
		}));
	});
}

/** The marker sits on the grid point when the value is one, so a category axis finds it. */
function marker(grid: readonly number[], value: number, label: string): ShareChart['markX'] {
	const index = gridIndex(grid, value);
	return { value: index < 0 ? value : grid[index], label };
}

/** Chart (a): every class's share of trade as α runs 5 %–50 %, for the methods shown. */
export function alphaChart(
	result: SensitivityResult,
	methods: readonly Method[],
	alphaInUse: number,
	labels: SensitivityLabels
): ShareChart {
	return {
		x: result.alphas,
		xName: labels.alpha,
		yName: labels.share,
		series: shareLines({ ghm: result.ghmByAlpha, ff: result.ffByAlpha }, methods, labels),
		markX: marker(result.alphas, alphaInUse, labels.alphaInUse),
		yMin: 0
	};
}

/** Chart (b): FF's class shares as θ runs 0–50 % (α at the setting). */
export function thetaChart(
	result: SensitivityResult,
	thetaInUse: number,
	labels: SensitivityLabels
): ShareChart {
	return {
		x: result.thetas,
		xName: labels.theta,
		yName: labels.share,
		series: shareLines({ ff: result.ffByTheta }, ['ff'], labels),
		markX: marker(result.thetas, thetaInUse, labels.thetaInUse),
		yMin: 0
	};
}

/** A column of the share table: `data-col` is `<method>-<class>`, e.g. `ghm-hiit`, `ff-viit-sup`. */
export interface ShareColumn {
	key: string;
	method: Method;
	classId: KeyClass;
}

/** A row of the share table: one grid value, its shares by column key. */
export interface ShareRow {
	value: number;
	inUse: boolean;
	shares: Record<string, number>;
}

/** The numbers of a chart as a table: rows every 5 points of the grid plus the value in use. */
export interface ShareTable {
	columns: ShareColumn[];
	rows: ShareRow[];
}

/** The share table of a grid: the methods' classes as columns, grid values at every 5 % and `inUse` as rows. */
export function shareTable(
	grid: readonly number[],
	byMethod: Partial<Record<Method, ShareSeries>>,
	methods: readonly Method[],
	inUse: number
): ShareTable {
	const shown = methods.filter((method) => byMethod[method] !== undefined);
	const classes = classesOf(byMethod);
	const columns = shown.flatMap((method) =>
		classes.map((tradeClass) => ({
			key: `${method}-${tradeClass.id}`,
			method,
			classId: tradeClass.id
		}))
	);
	const inUseIndex = gridIndex(grid, inUse);
	const rows: ShareRow[] = [];
	grid.forEach((value, index) => {
		const onStep = Math.round(value * 100) % TABLE_STEP_PERCENT === 0;
		if (!onStep && index !== inUseIndex) return;
		const shares: Record<string, number> = {};
		for (const method of shown) {
			const series = byMethod[method] as ShareSeries;
			for (const tradeClass of classes) {
				shares[`${method}-${tradeClass.id}`] = series[tradeClass.split][index];
			}
		}
		rows.push({ value, inUse: index === inUseIndex, shares });
	});
	return { columns, rows };
}

/** VIIT (superior + inferior) as a share of trade at one α, by a method. */
export interface HeadlinePoint {
	alpha: number;
	viit: number;
}

/**
 * The figures of the headline sentence: the method's VIIT share of trade at each of `alphas`
 * (the paper's 15 % and 25 %). α values missing from the grid are left out.
 */
export function headlinePoints(
	result: SensitivityResult,
	method: Method,
	alphas: readonly number[] = HEADLINE_ALPHAS
): HeadlinePoint[] {
	const series = method === 'ghm' ? result.ghmByAlpha : result.ffByAlpha;
	return alphas.flatMap((alpha) => {
		const index = gridIndex(result.alphas, alpha);
		if (index < 0) return [];
		return [{ alpha, viit: series.viitSup[index] + series.viitInf[index] }];
	});
}

/**
 * Every line's value at the marker, for the text that stands in for the chart:
 * "Horizontal (GHM) 40 %; …". Empty when the marker is off the grid.
 */
export function valuesAtMarker(chart: ShareChart, format: (value: number) => string): string {
	const index = gridIndex(chart.x, chart.markX.value);
	if (index < 0) return '';
	return chart.series
		.map((line) => {
			const value = line.values[index];
			return `${line.name} ${value === null ? '–' : format(value)}`;
		})
		.join('; ');
}
