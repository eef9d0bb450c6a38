/** CSV files as spreadsheets open them: UTF-8 with a byte order mark, in either dialect. */
import { type CsvDialect, UTF8_BOM } from '../../engine';
import { saveBlob } from './download';

export { UTF8_BOM };

/** The MIME type of the CSV files. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** A CSV text as a file body: the BOM (unless `bom` is false), then the text, in UTF-8. */
export function csvBlob(text: string, bom = true): Blob {
	return new Blob(bom ? [UTF8_BOM, text] : [text], { type: CSV_TYPE });
}

/** The file name of a download: `name.csv`, and `name-excel.csv` in Excel's dialect (both can sit side by side). */
export function csvFileName(name: string, dialect: CsvDialect): string {
	return dialect === 'excel' ? `${name}-excel.csv` : `${name}.csv`;
}

/**
 * Saves CSV text written in `dialect` as `name.csv` (or `name-excel.csv`), with the BOM unless
 * `bom` is false (the standard cells file stays byte for byte the CLI's). Excel's always has it.
 */
export function saveCsv(text: string, name: string, dialect: CsvDialect, bom = true): void {
	saveBlob(csvBlob(text, bom || dialect === 'excel'), csvFileName(name, dialect));
}
