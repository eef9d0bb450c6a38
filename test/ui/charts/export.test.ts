/** Chart and table files: the SVG that travels alone, its size for the PNG, and the CSV's BOM. */
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { barChartOption, chartHeight, type BarChartData } from '../../../src/lib/ui/charts/options';
import { CSV_TYPE, UTF8_BOM, csvBlob } from '../../../src/lib/ui/export/csv';
import { escapeXml, standaloneSvg, svgSize } from '../../../src/lib/ui/export/svg';

const data: BarChartData = {
	categories: ['Alemanha', 'Estados Unidos'],
	series: [{ name: 'Índice CII GHM', values: [56.25, 42] }],
	format: (value) => `${value.toFixed(0)} %`,
	description: 'Índice CII GHM — maior valor: Alemanha (56 %).'
};

function renderSvg(): string {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: 640,
		height: chartHeight(data)
	});
	try {
		chart.setOption(barChartOption(data));
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

describe('standaloneSvg', () => {
	const svg = renderSvg();
	const alone = standaloneSvg(svg, 'CII por parceiro <2020–2022>', data.description);

	it('carries the title and the aria description as <title> and <desc>, right after <svg>', () => {
		expect(alone).toMatch(
			/^<svg [^>]*><title>CII por parceiro &lt;2020–2022&gt;<\/title><desc>Índice CII GHM — maior valor: Alemanha \(56 %\)\.<\/desc>/
		);
	});

	it('lays a white background under everything and keeps the drawing', () => {
		expect(alone).toContain('</desc><rect width="100%" height="100%" fill="#ffffff"/>');
		expect(alone.replace(/<title>.*<\/desc><rect[^>]*\/>/, '')).toBe(svg);
		for (const text of ['Alemanha', 'Estados Unidos', '56 %']) expect(alone).toContain(text);
	});

	it('draws the caption lines above the chart, grown by their band, the drawing moved under them', () => {
		const lines = [
			'CII por parceiro',
			'GHM e FF · α 15% · θ 10% · 2020–2022 · BACI (CEPII) · IIT Explorer'
		];
		const captioned = standaloneSvg(svg, 'CII por parceiro', data.description, lines);
		// Two lines of 20 px and 8 px of margin: 48 px more than the chart's 240.
		expect(svgSize(captioned)).toEqual({ width: 640, height: 288 });
		expect(captioned).toContain('viewBox="0 0 640 288"');
		expect(captioned).toContain('font-weight="bold">CII por parceiro</text>');
		expect(captioned).toContain(
			'>GHM e FF · α 15% · θ 10% · 2020–2022 · BACI (CEPII) · IIT Explorer</text>'
		);
		expect(captioned).toContain('<g transform="translate(0 48)">');
		expect(captioned.endsWith('</g></svg>')).toBe(true);
		for (const text of ['Alemanha', 'Estados Unidos', '56 %']) expect(captioned).toContain(text);
	});

	it('refuses text that is not SVG', () => {
		expect(() => standaloneSvg('<html></html>', 't', 'd')).toThrow();
	});
});

describe('svgSize', () => {
	it('reads the size ECharts wrote (the chart height is 90 + 2 × (14 + 12 × 1) = 142 → 240 floor)', () => {
		expect(svgSize(renderSvg())).toEqual({ width: 640, height: 240 });
	});
	it('reads decimals, ignores the viewBox and other elements, and rejects a missing size', () => {
		expect(
			svgSize('<svg viewBox="0 0 1 1" width="10.5" height="7"><rect width="3"/></svg>')
		).toEqual({
			width: 10.5,
			height: 7
		});
		expect(() => svgSize('<svg viewBox="0 0 1 1"><rect width="3" height="3"/></svg>')).toThrow();
	});
});

describe('escapeXml', () => {
	it('escapes the five XML specials', () => {
		expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
	});
});

describe('csvBlob', () => {
	it('starts with the UTF-8 BOM (EF BB BF), then the text in UTF-8', async () => {
		const blob = csvBlob('país\r\nSão Tomé\r\n');
		expect(blob.type).toBe(CSV_TYPE);
		const bytes = new Uint8Array(await blob.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// “í” is C3 AD in UTF-8: p a í s → 70 61 C3 AD 73.
		expect([...bytes.slice(3, 8)]).toEqual([0x70, 0x61, 0xc3, 0xad, 0x73]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
			`${UTF8_BOM}país\r\nSão Tomé\r\n`
		);
	});
});
