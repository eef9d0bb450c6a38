/**
 * Bounded lines in the text readers: the CSV reader (header, rows, quoted fields; LF, CRLF and
 * CR files), the head reading that recognises a file, and the HTML table reader, whose whole
 * table may be one line and whose bound is on a row instead. Long lines are made here, 2 MiB,
 * twice the bound (MAX_LINE_LENGTH, 1 MiB), and fed in 64 KiB chunks as the readers get them.
 */
import { describe, expect, it } from 'vitest';
import { CsvRowReader, type CsvSink } from '../../../src/lib/engine/read/csv';
import { HtmlTableReader } from '../../../src/lib/engine/read/input/html-table';
import { readHead } from '../../../src/lib/engine/read/input/sniff';
import { plainSource } from '../../../src/lib/engine/read/input/source';
import { MAX_LINE_LENGTH, sizeText } from '../../../src/lib/engine/read/line-limit';
import { expectLineError } from '../helpers/line-error';

const MIB = 1 << 20;
const STEP = 1 << 16;

/** The error `run` throws (null when it throws none). */
function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	return null;
}

/** A CSV reader of `file` and what its sink got: the header's line and every row with its line. */
function csvReader(file: string) {
	const got = { header: null as string[] | null, rows: [] as [number, string[]][] };
	const sink: CsvSink = {
		header: (fields) => void (got.header = fields),
		rows(rows, lines, count) {
			for (let r = 0; r < count; r++) got.rows.push([lines[r], rows[r]]);
		}
	};
	return { reader: new CsvRowReader(sink, undefined, file), got };
}

/** Reads `text` through a CSV reader in STEP chunks; the error it ends in, and what it read. */
function readCsv(file: string, text: string, step = STEP) {
	const { reader, got } = csvReader(file);
	const error = thrown(() => {
		for (let at = 0; at < text.length; at += step) reader.push(text.slice(at, at + step));
		reader.finish();
	});
	return { error, ...got };
}

describe('the bound', () => {
	it('is 1 MiB, said as such', () => {
		expect(MAX_LINE_LENGTH).toBe(1_048_576); // 2^20
		expect(sizeText(MAX_LINE_LENGTH)).toBe('1 MiB');
		expect(sizeText(64 * 1024)).toBe('64 KiB');
		expect(sizeText(1000)).toBe('1000 bytes');
	});
});

describe('the CSV reader', () => {
	it('refuses a first line of 2 MiB with no line break (a blob of A) at line 1', () => {
		const read = readCsv('blob.csv', 'A'.repeat(2 * MIB));
		expectLineError(read.error, 'line-too-long', 'blob.csv', 1);
		expect(read.header).toBeNull();
	});

	it('refuses a header-like line t,i,j,k,v,q followed by 2 MiB of ",x"', () => {
		const read = readCsv('header.csv', 't,i,j,k,v,q' + ',x'.repeat(MIB));
		expectLineError(read.error, 'line-too-long', 'header.csv', 1);
	});

	it('refuses a header line of 1 MiB + 1 whose break comes in the same chunk as its end', () => {
		// 16 chunks of 64 KiB are exactly 1 MiB of A; the 17th holds one more A, then the break.
		const read = readCsv('edge.csv', 'A'.repeat(MIB + 1) + '\n2020\n');
		expectLineError(read.error, 'line-too-long', 'edge.csv', 1);
	});

	it('reads the rows before a 2 MiB row, then names its line (after blank lines too)', () => {
		const text = '\n\nt,i,j,k,v,q\n2020,76,32,10121,1.5,2\n\n2020,32,76,10121,2.5,3\n';
		const read = readCsv('rows.csv', text + '7'.repeat(2 * MIB));
		// Lines: 1–2 blank, 3 header, 4 and 6 rows, 5 blank, 7 the long one.
		expectLineError(read.error, 'line-too-long', 'rows.csv', 7);
		expect(read.rows.map(([line]) => line)).toEqual([4, 6]);
	});

	it('refuses a line of 1.2 MiB carried under the bound into the chunk where it ends', () => {
		// Chunks of 1 MiB (as decoded): the header and 150 000 rows take 600 004 characters, so
		// the first chunk carries 448 572 characters of line 150 002 and the second ends it.
		const text = 't,v\n' + '1,2\n'.repeat(150_000) + 'x'.repeat(1.2 * MIB) + '\n3,4\n';
		const read = readCsv('ends.csv', text, MIB);
		expectLineError(read.error, 'line-too-long', 'ends.csv', 150_002);
		expect(read.rows.length).toBe(150_000);
	});

	it('reads a row of exactly 1 MiB, and refuses one of 1 MiB + 1', () => {
		const row = (length: number) => '1,' + 'x'.repeat(length - 2);
		const fits = readCsv('fits.csv', `t,v\n${row(MIB)}\n2,y\n`);
		expect(fits.error).toBeNull();
		expect(fits.rows.map(([line, fields]) => [line, fields[1].length])).toEqual([
			[2, MIB - 2],
			[3, 1]
		]);
		const over = readCsv('over.csv', `t,v\n${row(MIB + 1)}\n2,y\n`);
		expectLineError(over.error, 'line-too-long', 'over.csv', 2);
	});

	it('refuses a quoted field that never closes as an unclosed quote, at the line it opens', () => {
		// Its "lines" are inside the quotes: a row that runs on over 2 MiB of line breaks.
		const read = readCsv('quote.csv', 't,v\n2020,1\n2021,"' + 'x,y\n'.repeat(MIB / 2));
		expectLineError(read.error, 'unclosed-quote', 'quote.csv', 3);
		expect(read.rows).toEqual([[2, ['2020', '1']]]);
	});

	it('still reads a quoted field holding line breaks', () => {
		const read = readCsv('notes.csv', 't,note\n2020,"a\nb"\n2021,c\n', 3);
		expect(read.error).toBeNull();
		expect(read.rows).toEqual([
			[2, ['2020', 'a\nb']],
			[4, ['2021', 'c']]
		]);
	});

	it('reads a file whose lines end in CR only (old Mac) and bounds its lines too', () => {
		const mac = readCsv('mac.csv', 't,v\r1,2\r3,4\r', 2);
		expect(mac.error).toBeNull();
		expect(mac.header).toEqual(['t', 'v']);
		expect(mac.rows).toEqual([
			[2, ['1', '2']],
			[3, ['3', '4']]
		]);
		const long = readCsv('mac-long.csv', 't,v\r1,2\r' + 'A'.repeat(2 * MIB));
		expectLineError(long.error, 'line-too-long', 'mac-long.csv', 3);
	});

	it('bounds the lines of a CRLF file', () => {
		const read = readCsv('crlf.csv', 't,v\r\n1,2\r\n' + 'A'.repeat(2 * MIB) + '\r\n');
		expectLineError(read.error, 'line-too-long', 'crlf.csv', 3);
	});
});

