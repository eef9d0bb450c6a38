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
import { badInputCorpus } from '../helpers/archives';

const run = promisify(execFile);

/** Runs `classify --reporter BRA file`; the exit code and stderr of its failure. */
async function classifyFails(path: string): Promise<{ code: number; stderr: string } | null> {
	return run(process.execPath, [
		'--import',
		'tsx',
		'src/cli/main.ts',
		'classify',
		'--reporter',
		'BRA',
		path
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
