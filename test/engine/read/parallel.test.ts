/**
 * A large plain file read in slices (one per thread) and merged must give what one thread gives:
 * the same keys in the same order bit for bit, the same ledger (drops, their first lines in file
 * order; value totals to rounding, as sums taken in another order), the same facts or the same
 * error. The slices run here in the test's own thread, through the same readSlice and merge the
 * worker pools use; test/cli/threads.test.ts runs them in real worker threads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KeyAccumulator } from '../../../src/lib/engine/read/accumulate';
import {
	readTradeFiles,
	type InputFile,
	type ReadResult
} from '../../../src/lib/engine/read/analyze';
import { AbortError, TradeFileError } from '../../../src/lib/engine/model/errors';
import { LedgerBuilder } from '../../../src/lib/engine/read/ledger';
import { cutAtLines, type SlicePool } from '../../../src/lib/engine/read/parallel/read-in-slices';
import { readSlice } from '../../../src/lib/engine/read/parallel/slice';
import type { Ledger, ReadOptions } from '../../../src/lib/engine/model/types';
import { demoText } from '../../helpers/demo-file';

const BACI: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'auto',
	includeReExports: false
};

/** A pool whose "threads" are calls in this thread; it records how many slices it was given. */
function inThreadPool(size: number, minSliceBytes: number): SlicePool & { slices: number[] } {
	const pool = {
		size,
		minSliceBytes,
		slices: [] as number[],
		readAll: async (requests: Parameters<SlicePool['readAll']>[0]) => {
			pool.slices.push(requests.length);
			return Promise.all(requests.map((request) => readSlice(request)));
		},
		cancel: () => {}
	};
	return pool;
}

function file(name: string, text: string | Uint8Array): InputFile {
	return { name, blob: new Blob([text as BlobPart]) };
}

/** The ledger with its value totals rounded (sums in another order differ in the last bits). */
function roundedValues(ledger: Ledger): Ledger {
	const round = (value: number) => Number(value.toPrecision(12));
	return {
		...ledger,
		valueRead: round(ledger.valueRead),
		valueUsed: round(ledger.valueUsed),
		drops: Object.fromEntries(
			Object.entries(ledger.drops).map(([reason, tally]) => [
				reason,
				{ ...tally, value: round(tally.value) }
			])
		)
	};
}

async function outcome(files: InputFile[], options: ReadOptions, slices?: SlicePool) {
	try {
		const result: ReadResult = await readTradeFiles(files, options, { slices });
		return { ...result, ledger: roundedValues(result.ledger) };
	} catch (error) {
		if (!(error instanceof TradeFileError)) throw error;
		return { error: error.code, file: error.file, line: error.line, column: error.column };
	}
}

async function expectSameInSlices(files: InputFile[], parts: number, options = BACI) {
	const pool = inThreadPool(parts, 1);
	const sliced = await outcome(files, options, pool);
	expect(sliced).toStrictEqual(await outcome(files, options));
	return { sliced, slices: pool.slices };
}

const demo = () => file('demo-baci.csv', demoText());

describe('reading in slices', () => {
	it('gives the keys and ledger of one thread on the demo, in 2, 3 and 7 slices', async () => {
		for (const parts of [2, 3, 7]) {
			const { sliced, slices } = await expectSameInSlices([demo()], parts);
			expect(slices).toEqual([parts]);
			expect((sliced as ReadResult).keys.count).toBeGreaterThan(1000);
		}
	});

	it('numbers drops by their line in the file, first ones first, across slices', async () => {
		// 40 rows of another reporter, then 40 of BRA with a bad product every 4th row.
		const rows = ['t,i,j,k,v,q'];
		for (let r = 0; r < 40; r++) rows.push(`2022,32,842,10121,${r + 1}.5,2`);
		for (let r = 0; r < 40; r++) rows.push(`2022,76,32,${r % 4 === 0 ? '9999AA' : '10121'},1.25,1`);
		const { sliced } = await expectSameInSlices([file('b.csv', rows.join('\n') + '\n')], 4);
		const { drops } = (sliced as ReadResult).ledger;
		// Lines: header 1, other reporters 2–41, BRA rows 42–81; bad products at 42, 46, 50, …
		expect(drops['not-hs-product']?.firstLines.map((at) => at.line)).toEqual([42, 46, 50, 54, 58]);
		expect(drops['other-reporter']?.rows).toBe(40);
		expect(drops['other-reporter']?.value).toBe(1000 * (40 * 1.5 + (40 * 39) / 2));
	});

	it('hands the file to the CSV parser when a slice holds a quote, and tells a cut file', async () => {
		const rows = ['t,i,j,k,v,q'];
		for (let r = 0; r < 60; r++) rows.push(`2022,76,32,${10121 + r},1.5,2`);
		rows[50] = '2022,76,32,"10300",1.5,2';
		await expectSameInSlices([file('q.csv', rows.join('\n') + '\n')], 3);
		const cut = await expectSameInSlices(
			[file('c.csv', rows.slice(0, 40).join('\n') + '\n2022,76')],
			3
		);
		expect(cut.sliced).toMatchObject({ error: 'truncated-file', line: 41 });
	});

	it('keeps several BACI years and the country table as one thread does', async () => {
		const codes = file(
			'country_codes_V202401.csv',
			readFileSync('test/fixtures/baci/country_codes_V202401.csv')
		);
		const year = file(
			'BACI_HS17_Y2020_V202201.csv',
			readFileSync('test/fixtures/baci/BACI_HS17_Y2020_V202201.csv')
		);
		await expectSameInSlices([codes, year, demo()], 2);
	});

	it('cuts just after line breaks, into increasing slices', async () => {
		const text = 'header\n' + Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
		const blob = new Blob([text]);
		const cuts = await cutAtLines(blob, 7, 4);
		expect(cuts[0]).toBe(7);
		expect(cuts.at(-1)).toBe(text.length);
		for (const cut of cuts.slice(1, -1)) expect(text[cut - 1]).toBe('\n');
		expect(new Set(cuts).size).toBe(cuts.length);
		// One line longer than a slice: no cut inside it.
		expect(await cutAtLines(new Blob(['h\n' + 'x'.repeat(1000)]), 2, 4)).toEqual([2, 1002]);
	});

	it('stops when the read is cancelled, and stops the pool', async () => {
		let cancelled = 0;
		const pool: SlicePool = {
			size: 2,
			minSliceBytes: 1,
			readAll: () => new Promise(() => {}), // never answers
			cancel: () => void cancelled++
		};
		const controller = new AbortController();
		const read = readTradeFiles([demo()], BACI, { slices: pool, signal: controller.signal });
		setTimeout(() => controller.abort(), 20);
		await expect(read).rejects.toBeInstanceOf(AbortError);
		expect(cancelled).toBe(1);
	});
});

