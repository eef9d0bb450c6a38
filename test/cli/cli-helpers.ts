import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { runClassify } from '../../src/cli/classify';

const exec = promisify(execFile);

/** A fresh temporary directory for one test's files. */
export function tempDir(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'iit-cli-'));
}

/** Writes files (text as UTF-8, or bytes) into a directory; returns their paths in order. */
export async function writeFiles(
	dir: string,
	files: Record<string, string | Uint8Array>
): Promise<string[]> {
	const paths: string[] = [];
	for (const [name, content] of Object.entries(files)) {
		const path = join(dir, name);
		await writeFile(path, content);
		paths.push(path);
	}
	return paths;
}

/** What a collecting stream received, as text. */
function collector(): { stream: PassThrough; text: () => string } {
	const stream = new PassThrough();
	let text = '';
	stream.on('data', (chunk) => (text += chunk));
	return { stream, text: () => text };
}

/** Runs `classify` in-process with the cells to a file; returns the cells CSV and stderr. */
export async function classify(args: string[]): Promise<{ cells: string; log: string }> {
	const out = join(await tempDir(), 'cells.csv');
	const stderr = collector();
	await runClassify([...args, '--out', out], stderr.stream);
	return { cells: await readFile(out, 'utf8'), log: stderr.text() };
}

/** Runs `classify` in-process and returns what it wrote to stdout and stderr. */
export async function classifyToStdout(args: string[]): Promise<{ stdout: string; log: string }> {
	const stdout = collector();
	const stderr = collector();
	await runClassify(args, stderr.stream, stdout.stream);
	return { stdout: stdout.text(), log: stderr.text() };
}

/** Runs the real entry point in a child process; its exit code, stdout and stderr. */
export async function runMain(
	args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	return exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args]).then(
		({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
		(error: { code: number; stdout: string; stderr: string }) => error
	);
}
