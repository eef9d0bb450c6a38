/**
 * Input files → content sources: a plain file is itself, a .gz is decompressed as it streams,
 * a zip is opened (its central directory read by random access) into one source per entry.
 * Spreadsheets, broken archives and binary files are refused here with a message that says so.
 */
import { TradeFileError } from '../../model/errors';
import {
	gzipSource,
	plainSource,
	type ContentSource,
	type InputFile,
	type OpenedInputs
} from './source';
import { zipSources } from './zip';

const GZIP_MAGIC = [0x1f, 0x8b];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: an Excel 97–2003 workbook (.xls). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Files that are not text, by magic number: `kind` for the UI, `what` for the English message. */
const NOT_TEXT: { magic: number[]; kind: string; what: string }[] = [
	{ magic: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF', what: 'a PDF document' }, // %PDF- is ASCII
	{
		magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
		kind: 'PNG image',
		what: 'a PNG image'
	},
	{ magic: [0xff, 0xd8, 0xff], kind: 'JPEG image', what: 'a JPEG image' },
	{ magic: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image', what: 'a GIF image' },
	{ magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z archive', what: 'a 7z archive' },
	{ magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'RAR archive', what: 'a RAR archive' }
];

/** Opens every input file; archives become their entries, in archive order. */
export async function openInputs(files: InputFile[]): Promise<OpenedInputs> {
	const sources: ContentSource[] = [];
	const skipped: OpenedInputs['skipped'] = [];
	for (const { name, blob } of files) {
		if (blob.size === 0) throw new TradeFileError('empty-file', 'The file is empty.', name);
		const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
		if (startsWith(head, GZIP_MAGIC)) sources.push(gzipSource(name, blob));
		else if (startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP_MAGIC)) {
			const archive = await zipSources(name, blob);
			sources.push(...archive.sources);
			skipped.push(...archive.skipped);
		} else {
			refuseBinary(name, head);
			sources.push(plainSource(name, blob));
		}
	}
	return { sources, skipped };
}

/** Throws for an old Excel workbook or a known binary format, naming what the file is. */
function refuseBinary(name: string, head: Uint8Array): void {
	if (startsWith(head, OLE2_MAGIC)) {
		throw new TradeFileError(
			'spreadsheet',
			'The file is an Excel 97–2003 workbook (XLS), not a CSV: open it and save the sheet as CSV.',
			name,
			undefined,
			undefined,
			{ kind: 'XLS' }
		);
	}
	const binary = NOT_TEXT.find(({ magic }) => startsWith(head, magic));
	if (binary) {
		throw new TradeFileError(
			'not-text',
			`The file is not a text table: it is ${binary.what}.`,
			name,
			undefined,
			undefined,
			{ kind: binary.kind }
		);
	}
}

/** Whether bytes start with a magic number. */
export function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
