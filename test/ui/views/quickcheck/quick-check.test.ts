/**
 * The quick check's model and view: table rows, rankings, threshold, trend and the sentence per
 * market in the three languages, on hand-made basket cells (reporter BRA, 2020–2021).
 */
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { quickCheck } from '../../../../src/lib/engine/views/quick-check';
import type { Cell, ClassSplit, ClassifySettings } from '../../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../../src/lib/engine/views/tables';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import QuickCheckView from '../../../../src/lib/ui/views/quickcheck/QuickCheckView.svelte';
import {
	marketSentence,
	methodScope,
	quickCheckRows,
	rankingItem,
	sentenceMarkets,
	sparklinePoints,
	thresholdText,
	trendDirection,
	trendText
} from '../../../../src/lib/ui/views/quickcheck/quick-check-model';

const split = (parts: Partial<ClassSplit>): ClassSplit => ({
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0,
	...parts
});

/** A footwear cell of BRA with the same split under both methods (enough for the wording). */
function cell(year: number, partner: string, parts: Partial<ClassSplit>): Cell {
	const s = split(parts);
	const trade = s.oneWay + s.hiit + s.viitSup + s.viitInf + s.unclassified;
	const quality = { weight: 0, sum: 0, sumSq: 0 };
	return {
		year,
		reporter: 'BRA',
		partner,
		sector: 'footwear',
		trade,
		ghm: s,
		ff: { ...s },
		quality,
		exports: 0,
		imports: 0
	};
}

/*
 * DEU 2020 T 100, two-way 100 (sup 62, inf 18); 2021 T 200, two-way 100 (sup 62, inf 18):
 *     T 300 → 150/yr; sup 124/200 = 62 %, inf 36/200 = 18 %; index 1.0 then .5 → falling,
 *     change −50 pp, slope −50 pp/yr.
 * USA 2021 T 100, two-way 50 (sup 10, inf 40): 50/yr; sup 20 %, inf 80 % → competes on price.
 * JPN 2020 T 50, two-way 40 all horizontal: 25/yr, no vertical trade.
 * CHN 2021 T 60 one-way: 30/yr.  ARG 2021 T 1: 0.5/yr, below 1 % of 511/2 = 255.5 → 2.555.
 */
const CELLS: Cell[] = [
	cell(2020, 'DEU', { hiit: 20, viitSup: 62, viitInf: 18 }),
	cell(2021, 'DEU', { oneWay: 100, hiit: 20, viitSup: 62, viitInf: 18 }),
	cell(2021, 'USA', { oneWay: 50, viitSup: 10, viitInf: 40 }),
	cell(2020, 'JPN', { oneWay: 10, hiit: 40 }),
	cell(2021, 'CHN', { oneWay: 60 }),
	cell(2021, 'ARG', { viitSup: 1 })
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2020, yearTo: 2021 };
const CLASSIFY: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const CHECK = quickCheck(CELLS, FILTER, 'ghm');
const market = (id: string) => {
	const found = CHECK.markets.find((m) => m.id === id);
	if (!found) throw new Error(`no market ${id}`);
	return found;
};

afterEach(() => {
	i18n.locale = 'en';
});
i18n.locale = 'en';

describe('quick-check table', () => {
	it('has every market by trade, then the whole basket, in raw numbers', () => {
		const rows = quickCheckRows(CHECK);
		expect(rows.map((row) => row.id)).toEqual(['DEU', 'USA', 'CHN', 'JPN', 'ARG', 'total']);
		const deu = rows[0].cells;
		expect(deu.partner).toBe('Germany');
		expect(deu.trade).toBeCloseTo(150, 10);
		expect(deu.tradeShare).toBeCloseTo(300 / 511, 12);
		expect(deu.iitIndex).toBeCloseTo(0.75, 12); // (1.0 + 0.5) / 2
		expect(deu.viitSup).toBeCloseTo(0.62, 12);
		expect(deu.viitInf).toBeCloseTo(0.18, 12);
		expect(deu.premium).toBeNull(); // no quality sums in these cells
		expect(deu.change).toBeCloseTo(-50, 10);
		expect(deu.slope).toBeCloseTo(-50, 10);
		expect(rows[2].cells.viitSup).toBeNull(); // CHN: no two-way trade
		expect(rows[5].summary).toBe(true);
		expect(rows[5].cells.trade).toBeCloseTo(255.5, 10);
	});
});

