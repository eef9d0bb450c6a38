import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runRobustness } from '../../src/cli/robustness';
import { classify, tempDir, writeFiles } from './cli-helpers';

/** The two years of test/cli/hs-editions.test.ts: 2016 in H4, 2017 in H5 (BACI, thousand USD). */
const Y2016 = ['t,i,j,k,v,q', '2016,76,842,30289,100,10', '2016,842,76,30289,50,5', ''];
const Y2017 = ['t,i,j,k,v,q', '2017,76,842,30249,100,10', '2017,842,76,30299,30,3', ''];

async function robustness(args: string[]): Promise<{ csv: string; log: string }> {
	const out = join(await tempDir(), 'robustness.csv');
	const stderr = new PassThrough();
	let log = '';
	stderr.on('data', (chunk) => (log += chunk));
	await runRobustness([...args, '--out', out], stderr);
	return { csv: await readFile(out, 'utf8'), log };
}

/** Σ of a cells CSV column over its rows. */
function columnSum(cells: string, column: string): number {
	const [header, ...rows] = cells.trimEnd().split('\n');
	const at = header.split(',').indexOf(column);
	return rows.reduce((sum, row) => sum + Number(row.split(',')[at]), 0);
}

describe('cli robustness (METHODS 7.6)', () => {
	it('gives each row the shares classify gives with that one option', async () => {
		const dir = await tempDir();
		const paths = await writeFiles(dir, {
			'trade_2016.csv': Y2016.join('\n'),
			'trade_2017.csv': Y2017.join('\n')
		});
		const read = ['--reporter', 'BRA', '--format', 'baci', ...paths];
		const { csv, log } = await robustness(read);
		expect(log).toContain('rows');
		const [header, ...lines] = csv.trimEnd().split('\n');
		const columns = header.split(',');
		const row = (id: string) => {
			const fields = lines.find((line) => line.startsWith(`${id},`))!.split(',');
			return (name: string) => Number(fields[columns.indexOf(name)]);
		};
		// Each row against the cells classify writes with the same single option (summed over cells).
		const cases: [string, string[]][] = [
			['paper', ['--hs-editions', 'off']],
			['alpha-25', ['--hs-editions', 'off', '--alpha', '0.25']],
			['theta-20', ['--hs-editions', 'off', '--theta', '0.2']],
			['level-hs4', ['--hs-editions', 'off', '--level', 'hs4']],
			['hs-editions', ['--hs-editions', 'convert']]
		];
		for (const [id, options] of cases) {
			const { cells } = await classify([...read, ...options]);
			const trade = columnSum(cells, 'trade');
			const got = row(id);
			expect(got('trade_per_year'), id).toBeCloseTo(trade / 2, 6);
			for (const name of ['ghm_hiit', 'ghm_oneway', 'ff_hiit', 'ff_oneway']) {
				expect(got(name), `${id} ${name}`).toBeCloseTo(columnSum(cells, name) / trade, 12);
			}
		}
		// By hand: as read, 2017 is two one-way keys (no IIT); converted to H4 it has HIIT 60 000 of 130 000.
		expect(row('paper')('ghm_hiit')).toBeCloseTo(100_000 / 280_000, 12);
		expect(row('hs-editions')('ghm_hiit')).toBeCloseTo(160_000 / 280_000, 12);
		expect(row('hs-editions')('no_effect')).toBe(0);
		expect(row('fob-where-reported')('no_effect')).toBe(1);
	});

	it('refuses the options its rows set themselves', async () => {
		await expect(runRobustness(['--alpha', '0.2', 'x.csv'], new PassThrough())).rejects.toThrow(
			/robustness sets --alpha itself/
		);
	});
});
