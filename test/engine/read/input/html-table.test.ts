import { describe, expect, it } from 'vitest';
import type { CsvSink } from '../../../../src/lib/engine/read/csv';
import { TradeFileError } from '../../../../src/lib/engine/model/errors';
import {
	createRowReader,
	HtmlTableReader,
	htmlRowLine,
	looksLikeHtml
} from '../../../../src/lib/engine/read/input/html-table';
import { cellText } from '../../../../src/lib/engine/read/input/html-text';
import { CsvRowReader } from '../../../../src/lib/engine/read/csv';

interface Read {
	header: string[] | null;
	headerLine: number;
	rows: string[][];
	lines: number[];
}

/** Feeds `html` in pieces of `step` characters (0: whole) and collects what the sink gets. */
function readRows(html: string, step = 0): Read {
	const read: Read = { header: null, headerLine: 0, rows: [], lines: [] };
	const sink: CsvSink = {
		header(fields, _delimiter, line) {
			read.header = fields;
			read.headerLine = line;
		},
		rows(rows, lines, count) {
			for (let r = 0; r < count; r++) {
				read.rows.push(rows[r]);
				read.lines.push(lines[r]);
			}
		}
	};
	const reader = new HtmlTableReader(sink, 'page.xls');
	if (step === 0) reader.push(html);
	else for (let at = 0; at < html.length; at += step) reader.push(html.slice(at, at + step));
	reader.finish();
	return read;
}

const caught = (run: () => unknown): TradeFileError => {
	try {
		run();
	} catch (error) {
		if (error instanceof TradeFileError) return error;
		throw error;
	}
	throw new Error('no error');
};

