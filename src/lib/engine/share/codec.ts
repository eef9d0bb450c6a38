/**
 * Results ↔ the text of a link's fragment (`#results=1.<data>`) or a results file. The fragment
 * is never sent to a server by the browser. JSON is compressed with the platform's
 * CompressionStream (deflate-raw) and written in base64url; decoding refuses anything that does
 * not decode, inflates past MAX_JSON_BYTES (a crafted "zip bomb": inflate.ts stops there), holds
 * nothing, or fails validation (wire.ts). On the page this runs in a worker (decode-request.ts).
 */
import { MAX_JSON_BYTES, MAX_LINK_CHARS } from './bounds';
import { inflateWithin } from './inflate';
import { sharedOf } from './materialize';
import { ShareError, type SharedPayload, type SharedResults } from './shared-results';
import { fromWire, toWire } from './wire';

export { MAX_JSON_BYTES } from './bounds';

/** The fragment's name and the encoding's version (the payload has its own version inside). */
export const FRAGMENT_PREFIX = '#results=1.';

/** Shared results as the fragment of a link (starting with `#`). */
export async function encodeFragment(shared: SharedResults): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(toWire(shared)));
	const compressed = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	// A Response only collects the stream's bytes here: nothing is fetched.
	return (
		FRAGMENT_PREFIX + toBase64Url(new Uint8Array(await new Response(compressed).arrayBuffer()))
	);
}

/** Whether a location hash is a results link (decoding may still fail). */
export function isResultsFragment(hash: string): boolean {
	return hash.startsWith('#results=');
}

/** The validated payload a fragment holds; rejects with ShareError whatever is wrong with it. */
export async function payloadOfFragment(hash: string): Promise<SharedPayload> {
	refuseOverlongFragment(hash);
	if (!isResultsFragment(hash)) throw new ShareError('not-results');
	if (!hash.startsWith(FRAGMENT_PREFIX)) {
		// `#results=2.…` is a newer encoding; anything else was cut or altered.
		const version = /^#results=(\d{1,4})\./.exec(hash);
		if (version && Number(version[1]) > 1) throw new ShareError('version');
		throw new ShareError('damaged', 'prefix');
	}
	const body = hash.slice(FRAGMENT_PREFIX.length);
	if (body === '') throw new ShareError('empty', 'link');
	const json = await inflateWithin(fromBase64Url(body), MAX_JSON_BYTES);
	return payloadOfText(new TextDecoder('utf-8', { fatal: false }).decode(json));
}

/** Throws ShareError('too-long') for a link longer than the app opens (checked before any work). */
export function refuseOverlongFragment(hash: string): void {
	if (hash.length > MAX_LINK_CHARS) throw new ShareError('too-long', String(hash.length));
}

/** The validated payload of a results file (the same JSON, uncompressed). */
export async function payloadOfFile(file: Blob): Promise<SharedPayload> {
	// A results file is small JSON; a bigger .json is not one, and reading it whole would be costly.
	if (file.size > MAX_JSON_BYTES)
		throw new ShareError('too-large', `more than ${MAX_JSON_BYTES / 1024 / 1024} MB`);
	return payloadOfText(await file.text());
}

/** The validated payload of JSON text; throws ShareError. */
export function payloadOfText(text: string): SharedPayload {
	if (text.trim() === '') throw new ShareError('empty', 'text');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ShareError('damaged', 'json');
	}
	return fromWire(value);
}

/** The results a fragment holds, built at once; rejects with ShareError. */
export async function decodeFragment(hash: string): Promise<SharedResults> {
	return sharedOf(await payloadOfFragment(hash));
}

/** The results in a results file's text (the same JSON, uncompressed, so it can be read). */
export function resultsFileText(shared: SharedResults): string {
	return JSON.stringify(toWire(shared));
}

/** The results of a payload's JSON text, built at once; throws ShareError. */
export function parsePayload(text: string): SharedResults {
	return sharedOf(payloadOfText(text));
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
