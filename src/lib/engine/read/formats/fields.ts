/** Field parsers for the row hot path: plain loops over char codes, no regex, no allocation. */
import { TradeFileError } from '../../model/errors';

/** A decimal number, or NaN when empty, blank, `NA` or not a number (`Number('  ')` would be 0). */
export function parseNumber(text: string): number {
	if (text.length === 0) return NaN;
	const n = +text;
	// `+` reads '', ' ' and '\t' as 0: a zero must have a '0' in it.
	if (n === 0 && text.indexOf('0') < 0) return NaN;
	// 'Infinity' is not a trade value; it would poison every sum it reached.
	if (n === Infinity || n === -Infinity) return NaN;
	return n;
}

/** A non-negative integer written with digits only (spaces around allowed), or NaN. */
export function parseDigits(text: string): number {
	let start = 0;
	let end = text.length;
	while (start < end && text.charCodeAt(start) === 32) start++;
	while (end > start && text.charCodeAt(end - 1) === 32) end--;
	if (start === end || end - start > 15) return NaN;
	let n = 0;
	for (let i = start; i < end; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return NaN;
		n = n * 10 + d;
	}
	return n;
}

/** An integer, possibly negative (Comtrade's qtyUnitCode -1), or NaN. */
export function parseSignedInteger(text: string): number {
	const t = text.trim();
	return t.charCodeAt(0) === 45 ? -parseDigits(t.slice(1)) : parseDigits(t);
}

/**
 * The digit count of a code made of digits only (spaces around allowed), or -1 when it has
 * anything else (`9999AA`, `TOTAL`, empty). Read the code's value with `parseDigits`.
 */
export function digitCount(text: string): number {
	let start = 0;
	let end = text.length;
	while (start < end && text.charCodeAt(start) === 32) start++;
	while (end > start && text.charCodeAt(end - 1) === 32) end--;
	if (start === end) return -1;
	for (let i = start; i < end; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
	}
	return end - start;
}

/** A header name as compared: without surrounding spaces and quotes, in lower case. */
export function normalizeColumnName(name: string): string {
	return name
		.trim()
		.replace(/^["']+|["']+$/g, '')
		.trim()
		.toLowerCase();
}

/**
 * A header's columns by name (as a key function writes it), for readers to look theirs up. A
 * name the header writes twice (`t,i,j,k,v,v,q`) keeps its first column for `has` and iteration,
 * but looking it up with `get` is refused ('duplicate-column', line 1, that column): a reader
 * that needs the column cannot know which of the two holds its data. Names no reader looks up
 * may repeat. The error names `file` ('' when the caller does not know it: the read fills it).
 */
export class ColumnIndex extends Map<string, number> {
	readonly #repeated = new Map<string, number[]>();
	readonly #header: readonly string[];
	readonly #file: string;

	constructor(header: readonly string[], key: (name: string) => string, file = '') {
		super();
		this.#header = header;
		this.#file = file;
		header.forEach((name, i) => {
			const k = key(name);
			if (!k) return;
			const first = super.get(k);
			if (first === undefined) this.set(k, i);
			else this.#repeated.set(k, [...(this.#repeated.get(k) ?? [first]), i]);
		});
	}

	/** The column of a name, or undefined; a name written twice is refused. */
	override get(name: string): number | undefined {
		const columns = this.#repeated.get(name);
		if (columns) throw duplicateColumn(this.#file, this.#header, columns);
		return super.get(name);
	}
}

/** Header → column index by normalized name; a repeated name is refused when looked up. */
export function columnIndex(header: readonly string[], file = ''): ColumnIndex {
	return new ColumnIndex(header, normalizeColumnName, file);
}

/**
 * The same by any key function (`compactColumnName` for Comtrade legacy and WITS): every reader
 * that finds its columns by name gets the 'duplicate-column' check from here.
 */
export function columnIndexBy(
	header: readonly string[],
	key: (name: string) => string,
	file = ''
): ColumnIndex {
	return new ColumnIndex(header, key, file);
}

/** A header names a column the reader needs twice (columns are 0-based here, 1-based in the message). */
function duplicateColumn(
	file: string,
	header: readonly string[],
	columns: number[]
): TradeFileError {
	const column = header[columns[0]].trim().replace(/^["']+|["']+$/g, '');
	const places = columns.map((c) => c + 1).join(', ');
	return new TradeFileError(
		'duplicate-column',
		`The header names the column "${column}" twice (columns ${places}): it is not clear which one holds the data. Rename or delete one of them and drop the file again.`,
		file,
		1,
		column,
		{ column, columns: places }
	);
}

/** The number of columns up to the header's last named one (trailing empty names are a stray delimiter). */
export function namedWidth(header: string[]): number {
	let named = header.length;
	while (named > 0 && normalizeColumnName(header[named - 1]) === '') named--;
	return named;
}

/**
 * Whether a row has the header's shape: at least the fields up to the last named column, and
 * nothing beyond the header but empty fields (a trailing delimiter).
 */
export function createShapeCheck(header: string[]): (fields: string[]) => boolean {
	const named = namedWidth(header);
	const width = header.length;
	return (fields) => {
		const n = fields.length;
		if (n === width) return true;
		if (n < named) return false;
		for (let i = width; i < n; i++) if (fields[i].trim() !== '') return false;
		return true;
	};
}

/** The smallest HS6 code as an integer: chapter 01 (`010000`). Chapter 00 does not exist. */
const FIRST_HS6 = 10000;

/** An HS6 code (as an integer) whose chapter exists, so that it has a sector. */
export function isHs6Code(product: number): boolean {
	return product >= FIRST_HS6 && product <= 999999;
}

/**
 * A number written with a decimal comma (`1.234,5` or `1234,5`), or NaN like parseNumber.
 * Dots are thousands separators here; a field without a comma or a dot takes the fast path.
 */
export function parseDecimalComma(text: string): number {
	if (text.indexOf(',') < 0 && text.indexOf('.') < 0) return parseNumber(text);
	return parseNumber(text.trim().replaceAll('.', '').replace(',', '.'));
}

/** Largest plausible value of one row (all world trade is ≈ 2.5e13 USD a year). */
export const MAX_ROW_VALUE = 1e15;

/**
 * A row's value (already scaled to currency units), or NaN when it is beyond any real trade
 * flow: such a value is a typo or garbage, and summing it would overflow to Infinity.
 */
export function tradeValue(value: number): number {
	return value >= -MAX_ROW_VALUE && value <= MAX_ROW_VALUE ? value : NaN;
}
