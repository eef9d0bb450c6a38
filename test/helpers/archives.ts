/**
 * Archives and bad inputs made in code, so that no binary fixture is committed: zips through
 * zip.js (the same build the engine reads with), gzip through node:zlib, and the bad-input corpus
 * shared by the engine and CLI tests.
 */
import { gzipSync } from 'node:zlib';
import {
	BlobWriter,
	Uint8ArrayReader,
	ZipWriter,
	type ZipWriterAddDataOptions
} from '@zip.js/zip.js/lib/zip-core-custom.js';
import type { TradeErrorCode } from '../../src/lib/engine/model/errors';

/** One entry to write: text is UTF-8; `level: 0` stores it, anything else deflates it. */
export interface ZipEntrySpec {
	path: string;
	content?: string | Uint8Array;
	level?: number;
	directory?: boolean;
	password?: string;
}

/** A zip of the given entries, in order; `zip64` forces Zip64 records for every entry. */
export async function makeZip(entries: ZipEntrySpec[], zip64 = false): Promise<Blob> {
	const writer = new ZipWriter(new BlobWriter('application/zip'), {
		useWebWorkers: false,
		zip64
	});
	for (const { path, content = '', level = 6, directory, password } of entries) {
		const options: ZipWriterAddDataOptions = { level, directory, useWebWorkers: false };
		if (password) Object.assign(options, { password, zipCrypto: true }); // ZipCrypto: no AES module
		await writer.add(path, directory ? undefined : new Uint8ArrayReader(bytesOf(content)), options);
	}
	return writer.close();
}

/** The gzip of a text or bytes. */
export function makeGzip(content: string | Uint8Array): Uint8Array<ArrayBuffer> {
	return new Uint8Array(gzipSync(bytesOf(content)));
}

/** A minimal XLSX package: what Excel writes first, enough to be recognised. */
export function makeXlsx(): Promise<Blob> {
	return makeZip([
		{ path: '[Content_Types].xml', content: '<?xml version="1.0"?><Types/>' },
		{ path: '_rels/.rels', content: '<?xml version="1.0"?><Relationships/>' },
		{ path: 'xl/workbook.xml', content: '<?xml version="1.0"?><workbook/>' },
		{ path: 'xl/worksheets/sheet1.xml', content: '<?xml version="1.0"?><worksheet/>' }
	]);
}

/** Seeded pseudo-random bytes (a fixed LCG: the same bytes on every run). */
export function seededBytes(length: number, seed = 42): Uint8Array<ArrayBuffer> {
	let state = seed;
	return new Uint8Array(length).map(() => (state = (state * 1103515245 + 12345) >>> 0) >>> 24);
}

/** Text as windows-1252 bytes (Latin-1 range plus '€'), as Comex Stat and old BACI tables come. */
export function windows1252(text: string): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0)));
}

/** Bytes of a Blob. */
export async function bytesOfBlob(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await blob.arrayBuffer());
}

function bytesOf(content: string | Uint8Array): Uint8Array {
	return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

/** Offset and size of an entry's stored data, read from its local header (for corrupting it). */
export function entryData(zip: Uint8Array, path: string): { offset: number; size: number } {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const name = new TextEncoder().encode(path);
	for (let at = 0; at + 30 <= zip.length; at++) {
		if (view.getUint32(at, true) !== 0x04034b50) continue;
		const nameLength = view.getUint16(at + 26, true);
		const extraLength = view.getUint16(at + 28, true);
		const found = zip.subarray(at + 30, at + 30 + nameLength);
		if (found.length === name.length && found.every((b, i) => b === name[i])) {
			return { offset: at + 30 + nameLength + extraLength, size: view.getUint32(at + 18, true) };
		}
	}
	throw new Error(`no local header for ${path}`);
}

/** A small BACI table with every row used or dropped for a reason (reporter BRA). */
export const BACI_SMALL =
	't,i,j,k,v,q\n' +
	'2020,76,842,10121,100.5,2.5\n' +
	'2020,842,76,10121,50,NA\n' +
	'2020,76,251,20130,10,\n' +
	'2020,251,76,20130,20,3\n';

/** One bad input: the bytes a user might drop, and the error it must end in. */
export interface BadInput {
	name: string;
	bytes: Uint8Array<ArrayBuffer>;
	code: TradeErrorCode;
	/** Where the error must point, when the error has a place in the file. */
	line?: number;
	column?: string;
	/** The file the error names, when it is not `name` (an entry of an archive). */
	file?: string;
}

/** The bad-input corpus (DESIGN: every one ends in one clear line, never a stack trace). */
export async function badInputCorpus(): Promise<BadInput[]> {
	const baciZip = await bytesOfBlob(
		await makeZip([{ path: 'data.csv', content: BACI_SMALL.repeat(200) }])
	);
	// Cut inside the central directory (its offset is in the end record, 22 bytes, no comment):
	// the end record is gone, as in an interrupted download.
	const end = new DataView(baciZip.buffer, baciZip.length - 22, 22);
	const cutDirectory = baciZip.slice(0, end.getUint32(16, true) + 20);
	// Flip bytes in the middle of the deflate stream.
	const corrupt = baciZip.slice();
	const data = entryData(corrupt, 'data.csv');
	for (let i = 0; i < 16; i++) corrupt[data.offset + Math.floor(data.size / 2) + i] ^= 0xa5;
	const gz = makeGzip(BACI_SMALL.repeat(500));
	const png = new Uint8Array([
		0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
	]);
	const xls = new Uint8Array(512);
	xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	const text = (value: string) => new TextEncoder().encode(value);
	return [
		{ name: 'noise.csv', bytes: seededBytes(4096), code: 'not-text' },
		{ name: 'chart.csv', bytes: png, code: 'not-text' },
		{ name: 'cut-directory.zip', bytes: cutDirectory, code: 'bad-archive' },
		{
			name: 'corrupt.zip',
			bytes: corrupt,
			code: 'bad-archive',
			file: 'corrupt.zip › data.csv'
		},
		{ name: 'empty.csv', bytes: new Uint8Array(0), code: 'empty-file' },
		{
			name: 'recipes.csv',
			bytes: text('recipe,servings,minutes\nFeijoada,6,180\nPão de queijo,12,40\n'),
			code: 'unknown-format',
			line: 1
		},
		{ name: 'trade.xlsx', bytes: await bytesOfBlob(await makeXlsx()), code: 'spreadsheet' },
		{ name: 'trade.xls', bytes: xls, code: 'spreadsheet' },
		{
			name: 'cut.csv',
			bytes: text('t,i,j,k,v,q\n2020,76,842,10121,100.5,2.5\n2020,842,76,101'),
			code: 'truncated-file',
			line: 3,
			column: 'k'
		},
		{ name: 'cut.csv.gz', bytes: gz.slice(0, Math.floor(gz.length / 2)), code: 'bad-archive' }
	];
}
