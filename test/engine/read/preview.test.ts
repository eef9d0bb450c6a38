/**
 * previewFiles: the column-mapping step needs the header, delimiter and first rows of every
 * source, whether plain, gzip or inside a zip, and a guess only for files of no known format.
 */
import { gzipSync } from 'node:zlib';
import { BlobWriter, TextReader, ZipWriter } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { TradeFileError } from '../../../src/lib/engine/model/errors';
import { zipSources } from '../../../src/lib/engine/read/input/zip';
import { previewFiles } from '../../../src/lib/engine/read/preview';
import { fixture, textFile } from './read-helpers';

const HANDMADE = [
	'Ano;País;Produto;Fluxo;Valor;Peso',
	'2021;ARG;870323;X;1.234,50;10',
	'2021;ARG;870323;M;99,5;2',
	'2022;CHL;020130;X;7;1'
].join('\n');

async function zipOf(entries: Record<string, string>): Promise<Blob> {
	const writer = new ZipWriter(new BlobWriter('application/zip'));
	for (const [name, text] of Object.entries(entries)) await writer.add(name, new TextReader(text));
	return writer.close();
}

/** The zip reader is built in parallel: its tests wait until it exists. */
const zipReady = await zipSources('probe.zip', await zipOf({ 'a.csv': 'a\n1\n' })).then(
	() => true,
	(error: unknown) => !(error instanceof TradeFileError && /not supported/.test(error.message))
);

describe('previewFiles', () => {
	it('gives the head of a file of no known format, with a guessed mapping', async () => {
		const [preview] = await previewFiles([textFile('meu.csv', HANDMADE)], 2);
		expect(preview).toMatchObject({
			name: 'meu.csv',
			container: 'plain',
			delimiter: ';',
			format: null,
			companion: null
		});
		expect(preview.header).toEqual(['Ano', 'País', 'Produto', 'Fluxo', 'Valor', 'Peso']);
		expect(preview.rows).toEqual([
			['2021', 'ARG', '870323', 'X', '1.234,50', '10'],
			['2021', 'ARG', '870323', 'M', '99,5', '2']
		]);
		expect(preview.guess).toMatchObject({
			year: 0,
			partner: 1,
			product: 2,
			flow: 3,
			value: 4,
			quantity: 5,
			reporter: -1,
			decimalComma: true
		});
		expect(preview.guess?.signature).toBe('ano|país|produto|fluxo|valor|peso');
	});

	it('names the format of a known file and guesses nothing', async () => {
		const [preview] = await previewFiles([fixture('baci/BACI_HS17_Y2020_V202201.csv')]);
		expect(preview.format).toBe('baci');
		expect(preview.guess).toBeNull();
		expect(preview.header).toEqual(['t', 'i', 'j', 'k', 'v', 'q']);
		expect(preview.rows.length).toBeLessThanOrEqual(8);
		expect(preview.rows.length).toBeGreaterThan(0);
	});

	it('keeps every row of a short file and previews files in order', async () => {
		const previews = await previewFiles(
			[textFile('a.csv', 'x,y\n1,2\n'), textFile('b.tsv', 'p\tq\n3\t4\n5\t6\n')],
			8
		);
		expect(previews.map((p) => [p.name, p.delimiter, p.rows.length])).toEqual([
			['a.csv', ',', 1],
			['b.tsv', '\t', 2]
		]);
	});

	it('decompresses a .gz file to preview it', async () => {
		const gz = gzipSync(Buffer.from(HANDMADE, 'utf8'));
		const [preview] = await previewFiles([textFile('meu.csv.gz', new Uint8Array(gz))], 1);
		expect(preview.container).toBe('gzip');
		expect(preview.rows).toEqual([['2021', 'ARG', '870323', 'X', '1.234,50', '10']]);
		expect(preview.guess?.flow).toBe(3);
	});

	it.runIf(zipReady)('previews each entry of a zip', async () => {
		const blob = await zipOf({ 'meu.csv': HANDMADE, 'outro.csv': 'year,partner\n2020,USA\n' });
		const previews = await previewFiles([{ name: 'pack.zip', blob }], 1);
		expect(previews.map((p) => p.container)).toEqual(['zip', 'zip']);
		expect(previews[0].name).toContain('meu.csv');
		expect(previews[0].header[0]).toBe('Ano');
		expect(previews[1].rows).toEqual([['2020', 'USA']]);
	});
});

describe('the worker API', () => {
	it('previews through an Outcome and keeps nothing', async () => {
		const { createAnalysisApi } = await import('../../../src/lib/worker/analysis-api');
		const api = createAnalysisApi();
		const outcome = await api.preview([new File([HANDMADE], 'meu.csv')], 1);
		expect(outcome.ok && outcome.value[0].rows).toEqual([
			['2021', 'ARG', '870323', 'X', '1.234,50', '10']
		]);
		expect(await api.classify({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 })).toMatchObject({
			ok: false,
			error: { name: 'NoKeysError' }
		});
	});
});
