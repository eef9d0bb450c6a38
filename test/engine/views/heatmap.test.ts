import { describe, it, expect } from 'vitest';
import { partnerSectorMatrix } from '../../../src/lib/engine/views/heatmap';
import type { Cell, ClassSplit, SectorId } from '../../../src/lib/engine/model/types';
import { dimensionTable, type ViewFilter } from '../../../src/lib/engine/views/tables';

type Classes = [oneWay: number, hiit: number, sup: number, inf: number, unclassified: number];

function split([oneWay, hiit, viitSup, viitInf, unclassified]: Classes): ClassSplit {
	return { oneWay, hiit, viitSup, viitInf, unclassified, outlier: 0 };
}

/** A BRA cell with the same classes under GHM and FF (the matrix treats both alike). */
function cell(year: number, partner: string, sector: SectorId, classes: Classes): Cell {
	const trade = classes.reduce((a, b) => a + b, 0);
	const quality = { weight: 0, sum: 0, sumSq: 0 };
	return {
		year,
		reporter: 'BRA',
		partner,
		sector,
		trade,
		ghm: split(classes),
		ff: split(classes),
		quality,
		exports: 0,
		imports: 0
	};
}

// Classes are [oneWay, hiit, sup, inf, unclassified].
const CELLS: Cell[] = [
	cell(2018, 'USA', 'footwear', [20, 40, 30, 10, 0]),
	cell(2019, 'USA', 'machinery', [10, 0, 10, 0, 0]),
	cell(2018, 'CHN', 'footwear', [60, 20, 0, 20, 0]),
	cell(2018, 'ARG', 'animal', [30, 0, 0, 0, 10]),
	cell(2019, 'FRA', 'textiles', [0, 0, 0, 0, 0]) // a cell without trade: no row, no sector
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2018, yearTo: 2019 };

describe('partnerSectorMatrix', () => {
	const matrix = partnerSectorMatrix(CELLS, FILTER, { kind: 'partner' }, 2);

	it('keeps the top N rows in dimensionTable order and the sectors with trade in SECTOR_IDS order', () => {
		// GHM Σ O: USA 80 + 10 = 90, CHN 40, ARG 10 → top 2
		expect(matrix.rows).toEqual(['USA', 'CHN']);
		const table = dimensionTable(CELLS, FILTER, { kind: 'partner' }, 2);
		expect(matrix.rows).toEqual(table.rows.map((row) => row.id));
		// ARG's animal counts even though ARG is not a row; textiles has no trade
		expect(matrix.sectors).toEqual(['animal', 'footwear', 'machinery']);
	});

	it('fills each row × sector with its figures, null where there is no trade', () => {
		const [usa, chn] = matrix.cells;
		expect(usa[0]).toBeNull();
		expect(chn[0]).toBeNull();
		expect(chn[2]).toBeNull();
		const usaFootwear = usa[1];
		if (!usaFootwear) throw new Error('USA footwear expected');
		// 2018 only: T 100 → 50 a year; O 80 → index 0.8 (2019 has no trade); sup 30 / 40
		expect(usaFootwear.id).toBe('USA');
		expect(usaFootwear.trade).toBe(50);
		expect(usaFootwear.ghm.iit).toBe(40);
		expect(usaFootwear.ghm.iitIndex).toBe(0.8);
		expect(usaFootwear.ghm.viitSupShare).toBe(0.75);
		// 2019 only: T 20, O 10 → 0.5; all VIIT superior
		expect(usa[2]?.ghm.iitIndex).toBe(0.5);
		expect(usa[2]?.ff.viitSupShare).toBe(1);
		// CHN footwear: O 40 / 100, no superior VIIT
		expect(chn[1]?.ghm.iitIndex).toBe(0.4);
		expect(chn[1]?.ghm.viitSupShare).toBe(0);
	});

	it('agrees with the partner table of one sector', () => {
		const footwear = CELLS.filter((c) => c.sector === 'footwear');
		const table = dimensionTable(footwear, FILTER, { kind: 'partner' });
		expect(matrix.cells.map((row) => row[1])).toEqual(table.rows);
	});

	it('counts a partner in a group only in its member years (COL: OECD from 2020)', () => {
		const cells = [
			cell(2019, 'COL', 'animal', [10, 10, 0, 0, 0]),
			cell(2020, 'COL', 'animal', [0, 10, 10, 0, 0]),
			cell(2019, 'CHL', 'animal', [20, 0, 20, 0, 0]),
			cell(2020, 'CHN', 'misc', [30, 10, 0, 0, 0])
		];
		const filter: ViewFilter = { reporter: 'BRA', yearFrom: 2019, yearTo: 2020 };
		const groups = partnerSectorMatrix(cells, filter, { kind: 'group', custom: [] }, Infinity);
		// GHM Σ O: oecd 20 (CHL 2019) + 20 (COL 2020) = 40 → 20; g20 and brics (CHN) 10 → 5
		expect(groups.rows).toEqual(['oecd', 'brics', 'g20']);
		expect(groups.sectors).toEqual(['animal', 'misc']);
		// oecd animal: 2019 T 40 (CHL), 2020 T 20 (COL) → 30; index (20/40 + 20/20) / 2 = 0.75
		expect(groups.cells[0][0]?.trade).toBe(30);
		expect(groups.cells[0][0]?.ghm.iitIndex).toBe(0.75);
		expect(groups.cells[0][1]).toBeNull();
		expect(groups.cells[1][0]).toBeNull();
		expect(groups.cells[2][1]?.ghm.iitIndex).toBe(0.25); // 10 / 40
	});

	it('rejects a negative topN and has no rows for topN 0', () => {
		expect(() => partnerSectorMatrix(CELLS, FILTER, { kind: 'partner' }, -1)).toThrow(RangeError);
		const none = partnerSectorMatrix(CELLS, FILTER, { kind: 'partner' }, 0);
		expect(none.rows).toEqual([]);
		expect(none.cells).toEqual([]);
	});
});
