/**
 * The one CSV field writer (engine/csv-field.ts): hostile text defused in every piece a
 * spreadsheet could split off, numbers never defused, both dialects, and a round trip through
 * PapaParse that gives back the original text once the defusing `'` is taken off.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	CSV_DIALECTS,
	csvLines,
	csvNumber,
	csvSeparator,
	csvText,
	csvValue,
	defuseFormulas,
	type CsvDialect,
	type CsvValue
} from '../../../src/lib/engine/views/csv-field';

/*
 * The rule, written out again here (not with the module's regex): a piece starts at 0 and after
 * each , ; tab CR LF. Skipping its leading apostrophes, it is risky if it then starts with tab or
 * CR, or, skipping white space (no boundary), zero-width spaces and `"`, with a trigger.
 */
const BOUNDARIES = new Set([',', ';', '\t', '\r', '\n']);
const TRIGGERS = new Set(['=', '+', '-', '@', '|', '＝', '＋', '－', '＠', '｜']);
const INVISIBLE = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\u180E']);
const isLead = (c: string) =>
	c === '"' || INVISIBLE.has(c) || (c.trim() === '' && !BOUNDARIES.has(c));

function riskyAt(text: string, start: number): boolean {
	let at = start;
	while (text[at] === "'") at++;
	if (text[at] === '\t' || text[at] === '\r') return true;
	while (at < text.length && isLead(text[at])) at++;
	return at < text.length && TRIGGERS.has(text[at]);
}

function pieceStarts(text: string): number[] {
	const starts = [0];
	for (let at = 0; at < text.length; at++) if (BOUNDARIES.has(text[at])) starts.push(at + 1);
	return starts;
}

/** The inverse of the defusing: one `'` off every piece that starts with `'` and is risky after it. */
function undefuse(text: string): string {
	const drop = new Set(pieceStarts(text).filter((at) => text[at] === "'" && riskyAt(text, at + 1)));
	return [...text].filter((_, at) => !drop.has(at)).join('');
}

/** Whether no piece of the text, split anywhere a spreadsheet might, could run. */
const safeEverywhere = (text: string) =>
	pieceStarts(text).every((at) => text[at] === "'" || !riskyAt(text, at));

