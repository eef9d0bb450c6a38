/**
 * The world map's ECharts option: partners coloured by one metric (viridis for the shares,
 * a diverging scale about 0 for the premium), countries without data grey, the reporter hatched.
 * The shapes are registered as WORLD_MAP by the view (ui/views/map/world-geometry.ts).
 */
import type { EChartsOption } from 'echarts';
import { escapeHtml } from './common';
import { VIRIDIS } from './palette';

/** The name the shapes are registered under. */
export const WORLD_MAP = 'world';

/** Longitude over latitude span of the shapes (360° by 55.9°S–83.6°N, no Antarctica). */
const MAP_ASPECT = 360 / 139.5;

/** The chart's height in px for its width: the whole map and the scale below, no empty bands. */
export function mapChartHeight(width: number): number {
	const fitted = Math.round((width - 40) / MAP_ASPECT) + 56;
	return Math.min(480, Math.max(200, fitted));
}

/** Grey of countries without data (and of partners whose metric is undefined). */
export const NO_DATA_COLOR = '#d9dde3';

/** The reporter: dark, hatched, so it never reads as a value of the scale. */
export const REPORTER_COLOR = '#52606d';

/** Blue (cheaper) through white to orange (dearer): Okabe–Ito's ends, readable with colour blindness. */
const DIVERGING = ['#0072B2', '#8fc1e3', '#f7f7f7', '#f3c27a', '#D55E00'];

export interface MapChartRegion {
	id: string;
	value: number | null;
	/** The region in words (tooltip; plain text, escaped here). */
	label: string;
}

export interface MapChartData {
	regions: MapChartRegion[];
	/** The reporter's shape, or null when the geometry has none. */
	reporter: { id: string; label: string } | null;
	min: number;
	max: number;
	diverging: boolean;
	/** The legend's name of the metric (says what the share is of). */
	metricName: string;
	format: (value: number) => string;
	/** Tooltip of a country without data. */
	noData: (id: string) => string;
	/** The chart in words: its aria-label and the exported files' description. */
	description: string;
}

/** The map's ECharts option. */
export function mapOption(data: MapChartData): EChartsOption {
	const labels = new Map(data.regions.map((region) => [region.id, region.label]));
	if (data.reporter) labels.set(data.reporter.id, data.reporter.label);
	const regions = data.regions.map((region) => ({
		name: region.id,
		// ECharts leaves a region without a number to the series' grey, outside the scale.
		value: region.value ?? NaN
	}));
	const reporter = data.reporter
		? [
				{
					name: data.reporter.id,
					value: NaN,
					itemStyle: {
						areaColor: REPORTER_COLOR,
						borderColor: '#1c2430',
						borderWidth: 1.5,
						decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4 }
					}
				}
			]
		: [];
	return {
		aria: { enabled: true, label: { description: data.description } },
		animation: false,
		tooltip: {
			trigger: 'item',
			formatter: (params) => {
				const name = Array.isArray(params) ? '' : String(params.name ?? '');
				return escapeHtml(labels.get(name) ?? data.noData(name));
			}
		},
		visualMap: {
			type: 'continuous',
			min: data.min,
			max: data.max,
			calculable: false,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemHeight: 160,
			text: [data.format(data.max), data.format(data.min)],
			formatter: (value: unknown) => data.format(Number(value)),
			inRange: { color: data.diverging ? DIVERGING : VIRIDIS },
			outOfRange: { color: NO_DATA_COLOR },
			seriesIndex: 0
		},
		series: [
			{
				type: 'map',
				map: WORLD_MAP,
				name: data.metricName,
				roam: false,
				// The whole world in the box above the scale; degrees of longitude and latitude alike.
				aspectScale: 1,
				preserveAspect: 'contain',
				top: 8,
				bottom: 44,
				left: 8,
				right: 8,
				selectedMode: false,
				label: { show: false },
				itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
				// A hovered country keeps its colour (the tooltip names it): no highlight fill.
				emphasis: { disabled: true },
				data: [...regions, ...reporter]
			}
		]
	};
}
