/**
 * The first rows of every file, without reading the rest: what the column-mapping step shows.
 * Archives are opened like a read would open them, so a zip's entries are previewed one by one.
 */
import type { InputFile } from './input/source';
import type { Delimiter } from './csv';
import { detectCompanion } from './formats/companions';
import { guessMapping } from './formats/custom';
import { detectFormat } from './formats/detect';
import { openInputs } from './input/open';
import { readHead } from './input/sniff';
import type { Container } from './input/source';
import type { ColumnMapping, CompanionId, FormatId } from '../model/types';

/** The head of one content source and what it was recognised as. */
export interface FilePreview {
	/** The file's name, or "archive.zip › entry.csv". */
	name: string;
	container: Container;
	/** The header as written in the file ([] for a file with no text). */
	header: string[];
	delimiter: Delimiter;
	/** The first data rows, as many as asked for (fewer when the file is shorter). */
	rows: string[][];
	/** The trade format the header matches, or null. */
	format: FormatId | null;
	/** The companion table (country codes, …) the header matches, or null. */
	companion: CompanionId | null;
	/** A first column mapping, for files of no known format only (the user confirms it). */
	guess: ColumnMapping | null;
}

/** Previews every content source of the files, in reading order (archive entries expanded). */
export async function previewFiles(files: InputFile[], rows = 8): Promise<FilePreview[]> {
	const { sources } = await openInputs(files);
	const previews: FilePreview[] = [];
	for (const source of sources) {
		const head = await readHead(source, rows);
		const header = head.header ?? [];
		const companion = header.length > 0 ? detectCompanion(header, source.name) : null;
		const format =
			header.length > 0 && companion === null ? detectFormat(header, source.name) : null;
		const unknown = header.length > 0 && companion === null && format === null;
		previews.push({
			name: source.name,
			container: source.container,
			header,
			delimiter: head.delimiter,
			rows: head.rows,
			format,
			companion,
			guess: unknown ? guessMapping(header, head.rows, head.delimiter) : null
		});
	}
	return previews;
}
