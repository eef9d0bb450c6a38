/**
 * A file's content as a stream of bytes that can be opened again from any offset: decoding
 * restarts from the first non-UTF-8 byte as windows-1252, and sniffing reads only the head.
 * Plain files, .gz files and zip entries all look the same to the rest of the engine.
 */
import type { SkippedEntry } from '../../model/types';

/** A file to read: a browser File or a Node Blob, with the name to report it by. */
export interface InputFile {
	name: string;
	blob: Blob;
}

/** What the input files hold: the sources to read, and archive entries set aside (with why). */
export interface OpenedInputs {
	sources: ContentSource[];
	skipped: SkippedEntry[];
}

/** How a file's bytes are stored. */
export type Container = 'plain' | 'gzip' | 'zip';

/** A trade file to read, whatever its container. */
export interface ContentSource {
	/** Name for messages and the ledger: the file's, or "archive.zip › entry.csv". */
	name: string;
	/** Size as stored (compressed size for .gz and zip entries), for progress. */
	storedBytes: number;
	container: Container;
	/** The file itself when its bytes are the content (plain files): it can be read in slices. */
	blob?: Blob;
	/** The content (decompressed) bytes from offset `start` on. */
	open(start: number): OpenedContent;
}

/** An opened content stream. */
export interface OpenedContent {
	/** Content bytes; the first `skip` of them come before the requested start and must be discarded. */
	stream: ReadableStream<Uint8Array>;
	skip: number;
	/** Stored bytes consumed so far (for progress). */
	storedBytesRead(): number;
}

/** A stream transform that counts the bytes passing through it. */
export function countingStream(): {
	transform: TransformStream<Uint8Array, Uint8Array>;
	count: () => number;
} {
	let bytes = 0;
	const transform = new TransformStream<Uint8Array, Uint8Array>({
		transform(chunk, controller) {
			bytes += chunk.length;
			controller.enqueue(chunk);
		}
	});
	return { transform, count: () => bytes };
}

/** Bytes read from a plain file at once: few reads, each large enough to keep the disk busy. */
const PLAIN_READ_BYTES = 4 << 20;

/**
 * A plain (uncompressed) Blob: opening at an offset slices it, so nothing is skipped. It is read
 * in large slices, one ahead of the reader, so reading the next overlaps with parsing this one.
 */
export function plainSource(name: string, blob: Blob): ContentSource {
	return {
		name,
		storedBytes: blob.size,
		container: 'plain',
		blob,
		open(start) {
			let position = start;
			let delivered = start;
			const stream = new ReadableStream<Uint8Array>(
				{
					async pull(controller) {
						if (position >= blob.size) return controller.close();
						const end = Math.min(position + PLAIN_READ_BYTES, blob.size);
						const bytes = new Uint8Array(await blob.slice(position, end).arrayBuffer());
						position = end;
						controller.enqueue(bytes);
					}
				},
				{ highWaterMark: 1 }
			);
			const reader = stream.pipeThrough(
				new TransformStream<Uint8Array, Uint8Array>({
					transform(chunk, controller) {
						delivered += chunk.length;
						controller.enqueue(chunk);
					}
				})
			);
			return { stream: reader, skip: 0, storedBytesRead: () => delivered };
		}
	};
}

/** A gzip Blob, decompressed as it streams; a later start is reached by skipping. */
export function gzipSource(name: string, blob: Blob): ContentSource {
	return {
		name,
		storedBytes: blob.size,
		container: 'gzip',
		open(start) {
			const counter = countingStream();
			const stream = blob
				.stream()
				.pipeThrough(counter.transform)
				.pipeThrough(
					new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>
				);
			return { stream, skip: start, storedBytesRead: counter.count };
		}
	};
}