describe('rankings and threshold', () => {
	it('ranks Germany up-market and the United States on price; Argentina is too small', () => {
		expect(CHECK.upMarket.map((m) => m.id)).toEqual(['DEU']);
		expect(CHECK.price.map((m) => m.id)).toEqual(['USA']);
		expect(CHECK.minTrade).toBeCloseTo(2.555, 10);
		expect(sentenceMarkets(CHECK).map((m) => m.id)).toEqual(['DEU', 'USA', 'CHN', 'JPN']);
	});

	it('states the ranking lines and the threshold', () => {
		// The value is the share's base, two-way trade: DEU 200 / 2 years, USA 50 / 2 years (not
		// their total trade of 150 and 50 a year).
		expect(market('DEU').iit).toBeCloseTo(100, 10);
		expect(market('USA').iit).toBeCloseTo(25, 10);
		expect(rankingItem(market('DEU'), 'upMarket', 'USD')).toBe(
			'Germany: 62% of its $100.0 a year of two-way trade'
		);
		expect(rankingItem(market('USA'), 'price', 'USD')).toBe(
			'United States: 80% of its $25.0 a year of two-way trade'
		);
		expect(thresholdText(CHECK, 'USD')).toContain(
			'at least 1% of the basket’s trade ($2.6 a year) enter the quadrant'
		);
	});
});

describe('trend', () => {
	it('reads the yearly index as an arrow, words and a sparkline', () => {
		const trend = market('DEU').trend;
		expect(trendDirection(trend)).toBe('down');
		expect(trendText(trend)).toBe('IIT index falling: 100% in 2020, 50% in 2021');
		// Index 1.0 at x = 0 (y = 0 at the top) and 0.5 at x = 64 (y = 18 − 9 = 9).
		expect(sparklinePoints(trend.indices, 64, 18)).toBe('0,0 64,9');
		// USA traded in 2021 only (index 50 / 100 = .5): one point at the right, no trend.
		expect(sparklinePoints(market('USA').trend.indices, 64, 18)).toBe('64,9');
		expect(trendDirection(market('USA').trend)).toBe('none');
		expect(trendText(market('USA').trend)).toBe('Only one year with trade: no trend');
	});
});

