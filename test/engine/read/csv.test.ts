import { describe, expect, it } from 'vitest';
import {
	CsvRowReader,
	detectDelimiter,
	fileDelimiter,
	type Delimiter
} from '../../../src/lib/engine/read/csv';

interface Parsed {
	header: string[];
	delimiter: Delimiter | null;
	headerLine: number;
	rows: string[][];
	lines: number[];
}

/** Feeds `text` in pieces of `size` characters (0 = one piece) and collects what the reader delivers. */
function parse(text: string, size = 0): Parsed {
	const out: Parsed = { header: [], delimiter: null, headerLine: 0, rows: [], lines: [] };
	const reader = new CsvRowReader({
		header(fields, delimiter, line) {
			out.header = fields;
			out.delimiter = delimiter;
			out.headerLine = line;
		},
		rows(rows, lines, count) {
			for (let r = 0; r < count; r++) {
				out.rows.push(rows[r]);
				out.lines.push(lines[r]);
			}
		}
	});
	const step = size || text.length || 1;
	for (let at = 0; at < text.length; at += step) reader.push(text.slice(at, at + step));
	reader.finish();
	expect(reader.dataRows).toBe(out.rows.length);
	return out;
}

/** Parses in every chunk size from 1 to 12 characters and checks they all agree with one piece. */
function parseEverySplit(text: string): Parsed {
	const whole = parse(text);
	for (let size = 1; size <= 12; size++) expect(parse(text, size)).toEqual(whole);
	return whole;
}

