import { TradeFileError } from '../model/errors';
import { headError, headSoFar, sniffHead } from './head-bytes';
import type { ContentSource, OpenedContent } from './input/source';

export { looksBinary, placeOf, sniffHead, type HeadKind } from './head-bytes';

/**
 * The text encodings the reader reads: UTF-8, windows-1252 (bytes that are not UTF-8) and
 * UTF-16 (told from its BOM, or without one from its NUL high bytes: Windows' "Unicode" text).
 */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A piece of decoded text and how far into the file's bytes the read has got. */
export interface TextChunk {
	text: string;
	/** Bytes of the file as stored (compressed bytes for a .gz or zip entry) read so far, for progress. */
	bytesDone: number;
	encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Largest piece of bytes decoded at once. */
const MAX_PIECE_BYTES = 1 << 20;
/** Bytes gathered before the first decoding, to tell text, UTF-16 and binary apart. */
const HEAD_BYTES = 4096;

/**
 * Decodes a Blob into text chunks without ever holding the whole file as one string.
 * The TextDecoder runs in streaming mode, so a character split across two byte chunks is
 * decoded whole; the BOM is stripped. Bytes that are not UTF-8 switch the decoder to
 * windows-1252: the Blob is read again from its beginning and decoding resumes exactly at the
 * first byte not yet turned into text (the text already delivered was valid UTF-8, and every
 * field the readers use is ASCII, so nothing before that point changes meaning).
 * UTF-16 is told from the head (see sniffHead) and decoded as such from the start.
 * The source does any decompression. Throws 'empty-file', 'not-text', 'zero-filled',
 * 'nul-byte' or 'bad-archive'.
 * `from` starts at a content offset (at a line start: the fast reading hands over there; the
 * head was looked at before, and the file is UTF-8 or windows-1252).
 */
export async function* decodeText(source: ContentSource, from = 0): AsyncGenerator<TextChunk> {
	const file = source.name;
	let encoding: TextEncodingName = 'utf-8';
	let start = from; // offset in the content bytes where this pass starts decoding
	let reported = 0; // bytesDone never goes backwards, even when a pass restarts
	let empty = true;
	let sniffed = from > 0;
	for (;;) {
		const opened = source.open(start);
		let decoder: TextDecoder | null = null;
		let fed = start;
		let decodedUpTo = start; // bytes fully turned into delivered text
		let tail: Uint8Array = new Uint8Array(0); // last ≤ 3 bytes fed: an unfinished UTF-8 sequence?
		let failed = false;
		const judge = (head: Uint8Array, whole: boolean): boolean => {
			const kind = whole ? sniffHead(head) : headSoFar(head);
			if (kind === null) return false;
			if (kind.kind === 'utf-16le' || kind.kind === 'utf-16be') encoding = kind.kind;
			else if (kind.kind !== 'text') throw headError(file, head, kind);
			return true;
		};
		const stream = pieces(opened, file);
		for await (let bytes of sniffed ? stream : judgedFirst(stream, judge)) {
			empty = false;
			sniffed = true;
			// windows-1252 from byte 0 (UTF-8 failed in the first piece): drop a UTF-8 BOM by hand.
			if (fed === 0 && encoding === 'windows-1252' && startsWith(bytes, UTF8_BOM)) {
				bytes = bytes.subarray(3);
				fed = decodedUpTo = 3;
			}
			// UTF-16 is never fatal: an unpaired surrogate becomes U+FFFD (no field the readers use has one).
			decoder ??= new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
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
			reported = Math.max(reported, opened.storedBytesRead());
			if (text) yield { text, bytesDone: reported, encoding };
		}
		if (empty) throw new TradeFileError('empty-file', 'The file is empty.', file);
		if (!failed) {
			try {
				const rest = decoder?.decode() ?? '';
				if (rest) yield { text: rest, bytesDone: reported, encoding };
				return;
			} catch {
				// the file ends inside a multi-byte sequence: not UTF-8 either
			}
		}
		if (encoding !== 'utf-8') return; // windows-1252 and UTF-16 decode every byte: cannot fail
		encoding = 'windows-1252';
		start = decodedUpTo;
	}
}

/**
 * The pieces of a stream, unchanged, after `judge` has decided on their head: it sees the
 * pieces gathered so far as one (whole: HEAD_BYTES of them, or the end of the stream) and says
 * whether that was enough. A head is judged whole even when the stream starts with tiny chunks.
 */
async function* judgedFirst(
	source: AsyncGenerator<Uint8Array>,
	judge: (head: Uint8Array, whole: boolean) => boolean
): AsyncGenerator<Uint8Array> {
	let gathered: Uint8Array[] | null = [];
	let size = 0;
	for await (const bytes of source) {
		if (gathered === null) {
			yield bytes;
			continue;
		}
		gathered.push(bytes);
		size += bytes.length;
		if (judge(join(gathered, size), size >= HEAD_BYTES)) {
			yield* gathered;
			gathered = null;
		}
	}
	if (gathered !== null && size > 0) {
		judge(join(gathered, size), true);
		yield* gathered;
	}
}

function join(parts: Uint8Array[], size: number): Uint8Array {
	if (parts.length === 1) return parts[0];
	const joined = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		joined.set(part, at);
		at += part.length;
	}
	return joined;
}

/**
 * The opened content's bytes after its `skip`, in pieces of at most MAX_PIECE_BYTES (Node hands
 * a one-part Blob over as one chunk: decoding that at once would make the whole file one string).
 * A stream that fails (a corrupt or cut-short .gz or zip entry) becomes 'bad-archive'.
 */
export async function* pieces(opened: OpenedContent, file: string): AsyncGenerator<Uint8Array> {
	let skip = opened.skip;
	const reader = opened.stream.getReader();
	try {
		for (;;) {
			let chunk: ReadableStreamReadResult<Uint8Array>;
			try {
				chunk = await reader.read();
			} catch (error) {
				throw unreadableContent(file, error);
			}
			const { value, done } = chunk;
			if (done) return;
			const from = Math.min(skip, value.length);
			skip -= from;
			for (let at = from; at < value.length; at += MAX_PIECE_BYTES) {
				yield value.subarray(at, Math.min(at + MAX_PIECE_BYTES, value.length));
			}
		}
	} finally {
		await reader.cancel().catch(() => undefined);
	}
}

/** A decompression error (or a TradeFileError from a zip reader, passed on as is). */
function unreadableContent(file: string, error: unknown): TradeFileError {
	if (error instanceof TradeFileError) return error;
	const reason = error instanceof Error ? error.message : String(error);
	return new TradeFileError(
		'bad-archive',
		`The compressed file cannot be read to its end (${reason}): it is damaged or was cut short.`,
		file,
		undefined,
		undefined,
		{ reason }
	);
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
