/**
 * Recognises every file of a drop from its header before anything is read: trade data of one
 * format, companions (read first: the data needs their codes), and archive entries to set aside.
 */
import type { Delimiter } from './csv';
import { inFile, TradeFileError } from '../model/errors';
import { detectFile } from './formats/detect';
import { normalizeColumnName } from './formats/fields';
import { webPage } from './input/html-table';
import { readHead } from './input/sniff';
import type { ContentSource } from './input/source';
import type { CompanionId, FormatId, ReadOptions, SkippedEntry } from '../model/types';

/** A source and what it was recognised as. */
export interface PlannedSource {
	source: ContentSource;
	kind: { kind: 'data'; format: FormatId } | { kind: 'companion'; companion: CompanionId };
}

/**
 * Recognises every source from its header. Archive entries that are not trade tables (a readme,
 * BACI's product table) are set aside; a top-level file of no known format is an error that
 * carries its header (the UI then offers the column mapping). All data must be of one format.
 */
export async function planSources(
	sources: ContentSource[],
	skipped: SkippedEntry[],
	options: ReadOptions
): Promise<PlannedSource[]> {
	const companions: PlannedSource[] = [];
	const data: PlannedSource[] = [];
	let unknownInArchive: TradeFileError | undefined;
	for (const source of sources) {
		const inArchive = source.container === 'zip';
		const head = await readHead(source).catch((error: unknown) => {
			// A binary entry beside the tables of an archive (a .dta, a picture) is set aside.
			if (inArchive && error instanceof TradeFileError && error.code === 'not-text') return null;
			throw error;
		});
		if (head === null) {
			skipped.push({ name: source.name, reason: 'not-text' });
			continue;
		}
		if (head.header === null)
			throw new TradeFileError('empty-file', 'The file has no text.', source.name);
		const kind = detected(head.header, source.name, options);
		if (kind.kind === 'unknown') {
			// A web page has no columns to map: say what it is.
			const unknown = head.html
				? webPage(source.name, 'not-trade')
				: unknownFormat(source.name, head.header, head.delimiter);
			if (!inArchive) throw unknown;
			skipped.push({ name: source.name, reason: 'not-a-trade-table' });
			unknownInArchive ??= unknown;
		} else if (kind.kind === 'companion') {
			if (kind.companion === 'baci-product-codes') {
				skipped.push({ name: source.name, reason: 'product-names' });
			} else companions.push({ source, kind });
		} else {
			const first = data[0]?.kind as { format: FormatId } | undefined;
			if (first && first.format !== kind.format)
				throw mixedFormats(source.name, kind.format, first.format);
			data.push({ source, kind });
		}
	}
	if (data.length === 0) {
		// An archive of tables no format knows: ask for the column mapping of the first one.
		if (unknownInArchive) throw unknownInArchive;
		throw noTradeData(sources, skipped);
	}
	return [...companions, ...data];
}

/**
 * No source holds trade data: say what they hold instead. Code tables (a country or product
 * table) are named as such; entries set aside as not text leave an archive with no table.
 */
function noTradeData(sources: ContentSource[], skipped: SkippedEntry[]): TradeFileError {
	const notText = new Set(skipped.filter((s) => s.reason === 'not-text').map((s) => s.name));
	const tables = sources.filter((s) => !notText.has(s.name)).map((s) => s.name);
	const files = sources.map((s) => s.name).join(', ');
	if (tables.length === 0) {
		// Names are "archive.zip › entry": the archives are the files, the entries what they hold.
		const split = [...notText].map((name) => name.split(' › '));
		const archives = [...new Set(split.map((parts) => parts[0]))].join(', ');
		const entries = split.map((parts) => parts.slice(1).join(' › ')).join(', ');
		const verb = split.length === 1 ? 'is' : 'are';
		return new TradeFileError(
			'empty-archive',
			`The zip archive holds no CSV or text file (it holds ${entries}, which ${verb} not text).`,
			archives,
			undefined,
			undefined,
			{ entries }
		);
	}
	return new TradeFileError(
		'only-code-tables',
		`The files hold code tables (${tables.join(', ')}) and no trade data: drop the trade files with them.`,
		files,
		undefined,
		undefined,
		{ files: tables.join(', ') }
	);
}

/** The file's kind; a column lookup that fails in detection (a column named twice) names the file. */
function detected(
	header: string[],
	file: string,
	options: ReadOptions
): ReturnType<typeof detectFile> {
	try {
		return detectFile(header, file, options);
	} catch (error) {
		throw inFile(error, file);
	}
}

function mixedFormats(file: string, found: FormatId, expected: FormatId): TradeFileError {
	return new TradeFileError(
		'mixed-formats',
		`This file is ${found} while the files before it are ${expected}: analyse one format at a time.`,
		file,
		undefined,
		undefined,
		{ format: found, expected }
	);
}

/** Columns of an unknown header quoted in its message, and characters of each (a header may be 1 MiB). */
const SHOWN_COLUMNS = 12;
const SHOWN_NAME = 40;

function unknownFormat(file: string, header: string[], delimiter: Delimiter): TradeFileError {
	const shown = header
		.slice(0, SHOWN_COLUMNS)
		.map((name) => {
			const normal = normalizeColumnName(name.slice(0, SHOWN_NAME + 1));
			return normal.length > SHOWN_NAME ? `${normal.slice(0, SHOWN_NAME)}…` : normal;
		})
		.join(',');
	return new TradeFileError(
		'unknown-format',
		`The header (${shown}) is not one of a known format: map its columns, or drop a file of a known format.`,
		file,
		1,
		undefined,
		{ header: shown, delimiter }
	);
}
