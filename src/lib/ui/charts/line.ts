/** Line charts (annual series, threshold sensitivity): the data they draw and the ECharts option. Pure. */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { accessibleBase } from './common';
import { seriesColor } from './palette';

/** One line: a value per x. */
export interface LineSeries {
	name: string;
	/** One value per x; null leaves a gap (the line is not drawn across it). */
	values: (number | null)[];
	/** Dashed line and triangle marks (e.g. FF beside GHM's solid line). */
	dashed?: boolean;
	/** Index into the Okabe–Ito palette: series of the same class share a colour. */
	colorIndex?: number;
}

/** What a line chart draws: a shared x, one line per series, an optional marker. */
export interface LineChartData {
	/** Years, or threshold values in %; all numbers give a value axis, otherwise categories. */
	x: (string | number)[];
	xName?: string;
	yName?: string;
	series: LineSeries[];
	format: (value: number) => string;
	formatX?: (value: string | number) => string;
	yMin?: number;
	yMax?: number;
	/** A vertical marker, e.g. the α in use. */
	markX?: { value: string | number; label: string };
	/** What the chart shows, in words: its aria-label and the exported files' description. */
	description: string;
}

/** Height in px of a line chart (the plot does not grow with the data). */
export const LINE_CHART_HEIGHT = 320;

const isNumericX = (x: LineChartData['x']): x is number[] =>
	x.length > 0 && x.every((value) => typeof value === 'number');

/** The marker line on the first series: dotted, grey, labelled at the top. */
function markerLine(data: LineChartData, numeric: boolean): LineSeriesOption['markLine'] {
	const mark = data.markX;
	if (!mark) return undefined;
	return {
		silent: true,
		symbol: 'none',
		label: { formatter: mark.label, position: 'end' },
		lineStyle: { color: '#5a6473', type: 'dotted', width: 1.5 },
		data: [{ xAxis: numeric ? mark.value : String(mark.value) }]
	};
}

/** One line; on a value axis its points are [x, y] pairs so gaps and uneven steps stay in place. */
function lineSeries(data: LineChartData, numeric: boolean): LineSeriesOption[] {
	return data.series.map((series, index) => {
		const color = seriesColor(series.colorIndex ?? index);
		return {
			type: 'line',
			name: series.name,
			data: numeric ? series.values.map((value, i) => [data.x[i] as number, value]) : series.values,
			connectNulls: false,
			showSymbol: data.x.length <= 30,
			symbol: series.dashed ? 'triangle' : 'circle',
			symbolSize: 6,
			itemStyle: { color },
			lineStyle: { color, width: 2, type: series.dashed ? 'dashed' : 'solid' },
			emphasis: { focus: 'series' },
			markLine: index === 0 ? markerLine(data, numeric) : undefined
		};
	});
}

/** A line chart: shared x, one line per series, optional vertical marker. */
export function lineChartOption(data: LineChartData): EChartsOption {
	const numeric = isNumericX(data.x);
	const formatX = data.formatX ?? ((value: string | number) => String(value));
	const integersOnly = numeric && data.x.every((value) => Number.isInteger(value));
	return {
		...accessibleBase(data.description),
		grid: { left: 72, right: 32, top: data.yName ? 72 : 48, bottom: data.xName ? 60 : 36 },
		legend: { top: 0, type: 'scroll' },
		tooltip: {
			trigger: 'axis',
			valueFormatter: (value) => (typeof value === 'number' ? data.format(value) : '–')
		},
		xAxis: {
			...(numeric
				? { type: 'value', min: 'dataMin', max: 'dataMax', minInterval: integersOnly ? 1 : 0 }
				: { type: 'category', boundaryGap: false, data: data.x.map(String) }),
			name: data.xName,
			nameLocation: 'middle',
			nameGap: 32,
			axisLabel: { formatter: (value: string | number) => formatX(value) },
			// The tooltip's heading reads the x value the same way as the axis.
			axisPointer: {
				label: { formatter: ({ value }: { value: unknown }) => formatX(value as string | number) }
			}
		},
		yAxis: {
			type: 'value',
			min: data.yMin,
			max: data.yMax,
			name: data.yName,
			nameLocation: 'end',
			nameTextStyle: { align: 'left' },
			axisLabel: { formatter: (value: number) => data.format(value) }
		},
		series: lineSeries(data, numeric)
	};
}
