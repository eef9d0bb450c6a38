/** The ledger download: sums reconcile with the ledger, and no field can run as a spreadsheet formula. */
import { describe, expect, it } from 'vitest';
import { LEDGER_CSV_HEADER, ledgerToCsv } from '../../../src/lib/engine/views/ledger-csv';
import type { Ledger } from '../../../src/lib/engine/model/types';

const LEDGER: Ledger = {
	files: [
		{
			name: 'EXP_2022.csv',
			format: 'comex-stat',
			bytes: 100,
			container: 'plain',
			encoding: 'windows-1252',
			rows: 10,
			role: 'exports'
		}
	],
	skipped: [],
	rowsRead: 10,
	rowsUsed: 6,
	drops: {
		'world-partner': {
			rows: 3,
			value: 1500.5,
			firstLines: [
				{ file: 'EXP_2022.csv', line: 4 },
				{ file: 'EXP_2022.csv', line: 9 }
			]
		},
		'negative-value': { rows: 1, value: -20, firstLines: [{ file: '=cmd|x.csv', line: 2 }] }
	},
	valueRead: 10_000,
	valueUsed: 8519.5,
	// Two of the 6 rows used are with a code no table knew, one written like a formula.
	unknownCountries: [
		{ code: '999', id: 'BR999', rows: 1, value: 700.25 },
		{ code: '=1+1', id: '=1+1', rows: 1, value: 10 }
	]
};

describe('ledgerToCsv', () => {
	const csv = ledgerToCsv(LEDGER);
	const lines = csv.trimEnd().split('\n');

	it('has the used rows first, then each drop reason in the engine’s order, then unknown codes', () => {
		expect(lines[0]).toBe(LEDGER_CSV_HEADER);
		expect(lines[0]).toBe('reason,rows,value,first_lines,country_code');
		expect(lines[1]).toBe('used,6,8519.5,,');
		expect(lines[2].startsWith('negative-value,1,-20,')).toBe(true);
		expect(lines[3]).toBe('world-partner,3,1500.5,EXP_2022.csv:4; EXP_2022.csv:9,');
		expect(lines[4]).toBe('unknown-country,1,700.25,,999');
		expect(lines[5]).toBe("unknown-country,1,10,,'=1+1");
		expect(lines).toHaveLength(6);
		expect(csv.endsWith('\n')).toBe(true);
	});

	it('adds up to the rows and value read; unknown codes are a part of the used rows', () => {
		const all = lines.slice(1).map((line) => line.split(','));
		const rows = all.filter((r) => r[0] !== 'unknown-country');
		const unknown = all.filter((r) => r[0] === 'unknown-country');
		// 1 + 1 of the 6 used; 700.25 + 10 of the 8 519.5 used.
		expect(unknown.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(2);
		expect(unknown.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(710.25);
		expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(LEDGER.rowsRead);
		expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBeCloseTo(LEDGER.valueRead, 9);
	});

	it('defuses a file name that would run as a formula, but leaves numbers alone', () => {
		expect(lines[2]).toBe("negative-value,1,-20,'=cmd|x.csv:2,");
	});
});

describe('ledgerToCsv in the Excel dialect (pt-BR, es)', () => {
	it('writes ; between fields, decimal commas, CRLF, and defuses the same text', () => {
		expect(ledgerToCsv(LEDGER, 'excel').split('\r\n')).toEqual([
			'reason;rows;value;first_lines;country_code',
			'used;6;8519,5;;',
			"negative-value;1;-20;'=cmd|x.csv:2;",
			// The list holds "; ": quoted, since ; is this dialect's separator.
			'world-partner;3;1500,5;"EXP_2022.csv:4; EXP_2022.csv:9";',
			'unknown-country;1;700,25;;999',
			"unknown-country;1;10;;'=1+1",
			''
		]);
	});
});
