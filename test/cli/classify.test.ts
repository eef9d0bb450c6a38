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
			'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified',
			'2020,DEU,animal,32000,28000,0,0,0,4000,32000,0,0,0,0',
			'2020,USA,footwear,300000,100000,0,200000,0,0,0,0,300000,0,0',
			'2020,USA,machinery,110000,10000,100000,0,0,0,0,110000,0,0,0',
			'2021,DEU,machinery,80000,0,80000,0,0,0,0,80000,0,0,0',
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
			'\uFEFFyear;partner;sector;trade;ghm_oneway;ghm_hiit;ghm_viit_sup;ghm_viit_inf;ghm_unclassified;ff_oneway;ff_hiit;ff_viit_sup;ff_viit_inf;ff_unclassified',
			'2020;DEU;animal;32000;28000;0;0;0;4000;32000;0;0;0;0',
			'2020;USA;footwear;300000;100000;0;200000;0;0;0;0;300000;0;0',
			'2020;USA;machinery;110000;10000;100000;0;0;0;0;110000;0;0;0',
			'2021;DEU;machinery;80000;0;80000;0;0;0;0;80000;0;0;0',
			''
		]);
	});

	it('θ = 0.05 makes the 2 000 / 30 000 pair two-way and unclassified in FF', async () => {
		const { cells } = await classify(['--reporter', 'BRA', '--theta', '0.05', FIXTURE]);
		expect(cells).toContain('\n2020,DEU,animal,32000,28000,0,0,0,4000,0,0,0,0,32000\n');
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
