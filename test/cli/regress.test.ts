/**
 * `regress` through the real entry point (a child process): the Grunfeld fixture reproduces
 * R plm 2.6 key by key; bad input ends with one line on stderr and exit 1; command-line
 * mistakes with the usage and exit 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain, tempDir, writeFiles } from './cli-helpers';

const FIXTURE = '/work/shared/fixtures/panel/grunfeld.csv';
const EXPECTED = JSON.parse(
	readFileSync('/work/shared/fixtures/panel/grunfeld_expected.json', 'utf8')
) as unknown;

const GRUNFELD_ARGS = ['--entity', 'firm', '--time', 'year', '--y', 'inv', '--x', 'value,capital'];

/** Compares every number of `expected` to `actual` at the same keys (relative 1e-6). */
function compareKeys(actual: unknown, expected: unknown, path: string): void {
	if (typeof expected === 'number') {
		expect(typeof actual, path).toBe('number');
		const error = Math.abs((actual as number) - expected) / Math.abs(expected);
		expect(error, path).toBeLessThan(1e-6);
		return;
	}
	const want = expected as Record<string, unknown>;
	const got = actual as Record<string, unknown>;
	expect(Object.keys(got).sort(), path).toEqual(Object.keys(want).sort());
	for (const key of Object.keys(want)) compareKeys(got[key], want[key], `${path}.${key}`);
}

describe('cli regress', () => {
	it('reproduces grunfeld_expected.json key by key', async () => {
		const { code, stdout, stderr } = await runMain([
			'regress',
			'--data',
			FIXTURE,
			...GRUNFELD_ARGS
		]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		compareKeys(JSON.parse(stdout), EXPECTED, '$');
	});

	it('reads quoted numbers, a repeated --x and log() terms with R names', async () => {
		const dir = await tempDir();
		const text = readFileSync(FIXTURE, 'utf8').replace(/,(\d+(\.\d+)?)(?=,|$)/gm, ',"$1"');
		const [path] = await writeFiles(dir, { 'quoted.csv': text });
		const args = ['--entity', 'firm', '--time', 'year', '--y', 'log(inv)', '--x', 'log(value)'];
		const { code, stdout } = await runMain(['regress', '--data', path, ...args, '--x', 'capital']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(Object.keys(json.pooling.coef)).toEqual(['(Intercept)', 'log(value)', 'capital']);
		expect(Object.keys(json.within.coef)).toEqual(['log(value)', 'capital']);
		expect(json.random.nobs).toBe(200);
	});

	it('drops rows with empty or NA cells, says so on stderr, and reports θ of an unbalanced panel', async () => {
		const dir = await tempDir();
		const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
		lines[3] = lines[3].replace(/,[^,]*$/, ',NA'); // line 4: capital missing
		lines[30] = lines[30].replace(/^(\d+,\d+),[^,]*/, '$1,'); // line 31: inv empty
		const [path] = await writeFiles(dir, { 'gaps.csv': lines.join('\n') + '\n' });
		const { code, stdout, stderr } = await runMain(['regress', '--data', path, ...GRUNFELD_ARGS]);
		expect(code).toBe(0);
		expect(stderr).toContain('note: 2 rows with empty or NA cells left out (lines 4, 31)');
		const json = JSON.parse(stdout);
		expect(json.pooling.nobs).toBe(198);
		expect(Object.keys(json.random.theta)).toEqual([
			'Min.',
			'1st Qu.',
			'Median',
			'Mean',
			'3rd Qu.',
			'Max.'
		]);
		expect(json.random.theta['Min.']).toBeLessThan(json.random.theta['Max.']);
	});

	it('a non-positive value under log() is one line naming the column, line and value', async () => {
		const dir = await tempDir();
		const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
		lines[5] = lines[5].replace(/,[^,]*$/, ',0'); // line 6: capital = 0
		const [path] = await writeFiles(dir, { 'zero.csv': lines.join('\n') + '\n' });
		const args = ['--entity', 'firm', '--time', 'year', '--y', 'inv', '--x', 'value,log(capital)'];
		const { code, stdout, stderr } = await runMain(['regress', '--data', path, ...args]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		const out = stderr.trimEnd().split('\n');
		expect(out).toHaveLength(1);
		expect(out[0]).toBe(
			'error: zero.csv: line 6, column capital: log(capital) needs a positive value, got 0'
		);
	});

	it('a text value in a numeric column names line and column', async () => {
		const dir = await tempDir();
		const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
		lines[2] = lines[2].replace(/^(\d+,\d+),[^,]*/, '$1,abc');
		const [path] = await writeFiles(dir, { 'text.csv': lines.join('\n') + '\n' });
		const { code, stderr } = await runMain(['regress', '--data', path, ...GRUNFELD_ARGS]);
		expect(code).toBe(1);
		expect(stderr.trimEnd()).toBe('error: text.csv: line 3, column inv: "abc" is not a number');
	});

	it('an entity repeated in a period names the file line', async () => {
		const dir = await tempDir();
		const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
		lines[2] = lines[2].replace(/^1,1936,/, '1,1935,'); // line 3 repeats firm 1 in 1935
		const [path] = await writeFiles(dir, { 'twice.csv': lines.join('\n') + '\n' });
		const { code, stderr } = await runMain(['regress', '--data', path, ...GRUNFELD_ARGS]);
		expect(code).toBe(1);
		expect(stderr.trimEnd()).toBe('error: twice.csv: line 3: repeats entity "1" in period "1935".');
	});

	it('unknown columns and missing arguments are usage errors (exit 2)', async () => {
		const unknown = await runMain([
			'regress',
			'--data',
			FIXTURE,
			...GRUNFELD_ARGS.slice(0, 6),
			'--x',
			'nope'
		]);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/^error: grunfeld.csv has no column "nope"/);
		expect(unknown.stderr).toContain('usage: npm run cli -- regress');
		const missing = await runMain(['regress', '--data', FIXTURE, '--entity', 'firm']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/^error: --time is required/);
		const noFile = await runMain(['regress', '--data', '/nonexistent.csv', ...GRUNFELD_ARGS]);
		expect(noFile.code).toBe(1);
		expect(noFile.stderr.trimEnd()).toBe('error: /nonexistent.csv: no such file');
	});

	it('--help prints the usage', async () => {
		const { code, stdout } = await runMain(['regress', '--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('--time-effects');
	});
});
