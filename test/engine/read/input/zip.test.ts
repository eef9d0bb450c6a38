import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { decodeText, type TextChunk } from '../../../../src/lib/engine/read/decode';
import { openInputs } from '../../../../src/lib/engine/read/input/open';
import type { ContentSource } from '../../../../src/lib/engine/read/input/source';
import { zipSources } from '../../../../src/lib/engine/read/input/zip';
import {
	BACI_SMALL,
	bytesOfBlob,
	entryData,
	makeXlsx,
	makeZip,
	windows1252
} from '../../../helpers/archives';
import { readOptions, rejection } from '../read-helpers';

/** Every chunk of a source's decoded text. */
async function decodeAll(source: ContentSource): Promise<{ text: string; chunks: TextChunk[] }> {
	const chunks: TextChunk[] = [];
	for await (const chunk of decodeText(source)) chunks.push(chunk);
	return { text: chunks.map((c) => c.text).join(''), chunks };
}

/** The raw content chunks of a source opened at 0. */
async function rawChunks(source: ContentSource): Promise<Uint8Array[]> {
	const chunks: Uint8Array[] = [];
	const reader = source.open(0).stream.getReader();
	for (;;) {
		const { value, done } = await reader.read();
		if (done) return chunks;
		chunks.push(value);
	}
}

