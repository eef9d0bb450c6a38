/**
 * The quick check's quadrant (markets placed by price premium and VIIT-sup share of two-way
 * trade, sized by trade), the top markets that get a sentence, and trends that read "stable"
 * when their printed ends are equal; on hand-made cells of one year (reporter BRA, 2020).
 */
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { quickCheck, type IitTrend } from '../../../../src/lib/engine/views/quick-check';
import type { Cell, ClassSplit, ClassifySettings } from '../../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../../src/lib/engine/views/tables';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import { bubbleSize, xHalfRange } from '../../../../src/lib/ui/charts/quadrant';
import QuickCheckView from '../../../../src/lib/ui/views/quickcheck/QuickCheckView.svelte';
import { quadrantData } from '../../../../src/lib/ui/views/quickcheck/quadrant-model';
import {
	TOP_MARKETS,
	topMarkets,
	trendDirection,
	trendText
} from '../../../../src/lib/ui/views/quickcheck/quick-check-model';

/** A cell whose two-way keys (weight = their trade) have one unit-value ratio R. */
function cell(partner: string, parts: Partial<ClassSplit>, r: number | null): Cell {
	const s: ClassSplit = {
		oneWay: 0,
		hiit: 0,
		viitSup: 0,
		viitInf: 0,
		unclassified: 0,
		outlier: 0,
		...parts
	};
	const trade = s.oneWay + s.hiit + s.viitSup + s.viitInf;
	const weight = r === null ? 0 : s.hiit + s.viitSup + s.viitInf;
	const lnR = r === null ? 0 : Math.log(r);
	return {
		year: 2020,
		reporter: 'BRA',
		partner,
		sector: 'footwear',
		trade,
		ghm: s,
		ff: { ...s },
		quality: { weight, sum: weight * lnR, sumSq: weight * lnR * lnR },
		exports: 0,
		imports: 0
	};
}

/*
 * Premium = exp(mean ln R) − 1 = R − 1 with one R per market; VIIT-sup share = sup / two-way.
 * DEU T 100, two-way 100 (sup 60), R 1.5 → +50 %, 60 %: dearer and up-market.
 * USA T 100, two-way 40 (sup 10, inf 30), R 0.8 → −20 %, 25 %: cheaper, on price.
 * ITA T 50, two-way 40 (sup 30, inf 10), R 0.9 → −10 %, 75 %: up-market, cheaper overall.
 * CHN T 30, one-way: no two-way trade, off the chart.
 * ARG T 20, two-way 20 (hiit 10, inf 10), R 1.1 → +10 %, 0 %: dearer, not up-market.
 * PRY T 1: below 1 % of 301 (3.01): neither on the chart nor in a sentence.
 */
const CELLS: Cell[] = [
	cell('DEU', { hiit: 20, viitSup: 60, viitInf: 20 }, 1.5),
	cell('USA', { oneWay: 60, viitSup: 10, viitInf: 30 }, 0.8),
	cell('ITA', { oneWay: 10, viitSup: 30, viitInf: 10 }, 0.9),
	cell('CHN', { oneWay: 30 }, null),
	cell('ARG', { hiit: 10, viitInf: 10 }, 1.1),
	cell('PRY', { viitSup: 1 }, 2)
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2020, yearTo: 2020 };
const CLASSIFY: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const CHECK = quickCheck(CELLS, FILTER, 'ghm');

afterEach(() => {
	i18n.locale = 'en';
});
i18n.locale = 'en';

