import { describe, expect, it } from 'vitest';
import { classify, tempDir, writeFiles } from './cli-helpers';

/**
 * METHODS 8 by hand. HS2017 → HS2012 (UNSD conversion table): 030249 → 030289 and 030299 →
 * 030289. In 2016 (H4) Brazil sells 030289 to the USA (100 000 USD / 10 t) and buys it back
 * (50 000 / 5 t): R = 1, GHM HIIT 100 000 + one-way 50 000; FF HIIT 150 000. In 2017 (H5) it
 * sells 030249 (100 000 / 10 t) and buys 030299 (30 000 / 3 t): as read, two one-way keys;
 * converted to H4, one key 030289 with X 100 000 / 10 t and M 30 000 / 3 t, R = 1: GHM HIIT
 * 2 · 30 000 = 60 000 + one-way 70 000; FF (0.3 > θ) HIIT 130 000.
 */
const Y2016 = ['t,i,j,k,v,q', '2016,76,842,30289,100,10', '2016,842,76,30289,50,5', ''];
const Y2017 = ['t,i,j,k,v,q', '2017,76,842,30249,100,10', '2017,842,76,30299,30,3', ''];
const LINE_2016 = '2016,USA,animal,150000,50000,100000,0,0,0,0,150000,0,0,0,100000,50000,0,0';
const CONVERTED_2017 = '2017,USA,animal,130000,70000,60000,0,0,0,0,130000,0,0,0,100000,30000,0,0';
const AS_READ_2017 = '2017,USA,animal,130000,130000,0,0,0,0,130000,0,0,0,0,100000,30000,0,0';

async function files(names: [string, string]): Promise<string[]> {
	const dir = await tempDir();
	return writeFiles(dir, { [names[0]]: Y2016.join('\n'), [names[1]]: Y2017.join('\n') });
}

describe('cli classify: HS editions (METHODS 8)', () => {
	it('converts the years of a newer edition to the oldest present, by the editions in force', async () => {
		const paths = await files(['trade_2016.csv', 'trade_2017.csv']);
		const { cells, log } = await classify(['--reporter', 'BRA', '--format', 'baci', ...paths]);
		expect(cells.split('\n').slice(1, 3)).toEqual([LINE_2016, CONVERTED_2017]);
		expect(log).toContain(
			'HS editions H4 (2016), H5 (2017): every code converted to H4 (UNSD tables): 2 keys changed code, 0 not listed in a table (kept)'
		);
	});

	it('keeps the codes as read with --hs-editions off, and says so', async () => {
		const paths = await files(['trade_2016.csv', 'trade_2017.csv']);
		const { cells, log } = await classify([
			'--reporter',
			'BRA',
			'--format',
			'baci',
			'--hs-editions',
			'off',
			...paths
		]);
		expect(cells.split('\n').slice(1, 3)).toEqual([LINE_2016, AS_READ_2017]);
		expect(log).toContain(
			'HS editions H4 (2016), H5 (2017): codes kept as read (--hs-editions off)'
		);
	});

	it("takes BACI's edition from its file names: HS12 and HS17 files are converted, an HS92 series is not", async () => {
		const stated = await files(['BACI_HS12_Y2016_V202401.csv', 'BACI_HS17_Y2017_V202401.csv']);
		const converted = await classify(['--reporter', 'BRA', ...stated]);
		expect(converted.cells.split('\n').slice(1, 3)).toEqual([LINE_2016, CONVERTED_2017]);
		// One edition for both years (HS92, whatever the year): nothing to convert.
		const hs92 = await files(['BACI_HS92_Y2016_V202401.csv', 'BACI_HS92_Y2017_V202401.csv']);
		const oneEdition = await classify(['--reporter', 'BRA', ...hs92]);
		expect(oneEdition.cells.split('\n').slice(1, 3)).toEqual([LINE_2016, AS_READ_2017]);
		expect(oneEdition.log).not.toContain('HS editions');
	});
});
