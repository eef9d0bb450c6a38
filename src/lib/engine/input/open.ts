/**
 * Input files → content sources: a plain file is itself, a .gz is decompressed as it streams,
 * a zip is opened (its central directory read by random access) into one source per entry.
 * Spreadsheets, broken archives and binary files are refused here with a message that says so.
 */
import type { InputFile } from '../analyze';
import { gzipSource, plainSource, type ContentSource } from './source';
import { zipSources } from './zip';

const GZIP_MAGIC = [0x1f, 0x8b];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/** What the input files hold: the sources to read, and archive entries set aside (with why). */
export interface OpenedInputs {
	sources: ContentSource[];
	skipped: { name: string; reason: string }[];
}

/** Opens every input file; archives become their entries, in archive order. */
export async function openInputs(files: InputFile[]): Promise<OpenedInputs> {
	const sources: ContentSource[] = [];
	const skipped: OpenedInputs['skipped'] = [];
	for (const { name, blob } of files) {
		const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
		if (startsWith(head, GZIP_MAGIC)) sources.push(gzipSource(name, blob));
		else if (startsWith(head, ZIP_MAGIC) || startsWith(head, EMPTY_ZIP_MAGIC)) {
			const archive = await zipSources(name, blob);
			sources.push(...archive.sources);
			skipped.push(...archive.skipped);
		} else sources.push(plainSource(name, blob));
	}
	return { sources, skipped };
}

/** Whether bytes start with a magic number. */
export function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
