/**
 * `npm run bench:duckdb [-- --rows N] [--runs N] [--file csv]`: the same job on one BACI world
 * file (bench/out/baci-<rows>.csv, generated when missing), each side a whole process: the
 * project's `classify --reporter BRA` as `npm run cli` runs it (npm's own start-up included),
 * as the Node process npm starts (`node scripts/cli.mjs`, one thread per core, and with
 * `--threads 1`), and DuckDB (2 threads) in a Node child through @duckdb/node-api. Prints the
 * times (median of --runs), ratios, MB/s and peak RSS as a table and a JSON line; fails loudly
 * when the cells CSVs differ.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { version as duckdbVersion } from '@duckdb/node-api';
import { formatColumns } from './browser';
import { compareCells, parseCellsCsv, type CellsAgreement } from './duckdb-compare';
import { median, timeCommand, timeDuckdbChild, type TimedRun } from './duckdb-process';
import { duckdbStatements } from './duckdb-sql';
import { DEFAULT_WORLD, generateBaciFile } from './generate-baci';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'bench', 'out');
const LAUNCHER = join(ROOT, 'scripts', 'cli.mjs');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** File sizes in decimal megabytes, as run.ts gives them. */
const MB = 1e6;

/** What to compare. */
export interface ComparisonOptions {
	/** The BACI file; by default bench/out/baci-<rows>.csv, generated when missing. */
	file?: string;
	/** Rows of the generated file (3 M ≈ 100 MB). */
	rows: number;
	/** Reporter id (ISO3) for both sides. */
	reporter: string;
	/** Timed runs of each side; the median is reported. */
	runs: number;
	/** DuckDB's threads. */
	threads: number;
	alpha: number;
	theta: number;
}

/** Defaults of `npm run bench:duckdb`: the paper's α and θ, Brazil, 3 runs, 2 threads. */
export const DEFAULT_COMPARISON: ComparisonOptions = {
	rows: DEFAULT_WORLD.rows,
	reporter: 'BRA',
	runs: 3,
	threads: 2,
	alpha: 0.15,
	theta: 0.1
};

/** One side of the comparison: every run's time, the median, throughput and peak memory. */
export interface SideResult {
	label: string;
	seconds: number[];
	medianSeconds: number;
	/** The fastest run: the least disturbed by other work on the machine. */
	bestSeconds: number;
	/** Megabytes of the file per second of the median run. */
	mbPerSecond: number;
	/** The largest peak RSS over the runs (MiB); null where GNU time is missing. */
	peakRssMiB: number | null;
}

/** Everything the comparison measured (also its JSON line). */
export interface ComparisonResult {
	file: string;
	bytes: number;
	reporter: string;
	threads: number;
	/** `npm run cli -- classify …`: npm, the launcher and the CLI, one thread per core. */
	npmRun: SideResult;
	/** The process npm starts (`node scripts/cli.mjs`), one thread per core. */
	project: SideResult;
	/** The same with `--threads 1`: what the slice threads bring. */
	oneThread: SideResult;
	duckdb: SideResult;
	/** project / DuckDB (median times); above 1 means the project is slower. */
	ratio: number;
	/** project / DuckDB on their fastest runs. */
	bestRatio: number;
	/** npm run cli / DuckDB (median times). */
	npmRunRatio: number;
	/** One thread / all threads (median times): the speed-up of the slice threads. */
	threadSpeedUp: number;
	threadCount: number;
	agreement: CellsAgreement;
	loadAverage: number;
	node: string;
	duckdbVersion: string;
}

/** The world file for `rows`, generated first when missing (through a temporary name). */
async function ensureWorldFile(rows: number): Promise<string> {
	const path = join(OUT_DIR, `baci-${rows}.csv`);
	if (existsSync(path)) return path;
	await mkdir(OUT_DIR, { recursive: true });
	const partial = `${path}.partial`;
	await generateBaciFile(partial, { ...DEFAULT_WORLD, rows });
	await rename(partial, path);
	return path;
}

