/**
 * Zip archives through @zip.js/zip.js: the central directory is read by random access (nothing is
 * unpacked up front) and each entry that may be a table becomes a source that inflates as it streams.
 */
// The "custom" build: reader and writer on the native (De)CompressionStream, with no inline worker
// or WebAssembly fallback (the CSP forbids blob: workers, and we already run in a worker).
import {
	BlobReader,
	ZipReader,
	type Entry,
	type FileEntry,
	type ZipReaderConstructorOptions
} from '@zip.js/zip.js/lib/zip-core-custom.js';
import { TradeFileError } from '../../model/errors';
import type { SkipReason } from '../../model/types';
import type { OpenedInputs } from './source';
import type { ContentSource } from './source';

/** Passed on every call rather than through `configure`, so no other import can change it. */
const ZIP_OPTIONS: ZipReaderConstructorOptions = {
	useWebWorkers: false,
	useCompressionStream: true,
	// Entry names such as `../x.csv` or `/x.csv` are only dangerous to a program that writes the
	// entries to disk; nothing here is ever written, so they are read (shown by their base name).
	filenameValidation: 'tolerant'
};

/** Entries that are plainly not tables, by extension, with why they are set aside. */
const NOT_TABLES: Record<string, SkipReason> = {
	pdf: 'document',
	doc: 'document',
	docx: 'document',
	odt: 'document',
	xls: 'spreadsheet',
	xlsx: 'spreadsheet',
	xlsm: 'spreadsheet',
	xlsb: 'spreadsheet',
	ods: 'spreadsheet',
	png: 'image',
	jpg: 'image',
	jpeg: 'image',
	gif: 'image',
	svg: 'image',
	xml: 'xml',
	rels: 'xml',
	gz: 'nested-archive',
	zip: 'nested-archive',
	'7z': 'nested-archive',
	rar: 'nested-archive'
};

/** How many entry names an 'empty-archive' error lists. */
const LISTED_ENTRIES = 5;

/** The entries of a zip archive as content sources; directories and non-text entries set aside. */
export async function zipSources(name: string, blob: Blob): Promise<OpenedInputs> {
	let entries: Entry[];
	try {
		entries = await new ZipReader(new BlobReader(blob), ZIP_OPTIONS).getEntries();
	} catch (error) {
		const reason = reasonOf(error);
		throw new TradeFileError(
			'bad-archive',
			`The zip archive cannot be read (${reason}): it is damaged or incomplete (download it again).`,
			name,
			undefined,
			undefined,
			{ reason }
		);
	}
	const files = entries.filter((entry): entry is FileEntry => !entry.directory);
	if (isWorkbook(files)) {
		throw new TradeFileError(
			'spreadsheet',
			'The file is an Excel workbook (XLSX), not a CSV: open it and save the sheet as CSV.',
			name,
			undefined,
			undefined,
			{ kind: 'XLSX' }
		);
	}

	const opened: OpenedInputs = { sources: [], skipped: [] };
	for (const entry of files) {
		const entryName = `${name} › ${shownPath(entry.filename)}`;
		const reason = setAsideReason(entry);
		if (reason !== null) {
			opened.skipped.push({ name: entryName, reason });
			continue;
		}
		if (entry.encrypted) {
			throw new TradeFileError(
				'bad-archive',
				'The zip archive is password-protected: unpack it with its password and drop the files.',
				entryName,
				undefined,
				undefined,
				{ reason: 'encrypted' }
			);
		}
		opened.sources.push(entrySource(entryName, entry));
	}
	if (opened.sources.length === 0) {
		const names = files.map((entry) => shownPath(entry.filename));
		const empty = files.filter((entry) => setAsideReason(entry) === 'empty');
		if (empty.length > 0) throw emptyEntries(name, empty);
		const listed =
			names.slice(0, LISTED_ENTRIES).join(', ') + (names.length > LISTED_ENTRIES ? ', …' : '');
		throw new TradeFileError(
			'empty-archive',
			names.length
				? `The zip archive holds no CSV or text file (it holds ${listed}).`
				: 'The zip archive is empty.',
			name,
			undefined,
			undefined,
			{ entries: listed }
		);
	}
	return opened;
}

