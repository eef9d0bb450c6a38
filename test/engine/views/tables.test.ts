import { describe, it, expect } from 'vitest';
import type { Cell, ClassSplit, QualitySums, SectorId } from '../../../src/lib/engine/model/types';
import {
	dimensionTable,
	groupRow,
	partnerTable,
	sectorTable,
	selectionSums,
	sumsByRow,
	type GroupRow,
	type ViewFilter
} from '../../../src/lib/engine/views/tables';
import type { Dimension } from '../../../src/lib/engine/model/selection';

type Classes = [
	oneWay: number,
	hiit: number,
	viitSup: number,
	viitInf: number,
	unclassified: number
];

function split([oneWay, hiit, viitSup, viitInf, unclassified]: Classes): ClassSplit {
	return { oneWay, hiit, viitSup, viitInf, unclassified, outlier: 0 };
}

/** A BRA cell whose trade is the sum of its GHM classes (the FF classes must add up to the same). */
function cell(
	year: number,
	partner: string,
	sector: SectorId,
	ghm: Classes,
	ff: Classes,
	reporter = 'BRA',
	quality: QualitySums = { weight: 0, sum: 0, sumSq: 0 }
): Cell {
	const trade = ghm.reduce((a, b) => a + b, 0);
	expect(ff.reduce((a, b) => a + b, 0)).toBe(trade);
	return {
		year,
		reporter,
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

/** Relative closeness for hand-computed fractions. */
function expectClose(actual: number, expected: number): void {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12 + 1e-15);
}

// Years 2018–2020 with no trade at all in 2019; GHM / FF classes are [oneWay, hiit, sup, inf, uncl].
const CELLS: Cell[] = [
	cell(2018, 'USA', 'footwear', [20, 40, 30, 10, 0], [10, 50, 30, 10, 0]),
	cell(2020, 'USA', 'footwear', [50, 10, 20, 20, 0], [40, 20, 20, 20, 0]),
	cell(2020, 'USA', 'animal', [100, 0, 0, 0, 0], [100, 0, 0, 0, 0]),
	cell(2018, 'ARG', 'animal', [10, 0, 0, 0, 30], [0, 0, 0, 0, 40]),
	cell(2020, 'CHN', 'footwear', [60, 20, 0, 20, 0], [60, 20, 0, 20, 0]),
	// Outside the selection: another reporter, years outside the range.
	cell(2018, 'BRA', 'footwear', [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], 'ARG'),
	cell(2021, 'USA', 'footwear', [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]),
	cell(2017, 'USA', 'footwear', [1, 1, 1, 1, 1], [1, 1, 1, 1, 1])
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2018, yearTo: 2020 };

describe('partnerTable', () => {
	const table = partnerTable(CELLS, FILTER);
	const byId = (id: string): GroupRow => {
		const row = table.rows.find((r) => r.id === id);
		if (!row) throw new Error(`no row ${id}`);
		return row;
	};

	it('lists the years and sorts partners by GHM IIT volume', () => {
		expect(table.years).toEqual([2018, 2019, 2020]);
		// GHM Σ O: USA 80 + 50 = 130, CHN 40, ARG 30
		expect(table.rows.map((r) => r.id)).toEqual(['USA', 'CHN', 'ARG']);
		expect(table.others).toBeNull();
	});

	it('USA: annual averages over |Y| = 3 and the index over years with trade only', () => {
		const usa = byId('USA');
		// T: 2018 100, 2019 0, 2020 200 → 300 / 3 = 100
		expect(usa.trade).toBe(100);
		// GHM period sums: oneWay 20+50+100 = 170, hiit 50, sup 50, inf 30, uncl 0; IIT 130, VIIT 80
		expectClose(usa.ghm.volume.oneWay, 170 / 3);
		expectClose(usa.ghm.volume.viitInf, 10);
		expectClose(usa.ghm.iit, 130 / 3);
		expectClose(usa.ghm.hiit, 50 / 3);
		expectClose(usa.ghm.viit, 80 / 3);
		// Index: 2018 80/100 = 0.8, 2020 50/200 = 0.25; 2019 has no trade → (0.8 + 0.25) / 2
		expectClose(usa.ghm.iitIndex, 0.525);
		expectClose(usa.ghm.hiitShare, 50 / 130);
		expectClose(usa.ghm.viitShare, 80 / 130);
		expect(usa.ghm.unclassifiedShare).toBe(0);
		expect(usa.ghm.viitSupShare).toBe(0.625); // 50 / 80
		expect(usa.ghm.viitInfShare).toBe(0.375); // 30 / 80
		expectClose(usa.ghm.hiitShareClassified, 50 / 130);
		expectClose(usa.ghm.viitShareClassified, 80 / 130);
		// FF sums: oneWay 150, hiit 70, sup 50, inf 30 → two-way 150 = T − oneWay; 150 / 3 = 50
		expect(usa.ff.iit).toBe(50);
		// FF index: 2018 90/100, 2020 60/200 → (0.9 + 0.3) / 2 = 0.6
		expectClose(usa.ff.iitIndex, 0.6);
		expectClose(usa.ff.hiitShare, 70 / 150);
		expectClose(usa.ff.viitShare, 80 / 150);
	});

	it('ARG: everything unclassified gives NaN shares of VIIT and of the classified part', () => {
		const arg = byId('ARG');
		// 2018 only: T 40, GHM O 30 all unclassified → 30/40 = 0.75; FF two-way 40/40 = 1
		expectClose(arg.trade, 40 / 3);
		expect(arg.ghm.iit).toBe(10);
		expect(arg.ghm.iitIndex).toBe(0.75);
		expect(arg.ghm.hiitShare).toBe(0);
		expect(arg.ghm.unclassifiedShare).toBe(1);
		expect(arg.ghm.viitSupShare).toBeNaN();
		expect(arg.ghm.viitInfShare).toBeNaN();
		expect(arg.ghm.hiitShareClassified).toBeNaN();
		expect(arg.ghm.viitShareClassified).toBeNaN();
		expect(arg.ff.iitIndex).toBe(1);
		expect(arg.ff.unclassifiedShare).toBe(1);
	});

	it('total: every selected cell as one group', () => {
		const { total } = table;
		expect(total.id).toBe('total');
		// T: 2018 140, 2020 300 → 440 / 3
		expectClose(total.trade, 440 / 3);
		// GHM sums: oneWay 240, hiit 70, sup 50, inf 50, uncl 30 → IIT 200, VIIT 100
		expectClose(total.ghm.iit, 200 / 3);
		// Index: 2018 110/140, 2020 90/300 → (11/14 + 3/10) / 2 = 19/35
		expectClose(total.ghm.iitIndex, 19 / 35);
		expect(total.ghm.hiitShare).toBe(0.35);
		expect(total.ghm.viitShare).toBe(0.5);
		expect(total.ghm.unclassifiedShare).toBe(0.15);
		expect(total.ghm.viitSupShare).toBe(0.5);
		expectClose(total.ghm.hiitShareClassified, 70 / 170);
		// FF sums: oneWay 210, hiit 90, sup 50, inf 50, uncl 40 → two-way 230;
		// index (130/140 + 100/300) / 2 = 53/84
		expectClose(total.ff.iit, 230 / 3);
		expectClose(total.ff.iitIndex, 53 / 84);
	});

	it('mean: each field averaged over the partners, NaN skipped', () => {
		const { mean } = table;
		expect(mean.id).toBe('mean');
		// (100 + 100/3 + 40/3) / 3 = 440/9
		expectClose(mean.trade, 440 / 9);
		// (130/3 + 40/3 + 30/3) / 3 = 200/9
		expectClose(mean.ghm.iit, 200 / 9);
		// USA 0.525, CHN 0.4, ARG 0.75 → 1.675 / 3
		expectClose(mean.ghm.iitIndex, 1.675 / 3);
		// USA 0.625, CHN 0, ARG NaN (skipped) → 0.3125
		expect(mean.ghm.viitSupShare).toBe(0.3125);
		expectClose(mean.ghm.hiitShareClassified, (50 / 130 + 0.5) / 2);
		// Volumes: unclassified USA 0, CHN 0, ARG 10 → 10/3
		expectClose(mean.ghm.volume.unclassified, 10 / 3);
		// FF unclassified share USA 0, CHN 0, ARG 1 → 1/3
		expectClose(mean.ff.unclassifiedShare, 1 / 3);
	});

	it('topN folds the rest into one "others" group; mean still covers every partner', () => {
		const top = partnerTable(CELLS, FILTER, 1);
		expect(top.rows.map((r) => r.id)).toEqual(['USA']);
		expect(top.mean).toEqual(table.mean);
		expect(top.total).toEqual(table.total);
		const others = top.others;
		if (!others) throw new Error('others expected');
		expect(others.id).toBe('others');
		// CHN + ARG per year: 2018 T 40 GHM [10,0,0,0,30]; 2020 T 100 GHM [60,20,0,20,0]
		expectClose(others.trade, 140 / 3);
		// GHM IIT 30 + 40 = 70 → 70/3; index (30/40 + 40/100) / 2 = 0.575 (not the mean of rows)
		expectClose(others.ghm.iit, 70 / 3);
		expectClose(others.ghm.iitIndex, 0.575);
		expectClose(others.ghm.hiitShare, 20 / 70);
		expectClose(others.ghm.unclassifiedShare, 30 / 70);
		expect(others.ghm.viitInfShare).toBe(1);
		expect(others.ghm.hiitShareClassified).toBe(0.5);
		// FF two-way 40 + 40 = 80; index (40/40 + 40/100) / 2 = 0.7; unclassified 40/80
		expectClose(others.ff.iit, 80 / 3);
		expectClose(others.ff.iitIndex, 0.7);
		expect(others.ff.unclassifiedShare).toBe(0.5);
		expect(partnerTable(CELLS, FILTER, 0).rows).toEqual([]);
	});

	it('also gives "others" as the paper\'s Table 2 does: the mean of the left-out rows', () => {
		// 2018 only. Kept: USA (Σ O 500). Left out: DEU T 100, O 80 (index 0.8, HIIT 80 of 80);
		// FRA T 300, O 30 (index 0.1, HIIT 0 of 30).
		const cells = [
			cell(2018, 'USA', 'misc', [0, 500, 0, 0, 0], [0, 500, 0, 0, 0]),
			cell(2018, 'DEU', 'misc', [20, 80, 0, 0, 0], [0, 100, 0, 0, 0]),
			cell(2018, 'FRA', 'misc', [270, 0, 30, 0, 0], [300, 0, 0, 0, 0])
		];
		const top = partnerTable(cells, { reporter: 'BRA', yearFrom: 2018, yearTo: 2018 }, 1);
		const { others, othersMean } = top;
		if (!others || !othersMean) throw new Error('both "others" rows expected');
		expect(othersMean.id).toBe('others-mean');
		// Pooled: 110 / 400; the paper's: (0.8 + 0.1) / 2.
		expectClose(others.ghm.iitIndex, 110 / 400);
		expectClose(othersMean.ghm.iitIndex, 0.45);
		expectClose(othersMean.trade, 200);
		expectClose(othersMean.ghm.iit, 55);
		expectClose(others.ghm.hiitShare, 80 / 110);
		expectClose(othersMean.ghm.hiitShare, 0.5);
		// FF: DEU two-way 100 of 100, FRA one-way → (1 + 0) / 2.
		expectClose(othersMean.ff.iitIndex, 0.5);
		expect(
			partnerTable(cells, { reporter: 'BRA', yearFrom: 2018, yearTo: 2018 }).othersMean
		).toBeNull();
	});

	it('breaks ties by id and leaves out groups without trade', () => {
		const same: Classes = [1, 2, 0, 0, 0];
		const cells = [
			cell(2018, 'ZAF', 'misc', same, same),
			cell(2018, 'DEU', 'misc', same, same),
			cell(2018, 'FRA', 'misc', [0, 0, 0, 0, 0], [0, 0, 0, 0, 0])
		];
		const filter = { reporter: 'BRA', yearFrom: 2018, yearTo: 2018 };
		expect(partnerTable(cells, filter).rows.map((r) => r.id)).toEqual(['DEU', 'ZAF']);
	});

	it('an empty selection has no rows, NaN indices and NaN means', () => {
		const empty = partnerTable(CELLS, { ...FILTER, reporter: 'XXX' });
		expect(empty.rows).toEqual([]);
		expect(empty.total.trade).toBe(0);
		expect(empty.total.ghm.iitIndex).toBeNaN();
		expect(empty.total.ghm.hiitShare).toBeNaN();
		expect(empty.mean.trade).toBeNaN();
	});

	it('rejects an inverted year range and a negative topN', () => {
		expect(() => partnerTable(CELLS, { ...FILTER, yearFrom: 2021 })).toThrow(RangeError);
		expect(() => partnerTable(CELLS, FILTER, -1)).toThrow(RangeError);
	});
});

describe('sectorTable', () => {
	const table = sectorTable(CELLS, FILTER);

	it('has one row per sector with trade, sorted by GHM IIT volume', () => {
		// footwear Σ O: 80 + 50 + 40 = 170; animal: 30
		expect(table.rows.map((r) => r.id)).toEqual(['footwear', 'animal']);
		expect(table.others).toBeNull();
		expect(table.total).toEqual(partnerTable(CELLS, FILTER).total);
	});

	it('computes the same figures per sector', () => {
		const [footwear, animal] = table.rows;
		// footwear: 2018 T 100, O 80; 2020 T 200 (USA 100 + CHN 100), O 50 + 40 = 90
		expectClose(footwear.ghm.iit, 170 / 3);
		expectClose(footwear.ghm.iitIndex, (0.8 + 0.45) / 2);
		expectClose(footwear.trade, 100);
		// animal: 2018 T 40, O 30 → 0.75; 2020 T 100, O 0 → 0 (a year with trade but no IIT counts)
		expect(animal.ghm.iit).toBe(10);
		expect(animal.ghm.iitIndex).toBe(0.375);
		expectClose(table.mean.ghm.iit, (170 / 3 + 10) / 2);
	});
});

// OECD membership by year: CHL since 2010 (a member in both years), COL since 2020 (2020 only).
// G20: USA, CHN; BRICS: CHN. ZZZ belongs to no group.
const GROUP_CELLS: Cell[] = [
	cell(2019, 'COL', 'animal', [10, 10, 0, 0, 0], [0, 20, 0, 0, 0], 'BRA', {
		weight: 20,
		sum: 4,
		sumSq: 2
	}),
	cell(2020, 'COL', 'animal', [0, 10, 10, 0, 0], [0, 10, 10, 0, 0]),
	cell(2019, 'CHL', 'animal', [20, 0, 20, 0, 0], [20, 0, 20, 0, 0], 'BRA', {
		weight: 40,
		sum: -8,
		sumSq: 3
	}),
	cell(2020, 'USA', 'misc', [50, 0, 0, 50, 0], [50, 0, 0, 50, 0]),
	cell(2020, 'CHN', 'misc', [30, 10, 0, 0, 0], [30, 10, 0, 0, 0]),
	cell(2019, 'ZZZ', 'misc', [5, 0, 0, 0, 0], [5, 0, 0, 0, 0])
];
const GROUP_FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2019, yearTo: 2020 };
const GROUPS: Dimension = { kind: 'group', custom: [{ name: 'Andes', members: ['COL', 'CHL'] }] };

