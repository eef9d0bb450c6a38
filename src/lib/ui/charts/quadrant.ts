/**
 * The quadrant chart: one bubble per market, x the price premium, y the VIIT-sup share of
 * two-way trade, size the trade; split lines cut it into four named quadrants. Pure.
 */
import type { EChartsOption, ScatterSeriesOption } from 'echarts';
import { accessibleBase, escapeHtml } from './common';
import { OKABE_ITO } from './palette';

/** One market on the quadrant (x and y as ratios: 0.12 is a 12 % premium). */
export interface QuadrantPoint {
	id: string;
	name: string;
	/** Price premium exp(mean ln R) − 1. */
	x: number;
	/** VIIT-sup / two-way trade, 0–1. */
	y: number;
	/** The trade the bubble's area stands for. */
	size: number;
	/** The point in words (tooltip; plain text, escaped here). */
	tooltip: string;
}

/** The four quadrants' names, by where they sit. */
export interface QuadrantNames {
	upperLeft: string;
	upperRight: string;
	lowerLeft: string;
	lowerRight: string;
}

/** What the quadrant draws. */
export interface QuadrantChartData {
	points: QuadrantPoint[];
	xName: string;
	yName: string;
	names: QuadrantNames;
	/** Formats a ratio on either axis (a signed percent for x, a percent for y). */
	formatX: (ratio: number) => string;
	formatY: (ratio: number) => string;
	/** The chart in words: its aria-label and the exported files' description. */
	description: string;
}

/** Exports priced like imports: no premium either way. */
export const SPLIT_X = 0;
/**
 * Half of two-way trade: above it most of the two-way trade is sold dearer than bought back (a
 * majority anyone reads off the axis), whatever the HIIT and VIIT-inf shares of the rest.
 */
export const SPLIT_Y = 0.5;
/** Height in px: room for the names in the corners and the bubbles between them, on a phone too. */
export const QUADRANT_CHART_HEIGHT = 380;

const MIN_BUBBLE = 10;
const MAX_BUBBLE = 48;
/**
 * The share axis runs past 0–100 % by this much at each end: bands where no bubble centre can
 * be, which hold the quadrants' names clear of the markets (many sit at 0 % or near 100 %).
 */
const Y_MARGIN = 0.125;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const TOP = 1 + Y_MARGIN;
const BOTTOM = -Y_MARGIN;
/** The x axis reaches at least ±20 % and goes in steps of 10 %. */
const X_STEP = 0.1;
const MIN_X_HALF = 0.2;

/** Bubble diameter in px: its area proportional to the trade (the largest market gets MAX_BUBBLE). */
export function bubbleSize(size: number, largest: number): number {
	if (!(largest > 0) || !(size > 0)) return MIN_BUBBLE;
	return Math.max(MIN_BUBBLE, MAX_BUBBLE * Math.sqrt(size / largest));
}

/**
 * Half the x axis: symmetric about 0 so the split sits in the middle, with 15 % room past the
 * widest premium for its bubble, rounded up to a tenth (the epsilon absorbs float noise).
 */
export function xHalfRange(points: readonly QuadrantPoint[]): number {
	const widest = Math.max(0, ...points.map((point) => Math.abs(point.x)));
	const tenths = Math.ceil((widest * 1.15) / X_STEP - 1e-9);
	return Math.max(MIN_X_HALF, tenths / 10);
}

/** A quadrant's faint area with its name in its outer corner (away from the crowded middle). */
function area(
	name: string,
	from: [number, number],
	to: [number, number],
	position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight'
) {
	return [
		{
			name,
			xAxis: from[0],
			yAxis: from[1],
			// 110 px: two names side by side fit a phone's half plot (about 135 px).
			label: { position, width: 110, overflow: 'break' as const }
		},
		{ xAxis: to[0], yAxis: to[1] }
	];
}

function bubbles(data: QuadrantChartData, half: number): ScatterSeriesOption {
	const largest = Math.max(0, ...data.points.map((point) => point.size));
	return {
		type: 'scatter',
		name: data.yName,
		data: data.points.map((point) => ({
			name: point.name,
			value: [point.x, point.y, point.size],
			symbolSize: bubbleSize(point.size, largest)
		})),
		itemStyle: { color: OKABE_ITO[0], opacity: 0.75, borderColor: '#fff', borderWidth: 1 },
		// Above the bubble, centred: a long name at the edge overflows least there.
		label: { show: true, position: 'top', fontSize: 11, formatter: '{b}' },
		// Crowded names give way to the larger markets' (points come largest first); the tooltip,
		// the description and the sentences still name every market.
		labelLayout: { hideOverlap: true },
		markLine: {
			silent: true,
			symbol: 'none',
			label: { show: false },
			lineStyle: { color: '#1c2430', type: 'dashed', width: 1 },
			data: [{ xAxis: SPLIT_X }, { yAxis: SPLIT_Y }]
		},
		markArea: {
			silent: true,
			itemStyle: { color: 'rgba(0, 114, 178, 0.04)' },
			label: { color: '#52606d', fontSize: 11, lineHeight: 14, fontWeight: 'bold' },
			data: [
				area(data.names.upperLeft, [-half, SPLIT_Y], [SPLIT_X, TOP], 'insideTopLeft'),
				area(data.names.upperRight, [SPLIT_X, SPLIT_Y], [half, TOP], 'insideTopRight'),
				area(data.names.lowerLeft, [-half, BOTTOM], [SPLIT_X, SPLIT_Y], 'insideBottomLeft'),
				area(data.names.lowerRight, [SPLIT_X, BOTTOM], [half, SPLIT_Y], 'insideBottomRight')
			] as NonNullable<ScatterSeriesOption['markArea']>['data']
		}
	};
}

/** The quadrant's ECharts option. */
export function quadrantOption(data: QuadrantChartData): EChartsOption {
	const half = xHalfRange(data.points);
	const tooltips = new Map(data.points.map((point) => [point.name, point.tooltip]));
	return {
		...accessibleBase(data.description),
		aria: { enabled: true, label: { description: data.description } },
		grid: { left: 8, right: 16, top: 12, bottom: 36, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (params) => {
				const name = Array.isArray(params) ? '' : String(params.name ?? '');
				return escapeHtml(tooltips.get(name) ?? name);
			}
		},
		xAxis: {
			type: 'value',
			min: -half,
			max: half,
			interval: half / 2,
			name: data.xName,
			nameLocation: 'middle',
			nameGap: 26,
			// At the plot's bottom, below the margin band, not on the share's zero.
			axisLine: { onZero: false },
			axisLabel: { formatter: (value: number) => data.formatX(value) },
			splitLine: { show: false }
		},
		yAxis: {
			type: 'value',
			min: BOTTOM,
			max: TOP,
			name: data.yName,
			nameLocation: 'middle',
			nameGap: 40,
			// At the plot's left edge, not on the premium's zero (the split line is there).
			axisLine: { show: true, onZero: false },
			axisTick: { customValues: Y_TICKS },
			axisLabel: { customValues: Y_TICKS, formatter: (value: number) => data.formatY(value) },
			splitLine: { show: false }
		},
		series: [bubbles(data, half)]
	};
}