describe('merging', () => {
	it('merges accumulator states as if the rows had been added to one', () => {
		const unitOf = (a: KeyAccumulator) => ({ t: a.unitId('t'), kg: a.unitId('kg') });
		type Row = [string, string, number, boolean, number, number, 't' | 'kg' | null];
		// Key (2022, BRA, ARG, 10121): exports in both halves (summed), imports only in the second;
		// (2022, BRA, USA, 10121): a missing quantity in the first half poisons it for good;
		// (2022, BRA, CHN, 20110): kg then t — different units, no quantity.
		const rows: Row[] = [
			['BRA', 'ARG', 10121, true, 5, 2, 't'],
			['BRA', 'USA', 10121, true, 7, NaN, 't'],
			['BRA', 'CHN', 20110, false, 1, 3, 'kg'],
			['BRA', 'ARG', 10121, true, 6, 3, 't'],
			['BRA', 'ARG', 10121, false, 4, 1, 't'],
			['BRA', 'USA', 10121, true, 2, 9, 't'],
			['BRA', 'CHN', 20110, false, 1, 3, 't']
		];
		const add = (a: KeyAccumulator, [r, p, product, isExport, v, q, unit]: Row) => {
			const units = unitOf(a);
			a.add(2022, a.countryId(r), a.countryId(p), product, isExport, v, q, unit ? units[unit] : -1);
		};
		const whole = new KeyAccumulator();
		rows.forEach((row) => add(whole, row));
		const first = new KeyAccumulator();
		const second = new KeyAccumulator();
		rows.slice(0, 3).forEach((row) => add(first, row));
		second.countryId('CHN'); // interned in another order: merged by id
		rows.slice(3).forEach((row) => add(second, row));
		first.mergeState(second.exportState());
		const merged = first.toTradeKeys();
		expect(merged).toStrictEqual(whole.toTradeKeys());
		expect([...merged.exports]).toEqual([11, 9, 0]);
		expect([...merged.exportQty]).toEqual([5, NaN, NaN]);
		expect([...merged.importQty]).toEqual([1, NaN, NaN]);
	});

	it('merges a slice ledger: counts added, first lines shifted and kept to five per file', () => {
		const slice = new LedgerBuilder();
		slice.startFile('b.csv', 'baci', 0);
		for (let line = 1; line <= 7; line++) slice.drop('other-reporter', line, 10);
		slice.use(5, 0, 1); // the slice's countries 0 and 1 are this read's 3 and 7
		const ledger = new LedgerBuilder();
		ledger.startFile('b.csv', 'baci', 100);
		ledger.drop('other-reporter', 2, 1);
		ledger.drop('other-reporter', 3, 1);
		ledger.mergeSlice(slice.exportSlice(), 10, [3, 7]);
		expect([0, 1, 3, 7].map((index) => ledger.rowsOfCountry(index))).toEqual([0, 0, 1, 1]);
		const built = ledger.build();
		expect(built.rowsRead).toBe(10);
		expect(built.rowsUsed).toBe(1);
		expect(built.valueRead).toBe(2 + 70 + 5);
		expect(built.drops['other-reporter']?.firstLines.map((at) => at.line)).toEqual([
			2, 3, 11, 12, 13
		]);
		expect(built.files[0].rows).toBe(10);
	});
});
