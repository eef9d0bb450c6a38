import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, runMain, tempDir } from './cli-helpers';

const FIXTURE = resolve('test/fixtures/e2e/baci-small.csv');

describe('cli classify', () => {
	// Hand computation: see test/e2e/baci-small.test.ts. At α = 25% the machinery pair
	// (R = 0.8333…) becomes horizontal in both methods (GHM lo 0.75, FF lo 0.8).
	it('writes the hand-computed cells at α = 25%', async () => {
		const { cells, log } = await classify(['--reporter', 'BRA', '--alpha', '0.25', FIXTURE]);
		expect(cells.split('\n')).toEqual([
			'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier',
			'2020,DEU,animal,32000,28000,0,0,0,4000,32000,0,0,0,0,30000,2000,0,0',
			'2020,USA,footwear,300000,100000,0,200000,0,0,0,0,300000,0,0,200000,100000,0,0',
			'2020,USA,machinery,110000,10000,100000,0,0,0,0,110000,0,0,0,50000,60000,0,0',
			'2021,DEU,machinery,80000,0,80000,0,0,0,0,80000,0,0,0,40000,40000,0,0',
			''
		]);
		// The ledger: 10 rows read, 8 used; 537 000 USD read, 15 000 dropped.
		expect(log).toContain('rows read 10, used 8');
		expect(log).toMatch(/other-reporter: 1 rows, 10,000 USD/);
		expect(log).toMatch(/not-hs-product: 1 rows, 5,000 USD/);
		expect(log).toContain('value read 537,000 USD, used 522,000 USD, dropped 15,000 USD');
	});

	it('--csv excel writes the same cells as Excel in pt-BR/es opens them: BOM, ;, CRLF', async () => {
		const { cells } = await classify([
			'--reporter',
			'BRA',
			'--alpha',
			'0.25',
			'--csv',
			'excel',
			FIXTURE
		]);
		// The same four cells as above (all whole numbers, so no decimal comma shows).
		expect(cells.split('\r\n')).toEqual([
			'\uFEFFyear;partner;sector;trade;ghm_oneway;ghm_hiit;ghm_viit_sup;ghm_viit_inf;ghm_unclassified;ff_oneway;ff_hiit;ff_viit_sup;ff_viit_inf;ff_unclassified;exports;imports;ghm_unclassified_outlier;ff_unclassified_outlier',
			'2020;DEU;animal;32000;28000;0;0;0;4000;32000;0;0;0;0;30000;2000;0;0',
			'2020;USA;footwear;300000;100000;0;200000;0;0;0;0;300000;0;0;200000;100000;0;0',
			'2020;USA;machinery;110000;10000;100000;0;0;0;0;110000;0;0;0;50000;60000;0;0',
			'2021;DEU;machinery;80000;0;80000;0;0;0;0;80000;0;0;0;40000;40000;0;0',
			''
		]);
	});

	it('θ = 0.05 makes the 2 000 / 30 000 pair two-way and unclassified in FF', async () => {
		const { cells } = await classify(['--reporter', 'BRA', '--theta', '0.05', FIXTURE]);
		expect(cells).toContain(
			'\n2020,DEU,animal,32000,28000,0,0,0,4000,0,0,0,0,32000,30000,2000,0,0\n'
		);
	});

	// METHODS 7.1, mean multiple k = 1.2: in 2020 the footwear group (640399, tons) has the two unit
	// values 20 000 (X) and 10 000 (M), mean 15 000, bounds 12 500 and 18 000: both flows are
	// outliers, so the overlap (GHM 200 000) and the two-way trade (FF 300 000) go to the outlier
	// columns. Machinery (50 000 and 60 000, bounds 45 833 and 66 000) is kept; the DEU animal
	// group has one unit value (the import has none) and 2021's machinery two equal ones.
	it('--uv-screen mean:1.2 moves the screened footwear trade to the outlier columns', async () => {
		const { cells, log } = await classify([
			'--reporter',
			'BRA',
			'--uv-screen',
			'mean:1.2',
			FIXTURE
		]);
		const plain = (await classify(['--reporter', 'BRA', FIXTURE])).cells.split('\n');
		// The ledger's screen line: one key (USA 640399, T 300 000) left without R.
		expect(log).toContain(
			'unit-value screen (--uv-screen mean:1.2): 1 keys left without R, trade 300,000 USD; ' +
				'unclassified as outliers: GHM 200,000 USD, FF 300,000 USD'
		);
		const lines = cells.split('\n');
		expect(lines[2]).toBe(
			'2020,USA,footwear,300000,100000,0,0,0,0,0,0,0,0,0,200000,100000,200000,300000'
		);
		expect(plain[2]).toBe(
			'2020,USA,footwear,300000,100000,0,200000,0,0,0,0,300000,0,0,200000,100000,0,0'
		);
		expect(lines.filter((_, i) => i !== 2)).toEqual(plain.filter((_, i) => i !== 2));
	});

	it('--uv-screen takes quantile:P or mean:K and nothing else', async () => {
		for (const bad of ['quantile:0.7', 'mean:1', 'median:3', 'quantile', 'mean:2:3']) {
			const failure = await runMain(['classify', '--reporter', 'BRA', '--uv-screen', bad, FIXTURE]);
			expect(failure.code).toBe(2);
			expect(failure.stderr).toContain('--uv-screen must be quantile:P');
		}
	}, 60_000);

	// METHODS 7.4 by hand. HS6: 640399 X 200 000 / 10 t, M 50 000 / 5 t, R 2 → VIIT-sup (overlap
	// 100 000); 640391 X 30 000 / 2 t, M 20 000 / 1 t, R 0.75 → VIIT-inf (overlap 40 000). HS4 6403:
	// X 230 000 / 12 t, M 70 000 / 6 t, R = 19 166.67 / 11 666.67 = 1.643 → VIIT-sup, overlap 140 000.
	it('--level hs4 sums each heading before classifying it', async () => {
		const dir = await tempDir();
		const file = join(dir, 'BACI_HS17_Y2020_V202401.csv');
		await writeFile(
			file,
			[
				't,i,j,k,v,q',
				'2020,76,842,640399,200,10',
				'2020,76,842,640391,30,2',
				'2020,842,76,640399,50,5',
				'2020,842,76,640391,20,1',
				''
			].join('\n')
		);
		const hs6 = await classify(['--reporter', 'BRA', file]);
		expect(hs6.cells.split('\n')[1]).toBe(
			'2020,USA,footwear,300000,160000,0,100000,40000,0,0,0,250000,50000,0,230000,70000,0,0'
		);
		const hs4 = await classify(['--reporter', 'BRA', '--level', 'hs4', file]);
		expect(hs4.cells.split('\n')[1]).toBe(
			'2020,USA,footwear,300000,160000,0,140000,0,0,0,0,300000,0,0,230000,70000,0,0'
		);
	});

	it('fails with one line, no stack trace, and a non-zero exit on a bad file', async () => {
		const dir = await tempDir();
		const bad = join(dir, 'notes.csv');
		await writeFile(bad, 'name,age\nana,3\n');
		const failure = await runMain(['classify', '--reporter', 'BRA', bad]);
		expect(failure.code).toBe(1);
		const lines = failure.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^error: notes\.csv, line 1: /);
		expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/);
	}, 30_000);
});
