import { describe, it, expect } from 'vitest';
import {
	CELLS_CSV_HEADER,
	cellsCsvLines,
	cellsToCsv
} from '../../../src/lib/engine/views/cells-csv';
import type { Cell, ClassSplit, SectorId } from '../../../src/lib/engine/model/types';

const zero: ClassSplit = {
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0
};

function cell(
	year: number,
	reporter: string,
	partner: string,
	sector: SectorId,
	trade: number,
	ghm: Partial<ClassSplit>,
	ff: Partial<ClassSplit>
): Cell {
	return {
		year,
		reporter,
		partner,
		sector,
		trade,
		ghm: { ...zero, ...ghm },
		ff: { ...zero, ...ff },
		exports: 0,
		imports: 0,
		quality: { weight: 0, sum: 0, sumSq: 0 } // the CSV does not write the quality sums
	};
}

// Deliberately out of order: the CSV sorts by year, partner, then sector in SECTOR_IDS order.
const CELLS: Cell[] = [
	cell(2020, 'BRA', 'USA', 'footwear', 3, { oneWay: 1, hiit: 2 }, { hiit: 3 }),
	cell(
		2019,
		'BRA',
		'USA',
		'vegetable',
		1234567.891,
		{ viitSup: 1234567.891 },
		{ viitInf: 1234567.891 }
	),
	cell(
		2019,
		'BRA',
		'USA',
		'animal',
		0.1 + 0.2,
		{ oneWay: 0.1, hiit: 0.2 },
		{ unclassified: 0.1 + 0.2 }
	),
	cell(2019, 'BRA', 'USA', 'footwear', 0, {}, {}), // no trade: omitted
	cell(2019, 'ARG', 'BRA', 'animal', 5, { oneWay: 5 }, { oneWay: 5 }), // another reporter: omitted
	cell(2019, 'BRA', 'ARG', 'misc', 1 / 3, { oneWay: 1 / 3 }, { oneWay: 1 / 3 })
];

describe('cellsToCsv', () => {
	it("writes one reporter's cells with trade, sorted, at full precision", () => {
		expect(cellsToCsv(CELLS, 'BRA')).toBe(
			CELLS_CSV_HEADER +
				'\n' +
				'2019,ARG,misc,0.3333333333333333,0.3333333333333333,0,0,0,0,0.3333333333333333,0,0,0,0,0,0,0,0\n' +
				'2019,USA,animal,0.30000000000000004,0.1,0.2,0,0,0,0,0,0,0,0.30000000000000004,0,0,0,0\n' +
				'2019,USA,vegetable,1234567.891,0,0,1234567.891,0,0,0,0,0,1234567.891,0,0,0,0,0\n' +
				'2020,USA,footwear,3,1,2,0,0,0,0,3,0,0,0,0,0,0,0\n'
		);
	});

	it('numbers read back to the same doubles', () => {
		const line = cellsToCsv(CELLS, 'BRA').split('\n')[2];
		expect(Number(line.split(',')[3])).toBe(0.1 + 0.2);
	});

	it('is the header alone when the reporter has no cells', () => {
		expect(cellsToCsv(CELLS, 'XXX')).toBe(CELLS_CSV_HEADER + '\n');
	});

	it('streams the same text line by line', () => {
		const lines = [...cellsCsvLines(CELLS, 'BRA')];
		expect(lines).toHaveLength(5);
		expect(lines.some((line) => line.includes('\n'))).toBe(false);
		expect(lines.join('\n') + '\n').toBe(cellsToCsv(CELLS, 'BRA'));
	});

	it('quotes names with commas and defuses names that a spreadsheet would run as formulas', () => {
		const named = [
			cell(2020, 'BRA', 'Korea, Rep.', 'misc', 1, { oneWay: 1 }, { oneWay: 1 }),
			cell(2020, 'BRA', '=HYPERLINK("http://x")', 'misc', 2, { oneWay: 2 }, { oneWay: 2 })
		];
		const lines = cellsToCsv(named, 'BRA').split('\n');
		expect(lines[1]).toBe(`2020,"'=HYPERLINK(""http://x"")",misc,2,2,0,0,0,0,2,0,0,0,0,0,0,0,0`);
		expect(lines[2]).toBe('2020,"Korea, Rep.",misc,1,1,0,0,0,0,1,0,0,0,0,0,0,0,0');
	});
});

describe('cellsToCsv: the columns of issue 17', () => {
	it('ends with exports, imports and the trade the unit-value screen left unclassified', () => {
		// T 10 = X 7 + M 3; GHM one-way 4, overlap 6 screened; FF two-way 10 screened.
		const screened: Cell = {
			...cell(2021, 'BRA', 'CHN', 'metals', 10, { oneWay: 4, outlier: 6 }, { outlier: 10 }),
			exports: 7,
			imports: 3
		};
		const [header, line] = cellsToCsv([screened], 'BRA').split('\n');
		expect(header.split(',').slice(-4)).toEqual([
			'exports',
			'imports',
			'ghm_unclassified_outlier',
			'ff_unclassified_outlier'
		]);
		expect(line).toBe('2021,CHN,metals,10,4,0,0,0,0,0,0,0,0,0,7,3,6,10');
	});
});

describe('cellsToCsv in the Excel dialect (pt-BR, es)', () => {
	it('writes the same cells with ; between fields, decimal commas and CRLF', () => {
		expect(cellsToCsv(CELLS, 'BRA', 'excel')).toBe(
			CELLS_CSV_HEADER.replace(/,/g, ';') +
				'\r\n' +
				'2019;ARG;misc;0,3333333333333333;0,3333333333333333;0;0;0;0;0,3333333333333333;0;0;0;0;0;0;0;0\r\n' +
				'2019;USA;animal;0,30000000000000004;0,1;0,2;0;0;0;0;0;0;0;0,30000000000000004;0;0;0;0\r\n' +
				'2019;USA;vegetable;1234567,891;0;0;1234567,891;0;0;0;0;0;1234567,891;0;0;0;0;0\r\n' +
				'2020;USA;footwear;3;1;2;0;0;0;0;3;0;0;0;0;0;0;0\r\n'
		);
	});

	it('defuses a partner named like a formula in every piece, quoting only for ;', () => {
		const named = [cell(2020, 'BRA', 'Korea, Rep.;=1', 'misc', 2.5, { oneWay: -0.5 }, {})];
		const [, line] = cellsToCsv(named, 'BRA', 'excel').split('\r\n');
		// -0.5 is a number (never defused); the name's =1 after its ; is.
		expect(line).toBe(`2020;"Korea, Rep.;'=1";misc;2,5;-0,5;0;0;0;0;0;0;0;0;0;0;0;0;0`);
	});
});
