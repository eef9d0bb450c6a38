import { describe, expect, it } from 'vitest';
import { readTradeFiles, type InputFile } from '../../../src/lib/engine/read/analyze';
import { AbortError, TradeFileError } from '../../../src/lib/engine/model/errors';
import type { Progress, ReadOptions } from '../../../src/lib/engine/model/types';
import { expectReconciled, fixture, keyOf, readOptions, textFile } from './read-helpers';

const asBrazil = readOptions({ reporter: 'BRA' });
const PARTNERS = [842, 251, 699, 757, 579];

/**
 * A generated BACI file of `blocks` blocks of 10 rows (Brazil = 76), one Blob part per 100 blocks.
 * In block b, rows 0–8 trade product 100000 + b % 1000 with partner PARTNERS[r % 5], exporting on
 * even r and importing on odd r, v = 1.5 (1 500 USD), q = 2 t; row 9 is 842 → 251 (other-reporter).
 */
function generatedBaci(blocks: number): InputFile {
	const parts = ['t,i,j,k,v,q\n'];
	let part = '';
	for (let b = 0; b < blocks; b++) {
		const k = 100000 + (b % 1000);
		for (let r = 0; r < 9; r++) {
			const p = PARTNERS[r % 5];
			part += r % 2 === 0 ? `2020,76,${p},${k},1.5,2\n` : `2020,${p},76,${k},1.5,2\n`;
		}
		part += '2020,842,251,10101,1.5,2\n';
		if (b % 100 === 99) {
			parts.push(part);
			part = '';
		}
	}
	parts.push(part);
	return textFile('BACI_generated.csv', ...parts);
}

async function rejection(files: InputFile[], options: ReadOptions): Promise<TradeFileError> {
	const error = await readTradeFiles(files, options).then(
		() => null,
		(e: unknown) => e
	);
	if (!(error instanceof TradeFileError))
		throw new Error(`expected a TradeFileError, got ${error}`);
	return error;
}