/**
 * The files of an archive that holds nothing to read are empty (0 bytes): that is not an archive
 * of documents but a download that was cut or damaged, whatever names the entries have.
 */
function emptyEntries(name: string, empty: FileEntry[]): TradeFileError {
	const names = empty.map((entry) => shownPath(entry.filename));
	const listed =
		names.slice(0, LISTED_ENTRIES).join(', ') + (names.length > LISTED_ENTRIES ? ', …' : '');
	return new TradeFileError(
		'empty-entries',
		`Nothing in the zip archive can be read: ${listed} ${names.length === 1 ? 'is' : 'are'} empty (0 bytes), so the download is damaged or incomplete (download it again).`,
		name,
		undefined,
		undefined,
		{ entries: listed }
	);
}

/**
 * An entry's path as shown: a path that climbs out of the archive (`../x.csv`) or starts at a
 * root (`/x.csv`, `C:/x.csv`) is shown by its base name; any other path as stored.
 */
export function shownPath(path: string): string {
	const unsafe = /(^|[/\\])\.\.([/\\]|$)/.test(path) || /^([/\\]|[A-Za-z]:)/.test(path);
	if (!unsafe) return path;
	const parts = path.split(/[/\\]/).filter((part) => part !== '' && part !== '.' && part !== '..');
	return parts.length > 0 ? parts[parts.length - 1] : path;
}

/** An OOXML package with a workbook part: an .xlsx (possibly renamed .csv or .zip). */
function isWorkbook(files: FileEntry[]): boolean {
	return (
		files.some((entry) => entry.filename === '[Content_Types].xml') &&
		files.some((entry) => entry.filename.startsWith('xl/'))
	);
}

/** Why an entry is plainly not a table (null when it may be one: its header will tell). */
function setAsideReason(entry: FileEntry): SkipReason | null {
	const path = entry.filename;
	if (path.startsWith('__MACOSX/')) return 'system-file';
	const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	if (base.startsWith('.')) return 'system-file';
	const dot = base.lastIndexOf('.');
	const reason = dot > 0 ? NOT_TABLES[base.slice(dot + 1).toLowerCase()] : undefined;
	if (reason) return reason;
	if (entry.uncompressedSize === 0) return 'empty';
	return null;
}

/**
 * One entry as a content source. Each open inflates the entry from its start (a later start is
 * reached by skipping), through a TransformStream whose backpressure paces the inflating.
 */
function entrySource(name: string, entry: FileEntry): ContentSource {
	const ratio = entry.compressedSize / entry.uncompressedSize;
	return {
		name,
		storedBytes: entry.compressedSize,
		container: 'zip',
		open(start) {
			let bytes = 0;
			const pipe = new TransformStream<Uint8Array, Uint8Array>({
				transform(chunk, controller) {
					bytes += chunk.length;
					controller.enqueue(chunk);
				}
			});
			// We close or error the pipe ourselves (preventClose): zip.js leaves it open when it
			// fails before writing (a bad local header), which would leave the reader waiting.
			entry
				.getData(pipe.writable, { ...ZIP_OPTIONS, preventClose: true })
				.then(
					() => pipe.writable.close(),
					(error: unknown) => pipe.writable.abort(entryError(name, error))
				)
				.catch(() => undefined); // the reader cancelled the stream: nobody is left to tell
			return {
				stream: pipe.readable,
				skip: start,
				storedBytesRead: () => Math.min(entry.compressedSize, Math.round(bytes * ratio))
			};
		}
	};
}

/** A failure while inflating an entry (bad CRC, corrupt or cut data), named after the entry. */
function entryError(name: string, error: unknown): TradeFileError {
	const reason = reasonOf(error);
	return new TradeFileError(
		'bad-archive',
		`The file in the zip archive cannot be read to its end (${reason}): the archive is damaged or incomplete.`,
		name,
		undefined,
		undefined,
		{ reason }
	);
}

/** The library's reason on one line, with the underlying cause when it wraps one. */
function reasonOf(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
	return (error.message + cause).replace(/\s+/g, ' ').trim();
}
