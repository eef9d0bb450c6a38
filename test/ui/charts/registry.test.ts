/**
 * The browser loads a trimmed ECharts (echarts/core plus what loadECharts registers). Every
 * option builder must draw completely with it: a component left unregistered is dropped silently
 * (only a console warning), e.g. no α marker without MarkLine or no colours without VisualMap.
 * This file must not import the full 'echarts' bundle, which would register everything.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadECharts } from '../../../src/lib/ui/charts/echarts';
import {
	barChartOption,
	heatmapOption,
	lineChartOption,
	quadrantOption,
	type BarChartData
} from '../../../src/lib/ui/charts/options';
import type { EChartsOption } from 'echarts';

async function renderWithCore(option: EChartsOption): Promise<string> {
	const core = await loadECharts();
	const chart = core.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 320 });
	try {
		chart.setOption(option, { notMerge: true });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

const warn = vi.spyOn(console, 'warn');
const error = vi.spyOn(console, 'error');
afterEach(() => {
	expect(warn).not.toHaveBeenCalled();
	expect(error).not.toHaveBeenCalled();
	warn.mockClear();
	error.mockClear();
});

describe('the lazily loaded ECharts', () => {
	it('draws bars with a legend, the zero line and decal patterns', async () => {
		const data: BarChartData = {
			categories: ['Alfa', 'Beta'],
			series: [{ name: 'Índice', values: [0.5, -0.25] }],
			format: (value) => value.toFixed(2),
			description: 'Índice por setor.'
		};
		const svg = await renderWithCore(barChartOption(data));
		expect(svg).toContain('>Índice</text>'); // legend
		expect(svg).toContain('stroke="#1c2430"'); // zero mark line
		expect(svg).toMatch(/<pattern /); // aria decal
		expect(svg.match(/ecmeta_ssr_type="chart"/g)?.length).toBeGreaterThanOrEqual(2);
	});

	it('draws lines and the vertical marker', async () => {
		const svg = await renderWithCore(
			lineChartOption({
				x: [5, 10, 15],
				series: [{ name: 'CIIH', values: [0.1, 0.2, 0.3] }],
				format: (value) => value.toFixed(1),
				markX: { value: 10, label: 'α em uso' },
				description: 'CIIH por α.'
			})
		);
		expect(svg).toMatch(/<path d="M[\d. ]+L[\d. ]+L[\d. ]+" fill="none"[^>]*stroke="#0072B2"/);
		expect(svg).toContain('>α em uso</text>');
	});

	it('draws heatmap cells coloured by the visual map, with its scale', async () => {
		const svg = await renderWithCore(
			heatmapOption({
				rows: ['Alemanha'],
				columns: ['Máquinas', 'Têxtil'],
				values: [[0, 1]],
				format: (value) => value.toFixed(1),
				min: 0,
				max: 1,
				description: 'CII.'
			})
		);
		// Viridis ends: #440154 = rgb(68,1,84) for 0, #fde725 = rgb(253,231,37) for 1.
		expect(svg).toContain('fill="rgb(68,1,84)"');
		expect(svg).toContain('fill="rgb(253,231,37)"');
		expect(svg).toContain('>1.0</text>');
	});

	it('draws the quadrant: bubbles, dashed split lines and the shaded named quadrants', async () => {
		const svg = await renderWithCore(
			quadrantOption({
				points: [{ id: 'DEU', name: 'Alemanha', x: 0.3, y: 0.7, size: 10, tooltip: 'Alemanha' }],
				xName: 'Prêmio',
				yName: 'CIIV superior',
				names: { upperLeft: 'A', upperRight: 'B', lowerLeft: 'C', lowerRight: 'D' },
				formatX: (ratio) => ratio.toFixed(1),
				formatY: (ratio) => ratio.toFixed(1),
				description: 'Quadrante.'
			})
		);
		expect(svg).toMatch(/<path d="M1 0A1 1 0 1 1 1 -0\.01"[^>]*ecmeta_series_index="0"/); // scatter
		expect(svg.match(/stroke-dasharray/g)).toHaveLength(2); // mark line
		expect(svg.match(/<polygon [^>]*fill-opacity="0.04"/g)).toHaveLength(4); // mark area
		for (const name of ['A', 'B', 'C', 'D', 'Alemanha']) expect(svg).toContain(`>${name}</text>`);
	});
});
