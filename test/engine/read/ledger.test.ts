import { describe, expect, it } from 'vitest';
import { LedgerBuilder } from '../../../src/lib/engine/read/ledger';

describe('LedgerBuilder', () => {
	it('counts rows and values used and dropped, per file', () => {
		const ledger = new LedgerBuilder();
		ledger.startFile('a.csv', 'baci', 100);
		ledger.use(10, 0, 1);
		ledger.use(5.5, 0, 2);
		ledger.drop('other-reporter', 4, 7);
		ledger.drop('malformed-row', 5, NaN); // unreadable value: counted as a row, 0 value
		ledger.startFile('b.csv', 'baci', 50);
		ledger.drop('other-reporter', 2, 3);
		ledger.use(1, 0, -1); // a partner of -1: none (partners in the table's columns)
		// Rows per country index: 0 is the reporter of all three used rows, 1 and 2 a partner once.
		expect([0, 1, 2, 3].map((index) => ledger.rowsOfCountry(index))).toEqual([3, 1, 1, 0]);
		const built = ledger.build();
		expect(built.unknownCountries).toEqual([]); // none given by the read
		expect(built.files).toEqual([
			{ name: 'a.csv', format: 'baci', bytes: 100, container: 'plain', encoding: 'utf-8', rows: 4 },
			{ name: 'b.csv', format: 'baci', bytes: 50, container: 'plain', encoding: 'utf-8', rows: 2 }
		]);
		// read 6 = used 3 + dropped 3; value read 26.5 = used 16.5 + dropped 10 (7 + 3 + 0)
		expect(built.rowsRead).toBe(6);
		expect(built.rowsUsed).toBe(3);
		expect(built.valueUsed).toBe(16.5);
		expect(built.valueRead).toBe(26.5);
		expect(built.drops).toEqual({
			'malformed-row': { rows: 1, value: 0, firstLines: [{ file: 'a.csv', line: 5 }] },
			'other-reporter': {
				rows: 2,
				value: 10,
				firstLines: [
					{ file: 'a.csv', line: 4 },
					{ file: 'b.csv', line: 2 }
				]
			}
		});
	});

	it('keeps the first 5 lines per reason and file', () => {
		const ledger = new LedgerBuilder();
		for (const file of ['a.csv', 'b.csv']) {
			ledger.startFile(file, 'comtrade-plus', 1);
			for (let line = 2; line < 12; line++) ledger.drop('world-partner', line, 1);
		}
		const tally = ledger.build().drops['world-partner'];
		expect(tally?.rows).toBe(20);
		expect(tally?.value).toBe(20);
		expect(tally?.firstLines.map((at) => `${at.file}:${at.line}`)).toEqual([
			'a.csv:2',
			'a.csv:3',
			'a.csv:4',
			'a.csv:5',
			'a.csv:6',
			'b.csv:2',
			'b.csv:3',
			'b.csv:4',
			'b.csv:5',
			'b.csv:6'
		]);
	});

	it('names the main drop reasons, most rows first', () => {
		const ledger = new LedgerBuilder();
		ledger.startFile('a.csv', 'baci', 1);
		ledger.drop('self-trade', 2, 1);
		for (let i = 0; i < 3; i++) ledger.drop('other-reporter', 3 + i, 1);
		expect(ledger.mainDrops()).toEqual({ 'other-reporter': 3, 'self-trade': 1 });
	});
});
