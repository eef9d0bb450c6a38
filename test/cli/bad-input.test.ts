/**
 * The bad-input corpus through the command line as a child process: each file fails with a
 * non-zero exit and exactly one line on stderr that names it, never a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { badInputCorpus, makeZip, bytesOfBlob } from '../helpers/archives';
import { classify, tempDir, writeFiles } from './cli-helpers';

const run = promisify(execFile);

/** Runs `classify --reporter BRA file…`; the exit code and stderr of its failure. */
async function classifyFails(...paths: string[]): Promise<{ code: number; stderr: string } | null> {
	return run(process.execPath, [
		'--import',
		'tsx',
		'src/cli/main.ts',
		'classify',
		'--reporter',
		'BRA',
		...paths
	]).then(
		() => null,
		(error: { code: number; stderr: string }) => error
	);
}

describe('cli on bad input', () => {
	it('fails on every bad file with one line naming it, and no stack trace', async () => {
		const corpus = await badInputCorpus();
		const dir = await mkdtemp(join(tmpdir(), 'iit-bad-'));
		const failures = await Promise.all(
			corpus.map(async (input) => {
				const path = join(dir, input.name);
				await writeFile(path, input.bytes);
				return { input, failure: await classifyFails(path) };
			})
		);
		for (const { input, failure } of failures) {
			expect(failure, input.name).not.toBeNull();
			expect(failure?.code, input.name).toBe(1);
			const lines = (failure?.stderr ?? '').trimEnd().split('\n');
			expect(lines, input.name).toHaveLength(1);
			expect(lines[0].startsWith(`error: ${input.file ?? input.name}`), lines[0]).toBe(true);
			if (input.line) expect(lines[0]).toContain(`line ${input.line}`);
			if (input.column) expect(lines[0]).toContain(`column ${input.column}`);
			expect(lines[0]).not.toMatch(/\bat .*:\d+/);
		}
	}, 60_000);
});

// BRA (76) with ARG (32), product 010121: exports 1.5 and imports 2.5 thousand USD, 2 and 3 t.
const BACI = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n2020,32,76,10121,2.5,3\n';

/** UTF-16 little-endian bytes, with a BOM. */
function utf16le(text: string): Uint8Array {
	const bytes = new Uint8Array(2 + text.length * 2);
	bytes.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
	return bytes;
}

describe('cli messages that are true (issue 14)', () => {
	it('names the damage: zero bytes, empty entries, a NUL at its line, a column or a file twice', async () => {
		const dir = await tempDir();
		const zip = async (path: string, content: string | Uint8Array) =>
			bytesOfBlob(await makeZip([{ path, content }]));
		const [zeros, empties, nul, dupcol, copy1, copy2] = await writeFiles(dir, {
			'zeros.zip': await zip('BACI_HS92_Y2020_V202301.csv', new Uint8Array(5000)),
			'empties.zip': await zip('BACI_HS92_Y2020_V202301.csv', ''),
			'nul.csv': BACI.replace('10121,2.5', '10\u000021,2.5'),
			'dupcol.csv': 't,i,j,k,v,v,q\n2020,76,32,10121,1.5,9,2\n',
			'BACI_HS92_Y2020_V202301.csv': BACI,
			'BACI_HS92_Y2020_V202401.csv': BACI
		});
		const line = async (...paths: string[]) => {
			const failure = await classifyFails(...paths);
			expect(failure?.code).toBe(1);
			const lines = (failure?.stderr ?? '').trimEnd().split('\n');
			expect(lines).toHaveLength(1);
			return lines[0];
		};
		expect(await line(zeros)).toBe(
			'error: zeros.zip › BACI_HS92_Y2020_V202301.csv: The file holds only zero bytes where its text should be: the download is damaged or incomplete (download it again).'
		);
		expect(await line(empties)).toMatch(
			/^error: empties\.zip: Nothing in the zip archive can be read: BACI_HS92_Y2020_V202301\.csv is empty \(0 bytes\)/
		);
		// Line 3 is "2020,32,76,10" + NUL: the 14th character.
		expect(await line(nul)).toMatch(
			/^error: nul\.csv, line 3: The line holds a NUL byte \(code 0\) at character 14/
		);
		expect(await line(dupcol)).toMatch(
			/^error: dupcol\.csv, line 1, column v: The header names the column "v" twice/
		);
		expect(await line(copy1, copy2)).toMatch(
			/^error: BACI_HS92_Y2020_V202401\.csv: BACI_HS92_Y2020_V202301\.csv and BACI_HS92_Y2020_V202401\.csv hold the same trade of 2020/
		);
	}, 60_000);

	it('reads UTF-16 text and a zip entry named ../x.csv', async () => {
		const dir = await tempDir();
		const [text, zip] = await writeFiles(dir, {
			'utf16.csv': utf16le(BACI),
			'trav.zip': await bytesOfBlob(await makeZip([{ path: '../BACI.csv', content: BACI }]))
		});
		for (const [path, shown] of [
			[text, 'file utf16.csv: baci, plain, utf-16le, 2 rows'],
			[zip, 'file trav.zip › BACI.csv: baci, zip, utf-8, 2 rows']
		]) {
			const { cells, log } = await classify(['--reporter', 'BRA', path]);
			expect(log).toContain(shown);
			// 1500 + 2500 USD of trade with ARG in sector of 010121 (live animals).
			expect(cells.split('\n')[1]).toMatch(/^2020,ARG,[a-z-]+,4000,/);
		}
	});
});
