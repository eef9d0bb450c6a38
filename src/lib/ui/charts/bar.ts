/** Horizontal bar charts: the data they draw and the ECharts option, as pure functions. */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { accessibleBase, indexOfLargest, labelRoom } from './common';

/** One series of bars: a value per category. */
export interface BarSeries {
	name: string;
	/** null draws no bar (a share of nothing); negative values draw to the left of zero. */
	values: (number | null)[];
	/** Series with the same stack id pile up. */
	stack?: string;
}

/** What a bar chart draws: categories on the vertical axis, one bar (or stack part) per series. */
export interface BarChartData {
	categories: string[];
	series: BarSeries[];
	/** Formats values for the axis, labels and tooltip (percent, or compact money in the data's currency and the user's locale). */
	format: (value: number) => string;
	/** Fix the value axis to 0–100 (a 100 % stack). */
	max?: number;
	/** Write each bar's value at its end (unstacked series only: stacked labels would overlap). */
	showValues?: boolean;
	/** What the chart shows, in words: its aria-label and the exported files' description. */
	description: string;
}

/** Writes the largest value of one series, e.g. “IIT index GHM: largest for Germany (56 %).” */
export type LargestPhrase = (series: string, category: string, value: string) => string;

/** A description naming each series' largest bar; `none` when no series has a value. */
export function describeLargest(
	data: Pick<BarChartData, 'categories' | 'series' | 'format'>,
	largest: LargestPhrase,
	none: string
): string {
	const phrases = data.series.flatMap((series) => {
		const index = indexOfLargest(series.values);
		if (index < 0) return [];
		return [largest(series.name, data.categories[index], data.format(series.values[index] ?? 0))];
	});
	return phrases.length > 0 ? phrases.join(' ') : none;
}

const hasNegative = (data: BarChartData) =>
	data.series.some((series) => series.values.some((value) => value !== null && value < 0));

/** One bar series; labels sit outside the bar's end, left of zero for negative values. */
function barSeries(data: BarChartData, series: BarSeries, index: number): BarSeriesOption {
	const labelled = data.showValues === true && series.stack === undefined;
	return {
		type: 'bar',
		name: series.name,
		stack: series.stack,
		emphasis: { focus: 'series' },
		data: labelled
			? series.values.map((value) => ({
					value,
					label: {
						show: value !== null,
						position: value !== null && value < 0 ? 'left' : 'right',
						fontSize: 11,
						formatter: () => (value === null ? '' : data.format(value))
					}
				}))
			: series.values,
		// A firm zero line when bars go both ways (e.g. a relative quality index below 0).
		markLine:
			index === 0 && hasNegative(data)
				? {
						silent: true,
						symbol: 'none',
						label: { show: false },
						lineStyle: { color: '#1c2430', type: 'solid', width: 1 },
						data: [{ xAxis: 0 }]
					}
				: undefined
	};
}

/** Horizontal bars (long country and sector names read better on the vertical axis). */
export function barChartOption(data: BarChartData): EChartsOption {
	return {
		...accessibleBase(data.description),
		grid: {
			left: labelRoom(data.categories),
			right: data.showValues ? 64 : 24,
			top: 48,
			bottom: 32
		},
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
		// Names stay at the left edge even when zero moves right (negative bars).
		yAxis: {
			type: 'category',
			inverse: true,
			data: data.categories,
			axisLine: { onZero: false },
			axisLabel: { interval: 0 }
		},
		series: data.series.map((series, index) => barSeries(data, series, index))
	};
}

/** Height in px that gives every category a readable bar. */
export function chartHeight(data: BarChartData): number {
	const perCategory = data.series.some((s) => s.stack) ? 28 : 14 + 12 * data.series.length;
	return Math.max(240, 90 + data.categories.length * perCategory);
}