describe('quadrant data', () => {
	it('places the markets over the threshold by premium and VIIT-sup share, sized by trade', () => {
		const { chart, left } = quadrantData(CHECK, 'USD');
		// Largest trade first; DEU and USA tie at 100 and go by id.
		expect(chart.points.map((p) => p.id)).toEqual(['DEU', 'USA', 'ITA', 'ARG']);
		const expected: Record<string, [number, number, number]> = {
			DEU: [0.5, 0.6, 100],
			USA: [-0.2, 0.25, 100],
			ITA: [-0.1, 0.75, 50],
			ARG: [0.1, 0, 20]
		};
		for (const point of chart.points) {
			const [x, y, size] = expected[point.id];
			expect(point.x, point.id).toBeCloseTo(x, 12);
			expect(point.y, point.id).toBeCloseTo(y, 12);
			expect(point.size, point.id).toBeCloseTo(size, 12);
		}
		expect(left).toEqual(['China']); // over the threshold but without two-way trade
		expect(chart.points[0].tooltip).toBe(
			'Germany: price premium +50%, superior VIIT 60% of two-way trade, basket trade $100.0 a year'
		);
		expect(chart.description).toContain('Argentina: price premium +10%, superior VIIT 0%');
		expect(chart.names).toEqual({
			upperLeft: 'Up-market, cheaper overall',
			upperRight: 'Dearer and up-market',
			lowerLeft: 'Cheaper, competing on price',
			lowerRight: 'Dearer, not up-market'
		});
		expect(chart.formatX(-0.2)).toBe('-20%');
		expect(chart.formatY(0.5)).toBe('50%');
	});

	it('names the quadrants in Portuguese', () => {
		i18n.locale = 'pt-BR';
		const { chart } = quadrantData(CHECK, 'USD');
		expect(chart.names.upperRight).toBe('Mais caro e de alto padrão');
		expect(chart.names.lowerLeft).toBe('Mais barato, compete por preço');
	});

	it('sizes bubbles by area and keeps the premium axis symmetric', () => {
		const { chart } = quadrantData(CHECK, 'USD');
		// Widest premium 0.5 · 1.15 = 0.575 → 0.6.
		expect(xHalfRange(chart.points)).toBeCloseTo(0.6, 12);
		expect(xHalfRange([])).toBeCloseTo(0.2, 12);
		expect(bubbleSize(100, 100)).toBeCloseTo(48, 12);
		expect(bubbleSize(50, 100)).toBeCloseTo(48 * Math.SQRT1_2, 12);
		expect(bubbleSize(20, 100)).toBeCloseTo(48 * Math.sqrt(0.2), 12);
		expect(bubbleSize(0.01, 100)).toBe(10);
	});
});

describe('top markets', () => {
	it('are the largest over the threshold, at most five', () => {
		expect(TOP_MARKETS).toBe(5);
		expect(topMarkets(CHECK).map((m) => m.id)).toEqual(['DEU', 'USA', 'ITA', 'CHN', 'ARG']);
		expect(topMarkets(CHECK, 2).map((m) => m.id)).toEqual(['DEU', 'USA']);
	});

	it('get the sentences in the view, under the quadrant', () => {
		const html = render(QuickCheckView, {
			props: {
				cells: CELLS,
				filter: FILTER,
				basketName: 'Calçados',
				currency: 'USD',
				classify: CLASSIFY,
				method: 'ghm',
				methodChoices: ['ghm', 'ff'],
				onpickmethod: () => {},
				ondrill: () => {}
			}
		}).body;
		expect(html.match(/data-testid="quickcheck-sentence"/g)).toHaveLength(5);
		expect(html).not.toMatch(/quickcheck-sentence" data-partner="PRY"/);
		expect(html.indexOf('data-testid="quickcheck-quadrant"')).toBeLessThan(
			html.indexOf('data-testid="quickcheck-sentence"')
		);
		expect(html).toContain('data-testid="quickcheck-quadrant-chart"');
		// DEU: T 100, two-way 100 (the sentence names both), 60 % and 20 % of it.
		expect(html).toContain(
			'Germany: $100.0 a year of basket trade, $100.0 of it two-way; 60% of the two-way trade is sold dearer'
		);
	});
});

describe('trend within rounding', () => {
	const trend = (first: number, last: number): IitTrend => ({
		indices: [first, last],
		firstYear: 2021,
		lastYear: 2022,
		first,
		last,
		change: last - first,
		slope: last - first
	});

	it('reads stable when both ends print the same', () => {
		// 64.1 % → 64.4 %: a slope of 0.3 pp a year (over the flat threshold) that prints 64 % → 64 %.
		expect(trendDirection(trend(0.641, 0.644))).toBe('flat');
		expect(trendText(trend(0.641, 0.644))).toBe('IIT index stable: 64% in 2021, 64% in 2022');
		expect(trendDirection(trend(0.644, 0.641))).toBe('flat');
		i18n.locale = 'pt-BR';
		expect(trendText(trend(0.641, 0.644))).toBe('Índice CII estável: 64% em 2021, 64% em 2022');
	});

	it('reads rising or falling once the printed ends differ', () => {
		// 64.4 % → 64.6 % prints 64 % → 65 %.
		expect(trendText(trend(0.644, 0.646))).toBe('IIT index rising: 64% in 2021, 65% in 2022');
		expect(trendText(trend(0.646, 0.644))).toBe('IIT index falling: 65% in 2021, 64% in 2022');
	});
});