/** A command to time, by its label. */
interface Side {
	label: string;
	once: () => Promise<TimedRun>;
}

/**
 * Runs every side `runs` times, taking turns (side 1, 2, 3, 1, 2, 3, …) so that a burst of other
 * work on the machine slows all sides alike, and sums each side up.
 */
async function timeSides(sides: Side[], runs: number, bytes: number): Promise<SideResult[]> {
	const timed: TimedRun[][] = sides.map(() => []);
	for (let run = 0; run < runs; run++)
		for (const [index, side] of sides.entries()) timed[index].push(await side.once());
	return sides.map((side, index) => {
		const seconds = timed[index].map((run) => run.seconds);
		const peaks = timed[index].map((run) => run.peakRssMiB).filter((peak) => peak !== null);
		const medianSeconds = median(seconds);
		return {
			label: side.label,
			seconds,
			medianSeconds,
			bestSeconds: Math.min(...seconds),
			mbPerSecond: bytes / MB / medianSeconds,
			peakRssMiB: peaks.length > 0 ? Math.max(...peaks) : null
		};
	});
}

/** Throws, listing the differences, unless the two cells CSVs agree cell by cell. */
async function checkAgreement(ours: string, theirs: string, what: string): Promise<CellsAgreement> {
	const agreement = compareCells(
		parseCellsCsv(await readFile(ours, 'utf8')),
		parseCellsCsv(await readFile(theirs, 'utf8'))
	);
	if (agreement.mismatchCount > 0 || agreement.cells === 0) {
		throw new Error(
			`MISMATCH: ${what} disagree on ${agreement.mismatchCount} value(s) ` +
				`(${agreement.cells} vs ${agreement.otherCells} cells):\n${agreement.mismatches.join('\n')}`
		);
	}
	return agreement;
}

/**
 * Times the project's CLI (through npm, as its Node process, in one thread) and DuckDB on the
 * same file, and checks that they all write the same cells; throws on any mismatch.
 */
