import { describe, it, expect } from 'vitest';
import { qualityTable } from '../../../src/lib/engine/views/quality';
import type { Cell, QualitySums, SectorId } from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';

/** A two-way key with a defined R, as its value T = X + M and ln R. */
type Key = [t: number, lnR: number];

/** The QualitySums a cell carries for its keys (what classification adds up). */
function sumsOf(keys: Key[]): QualitySums {
	const sums = { weight: 0, sum: 0, sumSq: 0 };
	for (const [t, lnR] of keys) {
		sums.weight += t;
		sums.sum += t * lnR;
		sums.sumSq += t * lnR * lnR;
	}
	return sums;
}

/** A BRA cell of total trade `trade` (all one-way but the keys: only trade and quality matter here). */
function cell(year: number, partner: string, sector: SectorId, trade: number, keys: Key[]): Cell {
	const split = { oneWay: trade, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0 };
	return {
		year,
		reporter: 'BRA',
		partner,
		sector,
		trade,
		exports: 0,
		imports: 0,
		ghm: split,
		ff: { ...split },
		quality: sumsOf(keys)
	};
}

/** The weighted mean and standard deviation computed the long way, from the ln R values. */
function direct(keys: Key[]): { mean: number; sd: number } {
	const weight = keys.reduce((a, [t]) => a + t, 0);
	const mean = keys.reduce((a, [t, x]) => a + t * x, 0) / weight;
	const variance = keys.reduce((a, [t, x]) => a + t * (x - mean) ** 2, 0) / weight;
	return { mean, sd: Math.sqrt(variance) };
}

const USA_2018: Key[] = [
	[100, 0.2],
	[300, -0.2]
];
const USA_2019: Key[] = [[100, 0.5]];
const CHN_2018: Key[] = [[200, 0]]; // R = 1: equal unit values
const CELLS: Cell[] = [
	cell(2018, 'USA', 'footwear', 1000, USA_2018),
	cell(2019, 'USA', 'machinery', 250, USA_2019),
	cell(2018, 'CHN', 'footwear', 400, CHN_2018),
	cell(2018, 'ARG', 'animal', 100, []), // no two-way key with R: no row
	cell(2017, 'USA', 'footwear', 100, [[100, 9]]) // outside the years
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2018, yearTo: 2019 };

describe('qualityTable', () => {
	const table = qualityTable(CELLS, FILTER, { kind: 'partner' });

	it('keeps rows with weight, largest first', () => {
		expect(table.rows.map((row) => [row.id, row.weight])).toEqual([
			['USA', 500],
			['CHN', 200]
		]);
	});

	it('USA: mean and sd of ln R over both years, weighted by T', () => {
		const [usa] = table.rows;
		// Σ T = 500; Σ T ln R = 20 − 60 + 50 = 10 → 0.02; Σ T (ln R)² = 4 + 12 + 25 = 41 → 0.082;
		// variance 0.082 − 0.0004 = 0.0816
		expect(usa.meanLnR).toBeCloseTo(0.02, 15);
		expect(usa.sd).toBeCloseTo(Math.sqrt(0.0816), 14);
		const long = direct([...USA_2018, ...USA_2019]);
		expect(usa.meanLnR).toBeCloseTo(long.mean, 15);
		expect(usa.sd).toBeCloseTo(long.sd, 14);
		expect(usa.coverage).toBe(0.4); // 500 / (1000 + 250)
		expect(usa.premium).toBeCloseTo(Math.exp(0.02) - 1, 15); // exports ~2 % dearer
	});

	it('CHN: equal unit values give no premium and no spread', () => {
		const chn = table.rows[1];
		expect(chn).toEqual({ id: 'CHN', weight: 200, coverage: 0.5, meanLnR: 0, sd: 0, premium: 0 });
	});

	it('total: every key of the selection', () => {
		const { total } = table;
		// Σ T 700, Σ T ln R 10, Σ T (ln R)² 41; trade 1000 + 250 + 400 + 100 = 1750
		expect(total.id).toBe('total');
		expect(total.weight).toBe(700);
		expect(total.coverage).toBe(0.4);
		const long = direct([...USA_2018, ...USA_2019, ...CHN_2018]);
		expect(total.meanLnR).toBeCloseTo(1 / 70, 15);
		expect(total.meanLnR).toBeCloseTo(long.mean, 15);
		expect(total.sd).toBeCloseTo(Math.sqrt(41 / 700 - 1 / 4900), 14);
		expect(total.sd).toBeCloseTo(long.sd, 14);
	});

	it('sectors: the same keys regrouped', () => {
		const bySector = qualityTable(CELLS, FILTER, { kind: 'sector' });
		// footwear: USA 2018 + CHN, Σ T 600, Σ T ln R −40 → −1/15; machinery: Σ T 100, ln R 0.5
		expect(bySector.rows.map((row) => row.id)).toEqual(['footwear', 'machinery']);
		const footwear = direct([...USA_2018, ...CHN_2018]);
		expect(bySector.rows[0].meanLnR).toBeCloseTo(-1 / 15, 15);
		expect(bySector.rows[0].sd).toBeCloseTo(footwear.sd, 14);
		expect(bySector.rows[0].premium).toBeLessThan(0); // exports cheaper than imports
		expect(bySector.rows[1].sd).toBe(0);
		expect(bySector.total).toEqual(table.total);
	});

	it('groups count a partner only in member years (COL: OECD from 2020)', () => {
		const cells = [
			cell(2019, 'COL', 'animal', 100, [[100, 0.3]]),
			cell(2020, 'COL', 'animal', 100, [[100, -0.1]])
		];
		const filter: ViewFilter = { reporter: 'BRA', yearFrom: 2019, yearTo: 2020 };
		const andes = { name: 'Andes', members: ['COL'] };
		const groups = qualityTable(cells, filter, { kind: 'group', custom: [andes] });
		// custom group, both years: mean 0.1, E[x²] (9 + 1) / 200 = 0.05 → sd √(0.05 − 0.01) = 0.2
		expect(groups.rows.map((row) => row.id)).toEqual(['custom:Andes', 'oecd']);
		expect(groups.rows[0].meanLnR).toBeCloseTo(0.1, 15);
		expect(groups.rows[0].sd).toBeCloseTo(0.2, 15);
		// OECD: 2020 only
		expect(groups.rows[1].weight).toBe(100);
		expect(groups.rows[1].meanLnR).toBe(-0.1);
		expect(groups.rows[1].coverage).toBe(1); // COL's 2019 trade is outside the row too
		expect(groups.rows[0].coverage).toBe(1); // 200 of 200
	});

	it('a constant ln R has sd 0, never NaN from rounding below zero', () => {
		// With three keys at ln R 0.1, Σ T x² / Σ T − mean² comes out at −1.7e−18 in doubles.
		const keys: Key[] = [
			[1, 0.1],
			[1, 0.1],
			[1, 0.1]
		];
		const table = qualityTable([cell(2018, 'USA', 'misc', 3, keys)], FILTER, { kind: 'partner' });
		expect(table.rows[0].sd).toBe(0);
	});

	it('no key with R: no rows and NaN total figures', () => {
		const empty = qualityTable([cell(2018, 'ARG', 'animal', 100, [])], FILTER, { kind: 'partner' });
		expect(empty.rows).toEqual([]);
		expect(empty.total.weight).toBe(0);
		expect(empty.total.coverage).toBe(0);
		expect(empty.total.meanLnR).toBeNaN();
		expect(empty.total.sd).toBeNaN();
		expect(empty.total.premium).toBeNaN();
	});
});
