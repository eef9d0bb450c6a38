/**
 * Lines without a line break, 100 MB long, through the command line as a user runs it
 * (`npm run cli`: the bundled CLI, in a child process, with its slice threads): each ends in one
 * `error:` line naming the file and the line (never a hang: the test's timeout), with under 1 GB
 * of peak memory (measured by the child itself, see max-rss.mjs). Files are made here and deleted after.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './cli-helpers';

const run = promisify(execFile);
const LINE_BYTES = 100_000_000;
/** BRA (76) with ARG (32): the header and two rows, lines 1–3. */
const BACI_HEAD = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n2020,32,76,10121,2.5,3\n';

let dir: string;
beforeAll(async () => {
	dir = await tempDir();
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Runs `classify --reporter BRA path`; its exit code, stderr and peak memory (KB). */
async function classify(path: string) {
	const rssFile = `${path}.rss`;
	const result = await run(
		process.execPath,
		[
			'--import',
			'./test/cli/max-rss.mjs',
			'scripts/cli.mjs',
			'classify',
			'--reporter',
			'BRA',
			path,
			'--out',
			'/dev/null'
		],
		{ env: { ...process.env, MAX_RSS_FILE: rssFile }, maxBuffer: 1 << 20 }
	).then(
		() => ({ code: 0, stderr: '' }),
		(error: { code: number; stderr: string }) => error
	);
	const peakKilobytes = Number(await readFile(rssFile, 'utf8'));
	await rm(path);
	return { ...result, peakKilobytes };
}

describe('a 100 MB line without a line break, in the CLI', () => {
	const cases: [string, () => Buffer, number][] = [
		['a blob of A', () => Buffer.alloc(LINE_BYTES, 'A'), 1],
		[
			'a header-like line t,i,j,k,v,q then ",x" to 100 MB',
			() => Buffer.concat([Buffer.from('t,i,j,k,v,q'), Buffer.alloc(LINE_BYTES, ',x')]),
			1
		],
		[
			'a BACI header and two rows, then one 100 MB row (read in slices)',
			() => Buffer.concat([Buffer.from(BACI_HEAD), Buffer.alloc(LINE_BYTES, '7')]),
			4
		],
		[
			'a quoted field that never closes',
			() => Buffer.concat([Buffer.from(BACI_HEAD + '2020,"'), Buffer.alloc(LINE_BYTES, 'x,y\n')]),
			4
		]
	];
	for (const [what, content, line] of cases) {
		it(`ends in one error line naming line ${line}: ${what}`, async () => {
			const path = join(dir, 'long.csv');
			await writeFile(path, content());
			const { code, stderr, peakKilobytes } = await classify(path);
			expect(code).toBe(1);
			const lines = stderr.trimEnd().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(new RegExp(`^error: long\\.csv, line ${line}: .*1 MiB`));
			expect(peakKilobytes).toBeGreaterThan(0);
			expect(peakKilobytes).toBeLessThan(1 << 20); // 1 GB in kilobytes
		}, 60_000);
	}
});