const HOSTILE: [string, string][] = [
	[' =1+1', "' =1+1"],
	['\t=1', "'\t'=1"], // a field that starts with tab, and the =1 a tab split leaves
	['|cmd', "'|cmd"],
	['a;=1', "a;'=1"],
	['a,=1', "a,'=1"],
	['x\t=1', "x\t'=1"],
	['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
	['-1', "'-1"],
	['\u00A0=1', "'\u00A0=1"], // NBSP
	['\u3000＝1', "'\u3000＝1"], // ideographic space, full-width equals
	['\u200B@x', "'\u200B@x"], // zero-width space
	['a\n=1', "a\n'=1"],
	['a\r\n+1', "a\r\n'+1"],
	['a; "=1', `a;' "=1`], // a stray quote where a ; split starts a cell
	["'=1", "''=1"], // counted in, so the inverse is exact
	['=a,-b;@c', "'=a,'-b;'@c"],
	['\rx', "'\rx"]
];

const HARMLESS = [
	'Guinea-Bissau',
	'Korea, Rep.',
	'São Tomé and Príncipe',
	'a=b',
	"it's",
	"'s-Hertogenbosch",
	'EXP_2022.csv:4; EXP_2022.csv:9',
	'1-2',
	''
];

describe('defuseFormulas', () => {
	it.each(HOSTILE)('%j → %j', (text, safe) => {
		expect(defuseFormulas(text)).toBe(safe);
		expect(safeEverywhere(safe)).toBe(true);
		expect(undefuse(safe)).toBe(text);
	});

	it.each(HARMLESS)('leaves %j alone', (text) => {
		expect(defuseFormulas(text)).toBe(text);
		expect(undefuse(text)).toBe(text);
	});

	it('holds for any text: every piece safe, and the inverse exact', () => {
		const alphabet = ["'", ' ', '\u00A0', '\t', '\r', '\n', ',', ';', '"', '=', '-', '|', 'a', '1'];
		let seed = 15; // a fixed linear congruential sequence: the same 20 000 texts on every run
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
		for (let n = 0; n < 20_000; n++) {
			const text = Array.from({ length: 1 + (n % 9) }, () => alphabet[next()]).join('');
			const safe = defuseFormulas(text);
			if (!safeEverywhere(safe) || undefuse(safe) !== text) {
				throw new Error(`${JSON.stringify(text)} → ${JSON.stringify(safe)}`);
			}
		}
	});
});

describe('csvText', () => {
	it('quotes the separator, quotes and line breaks after defusing (RFC 4180), per dialect', () => {
		expect(csvText('a,b')).toBe('"a,b"');
		expect(csvText('a,b', 'excel')).toBe('a,b');
		expect(csvText('a;b')).toBe('a;b');
		expect(csvText('a;b', 'excel')).toBe('"a;b"');
		expect(csvText('say "hi"')).toBe('"say ""hi"""');
		expect(csvText('=a,b')).toBe(`"'=a,b"`);
		expect(csvText('a,=1')).toBe(`"a,'=1"`);
		expect(csvText('a;=1', 'excel')).toBe(`"a;'=1"`);
		expect(csvText('duas\nlinhas', 'excel')).toBe('"duas\nlinhas"');
	});
});

describe('csvNumber', () => {
	it.each([
		// value, standard, excel: String() is the shortest text that reads back the same double.
		[0.125, '0.125', '0,125'],
		[-3, '-3', '-3'],
		[-0.5, '-0.5', '-0,5'],
		[1e21, '1e+21', '1e+21'],
		[1.5e-7, '1.5e-7', '1,5e-7'],
		[0.1 + 0.2, '0.30000000000000004', '0,30000000000000004'],
		[1234567.891, '1234567.891', '1234567,891'], // no thousand separators
		[NaN, '', ''],
		[-Infinity, '', '']
	])('%d → %j, %j', (value, standard, excel) => {
		expect(csvNumber(value)).toBe(standard);
		expect(csvNumber(value, 'excel')).toBe(excel);
	});

	it('writes a fixed number of decimals when asked', () => {
		expect(csvNumber(2339.652, 'standard', 3)).toBe('2339.652');
		expect(csvNumber(1234.5, 'excel', 3)).toBe('1234,500');
	});

	it('never defuses a number, while the same text is defused', () => {
		expect(csvValue(-1)).toBe('-1');
		expect(csvValue('-1')).toBe("'-1");
		expect(csvValue(-1, 'excel')).toBe('-1');
		expect(csvValue(true)).toBe('true');
		expect(csvValue(null)).toBe('');
		expect(csvValue(undefined, 'excel')).toBe('');
	});
});

describe('csvLines', () => {
	const header = ['name', 'value'];
	const rows: [string, number][] = [
		...HOSTILE.map(([text], index): [string, number] => [text, index - 3.5]),
		...HARMLESS.map((text): [string, number] => [text, 1e21]),
		['Coreia, República da', 0.125]
	];
	const table: CsvValue[][] = [header, ...rows];

	it('writes the separator and decimal mark of each dialect, CRLF after every line', () => {
		expect(csvLines([['a', 0.5, -2]])).toBe('a,0.5,-2\r\n');
		expect(csvLines([['a', 0.5, -2]], 'excel')).toBe('a;0,5;-2\r\n');
		expect(csvLines([['a', 0.5]], 'excel', '\n')).toBe('a;0,5\n');
	});

	it.each(CSV_DIALECTS)('round-trips through PapaParse (%s)', (dialect: CsvDialect) => {
		const text = csvLines(table, dialect);
		const parsed = Papa.parse<string[]>(text, {
			delimiter: csvSeparator(dialect),
			newline: '\r\n',
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0]).toEqual(header);
		const back = parsed.data.slice(1).map(([name, value]) => {
			const number = Number(dialect === 'excel' ? value.replace(',', '.') : value);
			return [undefuse(name), number];
		});
		expect(back).toEqual(rows);
	});

	it.each(CSV_DIALECTS)(
		'leaves nothing to run however the %s file is split (, ; tab or line breaks, quotes ignored)',
		(dialect: CsvDialect) => {
			// Text only: a negative number starts with `-` and is meant to (a number, not a formula).
			const text = csvLines(
				rows.map(([name]) => [name, name]),
				dialect
			);
			// Excel with the other list separator splits without honouring quotes in mid-field.
			// A cell of the file runs when, past white space and quotes, it opens with a trigger.
			const runs = (at: number) => {
				while (at < text.length && isLead(text[at])) at++;
				return TRIGGERS.has(text[at]);
			};
			const running = pieceStarts(text).filter(runs);
			expect(running.map((at) => text.slice(at, at + 8))).toEqual([]);
			expect(pieceStarts(text).length).toBeGreaterThan(3 * rows.length); // every line was split
		}
	);
});