describe('zipSources', () => {
	it('lists table entries as sources and sets the rest aside, with why', async () => {
		const zip = await makeZip([
			{ path: 'data/', directory: true },
			{ path: 'data/exports.csv', content: BACI_SMALL },
			{ path: 'data/stored.csv', content: BACI_SMALL, level: 0 },
			{ path: 'Readme.txt', content: 'About this dataset\n' },
			{ path: '__MACOSX/data/._exports.csv', content: 'x' },
			{ path: 'data/.DS_Store', content: 'x' },
			{ path: 'notes.PDF', content: '%PDF-1.4' },
			{ path: 'chart.png', content: 'x' },
			{ path: 'inner.csv.gz', content: 'x' },
			{ path: 'blank.csv', content: '' }
		]);
		const { sources, skipped } = await zipSources('release.zip', zip);
		expect(sources.map((s) => [s.name, s.container])).toEqual([
			['release.zip › data/exports.csv', 'zip'],
			['release.zip › data/stored.csv', 'zip'],
			['release.zip › Readme.txt', 'zip']
		]);
		// Deflated: stored bytes are the compressed size; stored: the content's own size.
		expect(sources[0].storedBytes).toBeLessThan(BACI_SMALL.length);
		expect(sources[1].storedBytes).toBe(BACI_SMALL.length);
		expect(skipped).toEqual([
			{ name: 'release.zip › __MACOSX/data/._exports.csv', reason: 'system-file' },
			{ name: 'release.zip › data/.DS_Store', reason: 'system-file' },
			{ name: 'release.zip › notes.PDF', reason: 'document' },
			{ name: 'release.zip › chart.png', reason: 'image' },
			{
				name: 'release.zip › inner.csv.gz',
				reason: 'nested-archive'
			},
			{ name: 'release.zip › blank.csv', reason: 'empty' }
		]);
	});

	it('streams deflated, stored and Zip64 entries to the same text, progress ending at the stored size', async () => {
		const text = BACI_SMALL + '2020,76,842,10121,1,1\n'.repeat(50_000); // ~1.2 MB
		for (const [level, zip64] of [
			[6, false],
			[0, false],
			[6, true]
		] as const) {
			const zip = await makeZip([{ path: 'BACI.csv', content: text, level }], zip64);
			const [source] = (await zipSources('a.zip', zip)).sources;
			const { text: decoded, chunks } = await decodeAll(source);
			expect(decoded).toBe(text);
			expect(chunks.length).toBeGreaterThan(1); // streamed, not one piece
			for (let i = 1; i < chunks.length; i++)
				expect(chunks[i].bytesDone).toBeGreaterThanOrEqual(chunks[i - 1].bytesDone);
			expect(chunks.at(-1)?.bytesDone).toBe(source.storedBytes);
		}
	});

	it('decodes UTF-8 characters cut across chunk boundaries whole', async () => {
		// 5-byte pattern (ã = 2 bytes, € = 3): chunk boundaries at powers of two fall inside characters.
		const text = 'name\n' + 'ã€'.repeat(200_000) + '\n';
		const zip = await makeZip([{ path: 'names.csv', content: text }]);
		const [source] = (await zipSources('a.zip', zip)).sources;
		// The test is only worth something if a boundary really splits a character.
		const chunks = await rawChunks(source);
		const split = chunks.slice(1).some((chunk) => (chunk[0] & 0xc0) === 0x80);
		expect(chunks.length).toBeGreaterThan(1);
		expect(split).toBe(true);
		const decoded = await decodeAll(source);
		expect(decoded.text).toBe(text);
		expect(decoded.text).not.toContain('\uFFFD');
		expect(decoded.chunks.every((c) => c.encoding === 'utf-8')).toBe(true);
	});

	it('restarts a windows-1252 entry as windows-1252 from the first bad byte, early or late', async () => {
		// The late one is past the first inflated chunk: the entry is re-opened and skipped to there.
		const early = 'CO_PAIS;NO_PAIS\n"249";"São Tomé €"\n';
		const late = 'a;b\n' + '1;2\n'.repeat(100_000) + '"3";"Ação"\n';
		for (const text of [early, late]) {
			const zip = await makeZip([{ path: 'PAIS.csv', content: windows1252(text) }]);
			const [source] = (await zipSources('a.zip', zip)).sources;
			const { text: decoded, chunks } = await decodeAll(source);
			expect(decoded).toBe(text);
			expect(chunks.at(-1)?.encoding).toBe('windows-1252');
		}
	});

	it('can be opened again after a reader stopped early (head sniffing, then the full read)', async () => {
		const text = BACI_SMALL + '2020,76,842,10121,1,1\n'.repeat(60_000);
		const zip = await makeZip([{ path: 'BACI.csv', content: text }]);
		const [source] = (await zipSources('a.zip', zip)).sources;
		for await (const chunk of decodeText(source)) {
			expect(chunk.text.startsWith('t,i,j,k,v,q\n')).toBe(true);
			break;
		}
		expect((await decodeAll(source)).text).toBe(text);
	});

	it('refuses an XLSX workbook as a spreadsheet, whatever its name', async () => {
		const error = await rejection(zipSources('trade.csv', await makeXlsx()));
		expect(error.code).toBe('spreadsheet');
		expect(error.details).toEqual({ kind: 'XLSX' });
		expect(error.toLine()).toMatch(/^trade\.csv: .*XLSX/);
	});

	it('says what an archive without tables holds', async () => {
		const zip = await makeZip([
			{ path: 'docs/', directory: true },
			{ path: 'docs/manual.pdf', content: '%PDF' },
			{ path: 'docs/logo.png', content: 'x' }
		]);
		const error = await rejection(zipSources('docs.zip', zip));
		expect(error.code).toBe('empty-archive');
		expect(error.details).toEqual({ entries: 'docs/manual.pdf, docs/logo.png' });
		expect(error.toLine()).toBe(
			'docs.zip: The zip archive holds no CSV or text file (it holds docs/manual.pdf, docs/logo.png).'
		);
		const empty = await rejection(openInputs([{ name: 'nothing.zip', blob: await makeZip([]) }]));
		expect(empty.code).toBe('empty-archive');
		expect(empty.toLine()).toBe('nothing.zip: The zip archive is empty.');
	});

	it('refuses a cut archive and a password-protected one as bad archives, in one line', async () => {
		const zip = await bytesOfBlob(await makeZip([{ path: 'data.csv', content: BACI_SMALL }]));
		const cut = await rejection(zipSources('cut.zip', new Blob([zip.slice(0, zip.length - 30)])));
		expect(cut.code).toBe('bad-archive');
		expect(cut.details.reason).toBe('End of central directory not found');
		expect(cut.toLine()).toMatch(/^cut\.zip: The zip archive cannot be read \(End of central/);
		expect(cut.toLine()).not.toContain('\n');

		const locked = await makeZip([{ path: 'data.csv', content: BACI_SMALL, password: 'secret' }]);
		const error = await rejection(zipSources('locked.zip', locked));
		expect(error.code).toBe('bad-archive');
		expect(error.details).toEqual({ reason: 'encrypted' });
		expect(error.file).toBe('locked.zip › data.csv');
	});

	it('turns a corrupt deflate stream into a bad-archive error naming the entry', async () => {
		const zip = await bytesOfBlob(
			await makeZip([{ path: 'data.csv', content: BACI_SMALL.repeat(300) }])
		);
		const data = entryData(zip, 'data.csv');
		for (let i = 0; i < 16; i++) zip[data.offset + (data.size >> 1) + i] ^= 0xa5;
		const [source] = (await zipSources('broken.zip', new Blob([zip]))).sources;
		const error = await rejection(decodeAll(source));
		expect(error.code).toBe('bad-archive');
		expect(error.file).toBe('broken.zip › data.csv');
		expect(typeof error.details.reason).toBe('string');
		expect(error.toLine()).toMatch(
			/^broken\.zip › data\.csv: The file in the zip archive cannot be read/
		);
	});

	it('reads a BACI release zip: data read, Readme and product table set aside', async () => {
		const zip = await makeZip([
			{ path: 'BACI_HS17_Y2020_V202401.csv', content: BACI_SMALL },
			{
				path: 'country_codes_V202401.csv',
				content:
					'country_code,country_name,country_iso2,country_iso3\n76,Brazil,BR,BRA\n251,France,FR,FRA\n842,USA,US,USA\n'
			},
			{ path: 'product_codes_HS17_V202401.csv', content: 'code,description\n010121,Horses\n' },
			{ path: 'Readme.txt', content: 'BACI: International Trade Database at the Product-Level\n' }
		]);
		const result = await readTradeFiles(
			[{ name: 'BACI_HS17_V202401.zip', blob: zip }],
			readOptions({ reporter: 'BRA' })
		);
		const data = result.ledger.files.filter((f) => f.format === 'baci');
		expect(data).toEqual([
			expect.objectContaining({
				name: 'BACI_HS17_V202401.zip › BACI_HS17_Y2020_V202401.csv',
				container: 'zip',
				rows: 4
			})
		]);
		const skipped = result.ledger.skipped.map((s) => s.name);
		expect(skipped).toContain('BACI_HS17_V202401.zip › Readme.txt');
		expect(skipped).toContain('BACI_HS17_V202401.zip › product_codes_HS17_V202401.csv');
		expect(result.ledger.rowsUsed).toBe(4);
	});
});
