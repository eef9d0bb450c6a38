/**
 * Bounded lines on every reading path of a whole read: the byte scanner of plain files, the fast
 * one-thread read, the general path (decoder + CSV parser, from the start or after a handoff),
 * slices read by a pool (and the search for a slice's first line break), .gz and zip entries,
 * the world read of all pairs, HTML tables and the column-mapping preview. Each ends in the line
 * error naming the file and the line in the file. Long lines are made here: 2 MiB of digits.
 */
import { describe, expect, it } from 'vitest';
import {
	readTradeFiles,
	type InputFile,
	type ReadHooks
} from '../../../src/lib/engine/read/analyze';
import { PlainLineScanner } from '../../../src/lib/engine/read/fast/plain-lines';
import { cutAtLines, type SlicePool } from '../../../src/lib/engine/read/parallel/read-in-slices';
import { readSlice } from '../../../src/lib/engine/read/parallel/slice';
import { previewFiles } from '../../../src/lib/engine/read/preview';
import type { ReadOptions } from '../../../src/lib/engine/model/types';
import { makeGzip, makeZip } from '../../helpers/archives';
import { fixtureText } from './read-helpers';
import { ALL_PAIRS } from '../world/world-file';
import { expectLineError } from '../helpers/line-error';

const MIB = 1 << 20;
const BRA: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'auto',
	includeReExports: false
};
/** BRA (76) with ARG (32): the header and two rows, lines 1–3. */
const HEAD = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n2020,32,76,10121,2.5,3\n';
const LONG = '7'.repeat(2 * MIB);
const TRADE_MAP = 'Trade_Map_-_Bilateral_trade_between_Brazil_and_Argentina';

function file(name: string, ...parts: (string | Uint8Array)[]): InputFile {
	return { name, blob: new Blob(parts as BlobPart[]) };
}

/** The error a read ends in. */
async function readError(
	files: InputFile[],
	hooks: ReadHooks = {},
	options: ReadOptions = BRA
): Promise<unknown> {
	return readTradeFiles(files, options, hooks).then(
		() => null,
		(error: unknown) => error
	);
}

/** A pool whose "threads" are calls in this thread, with slices as small as `minSliceBytes`. */
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

describe('the byte scanner of plain files', () => {
	/** Lines handed to the sink, or the error, when `body` comes in pieces of `piece` bytes. */
	function scan(body: string, piece: number, ending: '\n' | '\r\n' = '\n') {
		const bytes = new TextEncoder().encode(body);
		const lines: [number, number][] = [];
		const scanner = new PlainLineScanner(
			{ bytes: (fields) => void lines.push([fields.line, fields.count]) },
			ending,
			0,
			2,
			'bytes.csv'
		);
		try {
			for (let at = 0; at < bytes.length; at += piece) {
				scanner.push(bytes.subarray(at, at + piece));
			}
			scanner.finish();
		} catch (error) {
			return { lines, error };
		}
		return { lines, error: null };
	}

	it('refuses a line of 2 MiB carried over 1 MiB pieces, at its line', () => {
		const read = scan('1,2\n3,4\n' + LONG + '\n5,6\n', MIB);
		expectLineError(read.error, 'line-too-long', 'bytes.csv', 4);
		expect(read.lines).toEqual([
			[2, 2],
			[3, 2]
		]);
	});

	it('reads a line of exactly 1 MiB (CRLF too) and refuses one of 1 MiB + 1', () => {
		const line = (length: number) => '1,' + '2'.repeat(length - 2);
		expect(scan(`${line(MIB)}\n3,4\n`, 1 << 16)).toEqual({
			lines: [
				[2, 2],
				[3, 2]
			],
			error: null
		});
		expect(scan(`${line(MIB)}\r\n3,4\r\n`, 1 << 16, '\r\n').error).toBeNull();
		const over = scan(`${line(MIB + 1)}\n3,4\n`, 1 << 16);
		expectLineError(over.error, 'line-too-long', 'bytes.csv', 2);
		// The last line, with no line break after it.
		const last = scan(`3,4\n${line(MIB + 1)}`, 1 << 16);
		expectLineError(last.error, 'line-too-long', 'bytes.csv', 3);
	});
});