describe('sentences', () => {
	it('says what share of two-way trade is sold dearer, in English', () => {
		// DEU 300 / 2 = 150 a year, two-way 200 / 2 = 100; JPN 50 / 2 = 25, two-way 40 / 2 = 20;
		// CHN 60 / 2 = 30, none two-way.
		expect(marketSentence(market('DEU'), CLASSIFY, 'USD')).toBe(
			'Germany: $150.0 a year of basket trade, $100.0 of it two-way; 62% of the two-way trade is sold dearer than it is bought back, and 18% is sold cheaper.'
		);
		expect(marketSentence(market('JPN'), CLASSIFY, 'USD')).toBe(
			'Japan: $25.0 a year of basket trade, $20.0 of it two-way, but in no part of the two-way trade does the selling price differ from the buying price by more than 15%.'
		);
		expect(marketSentence(market('CHN'), CLASSIFY, 'USD')).toBe(
			'China: $30.0 a year of basket trade, all of it one-way (bought or sold, not both), so there are no prices to compare.'
		);
		expect(marketSentence(market('CHN'), CLASSIFY, 'EUR')).toContain('€30.0 a year');
	});

	it('in Portuguese', () => {
		i18n.locale = 'pt-BR';
		const money = (value: number) => i18n.money(value, 'USD', true);
		expect(marketSentence(market('DEU'), CLASSIFY)).toBe(
			`Alemanha: ${money(150)} por ano de comércio da cesta, ${money(100)} dele de mão dupla; 62% do comércio de mão dupla é vendido mais caro do que é comprado de volta, e 18% é vendido mais barato.`
		);
		expect(marketSentence(market('CHN'), CLASSIFY)).toBe(
			`China: ${money(30)} por ano de comércio da cesta, todo de mão única (vende-se ou compra-se, não as duas coisas), então não há preços a comparar.`
		);
	});

	it('in Spanish', () => {
		i18n.locale = 'es';
		const money = (value: number) => i18n.money(value, 'USD', true);
		expect(marketSentence(market('DEU'), CLASSIFY)).toBe(
			`Alemania: ${money(150)} por año de comercio de la canasta, ${money(100)} de él de doble vía; el 62\u00a0% del comercio de doble vía se vende más caro de lo que se compra de vuelta, y el 18\u00a0% se vende más barato.`
		);
	});

	it('states the method and its two-way definition', () => {
		expect(methodScope('ghm', CLASSIFY)).toContain('more than 15%');
		expect(methodScope('ff', CLASSIFY)).toContain('smaller flow exceeds 10% of the larger');
	});
});

describe('QuickCheckView', () => {
	const props = {
		cells: CELLS,
		filter: FILTER,
		currency: 'USD' as const,
		classify: CLASSIFY,
		method: 'ghm' as const,
		methodChoices: ['ghm' as const, 'ff' as const],
		onpickmethod: () => {},
		ondrill: () => {}
	};

	it('renders the quadrant, one sentence per market over the threshold, and the table', () => {
		const html = render(QuickCheckView, { props: { ...props, basketName: 'Footwear <b>' } }).body;
		expect(html).toContain('data-testid="quickcheck-view"');
		expect(html).toContain('Basket: Footwear &lt;b>'); // the name is text, never markup
		expect(html).toMatch(/data-testid="quickcheck-method"[^>]*data-method="ghm"/);
		expect(html.match(/data-testid="quickcheck-sentence"/g)).toHaveLength(4);
		expect(html).toContain('data-partner="DEU"');
		expect(html).not.toMatch(/quickcheck-sentence" data-partner="ARG"/);
		expect(html).toContain('data-row="ARG"'); // tiny markets stay in the table
		// The rankings gave way to the quadrant; these cells carry no unit values to place a market.
		expect(html).not.toContain('data-testid="quickcheck-upmarket"');
		expect(html).toContain('data-testid="quickcheck-quadrant"');
		expect(html).toContain('Off the chart, without two-way trade or unit values: Germany,');
		expect(html).toContain('The 4 largest markets');
		expect(html).toContain('data-testid="quickcheck-print"');
		expect(html).not.toContain('No basket chosen');
	});

	it('explains what a basket adds when there is none, and still checks all products', () => {
		const html = render(QuickCheckView, { props: { ...props, basketName: null } }).body;
		expect(html).toContain('No basket chosen');
		expect(html).toContain('data-testid="quickcheck-table"');
	});

	it('offers both methods, and on a quick check link only its own with a note', () => {
		expect(render(QuickCheckView, { props: { ...props, basketName: null } }).body).toMatch(
			/data-method="ghm"[^]*data-method="ff"/
		);
		const html = render(QuickCheckView, {
			props: { ...props, basketName: null, method: 'ff' as const, methodChoices: ['ff' as const] }
		}).body;
		expect(html).toMatch(/data-testid="quickcheck-method"[^>]*data-method="ff"/);
		expect(html).not.toContain('data-method="ghm"');
		expect(html).toContain('This link carries the FF figures only.');
	});
});
