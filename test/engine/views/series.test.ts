import { describe, it, expect } from 'vitest';
import { annualSeries, type YearPoint } from '../../../src/lib/engine/views/series';
import type { Cell, ClassSplit, SectorId } from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';

type Classes = [oneWay: number, hiit: number, sup: number, inf: number, unclassified: number];

function split([oneWay, hiit, viitSup, viitInf, unclassified]: Classes): ClassSplit {
	return { oneWay, hiit, viitSup, viitInf, unclassified, outlier: 0 };
}

/** A BRA cell whose trade is the sum of its GHM classes (FF classes must add up to the same). */
function cell(year: number, partner: string, sector: SectorId, ghm: Classes, ff: Classes): Cell {
	const trade = ghm.reduce((a, b) => a + b, 0);
	expect(ff.reduce((a, b) => a + b, 0)).toBe(trade);
	const quality = { weight: 0, sum: 0, sumSq: 0 };
	return {
		year,
		reporter: 'BRA',
		partner,
		sector,
		trade,
		ghm: split(ghm),
		ff: split(ff),
		quality,
		exports: 0,
		imports: 0
	};
}

function point(trade: number, [, hiit, viitSup, viitInf, unclassified]: Classes): YearPoint {
	const iit = hiit + viitSup + viitInf + unclassified;
	return {
		trade,
		iit,
		hiit,
		viitSup,
		viitInf,
		unclassified,
		iitIndex: trade === 0 ? NaN : iit / trade,
		viitSupShare: viitSup + viitInf === 0 ? NaN : viitSup / (viitSup + viitInf)
	};
}

const NONE = point(0, [0, 0, 0, 0, 0]);

// 2019 has no trade at all; classes are [oneWay, hiit, sup, inf, unclassified].
const CELLS: Cell[] = [
	cell(2018, 'USA', 'footwear', [20, 40, 30, 10, 0], [10, 50, 30, 10, 0]),
	cell(2020, 'USA', 'footwear', [50, 10, 20, 20, 0], [40, 20, 20, 20, 0]),
	cell(2020, 'ARG', 'animal', [10, 0, 0, 0, 30], [0, 0, 0, 0, 40]),
	cell(2021, 'ARG', 'animal', [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]) // outside the range
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2018, yearTo: 2020 };

describe('annualSeries', () => {
	const series = annualSeries(CELLS, FILTER, { kind: 'partner' }, ['USA', 'total', 'XXX']);

	it('has every year of the range and one line per id, in the order asked', () => {
		expect(series.years).toEqual([2018, 2019, 2020]);
		expect(series.lines.map((line) => line.id)).toEqual(['USA', 'total', 'XXX']);
	});

	it('gives yearly volumes and ratios, NaN in a year without trade', () => {
		const usa = series.lines[0];
		// 2018: T 100, GHM O 80 → index 0.8, sup 30 / VIIT 40 = 0.75
		expect(usa.ghm[0]).toEqual({
			trade: 100,
			iit: 80,
			hiit: 40,
			viitSup: 30,
			viitInf: 10,
			unclassified: 0,
			iitIndex: 0.8,
			viitSupShare: 0.75
		});
		expect(usa.ghm[1].trade).toBe(0);
		expect(usa.ghm[1].iitIndex).toBeNaN();
		expect(usa.ghm[1].viitSupShare).toBeNaN();
		// 2020: T 100, O 50 → 0.5; sup 20 / 40 = 0.5
		expect(usa.ghm[2].iitIndex).toBe(0.5);
		expect(usa.ghm[2].viitSupShare).toBe(0.5);
		// FF two-way: 2018 90 / 100, 2020 60 / 100
		expect(usa.ff.map((p) => p.iit)).toEqual([90, 0, 60]);
		expect(usa.ff[0].iitIndex).toBe(0.9);
		expect(usa.ff[2].iitIndex).toBe(0.6);
	});

	it("'total' is the whole selection", () => {
		const total = series.lines[1];
		// 2020: USA + ARG, T 140; GHM [60, 10, 20, 20, 30] → IIT 80, index 4/7; FF IIT 100 → 5/7
		expect(total.ghm).toEqual([
			point(100, [20, 40, 30, 10, 0]),
			NONE,
			point(140, [60, 10, 20, 20, 30])
		]);
		expect(total.ghm[2].iitIndex).toBeCloseTo(4 / 7, 15);
		expect(total.ff[2].iit).toBe(100);
		expect(total.ff[2].iitIndex).toBeCloseTo(5 / 7, 15);
		expect(total.ff[2].unclassified).toBe(40);
	});

	it('an id without trade has zero volumes and NaN ratios every year', () => {
		expect(series.lines[2].ghm).toEqual([NONE, NONE, NONE]);
		expect(series.lines[2].ff).toEqual([NONE, NONE, NONE]);
	});

	it('partner lines add up to the total line, year by year', () => {
		const both = annualSeries(CELLS, FILTER, { kind: 'partner' }, ['USA', 'ARG', 'total']);
		const [usa, arg, total] = both.lines;
		for (let i = 0; i < 3; i++) {
			expect(usa.ghm[i].trade + arg.ghm[i].trade).toBe(total.ghm[i].trade);
			expect(usa.ff[i].iit + arg.ff[i].iit).toBe(total.ff[i].iit);
			expect(usa.ghm[i].viitSup + arg.ghm[i].viitSup).toBe(total.ghm[i].viitSup);
		}
	});

	it('a group line counts a partner only in its member years (COL joined the OECD in 2020)', () => {
		const cells = [
			cell(2019, 'COL', 'animal', [10, 10, 0, 0, 0], [0, 20, 0, 0, 0]),
			cell(2020, 'COL', 'animal', [0, 10, 10, 0, 0], [0, 10, 10, 0, 0]),
			cell(2019, 'CHL', 'animal', [20, 0, 20, 0, 0], [20, 0, 20, 0, 0])
		];
		const filter: ViewFilter = { reporter: 'BRA', yearFrom: 2019, yearTo: 2020 };
		const groups = annualSeries(cells, filter, { kind: 'group', custom: [] }, ['oecd', 'total']);
		// 2019: CHL only (T 40); 2020: COL (T 20)
		expect(groups.lines[0].ghm.map((p) => p.trade)).toEqual([40, 20]);
		expect(groups.lines[1].ghm.map((p) => p.trade)).toEqual([60, 20]);
		// A partner set on the filter works the same way.
		const oecd = { ...filter, partners: { kind: 'group', id: 'oecd' } as const };
		const filtered = annualSeries(cells, oecd, { kind: 'partner' }, ['COL', 'total']);
		expect(filtered.lines[0].ghm.map((p) => p.trade)).toEqual([0, 20]);
		expect(filtered.lines[1].ghm).toEqual(groups.lines[0].ghm);
	});
});