describe('CsvRowReader', () => {
	it('reads header and rows with line numbers (header = line 1)', () => {
		const out = parseEverySplit('t,i,j\n2020,4,8\n2020,8,4\n');
		expect(out.header).toEqual(['t', 'i', 'j']);
		expect(out.headerLine).toBe(1);
		expect(out.rows).toEqual([
			['2020', '4', '8'],
			['2020', '8', '4']
		]);
		expect(out.lines).toEqual([2, 3]);
	});

	it('keeps quoted delimiters and line breaks inside fields, across chunk boundaries', () => {
		// Line 2 holds a quoted comma; the field on line 3 spans lines 3–4, so the next row is line 5.
		const text =
			'code,name,v\n344,"China, Hong Kong SAR",1\n490,"Other Asia,\nnes",2\n842,"say ""hi""",3\n';
		const out = parseEverySplit(text);
		expect(out.rows).toEqual([
			['344', 'China, Hong Kong SAR', '1'],
			['490', 'Other Asia,\nnes', '2'],
			['842', 'say "hi"', '3']
		]);
		expect(out.lines).toEqual([2, 3, 5]);
	});

	it('handles CRLF, blank lines (skipped, still counted as lines) and a last line without break', () => {
		const out = parseEverySplit('t,i\r\n1,2\r\n\r\n3,4\r\n   \r\n5,6');
		expect(out.rows).toEqual([
			['1', '2'],
			['3', '4'],
			['5', '6']
		]);
		expect(out.lines).toEqual([2, 4, 6]);
	});

	it('detects tab and semicolon delimiters from the header line', () => {
		expect(parse('a\tb\tc\n1\t2\t3\n').rows).toEqual([['1', '2', '3']]);
		expect(parse('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
		const semi = parseEverySplit('"CO_ANO";"CO_NCM";"VL_FOB"\n"2020";"01012100";1,5\n');
		expect(semi.delimiter).toBe(';');
		expect(semi.header).toEqual(['CO_ANO', 'CO_NCM', 'VL_FOB']);
		expect(semi.rows).toEqual([['2020', '01012100', '1,5']]);
	});

	it('keeps a trailing empty column as an empty field', () => {
		expect(parse('a,b,\n1,2,\n').rows).toEqual([['1', '2', '']]);
	});

	it('delivers a truncated last line as it is (the format reader counts it)', () => {
		expect(parse('t,i,j,k,v,q\n2020,4,8,10121,1,2\n2020,4,8').rows.at(-1)).toEqual([
			'2020',
			'4',
			'8'
		]);
	});

	it('reads a header without any data, and nothing from blank text', () => {
		expect(parse('t,i,j').header).toEqual(['t', 'i', 'j']);
		expect(parse('\n\n').header).toEqual([]);
	});

	it('counts lines exactly over many chunks', () => {
		const text = 'a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i},"x${i}"`).join('\n') + '\n';
		const out = parse(text, 997);
		expect(out.rows.length).toBe(5000);
		expect(out.lines[4999]).toBe(5001);
		expect(out.rows[4999]).toEqual(['4999', 'x4999']);
	});
});

describe('CsvRowReader in a CRLF file with lone LFs (files re-saved by hand)', () => {
	it('ends a row at a lone LF outside quotes, whatever the chunks, counting lines', () => {
		// Line ends: header CRLF, line 2 LF, 3 CRLF, 4 LF, 5 a quoted CRLF inside the field (5–6),
		// 7 a quoted lone LF inside the field (7–8), 9 no break.
		const text =
			'c;iso\r\n' +
			'023;DEU\n' +
			'105;BRA\r\n' +
			'275;FRA\n' +
			'343;"HMD\r\nx"\r\n' +
			'1;"a\nb"\r\n' +
			'249;USA';
		const out = parseEverySplit(text);
		expect(out.rows).toEqual([
			['023', 'DEU'],
			['105', 'BRA'],
			['275', 'FRA'],
			['343', 'HMD\nx'], // CRLF is read as LF, inside quotes too
			['1', 'a\nb'],
			['249', 'USA']
		]);
		expect(out.lines).toEqual([2, 3, 4, 5, 7, 9]);
	});

	it('keeps a lone CR in its field, as the fast reading does', () => {
		expect(parseEverySplit('a,b\r\n1,2\r3\r\n4,5\r\n').rows).toEqual([
			['1', '2\r3'],
			['4', '5']
		]);
	});

	it('does the same from a handoff of the fast reading (a CRLF file, from line 5)', () => {
		const rows: string[][] = [];
		const lines: number[] = [];
		const reader = new CsvRowReader(
			{
				header: () => expect.unreachable('the header was read before the handoff'),
				rows(batch, at, count) {
					for (let r = 0; r < count; r++) {
						rows.push(batch[r]);
						lines.push(at[r]);
					}
				}
			},
			{ delimiter: ',', newline: '\r\n', line: 5 }
		);
		for (const piece of ['2020,1\n2020,', '2\r', '\n2020,3\r\n']) reader.push(piece);
		reader.finish();
		expect(rows).toEqual([
			['2020', '1'],
			['2020', '2'],
			['2020', '3']
		]);
		expect(lines).toEqual([5, 6, 7]);
	});

	it('leaves LF files as they were: a CR before an LF stays in the last field', () => {
		expect(parse('a,b\n1,2\r\n3,4\n').rows).toEqual([
			['1', '2\r'],
			['3', '4']
		]);
	});
});

describe('fileDelimiter', () => {
	it('takes the first line’s delimiter, or below a title line without one the table’s', () => {
		expect(fileDelimiter('a;b;c\n1,2,3\n')).toBe(';');
		// A title with one comma loses to a header row of tabs.
		expect(fileDelimiter('List of products\r\nBrazil, 2023\r\nCode\tLabel\tValue\r\n')).toBe('\t');
		expect(fileDelimiter('single\nline')).toBe(',');
	});
});

describe('detectDelimiter', () => {
	it('picks the most frequent delimiter outside quotes', () => {
		expect(detectDelimiter('t,i,j,k,v,q')).toBe(',');
		expect(detectDelimiter('a;b;"c,d,e"')).toBe(';');
		expect(detectDelimiter('a\tb\tc,d')).toBe('\t');
		expect(detectDelimiter('single')).toBe(',');
	});
});
