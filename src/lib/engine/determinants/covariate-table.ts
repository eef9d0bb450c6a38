/**
 * A covariates file as a table of text cells: size cap, binary check, decoding (UTF-8, or
 * windows-1252 as CEPII's geo_cepii and Western spreadsheets save), delimiter guessed.
 * Covariates files are small: they are read whole, no streaming.
 */
import Papa from 'papaparse';
import { looksBinary } from '../read/decode';
import { TradeFileError } from '../model/errors';

/** Largest covariates file read (dist_cepii, the largest input, is about 4 MB). */
export const MAX_COVARIATES_BYTES = 50 * 1024 * 1024;

/** The cells of a file, row index + 1 = line number; and whether it is `;`-delimited. */
export interface CovariatesTable {
	rows: string[][];
	semicolon: boolean;
}

/** Reads a dropped file's bytes into text, refusing what cannot be a covariates table. */
export async function covariatesText(blob: Blob, file: string): Promise<string> {
	if (blob.size > MAX_COVARIATES_BYTES) {
		throw new TradeFileError(
			'covariates-too-large',
			`The covariates file is larger than ${MAX_COVARIATES_BYTES} bytes.`,
			file,
			undefined,
			undefined,
			{ bytes: blob.size, limit: MAX_COVARIATES_BYTES }
		);
	}
	const bytes = new Uint8Array(await blob.arrayBuffer());
	if (bytes.length === 0) throw new TradeFileError('empty-file', 'The file is empty.', file);
	if (looksBinary(bytes)) {
		throw new TradeFileError('not-text', 'The covariates file is not a text table.', file);
	}
	return decode(bytes);
}

/** UTF-8 (BOM dropped), or windows-1252 for a file saved in a Western locale. */
function decode(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Splits the text into cells (comma, semicolon or tab delimited; CRLF or LF). */
export function covariatesTable(text: string, file: string): CovariatesTable {
	// A BOM left by a caller that decoded the text itself would stick to the first header name.
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		header: false,
		skipEmptyLines: false,
		delimitersToGuess: [',', ';', '\t']
	});
	const broken = parsed.errors.find((error) => error.type === 'Quotes');
	if (broken) {
		throw new TradeFileError(
			'covariates-unreadable',
			`The covariates file cannot be read: ${broken.message}.`,
			file,
			broken.row === undefined ? undefined : broken.row + 1
		);
	}
	// Rows are lines (line = index + 1) as long as no quoted field spans lines.
	return { rows: parsed.data, semicolon: parsed.meta.delimiter === ';' };
}

/** A row of empty cells (DataBank writes `,"","",…` under its tables): not a data row. */
export function isBlank(row: readonly string[]): boolean {
	return row.every((value) => value.trim() === '');
}
