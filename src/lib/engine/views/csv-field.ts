/**
 * The fields of every CSV the app and the CLI write, in one of two dialects, safe to open in any
 * spreadsheet. Pure: no DOM.
 *
 * - `standard`: `,` between fields, a decimal point (RFC 4180; what R, Stata, pandas and Excel in
 *   English read).
 * - `excel`: `;` between fields and a decimal comma: what Excel opens with a double click where the
 *   list separator is `;` (Portuguese, Spanish and most of continental Europe).
 */

/** Which CSV a writer produces. */
export type CsvDialect = 'standard' | 'excel';

/** Every dialect, the default first. */
export const CSV_DIALECTS: readonly CsvDialect[] = ['standard', 'excel'];

/** The byte order mark: without it Excel reads UTF-8 as the system code page and garbles accents. */
export const UTF8_BOM = '\uFEFF';

/** The character between the fields of a line. */
export const csvSeparator = (dialect: CsvDialect): ',' | ';' => (dialect === 'excel' ? ';' : ',');

/*
 * Formula defusing. A spreadsheet runs a cell that starts with = + - @ (or | for DDE), often
 * after leading white space, and the full-width forms of them in East Asian locales. The cell is
 * not always the whole field: Excel with `;` as list separator splits a `,` file at its `;`, a
 * paste splits at tabs, so every piece of a text after , ; tab or a line break is a cell to be
 * (and may open with a stray `"` there). A `'` in front of such a piece makes it text. Pieces
 * that start with `'` already are counted in (`'=1` becomes `''=1`), so removing one `'` from
 * every piece that matches gives back the original exactly. Kept from the usual rule: a piece
 * that starts with tab or CR is defused too.
 */
const TRIGGER = '=+\\-@|\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFF5C';
/** What may stand before the trigger: white space that is no piece boundary, the invisible spaces \s leaves out, `"`. */
const LEAD = '[^\\S\\t\\r\\n]|[\\u200B-\\u200D\\u2060\\u180E"]';
/** A piece that would run, matched where the piece starts (sticky). */
const RISKY_AT = new RegExp(`'*(?:(?:${LEAD})*[${TRIGGER}]|[\\t\\r])`, 'y');
/** Text without any of these characters has nothing to defuse (most names: the fast way out). */
const MAYBE_RISKY = new RegExp(`[${TRIGGER}\\t\\r]`);
/** What ends a piece: the two separators, tab and the line breaks. */
const PIECE_END = /[,;\t\r\n]/g;

/** Whether the piece of `text` that starts at `at` needs a `'` in front. */
function riskyPieceAt(text: string, at: number): boolean {
	RISKY_AT.lastIndex = at;
	return RISKY_AT.test(text);
}

/** The text with a `'` in front of every piece a spreadsheet could run as a formula. */
export function defuseFormulas(text: string): string {
	if (!MAYBE_RISKY.test(text)) return text;
	let out = riskyPieceAt(text, 0) ? "'" : '';
	let copied = 0;
	PIECE_END.lastIndex = 0;
	for (let end = PIECE_END.exec(text); end; end = PIECE_END.exec(text)) {
		const at = end.index + 1;
		if (!riskyPieceAt(text, at)) continue;
		out += text.slice(copied, at) + "'";
		copied = at;
	}
	return out + text.slice(copied);
}

const NEEDS_QUOTES = { standard: /[",\r\n]/, excel: /[";\r\n]/ } as const;

/** A text field: defused, then quoted (inner quotes doubled) when it holds the separator, `"` or a line break. */
export function csvText(text: string, dialect: CsvDialect = 'standard'): string {
	const safe = defuseFormulas(text);
	return NEEDS_QUOTES[dialect].test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number field: the shortest text that reads back to the same double (full precision, no
 * thousand separators) or, given `fractionDigits`, that many decimals; with a decimal comma in
 * the `excel` dialect; empty when not finite. Never defused: `-3` is a number to every
 * spreadsheet, not a formula.
 */
export function csvNumber(
	value: number,
	dialect: CsvDialect = 'standard',
	fractionDigits?: number
): string {
	if (!Number.isFinite(value)) return '';
	const text = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
	return dialect === 'excel' ? text.replace('.', ',') : text;
}

/** A field's raw value: text, a number (NaN and ±Infinity written empty), a flag or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/** One field of any kind: numbers and flags as they are, text defused and quoted, nothing empty. */
export function csvValue(value: CsvValue, dialect: CsvDialect = 'standard'): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return csvNumber(value, dialect);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return csvText(value, dialect);
}

/** One line of fields, without its line end. */
export function csvLine(values: readonly CsvValue[], dialect: CsvDialect = 'standard'): string {
	return values.map((value) => csvValue(value, dialect)).join(csvSeparator(dialect));
}

/**
 * The line end of the files that have always ended lines with LF (the cells table, which the CLI
 * writes too, the ledger, the covariates template): LF in the standard dialect, CRLF in Excel's.
 */
export const plainLineEnd = (dialect: CsvDialect): string => (dialect === 'excel' ? '\r\n' : '\n');

/** Lines of fields as CSV text, each line ended by `lineEnd` (CRLF by default, as RFC 4180 asks). */
export function csvLines(
	lines: readonly (readonly CsvValue[])[],
	dialect: CsvDialect = 'standard',
	lineEnd = '\r\n'
): string {
	return lines.map((line) => csvLine(line, dialect) + lineEnd).join('');
}
