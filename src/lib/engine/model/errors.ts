/**
 * Typed errors of the engine. Each carries a machine-readable `code` and the place
 * (file, line, column) so the UI can say it in the user's language and the CLI in one line.
 */
export type TradeErrorCode =
	| 'empty-file' // zero bytes, or a header and nothing else
	| 'not-text' // binary content (an image, random bytes, a zip/xlsx that was not unpacked)
	| 'zero-filled' // only zero bytes where text should be: a damaged or incomplete download
	| 'nul-byte' // text holding a NUL byte (line and details.character of the first one)
	| 'empty-entries' // a zip whose files are all empty, 0 bytes (details.entries)
	| 'only-code-tables' // code tables (country or product names) and no trade data (details.files)
	| 'unknown-format' // a header none of the readers recognises
	| 'web-page' // an HTML page that is not a trade table (details.why: no-table, not-trade)
	| 'missing-column' // a recognised format with a required column missing
	| 'reporter-required' // BACI needs a reporter; Comtrade+ with several reporters and none chosen
	| 'unknown-reporter' // the chosen reporter is not a known country
	| 'reporter-not-in-file' // the file reports other countries only (details.reporters)
	| 'no-rows-used' // every row was dropped (the ledger says why)
	| 'no-hs6-by-partner' // nothing used: the rows are World / group partners or HS2/HS4 / TOTAL codes
	| 'services-file' // a Comtrade services file (typeCode S, EBOPS codes), not goods
	| 'not-hs-classification' // a Comtrade file in SITC or BEC, not HS (details.classification)
	| 'mixed-formats' // files of different formats (or currencies) in one analysis
	| 'spreadsheet' // an Excel workbook (XLSX / XLS): save it as CSV
	| 'bad-archive' // a zip or gzip that cannot be read (broken, encrypted, cut short)
	| 'empty-archive' // a zip with no CSV / text file in it (details.entries lists what it holds)
	| 'truncated-file' // the file ends in the middle of a row: it was cut short
	| 'line-too-long' // a line longer than MAX_LINE_LENGTH with no line break (details.limit)
	| 'unclosed-quote' // a quoted field running over line breaks past MAX_LINE_LENGTH (details.limit)
	| 'table-row-too-long' // an HTML table row holding more than MAX_LINE_LENGTH of text (details.limit)
	| 'mixed-periods' // monthly and annual rows of one year (they would be counted twice)
	| 'unknown-flow-file' // a Comex Stat file that is neither EXP_ nor IMP_ (by name or columns)
	| 'incomplete-table' // a recognised table that lacks what the method needs (details.missing)
	| 'mismatched-tables' // a Trade Map exports table and an imports table of different reporters or partners (details.exports, details.imports)
	| 'bad-mapping' // a column mapping that does not fit the file's header
	| 'too-many-keys' // more distinct keys than memory allows (details.keys, details.limit)
	| 'duplicate-column' // a header that names a column the reader needs twice (details.column)
	| 'duplicate-input' // two files that hold the same trade (details.files, details.year)
	| 'covariates-missing-column' // a covariates CSV without a required column (details.column, details.header)
	| 'covariates-too-large' // a covariates file over the size limit (details.bytes, details.limit)
	| 'covariates-unreadable' // a covariates CSV that cannot be parsed (an unclosed quote)
	| 'covariates-unknown-header' // a covariates file of no layout read (details.header, details.expected)
	| 'covariates-geo-cepii' // CEPII's geo_cepii (country file) dropped where dist_cepii is read
	| 'covariates-no-gdp'; // covariates files with no GDP or no GDP per capita at all (details.lacking)

export class TradeFileError extends Error {
	constructor(
		readonly code: TradeErrorCode,
		message: string,
		readonly file: string,
		readonly line?: number,
		readonly column?: string,
		/** Extra facts for the message (e.g. the header found, the reporters seen). */
		readonly details: Record<string, string | number> = {}
	) {
		super(message);
		this.name = 'TradeFileError';
	}

	/** A one-line English message with the place, as the CLI prints it. */
	toLine(): string {
		const place = [
			this.file,
			this.line ? `line ${this.line}` : '',
			this.column ? `column ${this.column}` : ''
		]
			.filter(Boolean)
			.join(', ');
		return `${place}: ${this.message}`;
	}
}

/**
 * An error raised where the file's name is not known (a column lookup), named after `file`;
 * any other error as it is.
 */
export function inFile(error: unknown, file: string): unknown {
	if (!(error instanceof TradeFileError) || error.file !== '') return error;
	const { code, message, line, column, details } = error;
	return new TradeFileError(code, message, file, line, column, details);
}

/** Thrown when a read is cancelled through its AbortSignal. */
export class AbortError extends Error {
	constructor() {
		super('The analysis was cancelled.');
		this.name = 'AbortError';
	}
}

/** True for a cancellation, ours or the platform's (shown as “cancelled”, never as a failure). */
export function isCancellation(error: unknown): boolean {
	return error instanceof AbortError || (error instanceof Error && error.name === 'AbortError');
}
