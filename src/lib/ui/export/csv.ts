/** CSV files as spreadsheets open them: UTF-8 with a byte order mark. */

/** The byte order mark: without it Excel reads UTF-8 as the system code page and garbles accents. */
export const UTF8_BOM = '\uFEFF';

/** The MIME type of the CSV files. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** A CSV text as a file body: the BOM, then the text, in UTF-8. */
export function csvBlob(text: string): Blob {
	return new Blob([UTF8_BOM, text], { type: CSV_TYPE });
}
