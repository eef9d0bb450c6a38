import { describe, it, expect } from 'vitest';
import { viitSupDominance, type DominanceRow } from '../../../src/lib/engine/views/dominance';
import type { Cell, ClassSplit, SectorId } from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';

type Classes = [oneWay: number, hiit: number, sup: number, inf: number, unclassified: number];

function split([oneWay, hiit, viitSup, viitInf, unclassified]: Classes): ClassSplit {
	return { oneWay, hiit, viitSup, viitInf, unclassified, outlier: 0 };
}

/** A BRA cell; FF classes default to the GHM ones. */
function cell(
	year: number,
	partner: string,
	sector: SectorId,
	ghm: Classes,
	ff: Classes = ghm
): Cell {
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

// The same trade classified at α = 15 % (A) and 25 % (B): the wider band moves some VIIT into
// HIIT. Classes are [oneWay, hiit, sup, inf, unclassified].
const AT_A: Cell[] = [
	cell(2018, 'TUR', 'transport', [0, 0, 90, 10, 0]),
	cell(2019, 'TUR', 'transport', [0, 20, 0, 0, 0]),
	cell(2018, 'ESP', 'transport', [0, 0, 30, 10, 0]),
	cell(2019, 'ESP', 'transport', [0, 0, 10, 30, 0]),
	cell(2018, 'NOR', 'transport', [0, 0, 20, 0, 0]),
	// COL joined the OECD in 2020: in 2019 it counts as a partner but not in the OECD row.
	cell(2019, 'COL', 'transport', [0, 0, 0, 100, 0]),
	cell(2019, 'MEX', 'chemicals', [0, 0, 60, 40, 0]),
	cell(2019, 'JPN', 'chemicals', [0, 0, 20, 80, 0], [0, 0, 80, 20, 0]),
	cell(2018, 'USA', 'textiles', [0, 0, 10, 90, 0]),
	cell(2018, 'ARG', 'footwear', [50, 50, 0, 0, 0]),
	cell(2018, 'PRT', 'wood', [0, 0, 75, 25, 0]),
	cell(2017, 'DEU', 'wood', [0, 0, 100, 0, 0]) // outside the years
];
const AT_B: Cell[] = [
	cell(2018, 'TUR', 'transport', [0, 10, 80, 10, 0]),
	cell(2019, 'TUR', 'transport', [0, 20, 0, 0, 0]),
	cell(2018, 'ESP', 'transport', [0, 10, 30, 0, 0]),
	cell(2019, 'ESP', 'transport', [0, 10, 10, 20, 0]),
	cell(2018, 'NOR', 'transport', [0, 20, 0, 0, 0]),
	cell(2019, 'COL', 'transport', [0, 0, 0, 100, 0]),
	cell(2019, 'MEX', 'chemicals', [0, 10, 50, 40, 0]),
	cell(2019, 'JPN', 'chemicals', [0, 20, 20, 60, 0], [0, 20, 60, 20, 0]),
	cell(2018, 'USA', 'textiles', [0, 10, 10, 80, 0]),
	cell(2018, 'ARG', 'footwear', [50, 50, 0, 0, 0]),
	cell(2018, 'PRT', 'wood', [0, 0, 75, 25, 0]),
	cell(2017, 'DEU', 'wood', [0, 0, 100, 0, 0])
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2018, yearTo: 2019 };
const ALPHAS: [number, number] = [0.15, 0.25];

describe('viitSupDominance', () => {
	const table = viitSupDominance(AT_A, AT_B, FILTER, { kind: 'partner' }, 'ghm', ALPHAS);

	it('keeps the pairs dominant at either α, sectors by their best shareA', () => {
		expect(table.method).toBe('ghm');
		expect(table.alphas).toEqual([0.15, 0.25]);
		// transport best 1 (NOR), wood 0.75, chemicals 0.6; within transport NOR 1, TUR 0.9, ESP 0.5
		expect(table.rows.map((row) => `${row.sector}:${row.id}`)).toEqual([
			'transport:NOR',
			'transport:TUR',
			'transport:ESP',
			'wood:PRT',
			'chemicals:MEX'
		]);
	});

	it('computes shares as ratios of sums over the years and VIIT as annual averages', () => {
		const [nor, tur, esp] = table.rows;
		// TUR A: sup 90 / VIIT 100 over 2018–2019, VIIT 100 / 2 years; B: 80 / 90, 90 / 2
		expect(tur).toEqual<DominanceRow>({
			sector: 'transport',
			id: 'TUR',
			shareA: 0.9,
			shareB: 80 / 90,
			viitA: 50,
			viitB: 45,
			dominantA: true,
			dominantB: true
		});
		// ESP A: (30 + 10) / (40 + 40) = 0.5, not above 0.5; B: (30 + 10) / (30 + 30) = 2/3
		expect(esp.shareA).toBe(0.5);
		expect(esp.dominantA).toBe(false);
		expect(esp.shareB).toBeCloseTo(2 / 3, 15);
		expect(esp.dominantB).toBe(true);
		expect([esp.viitA, esp.viitB]).toEqual([40, 30]);
		// NOR A: 20 / 20 = 1, VIIT 10 a year; B: all HIIT, no VIIT → NaN share, not dominant
		expect(nor.shareA).toBe(1);
		expect(nor.viitA).toBe(10);
		expect(nor.shareB).toBeNaN();
		expect(nor.viitB).toBe(0);
		expect(nor.dominantB).toBe(false);
		// MEX A: 60 / 100, B: 50 / 90
		expect(table.rows[4].shareA).toBe(0.6);
		expect(table.rows[4].shareB).toBeCloseTo(5 / 9, 15);
	});

	it('counts the dominant partners per sector and lists sectors with VIIT but no row', () => {
		expect(table.sectors).toEqual([
			{ sector: 'transport', dominantA: 2, dominantB: 2 }, // A: NOR, TUR; B: TUR, ESP
			{ sector: 'wood', dominantA: 1, dominantB: 1 },
			{ sector: 'chemicals', dominantA: 1, dominantB: 1 }
		]);
		// textiles (USA: 0.1 and 1/9) never dominates; footwear has no VIIT at all
		expect(table.sectorsWithout).toEqual(['textiles']);
	});

	it('reads the method asked for', () => {
		const ff = viitSupDominance(AT_A, AT_B, FILTER, { kind: 'partner' }, 'ff', ALPHAS);
		// Under FF, JPN chemicals is 80 / 100 at A and 60 / 80 at B: above MEX (0.6)
		const chemicals = ff.rows.filter((row) => row.sector === 'chemicals');
		expect(chemicals.map((row) => [row.id, row.shareA, row.shareB])).toEqual([
			['JPN', 0.8, 0.75],
			['MEX', 0.6, 50 / 90]
		]);
		// chemicals' best (0.8) now ranks it above wood (0.75)
		expect(ff.sectors.map((entry) => entry.sector)).toEqual(['transport', 'chemicals', 'wood']);
	});

	it('counts a partner in a group only in its member years', () => {
		const groups = viitSupDominance(
			AT_A,
			AT_B,
			FILTER,
			{ kind: 'group', custom: [] },
			'ghm',
			ALPHAS
		);
		const oecd = groups.rows.find((row) => row.sector === 'transport' && row.id === 'oecd');
		if (!oecd) throw new Error('OECD transport row expected');
		// TUR + ESP + NOR, without COL (2019): A sup 90 + 40 + 20 = 150, inf 10 + 40 = 50 → 0.75;
		// B sup 80 + 40 = 120, inf 10 + 20 = 30 → 0.8. With COL's 100 of VIIT-inf A would be 0.5.
		expect(oecd.shareA).toBe(0.75);
		expect(oecd.shareB).toBe(0.8);
		expect(oecd.viitA).toBe(100); // 200 / 2
		// The same through a partner filter on the partner dimension: the OECD set in 2018–2019
		const oecdFilter: ViewFilter = { ...FILTER, partners: { kind: 'group', id: 'oecd' } };
		const byPartner = viitSupDominance(AT_A, AT_B, oecdFilter, { kind: 'partner' }, 'ghm', ALPHAS);
		expect(byPartner.rows.some((row) => row.id === 'COL')).toBe(false);
		expect(byPartner.sectorsWithout).toEqual(['textiles']);
	});

	it('an empty selection has no rows and no sectors', () => {
		const none = viitSupDominance(
			AT_A,
			AT_B,
			{ ...FILTER, reporter: 'XXX' },
			{ kind: 'partner' },
			'ghm',
			ALPHAS
		);
		expect(none.rows).toEqual([]);
		expect(none.sectors).toEqual([]);
		expect(none.sectorsWithout).toEqual([]);
	});
});