describe('a whole read', () => {
	const cases: [string, () => Promise<unknown>, string, number][] = [
		['the fast one-thread read', () => readError([file('baci.csv', HEAD, LONG)]), 'baci.csv', 4],
		[
			'the general path',
			() => readError([file('baci.csv', HEAD, LONG)], { fast: false }),
			'baci.csv',
			4
		],
		[
			'the CSV parser after a handoff (a quoted field on line 3)',
			() => readError([file('q.csv', HEAD, '2020,76,32,"10121",1,1\n', LONG, '\n')]),
			'q.csv',
			5
		],
		[
			'a .gz',
			async () => readError([file('baci.csv.gz', makeGzip(HEAD + LONG))]),
			'baci.csv.gz',
			4
		],
		[
			'a zip entry',
			async () =>
				readError([
					{
						name: 'baci.zip',
						blob: await makeZip([{ path: 'BACI_HS17_Y2020_V202401.csv', content: HEAD + LONG }])
					}
				]),
			'baci.zip › BACI_HS17_Y2020_V202401.csv',
			4
		],
		[
			'the world read of all pairs',
			() => readError([file('world.csv', HEAD, LONG)], {}, ALL_PAIRS),
			'world.csv',
			4
		],
		[
			'a header of 2 MiB',
			() => readError([file('header.csv', 't,i,j,k,v,q', ',x'.repeat(MIB))]),
			'header.csv',
			1
		]
	];
	for (const [path, read, name, line] of cases) {
		it(`ends on ${path} with the line named`, async () => {
			expectLineError(await read(), 'line-too-long', name, line);
		});
	}

	it('ends on an HTML table row of 2 MiB in a Trade Map .xls, with the row named', async () => {
		const page = fixtureText(`trade-map/${TRADE_MAP}.xls`);
		const at = page.lastIndexOf('</table>');
		// Every <tr> of the page is a row: the new one comes after those before it.
		const row = (page.slice(0, at).match(/<tr[\s>]/gi) ?? []).length + 1;
		const long = `<tr><td>010121</td><td>${'9'.repeat(2 * MIB)}</td></tr>`;
		const error = await readError(
			[file(`${TRADE_MAP}.xls`, page.slice(0, at), long, page.slice(at))],
			{},
			{ ...BRA, reporter: null }
		);
		expectLineError(error, 'table-row-too-long', `${TRADE_MAP}.xls`, row);
	});

	it('ends on the header row of an HTML table of 2 MiB, while the file is recognised', async () => {
		const html = `<html><table><tr><td>Code</td><td>${'x'.repeat(2 * MIB)}</td></tr></table></html>`;
		expectLineError(await readError([file('page.xls', html)]), 'table-row-too-long', 'page.xls', 1);
	});

	it('ends the column-mapping preview of a file with a 2 MiB line', async () => {
		const error = await previewFiles([file('other.csv', 'a;b\n1;2\n', LONG)]).catch(
			(e: unknown) => e
		);
		expectLineError(error, 'line-too-long', 'other.csv', 3);
	});
});

describe('slices read by a pool', () => {
	// 20 000 rows of 25 bytes (lines 2–20 001): 500 000 bytes, cut in two slices of 256 KiB or more.
	const rows = '2020,76,32,10121,1.5,2.0\n'.repeat(20_000);

	it('names the line in the file of a line too long in the second slice', async () => {
		const pool = inThreadPool(2, 1 << 18);
		// 100 000 rows (2.5 MB) before the 2 MiB line: the cut at half the body falls among them.
		const text = ['t,i,j,k,v,q\n', rows, rows, rows, rows, rows, LONG, '\n'];
		const error = await readError([file('sliced.csv', ...text)], { slices: pool });
		expect(pool.slices).toEqual([2]);
		expectLineError(error, 'line-too-long', 'sliced.csv', 100_002);
	});

	it('names it in the first slice too, and reads no slice past a cut inside the long line', async () => {
		const pool = inThreadPool(3, 1 << 18);
		const text = ['t,i,j,k,v,q\n', rows.slice(0, 25 * 10), LONG, '\n', rows];
		const error = await readError([file('first.csv', ...text)], { slices: pool });
		// Three slices were asked for; the cut guessed inside the 2 MiB line was dropped.
		expect(pool.slices).toEqual([2]);
		expectLineError(error, 'line-too-long', 'first.csv', 12);
	});

	it('looks for a slice’s first line break no further than the bound', async () => {
		const read: number[] = [];
		class CountingBlob extends Blob {
			override slice(start = 0, end = this.size): Blob {
				read.push(Math.min(end, this.size) - start);
				return super.slice(start, end);
			}
		}
		const blob = new CountingBlob(['x'.repeat(10 * MIB), '\n', 'y\n']);
		const cuts = await cutAtLines(blob, 0, 2);
		// The guess at 5 MiB is inside the 10 MiB line: no cut, after 1 MiB + 1 byte looked at.
		expect(cuts).toEqual([0, blob.size]);
		expect(read.reduce((sum, bytes) => sum + bytes, 0)).toBe(MIB + 1);
	});
});
