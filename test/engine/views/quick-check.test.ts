/**
 * The quick check of a basket on hand-made cells (reporter BRA, 2020–2022, every cell already the
 * basket's). Each expected figure is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
	iitTrend,
	quickCheck,
	slopeOf,
	type MarketCheck
} from '../../../src/lib/engine/views/quick-check';
import type { YearPoint } from '../../../src/lib/engine/views/series';
import type { Cell, ClassSplit } from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';

const split = (parts: Partial<ClassSplit>): ClassSplit => ({
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0,
	...parts
});

/** Quality sums of `weight` dollars of keys that all have the unit-value ratio `r`. */
const quality = (weight: number, r: number) => ({
	weight,
	sum: weight * Math.log(r),
	sumSq: weight * Math.log(r) ** 2
});

/** A footwear cell of BRA; trade is the sum of the GHM split (FF is kept consistent by hand). */
function cell(
	year: number,
	partner: string,
	ghm: Partial<ClassSplit>,
	ff: Partial<ClassSplit>,
	q = { weight: 0, sum: 0, sumSq: 0 }
): Cell {
	const g = split(ghm);
	const trade = g.oneWay + g.hiit + g.viitSup + g.viitInf + g.unclassified;
	return {
		year,
		reporter: 'BRA',
		partner,
		sector: 'footwear',
		trade,
		ghm: g,
		ff: split(ff),
		quality: q,
		exports: 0,
		imports: 0
	};
}

/*
 * GHM, per partner (T, IIT = hiit + sup + inf + unclassified):
 *   DEU 2020 T 100 IIT 60 (sup 40, inf 10) index .6; 2021 T 200 IIT 100 (sup 60, inf 20) .5;
 *       2022 T 100 IIT 80 (sup 50, inf 10) .8.  T = 400 → 133.33/yr; IIT 240 → 80/yr;
 *       sup 150/240 = .625, inf 40/240 = 1/6; index (.6 + .5 + .8)/3 = .6333;
 *       trend: first .6 (2020), last .8 (2022), change .2; slope Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = .2/2 = .1.
 *   USA 2021 T 100 IIT 50 (sup 10, inf 30) .5; 2022 T 200 IIT 100 (sup 20, inf 60) .5.
 *       T 300 → 100/yr; sup 30/150 = .2, inf 90/150 = .6; index .5; change 0, slope 0.
 *   FRA 2021 T 100 IIT 80 (sup 60, inf 20): 33.33/yr, sup .75, inf .25; one year → no trend.
 *   CHN 2020 T 90, one-way only: 30/yr, no IIT → leaning none.
 *   ARG 2022 T 3, sup 2: 1/yr, sup share 1, but tiny.
 * Basket: T = 400 + 300 + 100 + 90 + 3 = 893 → 297.67/yr; 1 % threshold = 2.9767/yr > ARG's 1.
 * FF: DEU inf 150 of two-way 200 (.75, price); USA sup 200/200; FRA sup 100/100; ARG sup 3/3.
 * Quality: DEU R = 1.5 on 100 of its 400 (premium +50 %, coverage .25);
 *          USA R = 0.8 on 50 of its 300 (premium −20 %, coverage 1/6).
 */
const CELLS: Cell[] = [
	cell(
		2020,
		'DEU',
		{ oneWay: 40, hiit: 10, viitSup: 40, viitInf: 10 },
		{ viitInf: 100 },
		quality(100, 1.5)
	),
	cell(2021, 'DEU', { oneWay: 100, hiit: 20, viitSup: 60, viitInf: 20 }, { oneWay: 200 }),
	cell(
		2022,
		'DEU',
		{ oneWay: 20, viitSup: 50, viitInf: 10, unclassified: 20 },
		{ viitInf: 50, hiit: 50 }
	),
	cell(
		2021,
		'USA',
		{ oneWay: 50, hiit: 10, viitSup: 10, viitInf: 30 },
		{ oneWay: 100 },
		quality(50, 0.8)
	),
	cell(2022, 'USA', { oneWay: 100, hiit: 20, viitSup: 20, viitInf: 60 }, { viitSup: 200 }),
	cell(2021, 'FRA', { oneWay: 20, viitSup: 60, viitInf: 20 }, { viitSup: 100 }),
	cell(2020, 'CHN', { oneWay: 90 }, { oneWay: 90 }),
	cell(2022, 'ARG', { oneWay: 1, viitSup: 2 }, { viitSup: 3 })
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2020, yearTo: 2022 };

const byId = (markets: MarketCheck[], id: string): MarketCheck => {
	const market = markets.find((m) => m.id === id);
	if (!market) throw new Error(`no market ${id}`);
	return market;
};
const ids = (markets: MarketCheck[]) => markets.map((market) => market.id);