describe('dimensionTable by country group', () => {
	const table = dimensionTable(GROUP_CELLS, GROUP_FILTER, GROUPS, Infinity);
	const byId = (id: string): GroupRow => {
		const row = table.rows.find((r) => r.id === id);
		if (!row) throw new Error(`no row ${id}`);
		return row;
	};

	it('ranks overlapping groups by GHM IIT volume; groups without members are left out', () => {
		// GHM Σ O: oecd 20 + 70 = 90 → 45; Andes 30 + 20 = 50 → 25; g20 60 → 30; brics 10 → 5
		expect(table.rows.map((r) => r.id)).toEqual(['oecd', 'g20', 'custom:Andes', 'brics']);
		expect(table.others).toBeNull();
		expect(dimensionTable(GROUP_CELLS, GROUP_FILTER, GROUPS, 1).others).toBeNull();
	});

	it('counts COL in the OECD only from 2020, CHL in both years', () => {
		const oecd = byId('oecd');
		// 2019: CHL T 40, O 20 (sup 20). 2020: COL T 20, O 20 (hiit 10, sup 10) + USA T 100, O 50 (inf)
		expect(oecd.trade).toBe(80); // (40 + 120) / 2
		expect(oecd.ghm.iit).toBe(45); // (20 + 70) / 2
		expectClose(oecd.ghm.iitIndex, 13 / 24); // (20/40 + 70/120) / 2 = (1/2 + 7/12) / 2
		expect(oecd.ghm.viitSupShare).toBe(0.375); // (20 + 10) / (20 + 10 + 50)
		// A custom group counts its members in every year: COL 2019 T 20 + CHL T 40, COL 2020 T 20.
		const andes = byId('custom:Andes');
		expect(andes.trade).toBe(40); // (60 + 20) / 2
		expectClose(andes.ghm.iitIndex, 0.75); // (30/60 + 20/20) / 2
	});

	it('total is the whole selection, the same as along partners; mean is over the groups', () => {
		const byPartner = dimensionTable(GROUP_CELLS, GROUP_FILTER, { kind: 'partner' });
		expect(table.total).toEqual(byPartner.total);
		// T: 2019 20 + 40 + 5 = 65, 2020 20 + 100 + 40 = 160 → 112.5 (ZZZ counts in the total only)
		expect(table.total.trade).toBe(112.5);
		// GHM Σ O: 2019 10 + 20 = 30, 2020 20 + 50 + 10 = 80 → 55
		expect(table.total.ghm.iit).toBe(55);
		// (45 + 30 + 25 + 5) / 4
		expect(table.mean.ghm.iit).toBe(26.25);
	});

	it('a partner set keeps a country only in its member years (filtered rows sum to the group row)', () => {
		const oecdOnly: ViewFilter = { ...GROUP_FILTER, partners: { kind: 'group', id: 'oecd' } };
		const partners = partnerTable(GROUP_CELLS, oecdOnly);
		expect(partners.rows.map((r) => r.id)).toEqual(['USA', 'CHL', 'COL']);
		// COL: its 2019 trade is outside the set; 2020 T 20 → 10
		expect(partners.rows[2].trade).toBe(10);
		expect({ ...partners.total, id: 'oecd' }).toEqual(byId('oecd'));
		expect(sectorTable(GROUP_CELLS, oecdOnly).total).toEqual(partners.total);
	});
});

describe('sumsByRow and selectionSums', () => {
	it('sums every field per row and year, quality sums included', () => {
		const sums = sumsByRow(GROUP_CELLS, GROUP_FILTER, { kind: 'sector' });
		const animal = sums.get('animal');
		if (!animal) throw new Error('no animal row');
		expect(animal.map((year) => year.trade)).toEqual([60, 20]);
		expect(animal[0].ghm).toEqual(split([30, 10, 20, 0, 0]));
		// COL { 20, 4, 2 } + CHL { 40, −8, 3 }
		expect(animal[0].quality).toEqual({ weight: 60, sum: -4, sumSq: 5 });
		expect(animal[1].quality).toEqual({ weight: 0, sum: 0, sumSq: 0 });
		expect([...sums.keys()].sort()).toEqual(['animal', 'misc']);
	});

	it('groupRow of the selection sums is the table total', () => {
		const total = selectionSums(GROUP_CELLS, GROUP_FILTER);
		expect(total.map((year) => year.trade)).toEqual([65, 160]);
		expect(groupRow('total', total)).toEqual(partnerTable(GROUP_CELLS, GROUP_FILTER).total);
	});
});
