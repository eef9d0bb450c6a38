/**
 * The fast reading of plain BACI files must equal the general path (decoder + PapaParse) on every
 * input: the same keys bit for bit, the same ledger (drops, their first lines, value totals),
 * the same facts, or the same error. Fixtures, the demo, and random files with every trap the
 * fast reading hands back to the parser (quotes, non-ASCII, lone LF in CRLF files, blank lines,
 * `NA`, `9999AA`, a cut last line, a BOM) are read both ways.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	readTradeFiles,
	type InputFile,
	type ReadResult
} from '../../../src/lib/engine/read/analyze';
import { TradeFileError } from '../../../src/lib/engine/model/errors';
import { LineFields } from '../../../src/lib/engine/read/fast/line-fields';
import { PlainLineScanner } from '../../../src/lib/engine/read/fast/plain-lines';
import { plainHeader } from '../../../src/lib/engine/read/fast/read-plain';
import { digitCount, parseDigits, parseNumber } from '../../../src/lib/engine/read/formats/fields';
import type { ReadOptions } from '../../../src/lib/engine/model/types';
import { demoText } from '../../helpers/demo-file';

const BACI: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'auto',
	includeReExports: false
};

/** The result of a read as plain data, or its error's code, line and column. */
async function outcome(files: InputFile[], options: ReadOptions, fast: boolean): Promise<unknown> {
	try {
		const result: ReadResult = await readTradeFiles(files, options, { fast });
		return result;
	} catch (error) {
		if (!(error instanceof TradeFileError)) throw error;
		return { error: error.code, file: error.file, line: error.line, column: error.column };
	}
}

async function expectSameBothWays(files: InputFile[], options = BACI): Promise<unknown> {
	const fast = await outcome(files, options, true);
	const general = await outcome(files, options, false);
	// toStrictEqual compares typed arrays element by element with Object.is: NaN equals NaN.
	expect(fast).toStrictEqual(general);
	return fast;
}

function file(name: string, text: string | Uint8Array): InputFile {
	return { name, blob: new Blob([text as BlobPart]) };
}

describe('LineFields reads a field as the text functions do', () => {
	const field = fc.oneof(
		fc.stringMatching(/^-?[0-9]{0,18}(\.[0-9]{0,18})?$/),
		fc.string({ unit: fc.constantFrom(...'0123456789.-+eE xNA\r\t'.split('')), maxLength: 12 }),
		fc.double({ noNaN: true }).map(String),
		fc.integer({ min: 0, max: 1e9 }).map(String)
	);
	it('number, digits and digitCount equal parseNumber, parseDigits and digitCount', () => {
		fc.assert(
			fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (texts) => {
				const line = texts.join(',');
				const bytes = new TextEncoder().encode(line + '\n');
				const fields = new LineFields();
				expect(fields.scan(bytes, 0, bytes.length, false)).toBe(bytes.length);
				expect(fields.count).toBe(texts.length);
				texts.forEach((text, f) => {
					expect(fields.text(f)).toBe(text);
					expect(Object.is(fields.number(f), parseNumber(text))).toBe(true);
					expect(Object.is(fields.digits(f), parseDigits(text))).toBe(true);
					expect(fields.digitCount(f)).toBe(digitCount(text));
				});
			}),
			{ seed: 7, numRuns: 2000 }
		);
	});

	it('reads the simple shapes from their bytes, hand-checked', () => {
		const bytes = new TextEncoder().encode('-0,1.,.5,0012.250,123456789012345,NA\n');
		const fields = new LineFields();
		fields.scan(bytes, 0, bytes.length, false);
		expect(Object.is(fields.number(0), -0)).toBe(true);
		expect([1, 2, 3, 4].map((f) => fields.number(f))).toEqual([1, 0.5, 12.25, 123456789012345]);
		expect(fields.number(5)).toBeNaN();
		expect(fields.digitCount(3)).toBe(-1); // a dot is not a digit
	});
});

describe('PlainLineScanner', () => {
	const text = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n\n2020,32,76,10121,NA,\n2020,76,4';
	/** Lines seen (number and texts) when the body comes in the given pieces. */
	function scan(cuts: number[]): { rows: [number, string[]][]; cut: unknown; handoff: unknown } {
		const bytes = new TextEncoder().encode(text);
		const header = plainHeader(bytes);
		if (!header) throw new Error('not plain');
		const rows: [number, string[]][] = [];
		const scanner = new PlainLineScanner(
			{ bytes: (fields) => void rows.push([fields.line, fields.texts()]) },
			header.ending,
			header.offset,
			2,
			'pieces.csv'
		);
		let from = header.offset;
		for (const cut of [...cuts.filter((c) => c > from).sort((a, b) => a - b), bytes.length]) {
			scanner.push(bytes.subarray(from, cut));
			from = cut;
		}
		return { rows, cut: scanner.finish(), handoff: scanner.handoff };
	}

	it('gives the same lines whatever the pieces', () => {
		const whole = scan([]);
		expect(whole.rows).toEqual([
			[2, ['2020', '76', '32', '10121', '1.5', '2']],
			[4, ['2020', '32', '76', '10121', 'NA', '']],
			[5, ['2020', '76', '4']]
		]);
		expect(whole.cut).toEqual({ fields: 3, line: 5 });
		fc.assert(
			fc.property(fc.array(fc.nat(text.length), { maxLength: 8 }), (cuts) => {
				expect(scan(cuts)).toEqual(whole);
			}),
			{ seed: 3, numRuns: 300 }
		);
	});
});