describe('quick check, GHM', () => {
	const check = quickCheck(CELLS, FILTER, 'ghm');

	it('lists every market with trade, largest trade first', () => {
		expect(ids(check.markets)).toEqual(['DEU', 'USA', 'FRA', 'CHN', 'ARG']);
		expect(check.years).toEqual([2020, 2021, 2022]);
	});

	it('gives each market its trade, index, shares of two-way trade and premium', () => {
		const deu = byId(check.markets, 'DEU');
		expect(deu.trade).toBeCloseTo(400 / 3, 10);
		expect(deu.tradeShare).toBeCloseTo(400 / 893, 12);
		expect(deu.iit).toBeCloseTo(80, 10);
		expect(deu.iitIndex).toBeCloseTo(1.9 / 3, 12);
		expect(deu.viitSupShare).toBeCloseTo(0.625, 12);
		expect(deu.viitInfShare).toBeCloseTo(1 / 6, 12);
		expect(deu.premium).toBeCloseTo(0.5, 12);
		expect(deu.qualityCoverage).toBeCloseTo(0.25, 12);
		expect(deu.leaning).toBe('up-market');

		const usa = byId(check.markets, 'USA');
		expect(usa.trade).toBeCloseTo(100, 10);
		expect(usa.iitIndex).toBeCloseTo(0.5, 12);
		expect(usa.viitSupShare).toBeCloseTo(0.2, 12);
		expect(usa.viitInfShare).toBeCloseTo(0.6, 12);
		expect(usa.premium).toBeCloseTo(-0.2, 12);
		expect(usa.leaning).toBe('price');

		const chn = byId(check.markets, 'CHN');
		expect(chn.iit).toBe(0);
		expect(chn.viitSupShare).toBeNaN();
		expect(chn.premium).toBeNaN();
		expect(chn.leaning).toBe('none');
	});

	it('follows the yearly IIT index: first, last, change and slope', () => {
		const deu = byId(check.markets, 'DEU').trend;
		expect(deu.indices[0]).toBeCloseTo(0.6, 12);
		expect(deu.indices[2]).toBeCloseTo(0.8, 12);
		expect(deu.firstYear).toBe(2020);
		expect(deu.lastYear).toBe(2022);
		expect(deu.change).toBeCloseTo(0.2, 12);
		expect(deu.slope).toBeCloseTo(0.1, 12);

		const usa = byId(check.markets, 'USA').trend;
		expect(usa.indices[0]).toBeNaN(); // no trade in 2020
		expect(usa.firstYear).toBe(2021);
		expect(usa.change).toBeCloseTo(0, 12);
		expect(usa.slope).toBeCloseTo(0, 12);

		const fra = byId(check.markets, 'FRA').trend;
		expect(fra.firstYear).toBe(2021);
		expect(fra.lastYear).toBe(2021);
		expect(fra.change).toBeNaN();
		expect(fra.slope).toBeNaN();
	});

	it('ranks up-market and price markets by their share, tiny markets left out', () => {
		expect(check.minTrade).toBeCloseTo(8.93 / 3, 10);
		expect(byId(check.markets, 'ARG').ranked).toBe(false);
		expect(ids(check.upMarket)).toEqual(['FRA', 'DEU']); // .75 before .625
		expect(ids(check.price)).toEqual(['USA']);
	});

	it('ranks tiny markets when the threshold is 0', () => {
		const open = quickCheck(CELLS, FILTER, 'ghm', 0);
		expect(ids(open.upMarket)).toEqual(['ARG', 'FRA', 'DEU']); // ARG's share is 2/2 = 1
	});

	it('sums the whole basket as one market', () => {
		// Two-way: 240 + 150 + 80 + 0 + 2 = 472; sup 150 + 30 + 60 + 2 = 242.
		expect(check.total.trade).toBeCloseTo(893 / 3, 10);
		expect(check.total.viitSupShare).toBeCloseTo(242 / 472, 12);
		// ln R mean = (100 ln 1.5 + 50 ln 0.8) / 150 → premium 1.8^(1/3) − 1.
		expect(check.total.premium).toBeCloseTo(Math.cbrt(1.8) - 1, 12);
		expect(check.total.ranked).toBe(false);
	});
});

describe('quick check, FF', () => {
	const check = quickCheck(CELLS, FILTER, 'ff');

	it('uses FF shares of two-way trade and flips the rankings', () => {
		expect(byId(check.markets, 'DEU').viitInfShare).toBeCloseTo(0.75, 12);
		// DEU FF index: 2020 100/100, 2021 0/200, 2022 100/100 → 2/3.
		expect(byId(check.markets, 'DEU').iitIndex).toBeCloseTo(2 / 3, 12);
		// USA and FRA both 100 % sup: the larger trade (USA, 100/yr) first.
		expect(ids(check.upMarket)).toEqual(['USA', 'FRA']);
		expect(ids(check.price)).toEqual(['DEU']);
	});
});

describe('trend helpers', () => {
	it('fits a least-squares slope', () => {
		// y = 1, 2, 4 at x = 0, 1, 2: x̄ = 1, ȳ = 7/3; Σ(x−x̄)(y−ȳ) = −1·(−4/3) + 1·(5/3) = 3; Σ(x−x̄)² = 2.
		expect(slopeOf([0, 1, 2], [1, 2, 4])).toBeCloseTo(1.5, 12);
		expect(slopeOf([5], [1])).toBeNaN();
	});

	it('skips years without trade', () => {
		const point = (trade: number, iit: number): YearPoint => ({
			trade,
			iit,
			hiit: 0,
			viitSup: 0,
			viitInf: 0,
			unclassified: iit,
			iitIndex: trade > 0 ? iit / trade : NaN,
			viitSupShare: NaN
		});
		const trend = iitTrend([2019, 2020, 2021], [point(0, 0), point(10, 2), point(10, 6)]);
		expect(trend.firstYear).toBe(2020);
		expect(trend.change).toBeCloseTo(0.4, 12);
		expect(trend.slope).toBeCloseTo(0.4, 12);
	});
});
