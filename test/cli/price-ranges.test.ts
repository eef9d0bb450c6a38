import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parsePriceRangesArgs, runPriceRanges } from '../../src/cli/price-ranges';
import { runMain, tempDir, writeFiles } from './cli-helpers';

/*
 * A BACI world file (v in thousand USD, q in t; 76 BRA, 32 ARG, 842 USA, 156 CHN), by hand:
 * 2022 640399 (footwear), flows by UV: CHN→USA 100 000 / 2 t = 50 000, BRA→ARG 86 000 / 1 t
 *   = 86 000, ARG→BRA 36 000 / 0.36 t ≈ 100 000, USA→BRA 150 000 / 1 t = 150 000. Total
 *   372 000; the running weight is 100 000, then 186 000 = half exactly at 86 000: the lower
 *   median, ref = 86 000 (the upper, 100 000, would make BRA→ARG down-market).
 *   α 15 %: up > 98 900, down < 74 782.6…: CHN→USA down, BRA→ARG middle, ARG→BRA up, USA→BRA up.
 *   α 20 %: up > 103 200: ARG→BRA becomes middle.
 * 2022 847130 (machinery): BRA→USA 12 500 without quantity → unranked; USA→ARG 1.5 USD
 *   (0.0015 thousand) / 1e-7 t alone → its own reference, middle.
 * 2021 640399: BRA→ARG 10 000 / 1 t alone → middle.
 * Dropped: 76→0 (world, 9 000 USD), 76→76 (self-trade, 5 000 USD).
 */
const WORLD = [
	't,i,j,k,v,q',
	'2021,76,32,640399,10,1',
	'2022,156,842,640399,100,2',
	'2022,76,32,640399,86,1',
	'2022,32,76,640399,36,0.36',
	'2022,842,76,640399,150,1',
	'2022,76,842,847130,12.5,NA',
	'2022,842,32,847130,0.0015,0.0000001',
	'2022,76,0,847130,9,1',
	'2022,76,76,847130,5,1'
].join('\n');

const HEADER = 'year,exporter,importer,sector,value,up,middle,down,unranked';

async function worldFile(): Promise<string> {
	const [path] = await writeFiles(await tempDir(), { 'BACI_HS17_Y2022_V202401.csv': WORLD });
	return path;
}

function collector(): { stream: PassThrough; text: () => string } {
	const stream = new PassThrough();
	let text = '';
	stream.on('data', (chunk) => (text += chunk));
	return { stream, text: () => text };
}

describe('cli price-ranges', () => {
	it('writes the hand-computed ranges at the default α (15 %) to --out, the ledger to stderr', async () => {
		const out = join(await tempDir(), 'ranges.csv');
		const stderr = collector();
		await runPriceRanges([await worldFile(), '--out', out], stderr.stream);
		expect((await readFile(out, 'utf8')).split('\n')).toEqual([
			HEADER,
			'2021,BRA,ARG,footwear,10000,0,10000,0,0',
			'2022,ARG,BRA,footwear,36000,36000,0,0,0',
			'2022,BRA,ARG,footwear,86000,0,86000,0,0',
			'2022,BRA,USA,machinery,12500,0,0,0,12500',
			'2022,CHN,USA,footwear,100000,0,0,100000,0',
			'2022,USA,ARG,machinery,1.5,0,1.5,0,0',
			'2022,USA,BRA,footwear,150000,150000,0,0,0',
			''
		]);
		const log = stderr.text();
		expect(log).toContain('rows read 9, used 7');
		expect(log).toMatch(/world-partner: 1 rows, 9,000 USD/);
		expect(log).toMatch(/self-trade: 1 rows, 5,000 USD/);
		expect(log).toContain('value read 408,501.5 USD, used 394,501.5 USD, dropped 14,000 USD');
	});

	it('--alpha 0.2 widens the middle (ARG→BRA at 100 000 ≤ 103 200), to stdout', async () => {
		const stdout = collector();
		await runPriceRanges(['--alpha', '0.2', await worldFile()], collector().stream, stdout.stream);
		const lines = stdout.text().split('\n');
		expect(lines[0]).toBe(HEADER);
		expect(lines[2]).toBe('2022,ARG,BRA,footwear,36000,0,36000,0,0');
		expect(lines[5]).toBe('2022,CHN,USA,footwear,100000,0,0,100000,0');
		expect(lines[7]).toBe('2022,USA,BRA,footwear,150000,150000,0,0,0');
		expect(lines).toHaveLength(9);
	});

	it('--help prints the usage and reads nothing', async () => {
		const stdout = collector();
		await runPriceRanges(['--help'], collector().stream, stdout.stream);
		expect(stdout.text()).toContain('usage: npm run cli -- price-ranges [options] FILE...');
	});

	it('parses α strictly inside (0, 1)', () => {
		expect(parsePriceRangesArgs(['a.csv']).alpha).toBe(0.15);
		expect(parsePriceRangesArgs(['--alpha', '0.999', 'a.csv']).alpha).toBe(0.999);
		for (const bad of ['0', '1', '-0.1', 'abc', '', 'NaN']) {
			expect(() => parsePriceRangesArgs(['--alpha', bad, 'a.csv'])).toThrow(/--alpha/);
		}
		expect(() => parsePriceRangesArgs([])).toThrow(/no input file/);
		expect(() => parsePriceRangesArgs(['--out', ' ', 'a.csv'])).toThrow(/--out/);
	});

	it('through main: exit 0 with the table on stdout; a bad α exits 2 with the usage', async () => {
		const path = await worldFile();
		const ok = await runMain(['price-ranges', '--alpha', '0.15', path]);
		expect(ok.code).toBe(0);
		expect(ok.stdout.split('\n')[3]).toBe('2022,BRA,ARG,footwear,86000,0,86000,0,0');
		expect(ok.stderr).toContain('rows read 9, used 7');
		const bad = await runMain(['price-ranges', '--alpha', '1', path]);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--alpha must be a number in (0, 1)');
		expect(bad.stderr).toContain('usage: npm run cli -- price-ranges');
		// Only BACI: a Comtrade file would be one reporter's view, its imports valued CIF.
		const comtrade = await runMain([
			'price-ranges',
			'test/fixtures/comtrade-plus/TradeData_BRA_2022_annual.csv'
		]);
		expect(comtrade.code).toBe(1);
		expect(comtrade.stderr).toContain('The required column "t" is missing');
		expect(comtrade.stdout).toBe('');
		const missing = await runMain(['price-ranges', join(await tempDir(), 'none.csv')]);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/none\.csv: no such file/);
	});
});
