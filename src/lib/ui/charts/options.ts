/**
 * Chart options as pure functions of view data and labels: no DOM, unit-tested
 * by rendering them to SVG in Node.
 */
import type { EChartsOption } from 'echarts';
import type { GroupRow, GroupTable, MethodFigures } from '../../engine/views';
import type { Method } from '../../state/settings.svelte';

/** Okabe–Ito: distinguishable with the common forms of colour blindness. */
export const OKABE_ITO = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#D55E00',
	'#56B4E9',
	'#CC79A7',
	'#F0E442',
	'#000000'
];

export interface BarSeries {
	name: string;
	/** null draws no bar (a share of nothing). */
	values: (number | null)[];
	/** Series with the same stack id pile up. */
	stack?: string;
}

export interface BarChartData {
	categories: string[];
	series: BarSeries[];
	/** Formats values for the axis and tooltip (percent, or compact money in the data's currency and the user's locale). */
	format: (value: number) => string;
	/** Fix the value axis to 0–100 (a 100 % stack). */
	max?: number;
}

/** Labels the chart builders need, already translated. */
export interface ChartLabels {
	methodName: Record<Method, string>;
	groupName: (id: string) => string;
	iitIndex: string;
	hiit: string;
	viit: string;
	unclassified: string;
	viitInf: string;
	viitSup: string;
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
const rowsOf = (table: GroupTable): GroupRow[] => table.rows;

/** Chart 1: IIT index by partner, one bar per method (in %). */
export function iitIndexByPartner(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format']
): BarChartData {
	const rows = rowsOf(table);
	return {
		categories: rows.map((row) => labels.groupName(row.id)),
		series: methods.map((method) => ({
			name: `${labels.iitIndex} ${labels.methodName[method]}`,
			values: rows.map((row) => finite(row[method].iitIndex * 100))
		})),
		format
	};
}

/** One stacked series per (method, part): the stack groups a method's parts in one bar. */
function stackedSeries(
	rows: GroupRow[],
	methods: Method[],
	labels: ChartLabels,
	parts: { label: string; value: (figures: MethodFigures) => number }[]
): BarChartData['series'] {
	return methods.flatMap((method) =>
		parts.map((part) => ({
			name: `${part.label} ${labels.methodName[method]}`,
			stack: method,
			values: rows.map((row) => finite(part.value(row[method])))
		}))
	);
}

/** Sector bars stacked per method from the given parts of each method's figures. */
function sectorStacks(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format'],
	parts: { label: string; value: (figures: MethodFigures) => number }[]
): BarChartData {
	const rows = rowsOf(table);
	return {
		categories: rows.map((row) => labels.groupName(row.id)),
		series: stackedSeries(rows, methods, labels, parts),
		format
	};
}

/** Chart 2: HIIT, VIIT and unclassified IIT by sector, stacked per method (annual average, in the data's currency). */
export function compositionBySector(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format']
): BarChartData {
	return sectorStacks(table, methods, labels, format, [
		{ label: labels.hiit, value: (f) => f.hiit },
		{ label: labels.viit, value: (f) => f.viit },
		{ label: labels.unclassified, value: (f) => f.volume.unclassified }
	]);
}

/** Chart 3: VIIT-inf and VIIT-sup shares of VIIT by sector, a 100 % stack per method. */
export function qualityBySector(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format']
): BarChartData {
	const stacks = sectorStacks(table, methods, labels, format, [
		{ label: labels.viitInf, value: (f) => f.viitInfShare * 100 },
		{ label: labels.viitSup, value: (f) => f.viitSupShare * 100 }
	]);
	return { ...stacks, max: 100 };
}

/** Horizontal bars (long country and sector names read better on the vertical axis). */
export function barChartOption(data: BarChartData): EChartsOption {
	const labelRoom = Math.min(
		180,
		12 + 7 * Math.max(0, ...data.categories.map((name) => name.length))
	);
	return {
		color: OKABE_ITO,
		// Decal patterns tell series apart without colour; aria adds a text description.
		aria: { enabled: true, decal: { show: true } },
		animation: false,
		grid: { left: labelRoom, right: 24, top: 48, bottom: 32 },
		legend: { top: 0, type: 'scroll' },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (value) => (typeof value === 'number' ? data.format(value) : '–')
		},
		xAxis: {
			type: 'value',
			max: data.max,
			axisLabel: { formatter: (value: number) => data.format(value) }
		},
		yAxis: { type: 'category', inverse: true, data: data.categories },
		series: data.series.map((series) => ({
			type: 'bar',
			name: series.name,
			stack: series.stack,
			data: series.values,
			emphasis: { focus: 'series' }
		}))
	};
}

/** Height in px that gives every category a readable bar. */
export function chartHeight(data: BarChartData): number {
	const perCategory = data.series.some((s) => s.stack) ? 28 : 14 + 12 * data.series.length;
	return Math.max(240, 90 + data.categories.length * perCategory);
}
