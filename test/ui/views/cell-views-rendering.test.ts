/**
 * The cell views' chart data drawn by the shared option builders, rendered to SVG with ECharts'
 * server-side renderer: names, values and dashes must reach the drawing (guards against chart
 * data in a shape the builders or ECharts silently ignore).
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { qualityTable } from '../../../src/lib/engine/views/quality';
import { partnerSectorMatrix } from '../../../src/lib/engine/views/heatmap';
import { i18n } from '../../../src/lib/state/locale.svelte';
import {
	barChartOption,
	chartHeight,
	heatmapHeight,
	heatmapOption,
	lineChartOption,
	LINE_CHART_HEIGHT
} from '../../../src/lib/ui/charts/options';
import { heatmapChartData } from '../../../src/lib/ui/views/heatmap/heatmap-model';
import { premiumChartData } from '../../../src/lib/ui/views/quality/quality-model';
import { followedLines, seriesChartData } from '../../../src/lib/ui/views/series/series-model';
import { CELLS, FILTER, cell } from './cells-fixture';

i18n.locale = 'en';

function renderSvg(option: EChartsOption, height: number): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 700, height });
	try {
		chart.setOption(option, { notMerge: true });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

describe('drawn charts', () => {
	it('draws the series legend with both methods, FF dashed', () => {
		const { years, lines } = followedLines(CELLS, FILTER, { kind: 'partner' }, [
			{ axis: 'row', id: 'DEU' }
		]);
		const svg = renderSvg(
			lineChartOption(seriesChartData(years, lines, ['ghm', 'ff'], 'iitIndex', 'USD')),
			LINE_CHART_HEIGHT
		);
		expect(svg).toContain('Germany (GHM)');
		expect(svg).toContain('Germany (FF)');
		expect(svg).toContain('stroke-dasharray');
	});

	it('draws the heatmap cells with their values', () => {
		const matrix = partnerSectorMatrix(CELLS, FILTER, { kind: 'partner' });
		const data = heatmapChartData(matrix, 'ghm', 'iitIndex');
		const svg = renderSvg(heatmapOption(data), heatmapHeight(data));
		// DEU machinery (0.6 + 0.5)/2 and USA chemicals (0 + 0.8)/2, as labels in their cells.
		expect(svg).toContain('55.0%');
		expect(svg).toContain('40.0%');
		expect(svg).toContain('United States');
	});

	it('draws a negative premium bar with its signed label', () => {
		const sums = (weight: number, r: number) => ({
			weight,
			sum: weight * Math.log(r),
			sumSq: weight * Math.log(r) ** 2
		});
		const table = qualityTable(
			[
				cell(2020, 'DEU', 'machinery', { hiit: 100 }, {}, sums(100, 1.5)),
				cell(2020, 'USA', 'chemicals', { hiit: 50 }, {}, sums(50, 0.8))
			],
			FILTER,
			{ kind: 'partner' }
		);
		const data = premiumChartData(table, 15);
		const svg = renderSvg(barChartOption(data), chartHeight(data));
		expect(svg).toContain('+50%');
		expect(svg).toContain('-20%');
	});
});