describe('readTradeFiles', () => {
	it('reconciles the ledger on every fixture', async () => {
		const runs: [string, ReadOptions][] = [
			['baci/BACI_HS17_Y2020_V202201.csv', asBrazil],
			['comtrade-plus/TradeData_BRA_2022_annual.csv', readOptions()],
			['comtrade-plus/TradeData_BRA_2022_annual.tsv', readOptions({ includeReExports: true })],
			['comtrade-plus/TradeData_BRA_2022_monthly.csv', readOptions({ quantityBasis: 'net-weight' })]
		];
		for (const [path, options] of runs)
			expectReconciled(await readTradeFiles([fixture(path)], options));
	});

	it('reads a ~20 MB BACI file streamed from many parts, correctly', async () => {
		// 80 000 blocks → 800 000 rows (~20 MB). Each product appears in 80 blocks, so every key
		// (5 partners × 1 000 products) gets 80 rows per direction it trades in: 80 × 1 500 =
		// 120 000 USD and 80 × 2 = 160 t. Partner 579 (r = 4) only exports. Used 720 000 rows =
		// 1.08e9 USD; 80 000 other-reporter rows = 1.2e8 USD.
		const file = generatedBaci(80_000);
		expect(file.blob.size).toBeGreaterThan(19_000_000);
		const result = await readTradeFiles([file], asBrazil);
		expect(result.keys.count).toBe(5000);
		expect(result.ledger.rowsRead).toBe(800_000);
		expect(result.ledger.rowsUsed).toBe(720_000);
		expect(result.ledger.valueUsed).toBeCloseTo(1.08e9, 3);
		expect(result.ledger.drops['other-reporter']).toMatchObject({ rows: 80_000, value: 1.2e8 });
		expect(keyOf(result.keys, 'USA', 100_123)).toMatchObject({
			x: 120_000,
			m: 120_000,
			qx: 160,
			qm: 160
		});
		expect(keyOf(result.keys, 'NOR', 100_999)).toMatchObject({
			x: 120_000,
			m: 0,
			qx: 160,
			qm: NaN
		});
		expectReconciled(result);
	});

	it('reports progress with increasing bytes and a final report at the total', async () => {
		const file = generatedBaci(20_000);
		const calls: Progress[] = [];
		await readTradeFiles([file], asBrazil, { onProgress: (p) => calls.push(p) });
		expect(calls.length).toBeGreaterThanOrEqual(2);
		expect(calls[0].bytesDone).toBeLessThan(file.blob.size);
		for (let i = 1; i < calls.length; i++) {
			expect(calls[i].bytesDone).toBeGreaterThanOrEqual(calls[i - 1].bytesDone);
			expect(calls[i].rows).toBeGreaterThanOrEqual(calls[i - 1].rows);
		}
		expect(calls.at(-1)).toMatchObject({
			bytesDone: file.blob.size,
			bytesTotal: file.blob.size,
			rows: 200_000
		});
		expect(calls.at(-1)).toMatchObject({ file: 'BACI_generated.csv', fileIndex: 0, fileCount: 1 });
	});

	it('rejects with AbortError when cancelled mid-read', async () => {
		const controller = new AbortController();
		const reading = readTradeFiles([generatedBaci(20_000)], asBrazil, {
			signal: controller.signal,
			onProgress: () => controller.abort() // the first report comes after the first chunk
		});
		await expect(reading).rejects.toBeInstanceOf(AbortError);
		const before = new AbortController();
		before.abort();
		await expect(
			readTradeFiles([fixture('baci/BACI_HS17_Y2020_V202201.csv')], asBrazil, {
				signal: before.signal
			})
		).rejects.toBeInstanceOf(AbortError);
	});

	it('rejects an empty file, a header alone, random bytes and a PNG, naming the file', async () => {
		const empty = await rejection([textFile('empty.csv')], asBrazil);
		expect(empty.code).toBe('empty-file');
		expect(empty.toLine()).toContain('empty.csv');
		const blank = await rejection([textFile('blank.csv', '\n\r\n')], asBrazil);
		expect(blank.code).toBe('empty-file');
		const headerOnly = await rejection([textFile('header.csv', 't,i,j,k,v,q\n')], asBrazil);
		expect(headerOnly.code).toBe('empty-file');
		expect(headerOnly.toLine()).toContain('header.csv');

		let seed = 42; // fixed pseudo-random bytes
		const random = new Uint8Array(2048).map(
			() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
		);
		const noise = await rejection([textFile('noise.csv', random)], asBrazil);
		expect(noise.code).toBe('not-text');
		expect(noise.toLine()).toContain('noise.csv');
		const png = new Uint8Array([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
		]);
		const image = await rejection([textFile('chart.png', png)], asBrazil);
		expect(image.code).toBe('not-text');
		expect(image.file).toBe('chart.png');
	});

	it('rejects a CSV with other headers, at line 1', async () => {
		const error = await rejection([textFile('people.csv', 'name,age\nAna,31\n')], asBrazil);
		expect(error.code).toBe('unknown-format');
		expect(error.line).toBe(1);
		expect(error.toLine()).toMatch(/^people\.csv, line 1: .*name,age/);
	});

	it('quotes a header of long names briefly: 12 columns of 40 characters at most', async () => {
		const long = 'x'.repeat(500_000);
		const header = [long, ...Array.from({ length: 20 }, (_, i) => `c${i}`)].join(',');
		const error = await rejection(
			[
				textFile(
					'wide.csv',
					`${header}
1
`
				)
			],
			asBrazil
		);
		expect(error.code).toBe('unknown-format');
		const quoted = /\((.*)\) is not one/.exec(error.message)?.[1];
		expect(quoted).toBe(
			`${'x'.repeat(40)}…,${Array.from({ length: 11 }, (_, i) => `c${i}`).join(',')}`
		);
	});

	it('rejects a file read as a format it lacks the columns of', async () => {
		const error = await rejection(
			[fixture('comtrade-plus/TradeData_BRA_2022_annual.csv')],
			readOptions({ format: 'baci', reporter: 'BRA' })
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('t');
		expect(error.toLine()).toContain('TradeData_BRA_2022_annual.csv, line 1, column t');
	});

	it('rejects files of different formats in one analysis', async () => {
		const error = await rejection(
			[
				fixture('baci/BACI_HS17_Y2020_V202201.csv'),
				fixture('comtrade-plus/TradeData_BRA_2022_annual.csv')
			],
			asBrazil
		);
		expect(error.code).toBe('mixed-formats');
		expect(error.file).toBe('TradeData_BRA_2022_annual.csv');
	});

	it('refuses a file cut in the middle of its last row, naming line and column', async () => {
		const error = await rejection(
			[
				textFile('cut.csv', 't,i,j,k,v,q\n2020,76,842,10121,1,1\n2020,842,76,10121,2,1\n2020,76,84')
			],
			asBrazil
		);
		expect(error.code).toBe('truncated-file');
		expect(error.toLine()).toBe(
			'cut.csv, line 4, column j: The file ends in the middle of a row: it was cut short (download it again).'
		);
	});

	it('reads a last row without a line break when it is whole', async () => {
		const result = await readTradeFiles(
			[textFile('whole.csv', 't,i,j,k,v,q\n2020,76,842,10121,1,1\n2020,842,76,10121,2,1')],
			asBrazil
		);
		expect(keyOf(result.keys, 'USA', 10121)).toMatchObject({ x: 1000, m: 2000 });
	});

	it('says why when no row could be used', async () => {
		const error = await rejection(
			[fixture('baci/BACI_HS17_Y2020_V202201.csv')],
			readOptions({ reporter: 'JPN' })
		);
		expect(error.code).toBe('no-rows-used');
		// No row involves Japan: every row is another pair's, so that is the reason named.
		expect(error.details).toEqual({ reporter: 'JPN', 'other-reporter': 14 });
		expect(error.message).toBe('No row of JPN could be used (rows dropped: 14 other-reporter).');
	});
});