describe('the head reading that recognises a file', () => {
	it('names the file and line 1 for a 2 MiB first line', async () => {
		const source = plainSource('head.csv', new Blob(['t,i,j,k,v,q', ',x'.repeat(MIB)]));
		const error = await readHead(source).catch((e: unknown) => e);
		expectLineError(error, 'line-too-long', 'head.csv', 1);
	});
});

/** Reads an HTML text through the table reader in STEP chunks: its rows, or the error it ends in. */
function readHtml(html: string) {
	const rows: [number, string[]][] = [];
	const sink: CsvSink = {
		header: (fields, _delimiter, line) => void rows.push([line, fields]),
		rows(batch, lines, count) {
			for (let r = 0; r < count; r++) rows.push([lines[r], batch[r]]);
		}
	};
	const reader = new HtmlTableReader(sink, 'table.xls');
	const error = thrown(() => {
		for (let at = 0; at < html.length; at += STEP) reader.push(html.slice(at, at + STEP));
		reader.finish();
	});
	return { rows, error };
}

describe('the HTML table reader', () => {
	const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

	it('reads a whole table written as one 3 MiB line (its lines are rows, not text lines)', () => {
		const body = Array.from({ length: 60_000 }, (_, r) => row([`${r}`, 'x'.repeat(40)])).join('');
		const html = `<html><body><table>${row(['n', 'text'])}${body}</table></body></html>`;
		expect(html.length).toBeGreaterThan(3 * MIB);
		expect(html.indexOf('\n')).toBe(-1);
		const read = readHtml(html);
		expect(read.error).toBeNull();
		expect(read.rows.length).toBe(60_001);
		expect(read.rows[60_000]).toEqual([60_001, ['59999', 'x'.repeat(40)]]);
	});

	it('refuses a row whose cell holds 2 MiB of text, naming the row', () => {
		const html = `<table>${row(['a', 'b'])}${row(['1', 'x'.repeat(2 * MIB)])}</table>`;
		expectLineError(readHtml(html).error, 'table-row-too-long', 'table.xls', 2);
	});

	it('refuses a row of more than 1 MiB of cells, spanned cells counted', () => {
		// 1100 cells spanning 1000 columns each: 1.1 M empty cells, a tab each: over 1 MiB.
		const wide = '<tr>' + '<td colspan="1000"></td>'.repeat(1100) + '<td>x</td></tr>';
		const error = readHtml(`<table>${row(['a'])}${wide}</table>`).error;
		expectLineError(error, 'table-row-too-long', 'table.xls', 2);
	});

	it('refuses a cell of 2 MiB of line-breaking tags (each one a space of its text)', () => {
		const html = `<table>${row(['a'])}<tr><td>${'<br>'.repeat(2 * MIB)}</td></tr></table>`;
		expectLineError(readHtml(html).error, 'table-row-too-long', 'table.xls', 2);
	});

	it('reads past a tag of 2 MiB (an inline image), keeping only its start', () => {
		const image = `<img alt="a > b" src="data:image/png;base64,${'Q'.repeat(2 * MIB)}">`;
		const html = `<table>${row(['a', 'b'])}<tr><td>${image}1</td><td colspan="2">y</td></tr></table>`;
		const read = readHtml(html);
		expect(read.error).toBeNull();
		expect(read.rows).toEqual([
			[1, ['a', 'b']],
			[2, ['1', 'y', 'y']]
		]);
	});
});
