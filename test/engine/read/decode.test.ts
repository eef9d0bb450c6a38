import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeText, incompleteUtf8Tail, looksBinary } from '../../../src/lib/engine/read/decode';
import { TradeFileError } from '../../../src/lib/engine/model/errors';
import { openInputs } from '../../../src/lib/engine/read/input/open';
import { partsSource } from '../../helpers/parts-source';

/** Decodes byte parts (one stream chunk each, so characters can be cut between them) into one string. */
async function decodeParts(...parts: (Uint8Array | string)[]) {
	const chunks = [];
	for await (const chunk of decodeText(partsSource(parts))) chunks.push(chunk);
	return { text: chunks.map((c) => c.text).join(''), chunks };
}

const bytes = (...b: number[]) => new Uint8Array(b);

async function decodeError(...parts: (Uint8Array | string)[]): Promise<TradeFileError> {
	try {
		await decodeParts(...parts);
	} catch (error) {
		if (error instanceof TradeFileError) return error;
		throw error;
	}
	throw new Error('expected a TradeFileError');
}

describe('decodeText', () => {
	it('decodes a multi-byte character split across two chunks', async () => {
		// 'ã' is C3 A3 and '€' is E2 82 AC: each is cut between two Blob parts.
		const { text, chunks } = await decodeParts(
			bytes(0x61, 0x2c, 0xc3),
			bytes(0xa3, 0x2c, 0xe2, 0x82),
			bytes(0xac, 0x0a)
		);
		expect(chunks.length).toBeGreaterThan(1);
		expect(text).toBe('a,ã,€\n');
		expect(text).not.toContain('\uFFFD');
		expect(chunks.every((c) => c.encoding === 'utf-8')).toBe(true);
	});

	it('strips the UTF-8 BOM, even split across chunks', async () => {
		expect((await decodeParts(bytes(0xef, 0xbb), bytes(0xbf, 0x74, 0x2c, 0x69))).text).toBe('t,i');
	});

	it('falls back to windows-1252 when the bytes are not UTF-8', async () => {
		// 0xE3 alone is 'ã' in windows-1252 and invalid UTF-8; 0x80 is '€'.
		const { text, chunks } = await decodeParts(bytes(0x53, 0xe3, 0x6f, 0x20, 0x80));
		expect(text).toBe('São €');
		expect(chunks.at(-1)?.encoding).toBe('windows-1252');
	});

	it('switches mid-file without repeating or losing text', async () => {
		// Valid UTF-8 first (including 'ç' = C3 A7), then a latin-1 byte in a later chunk, with the
		// previous chunk ending on the first byte of a UTF-8 sequence: that byte is re-read as 1252.
		const { text } = await decodeParts(
			'Cura',
			bytes(0xc3, 0xa7),
			'ao\nline2,',
			bytes(0xc3),
			bytes(0x20, 0xe9)
		);
		expect(text).toBe('Curaçao\nline2,Ã é');
	});

	it('re-reads from the start as windows-1252 when the first chunk fails, dropping a BOM', async () => {
		const { text } = await decodeParts(bytes(0xef, 0xbb, 0xbf, 0x43, 0xf4, 0x74, 0x65));
		expect(text).toBe('Côte');
	});

	it('treats a file ending inside a multi-byte sequence as windows-1252', async () => {
		expect((await decodeParts('ab', bytes(0xc3))).text).toBe('abÃ');
	});

	it('decompresses gzip', async () => {
		const gz = gzipSync(Buffer.from('t,i,j\n2020,ã,1\n', 'utf8'));
		const { sources } = await openInputs([{ name: 'test.csv', blob: new Blob([gz]) }]);
		const chunks = [];
		for await (const chunk of decodeText(sources[0])) chunks.push(chunk);
		const text = chunks.map((c) => c.text).join('');
		expect(text).toBe('t,i,j\n2020,ã,1\n');
		expect(chunks.at(-1)?.bytesDone).toBe(gz.length);
	});

	it('reports bytes read, increasing, up to the size', async () => {
		const { chunks } = await decodeParts('abc', 'def', 'gh');
		expect(chunks.map((c) => c.bytesDone)).toEqual([3, 6, 8]);
	});

	it('cuts a one-part Blob into pieces of at most 1 MiB', async () => {
		const { chunks } = await decodeParts('x'.repeat(2.5 * 2 ** 20));
		expect(chunks.map((c) => c.text.length)).toEqual([2 ** 20, 2 ** 20, 2 ** 19]);
	});

	it('rejects an empty file', async () => {
		const error = await decodeError();
		expect(error.code).toBe('empty-file');
		expect(error.toLine()).toContain('test.csv');
	});

	it('rejects binary content: a PNG header, random bytes', async () => {
		const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48);
		expect((await decodeError(png)).code).toBe('not-text');
		let seed = 7; // a fixed linear congruential sequence: the same "random" bytes every run
		const random = new Uint8Array(4096).map(
			() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
		);
		const error = await decodeError(random);
		expect(error.code).toBe('not-text');
		expect(error.toLine()).toContain('test.csv');
	});
});

describe('looksBinary / incompleteUtf8Tail', () => {
	it('accepts text with tabs and line breaks, rejects control characters', () => {
		expect(looksBinary(new TextEncoder().encode('a\tb\r\nc;d\n'))).toBe(false);
		expect(looksBinary(bytes(0x61, 0x01, 0x02, 0x62))).toBe(true);
	});

	it('measures an unfinished UTF-8 sequence at the end', () => {
		expect(incompleteUtf8Tail(bytes(0x61, 0x62))).toBe(0);
		expect(incompleteUtf8Tail(bytes(0x61, 0xc3))).toBe(1);
		expect(incompleteUtf8Tail(bytes(0xc3, 0xa3))).toBe(0);
		expect(incompleteUtf8Tail(bytes(0x61, 0xe2, 0x82))).toBe(2);
		expect(incompleteUtf8Tail(bytes(0xf0, 0x9f, 0x98))).toBe(3);
		expect(incompleteUtf8Tail(bytes(0xe2, 0x82, 0xac))).toBe(0);
	});
});