export async function runDuckdbComparison(
	options: Partial<ComparisonOptions> = {}
): Promise<ComparisonResult> {
	const settings = { ...DEFAULT_COMPARISON, ...options };
	const file = settings.file ? resolve(settings.file) : await ensureWorldFile(settings.rows);
	const bytes = (await stat(file)).size;
	const folder = await mkdtemp(join(tmpdir(), 'bench-duckdb-'));
	try {
		const outputs = {
			npmRun: join(folder, 'npm-run.csv'),
			project: join(folder, 'project.csv'),
			oneThread: join(folder, 'one-thread.csv'),
			duckdb: join(folder, 'duckdb.csv')
		};
		const classifyArgs = (out: string) => [
			'classify',
			file,
			'--reporter',
			settings.reporter,
			'--alpha',
			String(settings.alpha),
			'--theta',
			String(settings.theta),
			'--out',
			out
		];
		// Once untimed: the launcher bundles the CLI when the sources changed.
		await timeCommand(process.execPath, [LAUNCHER, 'classify', '--help'], { cwd: ROOT });
		const statements = duckdbStatements({ ...settings, file, out: outputs.duckdb });
		const sides: Side[] = [
			{
				label: 'npm run cli',
				once: () =>
					timeCommand(NPM, ['run', '--silent', 'cli', '--', ...classifyArgs(outputs.npmRun)], {
						cwd: ROOT
					})
			},
			{
				label: 'node scripts/cli.mjs',
				once: () =>
					timeCommand(process.execPath, [LAUNCHER, ...classifyArgs(outputs.project)], {
						cwd: ROOT
					})
			},
			{
				label: 'the same, --threads 1',
				once: () =>
					timeCommand(
						process.execPath,
						[LAUNCHER, ...classifyArgs(outputs.oneThread), '--threads', '1'],
						{ cwd: ROOT }
					)
			},
			{
				label: `DuckDB ${settings.threads} threads`,
				once: () => timeDuckdbChild(statements, ROOT)
			}
		];
		const [npmRun, project, oneThread, duckdb] = await timeSides(sides, settings.runs, bytes);

		const agreement = await checkAgreement(outputs.project, outputs.duckdb, 'project and DuckDB');
		await checkAgreement(outputs.project, outputs.npmRun, 'the CLI through npm and node');
		await checkAgreement(outputs.project, outputs.oneThread, 'the CLI in slices and in one thread');
		return {
			file: basename(file),
			bytes,
			reporter: settings.reporter,
			threads: settings.threads,
			npmRun,
			project,
			oneThread,
			duckdb,
			ratio: project.medianSeconds / duckdb.medianSeconds,
			bestRatio: project.bestSeconds / duckdb.bestSeconds,
			npmRunRatio: npmRun.medianSeconds / duckdb.medianSeconds,
			threadSpeedUp: oneThread.medianSeconds / project.medianSeconds,
			threadCount: availableParallelism(),
			agreement,
			loadAverage: loadavg()[0],
			node: process.version,
			duckdbVersion: duckdbVersion()
		};
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

/** The comparison as a table: one column per side, then the ratios and the agreement. */
export function formatComparison(result: ComparisonResult): string {
	const sides = [result.npmRun, result.project, result.oneThread, result.duckdb];
	const { duckdb } = result;
	const labels = ['', 'time (median)', 'time (best)', 'runs', 'speed', 'peak RSS'];
	labels.push('ratio to DuckDB', 'ratio, best runs');
	const columns = sides.map((side) => [
		side.label,
		`${side.medianSeconds.toFixed(2)} s`,
		`${side.bestSeconds.toFixed(2)} s`,
		side.seconds.map((s) => s.toFixed(2)).join(' / '),
		`${side.mbPerSecond.toFixed(1)} MB/s`,
		side.peakRssMiB === null ? '—' : `${side.peakRssMiB.toFixed(0)} MiB`,
		(side.medianSeconds / duckdb.medianSeconds).toFixed(2),
		(side.bestSeconds / duckdb.bestSeconds).toFixed(2)
	]);
	const agreement = result.agreement;
	const facts = [
		`file ${result.file} (${(result.bytes / MB).toFixed(1)} MB), reporter ${result.reporter}`,
		`slice threads: ${result.threadCount}, speed-up over one thread ×${result.threadSpeedUp.toFixed(2)}`,
		`cells agree: ${agreement.compared} cells, largest relative difference ${agreement.maxRelativeDifference.toExponential(1)}`,
		`load average ${result.loadAverage.toFixed(1)}, Node ${result.node}, DuckDB ${result.duckdbVersion}`
	];
	return `${formatColumns(labels, columns)}\n${facts.join('\n')}`;
}

/** The comparison as one JSON line, under the key `duckdbComparison`. */
export function comparisonJson(result: ComparisonResult): string {
	return JSON.stringify({ duckdbComparison: result });
}

async function main(argv: string[]): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: {
			rows: { type: 'string' },
			runs: { type: 'string' },
			file: { type: 'string' },
			reporter: { type: 'string' }
		}
	});
	const positive = (text: string | undefined, fallback: number, name: string): number => {
		const value = Number(text ?? fallback);
		if (!Number.isInteger(value) || value <= 0)
			throw new Error(`--${name} must be a positive integer`);
		return value;
	};
	const result = await runDuckdbComparison({
		rows: positive(values.rows, DEFAULT_COMPARISON.rows, 'rows'),
		runs: positive(values.runs, DEFAULT_COMPARISON.runs, 'runs'),
		file: values.file,
		reporter: values.reporter ?? DEFAULT_COMPARISON.reporter
	});
	console.log(formatComparison(result));
	console.log(comparisonJson(result));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	});
}
