/**
 * No chart text reaches Object.prototype: ECharts' renderer keeps text widths in `{}` maps keyed
 * by the text, so a label '__proto__' or 'constructor' used to write `prev`/`next` onto
 * Object.prototype. Checked on the real renderer (ECharts' server-side SVG), with the texts a
 * hostile file or link can bring: as category names, series names and formatter output.
 */
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { barChartOption, heatmapOption, lineChartOption } from '../../../src/lib/ui/charts/options';
import { chartSafeOption, chartSafeText } from '../../../src/lib/ui/charts/safe-text';

const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const HOSTILE = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'];
const JOINER = /\u2060/g;

const prototypeIsClean = () =>
	Object.keys(Object.prototype).length === 0 &&
	({} as { prev?: unknown }).prev === undefined &&
	({} as { next?: unknown }).next === undefined;

/** Whether any member name of Object.prototype is a piece of `text` (what zrender could measure). */
const holdsMember = (text: string) => MEMBERS.some((name) => text.includes(name));

function render(option: echarts.EChartsCoreOption, height = 400): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height });
	try {
		chart.setOption(option);
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

afterEach(() => {
	expect(prototypeIsClean()).toBe(true);
});

describe('chart texts', () => {
	it('breaks every member name with an invisible joiner and changes nothing else', () => {
		const texts = [
			...MEMBERS,
			'Ilha constructor',
			'xtoStringy',
			'__proto__proto__', // two overlapping names
			'Alemanha',
			'Côte d’Ivoire',
			''
		];
		for (const text of texts) {
			const safe = chartSafeText(text);
			expect(holdsMember(safe)).toBe(false);
			expect(safe.replace(JOINER, '')).toBe(text);
		}
		// A text without a member name is returned as it is.
		expect(chartSafeText('Alemanha')).toBe('Alemanha');
	});

	it('makes every text of an option safe, formatters’ output included, and keeps the rest', () => {
		const option = chartSafeOption({
			yAxis: { type: 'category', data: ['constructor', 'BRA'] },
			xAxis: { type: 'value', axisLabel: { formatter: () => 'toString' } },
			series: [{ type: 'bar', name: '__proto__', data: [1, 2] }]
		});
		const yAxis = option.yAxis as { type: string; data: string[] };
		expect(yAxis.type).toBe('category');
		expect(yAxis.data.map((text) => text.replace(JOINER, ''))).toEqual(['constructor', 'BRA']);
		expect(holdsMember(yAxis.data[0])).toBe(false);
		const format = (option.xAxis as { axisLabel: { formatter: () => string } }).axisLabel.formatter;
		expect(holdsMember(format())).toBe(false);
		const series = (option.series as { name: string; data: number[] }[])[0];
		expect(holdsMember(series.name)).toBe(false);
		expect(series.data).toEqual([1, 2]);
	});

	it('draws bar, line and heatmap charts of hostile names without touching Object.prototype', () => {
		const format = (value: number) => `${value}`;
		const bar = barChartOption({
			categories: HOSTILE,
			series: [{ name: 'constructor', values: [1, 2, 3, 4, 5] }],
			format,
			showValues: true,
			description: 'toString'
		});
		const line = lineChartOption({
			x: [2020, 2021],
			series: HOSTILE.map((name) => ({ name, values: [0.1, 0.2] })),
			format,
			xName: 'hasOwnProperty',
			yName: '__proto__',
			description: 'valueOf'
		});
		const heatmap = heatmapOption({
			rows: HOSTILE,
			columns: HOSTILE,
			values: HOSTILE.map(() => HOSTILE.map(() => 0.5)),
			format,
			min: 0,
			max: 1,
			description: 'constructor'
		});
		for (const option of [bar, line, heatmap]) {
			const svg = render(chartSafeOption(option));
			// The names are drawn (joined, so invisible in the picture) …
			expect(svg.replace(JOINER, '')).toContain('hasOwnProperty');
			// … and every object of the page is still a plain object.
			expect(prototypeIsClean()).toBe(true);
		}
	});

	// Last, and cleaned up: the renderer itself, given the names as they are, is the door.
	it('is needed: the renderer given a raw "__proto__" label writes onto Object.prototype', () => {
		try {
			try {
				render(
					barChartOption({ categories: HOSTILE, series: [], format: String, description: '' })
				);
			} catch {
				// A polluted prototype may also break the drawing; either way the door is open.
			}
			expect(prototypeIsClean()).toBe(false);
		} finally {
			const polluted = Object.prototype as { prev?: unknown; next?: unknown };
			delete polluted.prev;
			delete polluted.next;
		}
	});
});
