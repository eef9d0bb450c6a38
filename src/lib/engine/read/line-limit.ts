/**
 * The longest line the readers take. A trade row is under 1 KB and the widest header (UN
 * Comtrade+, 47 columns) about 1 KB, so a line of more than a mebibyte is no trade table: random
 * bytes, a file whose lines end in a way the readers do not know, or a quoted field that never
 * closes. Without a bound such a line is carried from chunk to chunk until the whole file is one
 * string: minutes and gigabytes before any message. Every reading path stops at this bound.
 */
import { TradeFileError } from '../model/errors';

/**
 * Characters (text readers) or bytes (byte readers) one line may hold, its line break not
 * counted. A mebibyte in either unit: a line of more characters than that has more bytes too in
 * every encoding read (UTF-8, windows-1252, UTF-16), so the message's "1 MiB" is true of both.
 */
export const MAX_LINE_LENGTH = 1 << 20;

/** A length in bytes as the messages say it: "1 MiB", "64 KiB", "512 bytes". */
export function sizeText(length: number): string {
	if (length >= 1 << 20 && length % (1 << 20) === 0) return `${length >> 20} MiB`;
	if (length >= 1 << 10 && length % (1 << 10) === 0) return `${length >> 10} KiB`;
	return `${length} bytes`;
}

/** A line of more than `limit` with no line break in it, starting on `line`. */
export function lineTooLong(file: string, line: number, limit = MAX_LINE_LENGTH): TradeFileError {
	const size = sizeText(limit);
	return new TradeFileError(
		'line-too-long',
		`A line longer than ${size} without a line break: this is not a trade table (or the file ends its lines in a way the reader does not know: only LF, CRLF and CR are line breaks).`,
		file,
		line,
		undefined,
		{ limit: size }
	);
}

/** A quoted field opened on `line` that goes on, over line breaks, for more than `limit`. */
export function unclosedQuote(file: string, line: number, limit = MAX_LINE_LENGTH): TradeFileError {
	const size = sizeText(limit);
	return new TradeFileError(
		'unclosed-quote',
		`A quoted field starts on this line and goes on over its line breaks for more than ${size}: its closing quote (") is missing, so the file is damaged or is not a CSV table.`,
		file,
		line,
		undefined,
		{ limit: size }
	);
}

/**
 * An HTML table row (number `row`, where a text file has a line number) longer than `limit`
 * as a line of text: its cells' text, each cell counted with the tab that would follow it.
 */
export function tableRowTooLong(
	file: string,
	row: number,
	limit = MAX_LINE_LENGTH
): TradeFileError {
	const size = sizeText(limit);
	return new TradeFileError(
		'table-row-too-long',
		`HTML table row ${row} holds more than ${size} of text: this is not a trade table (a trade table’s row is a few dozen short cells).`,
		file,
		row,
		undefined,
		{ limit: size }
	);
}
