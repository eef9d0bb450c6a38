/**
 * What the head of a file says before it is decoded: UTF-16 (with a BOM, or without one but
 * every other byte NUL), only zero bytes (a damaged download), a NUL byte inside text (its line
 * and character), binary content. Through decodeText, through the engine API and sniffHead.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../src/lib/engine/read/analyze';
import { decodeText, placeOf, sniffHead } from '../../../src/lib/engine/read/decode';
import { partsSource } from '../../helpers/parts-source';
import { expectReconciled, keyOf, readOptions, rejection, textFile } from './read-helpers';

async function decodeParts(parts: Uint8Array[]) {
	const chunks = [];
	for await (const chunk of decodeText(partsSource(parts))) chunks.push(chunk);
	return {
		text: chunks.map((c) => c.text).join(''),
		encodings: new Set(chunks.map((c) => c.encoding))
	};
}

/** UTF-16 bytes of a text, little- or big-endian, with or without a BOM. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
	const units = (bom ? '\uFEFF' : '') + text;
	const bytes = new Uint8Array(units.length * 2);
	for (let i = 0; i < units.length; i++) {
		const unit = units.charCodeAt(i);
		bytes[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff;
		bytes[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8;
	}
	return bytes;
}

/** The bytes cut at the given offsets into parts. */
function cut(bytes: Uint8Array, ...at: number[]): Uint8Array[] {
	const parts: Uint8Array[] = [];
	let from = 0;
	for (const to of [...at, bytes.length]) {
		parts.push(bytes.slice(from, to));
		from = to;
	}
	return parts;
}

// BRA (76) and ARG (32), one product (010121): hand-computed keys below.
const BACI = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n2020,32,76,10121,2.5,3\n';

describe('UTF-16 text', () => {
	// Mostly ASCII, as real tables are (a BOM-less guess needs 90% of code units below U+0100).
	const text = 'CO_PAIS;NO_PAIS;X\n"000";Não Definido;€ 😀\n';

	for (const order of ['le', 'be'] as const) {
		for (const bom of [true, false]) {
			it(`decodes UTF-16${order.toUpperCase()} ${bom ? 'with' : 'without'} a BOM, cut anywhere`, async () => {
				const bytes = utf16(text, order, bom);
				// Cuts inside the BOM, inside a code unit, and between the two halves of 😀 (a surrogate pair).
				const pair = bytes.length - 6; // 😀 is the last 4 bytes before "\n"
				const parts = cut(bytes, 1, 3, 7, pair + 1, pair + 2, pair + 3);
				const { text: decoded, encodings } = await decodeParts(parts);
				expect(decoded).toBe(text);
				expect([...encodings]).toEqual([`utf-16${order}`]);
			});
		}
	}

	it('reads a BACI file saved as UTF-16 (BOM LE, no BOM BE, gzip) with the same keys', async () => {
		for (const [name, bytes] of [
			['le.csv', utf16(BACI, 'le', true)],
			['be.csv', utf16(BACI, 'be', false)],
			['le.csv.gz', new Uint8Array(gzipSync(utf16(BACI, 'le', false)))]
		] as const) {
			const result = await readTradeFiles(
				[textFile(name, bytes)],
				readOptions({ reporter: 'BRA' })
			);
			// 2020,76,32: BRA exports 1.5 × 1000 USD, 2 t; 2020,32,76: BRA imports 2.5 × 1000 USD, 3 t.
			expect(keyOf(result.keys, 'ARG', 10121)).toMatchObject({ x: 1500, m: 2500, qx: 2, qm: 3 });
			expect(result.ledger.rowsUsed).toBe(2);
			expect(result.ledger.valueUsed).toBe(4000);
			expect(result.ledger.files[0].encoding).toBe(name.startsWith('be') ? 'utf-16be' : 'utf-16le');
			expectReconciled(result);
		}
	});
});

describe('heads that are no text', () => {
	it('says a file of zero bytes is a damaged download, not binary', async () => {
		const error = await rejection(
			readTradeFiles(
				[textFile('BACI.csv', new Uint8Array(70_000))],
				readOptions({ reporter: 'BRA' })
			)
		);
		expect(error.code).toBe('zero-filled');
		expect(error.toLine()).toBe(
			'BACI.csv: The file holds only zero bytes where its text should be: the download is damaged or incomplete (download it again).'
		);
	});

	it('gives the line and character of a NUL byte inside text, even across tiny chunks', async () => {
		// Line 3 is "2020,32,76,10" + NUL: the NUL is its 14th character.
		const bytes = new TextEncoder().encode(BACI.replace('10121,2.5', '10\u000021,2.5'));
		const error = await rejection(
			readTradeFiles([textFile('nul.csv', ...cut(bytes, 2, 5))], readOptions({ reporter: 'BRA' }))
		);
		expect(error.code).toBe('nul-byte');
		expect(error.line).toBe(3);
		expect(error.details).toEqual({ character: 14 });
		expect(error.toLine()).toMatch(
			/^nul\.csv, line 3: The line holds a NUL byte \(code 0\) at character 14/
		);
	});

	it('still calls random bytes and a PNG binary', () => {
		let seed = 7;
		const random = new Uint8Array(4096).map(
			() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
		);
		expect(sniffHead(random)).toEqual({ kind: 'binary' });
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
		expect(sniffHead(png)).toEqual({ kind: 'binary' });
	});

	it('tells the kinds apart by their bytes', () => {
		const ascii = new TextEncoder().encode('t,i\n1,2\n');
		expect(sniffHead(ascii)).toEqual({ kind: 'text' });
		expect(sniffHead(utf16('t,i\n1,2\n', 'le', false))).toEqual({ kind: 'utf-16le' });
		expect(sniffHead(utf16('t,i\n1,2\n', 'be', false))).toEqual({ kind: 'utf-16be' });
		expect(sniffHead(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ kind: 'utf-16le' });
		expect(sniffHead(new Uint8Array(10))).toEqual({ kind: 'zero-filled' });
		// "ab\n" then "c" NUL: offset 4.
		expect(sniffHead(new Uint8Array([0x61, 0x62, 0x0a, 0x63, 0x00]))).toEqual({
			kind: 'nul',
			offset: 4
		});
	});

	it('places a byte by line and character, counting a UTF-8 character once and skipping the BOM', () => {
		// BOM, "ã" (2 bytes), "b": offset 6 is the 3rd character of line 1.
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa3, 0x62, 0x00]);
		expect(placeOf(bytes, 6)).toEqual({ line: 1, character: 3 });
		expect(placeOf(new TextEncoder().encode('a\nbc\nd'), 5)).toEqual({ line: 3, character: 1 });
	});
});
