/**
 * `classify --fob-where-reported` (METHODS 7.2) end to end: the Comtrade+ and legacy files of
 * test/engine/read/fob-fixtures.ts (numbers by hand there), cells worked by hand here.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_TEXT, PLUS_TEXT } from '../engine/read/fob-fixtures';
import { classify, classifyToStdout, tempDir, writeFiles } from './cli-helpers';

const HEADER =
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier';

async function plusFile(): Promise<string> {
	const [path] = await writeFiles(await tempDir(), { 'TradeData_THA_2022.csv': PLUS_TEXT });
	return path;
}

// Thailand's 8542 (machinery), α = 0.15. JPN (300) and USA (2 000) are imports only: one-way,
// the same either way (USA's one row reported FOB 2 000 = its value as read).
const JPN = '2022,JPN,machinery,300,300,0,0,0,0,300,0,0,0,0,0,300,0,0';
const USA = '2022,USA,machinery,2000,2000,0,0,0,0,2000,0,0,0,0,0,2000,0,0';

describe('cli classify --fob-where-reported', () => {
	it('off: CHN imports 1 500 as read (UVm 100, R 1: HIIT) and no FOB line', async () => {
		const { cells, log } = await classify([await plusFile()]);
		expect(cells.split('\n')).toEqual([
			HEADER,
			'2022,CHN,machinery,2700,300,2400,0,0,0,0,2700,0,0,0,1200,1500,0,0',
			JPN,
			USA,
			''
		]);
		expect(log).not.toContain('--fob-where-reported');
		// The ledger states the valuation either way.
		expect(log).toContain(
			'imports used, by valuation: 2 rows report FOB, 2,900 USD (as read, CIF: 3,000 USD); 2 rows CIF only, 800 USD'
		);
	});

	it('on: CHN imports 500 + 900 FOB = 1 400 (UVm 93.33, R 1.071: HIIT), and says so', async () => {
		const { cells, log } = await classify(['--fob-where-reported', await plusFile()]);
		expect(cells.split('\n')).toEqual([
			HEADER,
			'2022,CHN,machinery,2600,200,2400,0,0,0,0,2600,0,0,0,1200,1400,0,0',
			JPN,
			USA,
			''
		]);
		expect(log).toContain(
			'FOB where reported (--fob-where-reported): 2 import rows valued FOB, 2,900 USD (3,000 USD as read, CIF); 2 import rows valued CIF, 800 USD'
		);
		expect(log).not.toContain('warning:');
	});

	it('on with --cif-fob 1.25: the factor divides the CIF 500 only, R = 100 / (1 300 / 15) > 1.15', async () => {
		// UVm = (900 + 500 / 1.25) / 15 = 86.67, R = 1.1538: VIIT-sup in both methods.
		const { cells } = await classify([
			'--fob-where-reported',
			'--cif-fob',
			'1.25',
			await plusFile()
		]);
		expect(cells.split('\n')[1]).toBe(
			'2022,CHN,machinery,2600,200,0,2400,0,0,0,0,2600,0,0,1200,1400,0,0'
		);
	});

	it('on, at HS4: the heading 8542 sums the FOB-valued imports', async () => {
		// CHN 854231 only (USA's 854232 is another partner): the same numbers under 854200.
		const { cells } = await classify(['--fob-where-reported', '--level', 'hs4', await plusFile()]);
		expect(cells.split('\n')[1]).toBe(
			'2022,CHN,machinery,2600,200,2400,0,0,0,0,2600,0,0,0,1200,1400,0,0'
		);
	});

	it('the legacy file: ARG imports 400 + 880 FOB = 1 280 against exports 1 500', async () => {
		const [path] = await writeFiles(await tempDir(), { 'comtrade_BRA_2019.csv': LEGACY_TEXT });
		const { cells, log } = await classify(['--fob-where-reported', path]);
		// ARG: R = (1500 / 10 000) / (1280 / 14 000) = 1.64: VIIT-sup; FF 1280 / 1500 > θ.
		// CHL 700 and URY 250: imports only, every row FOB.
		expect(cells.split('\n')).toEqual([
			HEADER,
			'2019,ARG,mineral,2780,220,0,2560,0,0,0,0,2780,0,0,1500,1280,0,0',
			'2019,CHL,mineral,700,700,0,0,0,0,700,0,0,0,0,0,700,0,0',
			'2019,URY,mineral,250,250,0,0,0,0,250,0,0,0,0,0,250,0,0',
			''
		]);
		expect(log).toContain(
			'FOB where reported (--fob-where-reported): 3 import rows valued FOB, 1,830 USD (1,950 USD as read, CIF); 1 import rows valued CIF, 400 USD'
		);
	});

	it('warns when no import row reports FOB, and the cells are those without the option', async () => {
		const fixture = resolve('test/fixtures/comtrade-plus/TradeData_BRA_2022_annual.csv');
		const off = await classify([fixture]);
		const on = await classify(['--fob-where-reported', fixture]);
		expect(on.cells).toBe(off.cells);
		expect(on.log).toContain(
			'warning: --fob-where-reported is on, but no import row reports an FOB value: the cells are those without it'
		);
	});

	it('writes the valuation into the --ledger JSON', async () => {
		const dir = await tempDir();
		const ledgerPath = join(dir, 'ledger.json');
		await classify(['--fob-where-reported', '--ledger', ledgerPath, await plusFile()]);
		const json = JSON.parse(await readFile(ledgerPath, 'utf8'));
		expect(json.importValuation).toEqual({
			fobReported: { rows: 2, value: 2900, asRead: 3000 },
			cifOnly: { rows: 2, value: 800 }
		});
		expect(json.valueUsed).toBe(5000);
	});

	it('is in the usage text', async () => {
		const { stdout } = await classifyToStdout(['--help']);
		expect(stdout).toContain('--fob-where-reported');
	});
});
