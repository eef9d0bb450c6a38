import { describe, expect, it } from 'vitest';
import { nothingUsedError, type NothingUsed } from '../../../src/lib/engine/read/no-rows';

/** A read of `rowsRead` rows with these drops (nothing used). */
function read(overrides: Partial<NothingUsed>): NothingUsed {
	return {
		files: 'f.csv',
		reporter: null,
		drops: {},
		rowsRead: 0,
		reporterSeen: false,
		otherReporters: [],
		...overrides
	};
}

describe('the message of a read that used no row', () => {
	it('names the reporters only when the chosen one has no row, thirty at most', () => {
		const others = Array.from({ length: 35 }, (_, i) => `C${String(i).padStart(2, '0')}`);
		const error = nothingUsedError(
			read({
				reporter: 'BRA',
				drops: { 'other-reporter': 70 },
				rowsRead: 70,
				otherReporters: others
			})
		);
		expect(error.code).toBe('reporter-not-in-file');
		// C00 … C29 named, the other 5 counted.
		expect(error.details.reporters).toBe(`${others.slice(0, 30).join(', ')} and 5 more`);
	});

	it('counts the chosen reporter as present when a reader saw its rows, or rows are left', () => {
		// 10 rows: 6 of others, 4 invalid-country (a partner code no table reads) of BRA's.
		const drops = { 'other-reporter': 6, 'invalid-country': 4 };
		const seen = nothingUsedError(
			read({ reporter: 'BRA', drops, rowsRead: 10, reporterSeen: true, otherReporters: ['ARG'] })
		);
		expect(seen.code).toBe('no-rows-used');
		expect(seen.details).toEqual({ reporter: 'BRA', 'invalid-country': 4 });
		expect(seen.message).toBe('No row of BRA could be used (rows dropped: 4 invalid-country).');
		// Without the reader's word, rows past the reporter check (here 2 zero-value) show it.
		const left = nothingUsedError(
			read({
				reporter: 'BRA',
				drops: { 'other-reporter': 6, 'zero-value': 2 },
				rowsRead: 8,
				otherReporters: ['ARG']
			})
		);
		expect(left.code).toBe('no-rows-used');
		expect(left.details).toEqual({ reporter: 'BRA', 'zero-value': 2 });
	});

	it('says there is no HS6 trade by partner only when most rows show it and none is bilateral HS6', () => {
		// 3 World + 2 HS4 against 4 invalid-year: the majority (5 of 9) shows it.
		const most = nothingUsedError(
			read({ drops: { 'world-partner': 3, 'not-hs6': 2, 'invalid-year': 4 }, rowsRead: 9 })
		);
		expect(most.code).toBe('no-hs6-by-partner');
		expect(most.message).toBe(
			'No row could be used: the file holds no HS6 trade with a partner country (3 rows have World as partner; 2 rows are HS2/HS4 totals; other rows dropped: 4 invalid-year). Download the data again by partner (every country, not World) and at HS6 (6-digit product codes).'
		);
		// 2 of 7 is not the file's shape: the plain message.
		const few = nothingUsedError(
			read({ drops: { 'world-partner': 2, 'invalid-year': 5 }, rowsRead: 7 })
		);
		expect(few.code).toBe('no-rows-used');
		// One zero-value row is HS6 trade with a partner country: the file has some.
		const bilateral = nothingUsedError(
			read({ drops: { 'world-partner': 9, 'zero-value': 1 }, rowsRead: 10 })
		);
		expect(bilateral.code).toBe('no-rows-used');
		expect(bilateral.details).toEqual({ 'world-partner': 9, 'zero-value': 1 });
	});
});
