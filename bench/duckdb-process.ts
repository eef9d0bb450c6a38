/**
 * Child processes of the DuckDB comparison, timed whole (start-up included) from the parent,
 * with their peak RSS from GNU time when it is installed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GNU time: `-f %M` prints the peak RSS (KiB) of the command and the children it waited for. */
const GNU_TIME = '/usr/bin/time';
const MIB_PER_KIB = 1 / 1024;

/** One timed run of a command. */
export interface TimedRun {
	/** Wall time from spawn to exit, measured in the parent. */
	seconds: number;
	/** Peak resident set of the process tree (MiB); null without GNU time. */
	peakRssMiB: number | null;
}

/** Whether peak memory can be measured here. */
export function canMeasureRss(): boolean {
	return existsSync(GNU_TIME);
}

/**
 * Runs `command args` in `cwd` and times it; throws with its stderr when it fails. The child's
 * stdout and stderr are collected, not shown (the CLI prints its ledger there).
 */
export async function timeCommand(
	command: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<TimedRun> {
	const measured = canMeasureRss();
	const folder = measured ? await mkdtemp(join(tmpdir(), 'bench-time-')) : '';
	const rssFile = join(folder, 'rss');
	const [program, programArgs] = measured
		? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
		: [command, args];
	try {
		const started = performance.now();
		const { code, stderr } = await runToExit(program, programArgs, options);
		const seconds = (performance.now() - started) / 1000;
		if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr}`);
		const peakKiB = measured ? Number((await readFile(rssFile, 'utf8')).trim()) : NaN;
		return { seconds, peakRssMiB: Number.isFinite(peakKiB) ? peakKiB * MIB_PER_KIB : null };
	} finally {
		if (measured) await rm(folder, { recursive: true, force: true });
	}
}

function runToExit(
	program: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(program, args, {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		const chunks: Buffer[] = [];
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stderr: Buffer.concat(chunks).toString('utf8') }));
	});
}

/** The environment variable that carries the statements (JSON array) to the DuckDB child. */
export const STATEMENTS_VARIABLE = 'BENCH_DUCKDB_STATEMENTS';

/**
 * The DuckDB child, plain JavaScript for `node --input-type=module -e`: no TypeScript loader
 * starts, so its time is DuckDB's own plus Node's start-up. Bare imports resolve from its cwd.
 */
export const DUCKDB_CHILD_SCRIPT = `
import { DuckDBInstance } from '@duckdb/node-api';
const statements = JSON.parse(process.env.${STATEMENTS_VARIABLE});
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
for (const statement of statements) await connection.run(statement);
connection.closeSync();
instance.closeSync();
`;

/** Runs the statements in a fresh Node process with DuckDB, timed whole. */
export function timeDuckdbChild(statements: string[], cwd: string): Promise<TimedRun> {
	return timeCommand(process.execPath, ['--input-type=module', '-e', DUCKDB_CHILD_SCRIPT], {
		cwd,
		env: { ...process.env, [STATEMENTS_VARIABLE]: JSON.stringify(statements) }
	});
}

/** The median of some run times. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
