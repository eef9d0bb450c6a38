/** Reads only the head of a file: its header, delimiter and first rows (for detection and previews). */
import type { CsvSink, Delimiter } from '../csv';
import { decodeText } from '../decode';
import { createRowReader, HtmlTableReader, type RowReader } from './html-table';
import type { ContentSource } from './source';

/** Characters parsed at a time while looking for the head. */
const HEAD_STEP = 1 << 16;

/** The head of a text file. `header` is null for a file with no text at all. */
export interface FileHead {
	header: string[] | null;
	delimiter: Delimiter;
	/** The first data rows, at most `rows` of them. */
	rows: string[][];
	/** The file is an HTML page (its first row, of any table, is the header). */
	html: boolean;
}

/** Decodes just enough of a source to see its header and first rows, then stops reading. */
export async function readHead(source: ContentSource, rows = 0): Promise<FileHead> {
	const head: FileHead = { header: null, delimiter: ',', rows: [], html: false };
	const sink: CsvSink = {
		header(fields, delimiter) {
			head.header = fields;
			head.delimiter = delimiter;
		},
		rows(batch, _lines, count) {
			for (let r = 0; r < count && head.rows.length < rows; r++) head.rows.push(batch[r]);
		}
	};
	let csv: RowReader | null = null;
	for await (const chunk of decodeText(source)) {
		csv ??= createRowReader(chunk.text, sink, source.name);
		head.html = csv instanceof HtmlTableReader;
		// In small steps: a decoded piece can be a megabyte, and parsing all of it for a header is waste.
		for (let at = 0; at < chunk.text.length; at += HEAD_STEP) {
			csv.push(chunk.text.slice(at, at + HEAD_STEP));
			if (head.header !== null && head.rows.length >= rows) return head;
		}
	}
	csv?.finish();
	return head;
}