describe('HTML table rows', () => {
	it('tells HTML from text by its first characters', () => {
		expect(looksLikeHtml('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0…')).toBe(true);
		expect(looksLikeHtml('\r\n  <html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
		expect(looksLikeHtml('<?xml version="1.0"?>\n<!-- saved -->\n<table border=1>')).toBe(true);
		expect(looksLikeHtml('Code\tProduct label\tExported value in 2022\t')).toBe(false);
		expect(looksLikeHtml('"<html>",a,b')).toBe(false);
		const sink: CsvSink = { header() {}, rows() {} };
		expect(createRowReader('<table>', sink, 'x')).toBeInstanceOf(HtmlTableReader);
		expect(createRowReader('a,b\n', sink, 'x')).toBeInstanceOf(CsvRowReader);
	});

	it('decodes references, collapses white space, drops tags inside cells', () => {
		expect(cellText('\n   Côte d&#39;Ivoire&nbsp; ')).toBe("Côte d'Ivoire");
		expect(cellText('C&ocirc;te d&#x27;Ivoire')).toBe("Côte d'Ivoire");
		expect(cellText('Cars &gt; 1500 cc &amp; &lt;= 3000 cc')).toBe('Cars > 1500 cc & <= 3000 cc');
		expect(cellText('AT&T &unknown; &#0;')).toBe('AT&T &unknown; \ufffd');
		const { header, rows } = readRows(
			'<table><tr><th>Code</th><th>Product <b>label</b></th></tr>' +
				'<tr><td>\'870323</td><td><a href="/x?a=1&amp;b=2">Motor&nbsp;cars<br/>and <i>vehicles</i></a></td></tr></table>'
		);
		expect(header).toEqual(['Code', 'Product label']);
		expect(rows).toEqual([["'870323", 'Motor cars and vehicles']]);
	});

	/**
	 * Row numbers count every <tr> of the page (blank rows too): title table rows 1–2, a blank
	 * spacer row 3, the header row 4, data rows 5–6. Blank rows are not delivered.
	 */
	it('numbers rows by their <tr> across tables and skips blank ones', () => {
		const read = readRows(
			'<table><tr><td colspan="3"><b>List of products exported by Brazil</b></td></tr>' +
				'<tr><td>Product: TOTAL</td></tr></table><table><tr><td> </td></tr></table>' +
				'<table><tr><th>Code</th><th>Value in 2022</th></tr><tr><td>01</td><td>5</td></tr>\n' +
				'<tr><td>02</td><td>6</td></tr></table>'
		);
		expect(read.header).toEqual(Array(3).fill('List of products exported by Brazil'));
		expect(read.headerLine).toBe(1);
		expect(htmlRowLine(read.header as string[])).toBe(1);
		expect(read.rows).toEqual([
			['Product: TOTAL'],
			['Code', 'Value in 2022'],
			['01', '5'],
			['02', '6']
		]);
		expect(read.lines).toEqual([2, 4, 5, 6]);
	});

	/**
	 * A two-row header: Code and Product label span both rows; each direction spans two year
	 * columns. Row 2 is then [Code, Product label, 2021, 2022, 2021, 2022]; a rowspan reaching
	 * past a row's last cell still fills its column (row 4's third cell).
	 */
	it('repeats a cell over the columns and rows it spans', () => {
		const { header, rows } = readRows(
			'<table><tr><th rowspan="2">Code</th><th rowspan=2>Product label</th>' +
				"<th colspan='2'>Brazil's exports to Chile</th><th colspan=\"2\">Brazil's imports from Chile</th></tr>" +
				'<tr><th>2021</th><th>2022</th><th>2021</th><th>2022</th></tr>' +
				'<tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>d</td><td>e</td></tr></table>'
		);
		expect(header).toEqual([
			'Code',
			'Product label',
			"Brazil's exports to Chile",
			"Brazil's exports to Chile",
			"Brazil's imports from Chile",
			"Brazil's imports from Chile"
		]);
		expect(rows).toEqual([
			['Code', 'Product label', '2021', '2022', '2021', '2022'],
			['a', 'b', 'c'],
			['d', 'e', 'c']
		]);
	});

	it('skips comments, scripts, styles and a `>` inside quoted attributes', () => {
		const { header, rows } = readRows(
			'<html><head><style>td > b { color: red }</style><script>var s = "<tr><td>x</td></tr>";</script></head>' +
				'<body><!-- a comment with <tr><td>no</td></tr> and "quotes\' --><table>' +
				'<tr><td title="World: 24,258,948,300 (USD thousand) > 0">Total</td><td>1</td></tr>' +
				"<tr><td class='a>b'>It's</td><td>2 < 3</td></tr></table></body></html>"
		);
		expect(header).toEqual(['Total', '1']);
		expect(rows).toEqual([["It's", '2 < 3']]);
	});

	it('gives the same rows whatever the chunks (every tag, reference and comment cut)', () => {
		const html =
			'<!DOCTYPE html><html><body><!-- x --><table id="t"><tr><th title="a > b">Code</th><th>Value in 2022</th></tr>' +
			'<tr><td>&#39;870323</td><td colspan="2">1&nbsp;</td></tr><tr><td>C&ocirc;te</td><td>2</td></tr></table></body></html>';
		const whole = readRows(html);
		expect(whole.rows).toEqual([
			["'870323", '1', '1'],
			['Côte', '2']
		]);
		for (const step of [1, 2, 3, 5, 7, 13]) expect(readRows(html, step)).toEqual(whole);
	});

	it('keeps a table nested in a cell as that cell’s text', () => {
		const { header, rows } = readRows(
			'<table><tr><td>Code</td><td>Label</td></tr><tr><td>01</td><td><table><tr><td>inner</td><td>text</td></tr></table></td></tr></table>'
		);
		expect(header).toEqual(['Code', 'Label']);
		expect(rows).toEqual([['01', 'inner text']]);
	});

	it('says a page cut inside its table was cut, at its last row', () => {
		const error = caught(() => readRows('<table><tr><td>Code</td></tr><tr><td>01</td><td>12'));
		expect(error.code).toBe('truncated-file');
		expect(error.line).toBe(2);
		expect(error.message).toContain('row 2');
		const unclosed = caught(() => readRows('<table><tr><td>Code</td></tr>'));
		expect(unclosed.code).toBe('truncated-file');
	});

	it('says a page without a table is a web page', () => {
		const error = caught(() => readRows('<!doctype html><html><body><p>Hello</p></body></html>'));
		expect(error.code).toBe('web-page');
		expect(error.details).toEqual({ why: 'no-table' });
		expect(error.message).toContain('web page (HTML), not a trade table');
	});
});
