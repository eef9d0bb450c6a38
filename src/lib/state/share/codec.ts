/**
 * Results ↔ the text of a link's fragment (`#results=1.<data>`) or a results file. The fragment
 * is never sent to a server by the browser. JSON is compressed with the platform's
 * CompressionStream (deflate-raw) and written in base64url; decoding refuses anything that does
 * not decode, decompresses to more than MAX_JSON_BYTES (a crafted "zip bomb") or fails validation.
 */
import { ShareError, type SharedResults } from './shared-results';
import { fromWire, toWire } from './wire';

/** The fragment's name and the encoding's version (the payload has its own version inside). */
export const FRAGMENT_PREFIX = '#results=1.';
/** The most JSON a link or file may expand to. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Shared results as the fragment of a link (starting with `#`). */
export async function encodeFragment(shared: SharedResults): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(toWire(shared)));
	const compressed = await collect(
		new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))
	);
	return FRAGMENT_PREFIX + toBase64Url(compressed);
}

/** Whether a location hash is a results link (decoding may still fail). */
export function isResultsFragment(hash: string): boolean {
	return hash.startsWith('#results=');
}

/** The results a fragment holds; rejects with ShareError whatever is wrong with it. */
export async function decodeFragment(hash: string): Promise<SharedResults> {
	if (!isResultsFragment(hash)) throw new ShareError('not-results');
	if (!hash.startsWith(FRAGMENT_PREFIX)) throw new ShareError('version');
	const bytes = fromBase64Url(hash.slice(FRAGMENT_PREFIX.length));
	let json: Uint8Array;
	try {
		json = await collect(
			new Blob([bytes as Uint8Array<ArrayBuffer>])
				.stream()
				.pipeThrough(new DecompressionStream('deflate-raw')),
			MAX_JSON_BYTES
		);
	} catch (error) {
		if (error instanceof ShareError) throw error;
		throw new ShareError('damaged', 'compression');
	}
	return parsePayload(new TextDecoder('utf-8', { fatal: false }).decode(json));
}

/** The results in a results file's text (the same JSON, uncompressed, so it can be read). */
export function resultsFileText(shared: SharedResults): string {
	return JSON.stringify(toWire(shared));
}

/** The results of a payload's JSON text; throws ShareError. */
export function parsePayload(text: string): SharedResults {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ShareError('damaged', 'json');
	}
	return fromWire(value);
}

/** All bytes of a stream, refusing more than `limit`. */
async function collect(stream: ReadableStream<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw new ShareError('too-large');
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

/** Bytes as base64url without padding (RFC 4648 §5): safe in a URL as it is. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

/** The bytes of base64url text; throws ShareError('damaged') on any other character or length. */
export function fromBase64Url(text: string): Uint8Array {
	if (text.length % 4 === 1) throw new ShareError('damaged', 'length');
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let buffer = 0;
	let at = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? VALUE_OF[code] : -1;
		if (value < 0) throw new ShareError('damaged', 'character');
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >> bits) & 0xff;
		}
	}
	return bytes;
}
