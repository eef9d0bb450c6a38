import { TradeFileError } from './errors';

/** The text encodings the reader tries, in order. */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** A piece of decoded text and how far into the file's bytes the read has got. */
export interface TextChunk {
	text: string;
	/** Bytes of the file (as stored: compressed bytes for a .gz) read so far, for progress. */
	bytesDone: number;
	encoding: TextEncodingName;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Largest piece of bytes decoded at once. */
const MAX_PIECE_BYTES = 1 << 20;

/**
 * Decodes a Blob into text chunks without ever holding the whole file as one string.
 * The TextDecoder runs in streaming mode, so a character split across two byte chunks is
 * decoded whole; the BOM is stripped. Bytes that are not UTF-8 switch the decoder to
 * windows-1252: the Blob is read again from its beginning and decoding resumes exactly at the
 * first byte not yet turned into text (the text already delivered was valid UTF-8, and every
 * field the readers use is ASCII, so nothing before that point changes meaning).
 * A gzip file (magic 1F 8B) is decompressed on the fly. Throws 'empty-file' or 'not-text'.
 */
export async function* decodeText(blob: Blob, file: string): AsyncGenerator<TextChunk> {
	if (blob.size === 0) throw new TradeFileError('empty-file', 'The file is empty.', file);
	const gzip = startsWith(new Uint8Array(await blob.slice(0, 2).arrayBuffer()), GZIP_MAGIC);
	let encoding: TextEncodingName = 'utf-8';
	let start = 0; // offset in the (decompressed) byte stream where this pass starts decoding
	let reported = 0; // bytesDone never goes backwards, even when a pass restarts
	for (;;) {
		const source = openBytes(blob, gzip, start);
		const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
		let fed = start;
		let decodedUpTo = start; // bytes fully turned into delivered text
		let tail: Uint8Array = new Uint8Array(0); // last ≤ 3 bytes fed: an unfinished UTF-8 sequence?
		let failed = false;
		for await (let bytes of pieces(source)) {
			if (fed === 0) {
				if (looksBinary(bytes)) throw notText(file);
				// windows-1252 from byte 0 (UTF-8 failed in the first piece): drop a UTF-8 BOM by hand.
				if (encoding !== 'utf-8' && startsWith(bytes, UTF8_BOM)) {
					bytes = bytes.subarray(3);
					fed = decodedUpTo = 3;
				}
			}
			let text: string;
			try {
				text = decoder.decode(bytes, { stream: true });
			} catch {
				failed = true;
				break;
			}
			fed += bytes.length;
			tail = lastBytes(tail, bytes);
			decodedUpTo = fed - (encoding === 'utf-8' ? incompleteUtf8Tail(tail) : 0);
			reported = Math.max(reported, source.rawBytesRead());
			if (text) yield { text, bytesDone: reported, encoding };
		}
		if (!failed) {
			try {
				const rest = decoder.decode();
				if (rest) yield { text: rest, bytesDone: reported, encoding };
				return;
			} catch {
				// the file ends inside a multi-byte sequence: not UTF-8 either
			}
		}
		if (encoding !== 'utf-8') return; // windows-1252 decodes every byte: cannot fail
		encoding = 'windows-1252';
		start = decodedUpTo;
	}
}

/**
 * The source's bytes after its `skip`, in pieces of at most MAX_PIECE_BYTES (Node hands a
 * one-part Blob over as one chunk: decoding that at once would make the whole file one string).
 */
async function* pieces(source: ByteSource): AsyncGenerator<Uint8Array> {
	let skip = source.skip;
	try {
		for (;;) {
			const { value, done } = await source.reader.read();
			if (done) return;
			const from = Math.min(skip, value.length);
			skip -= from;
			for (let at = from; at < value.length; at += MAX_PIECE_BYTES) {
				yield value.subarray(at, Math.min(at + MAX_PIECE_BYTES, value.length));
			}
		}
	} finally {
		await source.reader.cancel().catch(() => undefined);
	}
}

interface ByteSource {
	reader: ReadableStreamDefaultReader<Uint8Array>;
	/** Bytes at the head of the stream to discard (a gzip stream cannot be sliced). */
	skip: number;
	rawBytesRead: () => number;
}

function openBytes(blob: Blob, gzip: boolean, start: number): ByteSource {
	let raw = gzip ? 0 : start;
	const counter = new TransformStream<Uint8Array, Uint8Array>({
		transform(chunk, controller) {
			raw += chunk.length;
			controller.enqueue(chunk);
		}
	});
	if (!gzip) {
		const stream = blob.slice(start).stream().pipeThrough(counter);
		return { reader: stream.getReader(), skip: 0, rawBytesRead: () => raw };
	}
	const stream = blob
		.stream()
		.pipeThrough(counter)
		.pipeThrough(
			new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>
		);
	return { reader: stream.getReader(), skip: start, rawBytesRead: () => raw };
}

/** Binary content: a NUL byte, or more than 2% control characters other than tab, CR, LF, FF. */
export function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 65536);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) control++;
	}
	return control > n * 0.02;
}

/** Length of an unfinished UTF-8 sequence at the end of already-validated bytes (0–3). */
export function incompleteUtf8Tail(tail: Uint8Array): number {
	const end = tail.length;
	for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
		const b = tail[i];
		if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
		if (b < 0x80) return 0;
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
		return end - i < need ? end - i : 0;
	}
	return 0;
}

function lastBytes(previous: Uint8Array, bytes: Uint8Array): Uint8Array {
	if (bytes.length >= 3) return bytes.slice(bytes.length - 3);
	const joined = new Uint8Array(previous.length + bytes.length);
	joined.set(previous);
	joined.set(bytes, previous.length);
	return joined.slice(Math.max(0, joined.length - 3));
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function notText(file: string): TradeFileError {
	return new TradeFileError(
		'not-text',
		'The file is not text (binary content: an image, a spreadsheet or a compressed archive?).',
		file
	);
}