describe('the fast reading equals the general path', () => {
	it('on the BACI fixtures, the e2e file and the demo', async () => {
		const read = (path: string) => file(path.split('/').pop() as string, readFileSync(path));
		await expectSameBothWays([read('test/fixtures/baci/BACI_HS17_Y2020_V202201.csv')]);
		await expectSameBothWays([
			read('test/fixtures/baci/country_codes_V202401.csv'),
			read('test/fixtures/baci/BACI_HS17_Y2020_V202201.csv')
		]);
		await expectSameBothWays([read('test/fixtures/e2e/baci-small.csv')], {
			...BACI,
			reporter: 'USA'
		});
		const demo = await expectSameBothWays([file('demo-baci.csv', demoText())]);
		expect((demo as ReadResult).keys.count).toBeGreaterThan(1000);
		await expectSameBothWays([file('demo-baci.csv', demoText())], {
			...BACI,
			reporter: null,
			allPairs: true
		});
	});

	// Lines of a small world: mostly plain rows, and every trap now and then.
	const plainRow = fc
		.record({
			t: fc.constantFrom('2019', '2020', '1899', '20x0'),
			i: fc.constantFrom('76', '32', '842', '0', '697', '76 '),
			j: fc.constantFrom('76', '32', '842', '251', '490', ''),
			k: fc.constantFrom('10121', '640399', '9999AA', '1234567', '000100'),
			v: fc.oneof(
				fc.double({ min: -10, max: 1e6, noNaN: true }).map((v) => v.toFixed(3)),
				fc.constantFrom('0', '-0', 'NA', '1e3', '', ' 12.5', '1e400')
			),
			q: fc.oneof(
				fc.double({ min: 0, max: 1e5, noNaN: true }).map((q) => q.toFixed(3)),
				fc.constantFrom('NA', '', '   ', '0', '-1')
			)
		})
		.map((r) => [r.t, r.i, r.j, r.k, r.v, r.q].join(','));
	const trap = fc.constantFrom(
		'',
		'   ',
		'2020,76,32,"10121",5,1',
		'2020,76,32,10121,5,1,',
		'2020,76,32,10121,5,1,x',
		'2020,76,32,10121,5',
		'2020,76,32,10121,5,1\r',
		'2020,76,32,10121,5,1\r\r',
		'2020,76,32,10121,5,é',
		'2020,76,32,10121,5,1\n2020,32,76,10121,7,2',
		// Another reporter's rows, which the quick reading takes only in their plainest shape.
		'2020,32,842,10121,5,1,x',
		'2020,32,842,10121,5,"1"',
		'2020,32,842,10121,5,1é',
		'2020,32,842,10121,5,1\r',
		'2020,32,842,10121,-5.25,1',
		'2020,32,842,10121,5.2.1,1',
		'2020,32,842,10121,1234567890123456,1',
		'2020, 32,842,10121,5,1',
		'"2020,76,32,10121,5,1\n2020"'
	);
	const body = fc.array(
		fc.oneof({ weight: 8, arbitrary: plainRow }, { weight: 1, arbitrary: trap }),
		{
			minLength: 1,
			maxLength: 40
		}
	);

	it('on random BACI files with every trap, LF or CRLF, with or without a BOM and a last break', async () => {
		await fc.assert(
			fc.asyncProperty(
				body,
				fc.constantFrom('\n', '\r\n'),
				fc.boolean(),
				fc.boolean(),
				fc.constantFrom('BRA', 'ARG'),
				async (rows, eol, bom, lastBreak, reporter) => {
					const text =
						(bom ? '\uFEFF' : '') + ['t,i,j,k,v,q', ...rows].join(eol) + (lastBreak ? eol : '');
					await expectSameBothWays([file('BACI_HS17_Y2020_V1.csv', text)], { ...BACI, reporter });
				}
			),
			{ seed: 11, numRuns: 300 }
		);
	});

	it("on other reporters' rows in every shape, one file of each (the quick reading's cases)", async () => {
		const rows = [
			'2020,32,842,10121,5,1,x',
			'2020,32,842,10121,5,1é',
			'2020,32,842,10121,5,1\r',
			'2020,32,842,10121,-5.25,1',
			'2020,32,842,10121,5.2.1,1',
			'2020,32,842,10121,1234567890123456,1',
			'2020,32,842,10121,123456789012345,1',
			'2020,32,842,10121,0.12345678901234567,1',
			'2020, 32,842,10121,5,1',
			'2020,32,842,9999AA,.5,NA',
			'2020,32,842,10121,5,',
			'2020,32,842,10121,,1',
			'2020,32,32,10121,5,1',
			',32,842,10121,5,1',
			'2020,32,842,10121,5,"1"'
		];
		for (const row of rows) {
			const text = ['t,i,j,k,v,q', '2020,76,32,10121,1.5,2', row, '2020,76,842,10121,2.5,1'];
			const read = await expectSameBothWays([file('b.csv', text.join('\n') + '\n')]);
			expect((read as ReadResult).ledger.rowsRead).toBe(3);
		}
	});

	it('in all-pairs mode', async () => {
		await fc.assert(
			fc.asyncProperty(body, async (rows) => {
				const text = ['t,i,j,k,v,q', ...rows].join('\n') + '\n';
				await expectSameBothWays([file('BACI_HS17_Y2020_V1.csv', text)], {
					...BACI,
					reporter: null,
					allPairs: true
				});
			}),
			{ seed: 5, numRuns: 150 }
		);
	});
});
