/**
 * Chart options as pure functions of view data and labels: no DOM, unit-tested by rendering
 * them to SVG in Node. One import for every builder; each kind lives in its own module.
 */
export { OKABE_ITO, VIRIDIS, seriesColor } from './palette';
export { accessibleBase, escapeHtml } from './common';
export {
	barChartOption,
	chartHeight,
	describeLargest,
	type BarChartData,
	type BarSeries,
	type LargestPhrase
} from './bar';
export {
	compositionBySector,
	iitIndexByPartner,
	qualityBySector,
	type ChartLabels
} from './paper-figures';
export { LINE_CHART_HEIGHT, lineChartOption, type LineChartData, type LineSeries } from './line';
export { heatmapCells, heatmapHeight, heatmapOption, type HeatmapData } from './heatmap';
export {
	QUADRANT_CHART_HEIGHT,
	SPLIT_X,
	SPLIT_Y,
	bubbleSize,
	quadrantOption,
	xHalfRange,
	type QuadrantChartData,
	type QuadrantNames,
	type QuadrantPoint
} from './quadrant';
