/**
 * The quick check's quadrant option, rendered to SVG with ECharts' server-side renderer: the
 * four quadrant names, the split lines at premium 0 and at half of two-way trade, and one bubble
 * per market where its premium and share put it, its area proportional to its trade.
 */
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import {
	QUADRANT_CHART_HEIGHT,
	quadrantOption,
	type QuadrantChartData
} from '../../../src/lib/ui/charts/options';

const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
const DATA: QuadrantChartData = {
	points: [
		{ id: 'DEU', name: 'Alemanha', x: 0.5, y: 0.6, size: 100, tooltip: 'Alemanha' },
		{ id: 'USA', name: 'Estados Unidos', x: -0.2, y: 0.25, size: 25, tooltip: 'EUA <b>' },
		{ id: 'ITA', name: 'Itália', x: -0.1, y: 0.75, size: 64, tooltip: 'Itália' }
	],
	xName: 'Prêmio de preço',
	yName: 'CIIV superior / mão dupla',
	names: {
		upperLeft: 'Alto padrão, mais barato',
		upperRight: 'Mais caro e de alto padrão',
		lowerLeft: 'Mais barato, por preço',
		lowerRight: 'Mais caro, sem alto padrão'
	},
	formatX: percent,
	formatY: percent,
	description: 'Quadrante dos mercados.'
};

function renderSvg(data: QuadrantChartData, width = 600): string {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width,
		height: QUADRANT_CHART_HEIGHT
	});
	try {
		chart.setOption(quadrantOption(data), { notMerge: true });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

/** The bubbles drawn: data index, radius and centre (`matrix(r,0,0,r,cx,cy)` on a unit circle). */
function bubblesOf(svg: string): { index: number; r: number; cx: number; cy: number }[] {
	return [
		...svg.matchAll(
			/<path d="M1 0A1 1 0 1 1 1 -0.01" transform="matrix\(([\d.]+),0,0,[\d.]+,([\d.]+),([\d.]+)\)"[^>]*ecmeta_series_index="0" ecmeta_data_index="(\d+)"/g
		)
	].map((m) => ({ index: Number(m[4]), r: Number(m[1]), cx: Number(m[2]), cy: Number(m[3]) }));
}

/** The dashed split lines: one vertical (x) and one horizontal (y). */
function splitsOf(svg: string): { x: number; y: number } {
	const lines = [
		...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"[^>]*stroke-dasharray/g)
	].map((m) => m.slice(1, 5).map(Number));
	const vertical = lines.find(([x1, , x2]) => Math.abs(x1 - x2) < 1);
	const horizontal = lines.find(([, y1, , y2]) => Math.abs(y1 - y2) < 1);
	if (!vertical || !horizontal) throw new Error('no split lines');
	return { x: vertical[0], y: horizontal[1] };
}

describe('quadrant chart', () => {
	const svg = renderSvg(DATA);

	it('names the four quadrants and the axes', () => {
		// A name wider than its 130 px wraps into lines of its own: read the texts in order.
		const texts = [...svg.matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1].trim()).join(' ');
		for (const name of Object.values(DATA.names)) expect(texts).toContain(name);
		expect(svg).toContain('>Prêmio de preço</text>');
		expect(svg).toContain('>CIIV superior / mão dupla</text>');
		// The premium axis is symmetric: widest 0.5 · 1.15 → ±60 %, labelled every 30 %.
		for (const label of ['-60 %', '-30 %', '0 %', '30 %', '60 %']) {
			expect(svg).toContain(`>${label}</text>`);
		}
		// The share axis is labelled 0–100 % only: its margin bands (for the names) carry no label.
		for (const label of ['25 %', '50 %', '75 %', '100 %'])
			expect(svg).toContain(`>${label}</text>`);
		expect(svg).not.toMatch(/>(113|-13|−13|112|-12) %<\/text>/);
	});

	it('draws one bubble per market in its quadrant, its area proportional to trade', () => {
		const bubbles = bubblesOf(svg);
		expect(bubbles.map((b) => b.index)).toEqual([0, 1, 2]);
		const [deu, usa, ita] = bubbles;
		// Diameters 48 · √(size / 100): 48, 24 and 38.4 px.
		expect(deu.r).toBeCloseTo(24, 6);
		expect(usa.r).toBeCloseTo(12, 6);
		expect(ita.r).toBeCloseTo(19.2, 6);
		const split = splitsOf(svg);
		expect(deu.cx).toBeGreaterThan(split.x); // dearer
		expect(deu.cy).toBeLessThan(split.y); // up-market (y grows downwards in SVG)
		expect(usa.cx).toBeLessThan(split.x);
		expect(usa.cy).toBeGreaterThan(split.y);
		expect(ita.cx).toBeLessThan(split.x);
		expect(ita.cy).toBeLessThan(split.y);
		for (const name of ['Alemanha', 'Estados Unidos', 'Itália']) {
			expect(svg).toContain(`>${name}</text>`);
		}
	});

	it('puts the split lines at premium 0 and at 50 % of two-way trade', () => {
		// The plot's corners are the axes' ends: x from −60 % to +60 %, y from 0 to 100 %.
		const split = splitsOf(svg);
		const deu = bubblesOf(svg)[0];
		const usa = bubblesOf(svg)[1];
		// Linear axes: from the two bubbles, x = 0 and y = 0.5 fall where the lines are.
		const xPerUnit = (deu.cx - usa.cx) / (0.5 - -0.2);
		const yPerUnit = (usa.cy - deu.cy) / (0.6 - 0.25);
		// Within a pixel: lines are drawn on half pixels to stay crisp.
		expect(Math.abs(deu.cx - 0.5 * xPerUnit - split.x)).toBeLessThan(1);
		expect(Math.abs(deu.cy + (0.6 - 0.5) * yPerUnit - split.y)).toBeLessThan(1);
	});

	it('fits a phone: every bubble inside a 350 px wide chart', () => {
		const narrow = renderSvg(DATA, 350);
		expect(narrow).toContain('viewBox="0 0 350 380"');
		for (const bubble of bubblesOf(narrow)) {
			expect(bubble.cx - bubble.r).toBeGreaterThanOrEqual(0);
			expect(bubble.cx + bubble.r).toBeLessThanOrEqual(350);
		}
	});

	it('escapes tooltips and keeps the description for screen readers', () => {
		const option = quadrantOption(DATA);
		const tooltip = option.tooltip as { formatter: (params: { name: string }) => string };
		expect(tooltip.formatter({ name: 'Estados Unidos' })).toBe('EUA &lt;b&gt;');
		expect(option.aria).toMatchObject({ label: { description: 'Quadrante dos mercados.' } });
	});
});
