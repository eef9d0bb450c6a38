/**
 * `npm run bench [-- --rows N] [-- --view-keys N]`: runs the engine in Node on a synthetic BACI
 * world file (bench/out/baci-<rows>.csv, generated when missing) the way the CLI does, and reports
 * read and classify speed and memory, then the worker's view updates (bench/view-updates.ts) on
 * 1 M synthetic keys (--view-keys), as a table and as one JSON line; then checks that a
 * read past a small key budget stops early with 'too-many-keys'; then the same job with DuckDB
 * side by side (bench/duckdb.ts; BENCH_SKIP_DUCKDB=1 skips it); then runs the browser bench
 * (bench/browser.ts: a ~1 GB file dropped on the built site in Chromium) unless
 * BENCH_SKIP_BROWSER=1. BENCH_BROWSER_ROWS sets the browser file's rows (30 M ≈ 1 GB),
 * BENCH_SKIP_BROWSER_BUDGET=1 skips the key-budget files, BENCH_KEEP_FILES=1 keeps (and reuses)
 * the generated files, BENCH_TMPDIR puts them elsewhere than the system temp folder.
 * Then the flat-cost bench (100 MB vs 1 GB of the same keys; BENCH_SKIP_FLAT=1 skips it) and the
 * all-pairs world year (BENCH_SKIP_WORLD=1 skips it).
 * `--file <csv>` only runs the Node read of that file (the browser bench runs it so).
 */
import { execFile } from 'node:child_process';
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { readTradeFiles } from '../src/lib/engine/read/analyze';
import { reportFlatCost } from './flat-cost';
import { reportWorld } from './world';
import { classifyKeys } from '../src/lib/engine/classify/classify';
import { TradeFileError } from '../src/lib/engine/model/errors';
import type { ClassifySettings, ReadOptions } from '../src/lib/engine/model/types';
import { BROWSER_MAX_KEYS } from '../src/lib/worker/analysis-api';
import {
	browserBenchOptions,
	formatBrowserRuns,
	formatColumns,
	runBrowserBench,
	type BrowserRun
} from './browser';
import {
	comparisonJson,
	DEFAULT_COMPARISON,
	formatComparison,
	runDuckdbComparison
} from './duckdb';
import { DEFAULT_WORLD, generateBaciFile } from './generate-baci';
import { MeteredBlob } from './metered-blob';
import { DEFAULT_SYNTHETIC_KEYS, syntheticKeys } from './synthetic-keys';
import { timeViewUpdates, viewUpdateRows, type ViewUpdateTimings } from './view-updates';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');
const READ_OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};
const PAPER_SETTINGS: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

/** One benchmark run's measurements (also the JSON line). */
interface BenchResult {
	file: string;
	bytes: number;
	rows: number;
	rowsUsed: number;
	keys: number;
	cells: number;
	readSeconds: number;
	classifySeconds: number;
	reclassifySeconds: number;
	readMBPerSecond: number;
	readRowsPerSecond: number;
	peakRssMB: number;
	heapUsedMB: number;
	/** 1-minute load average at the end: other work on the machine slows every figure. */
	loadAverage: number;
	node: string;
}

/** File sizes in decimal megabytes (as `ls` and download pages give them); memory in MiB below. */
const MB = 1e6;
const MIB = 1024 * 1024;

function secondsSince(started: number): number {
	return (performance.now() - started) / 1000;
}

/** The benchmark file for `rows`, generated first when missing (via a temporary name, so a cut run leaves no half file). */
async function ensureWorldFile(rows: number): Promise<string> {
	const path = join(OUT_DIR, `baci-${rows}.csv`);
	if (existsSync(path)) return path;
	await mkdir(OUT_DIR, { recursive: true });
	const started = performance.now();
	const partial = `${path}.partial`;
	const bytes = await generateBaciFile(partial, { ...DEFAULT_WORLD, rows });
	await rename(partial, path);
	const seconds = secondsSince(started);
	console.log(
		`generated ${basename(path)}: ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
			`(${(bytes / MB / seconds).toFixed(1)} MB/s, ${Math.round(rows / seconds)} rows/s)`
	);
	return path;
}

/** Reads, classifies at α = 15% and reclassifies at α = 25% (the no-reread path), timing each step. */
async function runBench(path: string): Promise<BenchResult> {
	const bytes = (await stat(path)).size;
	// A file-backed Blob, read lazily as the browser's File is: the file is never loaded whole.
	const blob = await openAsBlob(path);
	let started = performance.now();
	const { keys, ledger } = await readTradeFiles([{ name: basename(path), blob }], READ_OPTIONS);
	const readSeconds = secondsSince(started);
	started = performance.now();
	const cells = classifyKeys(keys, PAPER_SETTINGS);
	const classifySeconds = secondsSince(started);
	started = performance.now();
	classifyKeys(keys, { ...PAPER_SETTINGS, alpha: 0.25 });
	const reclassifySeconds = secondsSince(started);
	return {
		file: basename(path),
		bytes,
		rows: ledger.rowsRead,
		rowsUsed: ledger.rowsUsed,
		keys: keys.count,
		cells: cells.length,
		readSeconds,
		classifySeconds,
		reclassifySeconds,
		readMBPerSecond: bytes / MB / readSeconds,
		readRowsPerSecond: ledger.rowsRead / readSeconds,
		peakRssMB: process.resourceUsage().maxRSS / 1024, // maxRSS is in KiB: this is MiB
		heapUsedMB: process.memoryUsage().heapUsed / MIB, // the keys are still alive here
		loadAverage: loadavg()[0],
		node: process.version
	};
}

/** The bench's table; the view updates, when timed, as rows below the read and classify ones. */
function formatTable(result: BenchResult, views?: ViewUpdateTimings): string {
	const fixed = (value: number, digits: number) => value.toFixed(digits);
	const rows: [string, string][] = [
		['file', result.file],
		['size', `${fixed(result.bytes / MB, 1)} MB`],
		['rows read', String(result.rows)],
		['rows used', String(result.rowsUsed)],
		['keys', String(result.keys)],
		['cells', String(result.cells)],
		['read', `${fixed(result.readSeconds, 2)} s`],
		['read speed', `${fixed(result.readMBPerSecond, 1)} MB/s`],
		['read speed', `${Math.round(result.readRowsPerSecond)} rows/s`],
		['classify α=0.15', `${fixed(result.classifySeconds * 1000, 1)} ms`],
		['reclassify α=0.25', `${fixed(result.reclassifySeconds * 1000, 1)} ms`],
		['peak RSS', `${fixed(result.peakRssMB, 0)} MiB`],
		['heap used', `${fixed(result.heapUsedMB, 0)} MiB`],
		['load average', fixed(result.loadAverage, 1)],
		...(views ? viewUpdateRows(views) : [])
	];
	return formatColumns(
		rows.map(([label]) => label),
		[rows.map(([, value]) => value)]
	);
}

/** The key-budget check: a read past `limit` distinct keys, how it failed and how soon. */
interface BudgetResult {
	limit: number;
	code: string;
	failSeconds: number;
	fullReadSeconds: number;
	/** Bytes the read had pulled from the file when it stopped (read-ahead included). */
	bytesPulled: number;
	bytes: number;
}

/**
 * Reads the bench file with a key budget below its keys: it must fail with 'too-many-keys'
 * naming the file and the limit, as soon as the budget is passed (not after reading it all).
 */
async function runBudgetCheck(path: string, full: BenchResult): Promise<BudgetResult> {
	const limit = Math.min(10_000, Math.floor(full.keys / 2));
	const meter = { bytes: 0 };
	const blob = new MeteredBlob([await openAsBlob(path)], meter);
	const started = performance.now();
	const error = await readTradeFiles([{ name: basename(path), blob }], READ_OPTIONS, {
		maxKeys: limit
	}).then(
		() => null,
		(reason: unknown) => reason
	);
	const failSeconds = secondsSince(started);
	if (
		!(error instanceof TradeFileError) ||
		error.code !== 'too-many-keys' ||
		error.file !== basename(path) ||
		error.details.limit !== limit
	) {
		throw new Error(`a read past ${limit} keys should fail with too-many-keys, got ${error}`);
	}
	return {
		limit,
		code: error.code,
		failSeconds,
		fullReadSeconds: full.readSeconds,
		bytesPulled: meter.bytes,
		bytes: full.bytes
	};
}

function formatBudget(result: BudgetResult): string {
	const rows: [string, string][] = [
		['key budget', `${result.limit} keys`],
		['outcome', result.code],
		['failed after', `${(result.failSeconds * 1000).toFixed(0)} ms`],
		['full read', `${(result.fullReadSeconds * 1000).toFixed(0)} ms`],
		[
			'read when failed',
			`${(result.bytesPulled / MB).toFixed(1)} MB of ${(result.bytes / MB).toFixed(1)} MB`
		]
	];
	return formatColumns(
		rows.map(([label]) => label),
		[rows.map(([, value]) => value)]
	);
}

/** The Node read of `path` in a fresh process (`--file`), so that its peak RSS is its own. */
async function nodeReadInChild(path: string): Promise<{ seconds: number; peakRssMiB: number }> {
	const self = fileURLToPath(import.meta.url);
	// execArgv carries tsx's loader flags, so the child runs this TypeScript file as we do.
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[...process.execArgv, self, '--file', path],
		{ maxBuffer: 1 << 20 }
	);
	const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as BenchResult;
	return { seconds: result.readSeconds, peakRssMiB: result.peakRssMB };
}

/** What each browser scenario must end with; the bench fails otherwise. */
function checkBrowserRuns(runs: BrowserRun[]): string[] {
	const problems: string[] = [];
	for (const run of runs) {
		if (run.scenario === 'over budget' && run.errorKind !== 'too-many-keys')
			problems.push(`over budget: expected too-many-keys, got ${run.outcome} ${run.errorText}`);
		if (run.scenario !== 'over budget' && run.outcome !== 'results')
			problems.push(`${run.scenario}: expected results, got ${run.outcome} ${run.errorText}`);
		if (run.scenario === 'at budget' && run.outcome === 'results' && run.keys !== BROWSER_MAX_KEYS)
			problems.push(`at budget: expected ${BROWSER_MAX_KEYS} keys, got ${run.keys}`);
	}
	return problems;
}

async function main(argv: string[]): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: { rows: { type: 'string' }, file: { type: 'string' }, 'view-keys': { type: 'string' } }
	});
	if (values.file) {
		console.log(JSON.stringify(await runBench(values.file)));
		return;
	}
	const rows = Number(values.rows ?? DEFAULT_WORLD.rows);
	if (!Number.isInteger(rows) || rows <= 0)
		throw new Error(`--rows must be a positive integer, got ${values.rows}`);
	const viewKeys = Number(values['view-keys'] ?? DEFAULT_SYNTHETIC_KEYS.keys);
	if (!Number.isInteger(viewKeys) || viewKeys <= 0)
		throw new Error(`--view-keys must be a positive integer, got ${values['view-keys']}`);
	const path = await ensureWorldFile(rows);
	const result = await runBench(path);
	// After runBench, so its peak RSS is the read's alone.
	const views = timeViewUpdates(syntheticKeys({ ...DEFAULT_SYNTHETIC_KEYS, keys: viewKeys }));
	console.log(formatTable(result, views));
	console.log(JSON.stringify({ ...result, viewUpdates: views }));

	const budget = await runBudgetCheck(path, result);
	console.log(`\n${formatBudget(budget)}`);
	console.log(JSON.stringify(budget));

	// The same job with DuckDB, side by side (its cells are checked equal, or the bench fails).
	if (process.env.BENCH_SKIP_DUCKDB === '1') {
		console.log('\nDuckDB comparison skipped (BENCH_SKIP_DUCKDB=1)');
	} else {
		const comparison = await runDuckdbComparison({ rows: Math.min(rows, DEFAULT_COMPARISON.rows) });
		console.log(`\n${formatComparison(comparison)}`);
		console.log(comparisonJson(comparison));
	}

	if (process.env.BENCH_SKIP_BROWSER === '1') {
		console.log('\nbrowser bench skipped (BENCH_SKIP_BROWSER=1)');
		return;
	}
	const runs = await runBrowserBench({ ...browserBenchOptions(), nodeRead: nodeReadInChild });
	console.log(`\n${formatBrowserRuns(runs)}`);
	for (const run of runs) console.log(JSON.stringify(run));
	const problems = checkBrowserRuns(runs);
	if (problems.length > 0) throw new Error(problems.join('\n'));

	// Flat cost: a 100 MB and a 1 GB file of the same keys (bench/flat-cost.ts).
	if (process.env.BENCH_SKIP_FLAT === '1') console.log('\nflat cost skipped (BENCH_SKIP_FLAT=1)');
	else await reportFlatCost();
	// All pairs of a BACI-size world year, in Node and on the /world page (bench/world.ts).
	if (process.env.BENCH_SKIP_WORLD === '1')
		console.log('\nworld mode skipped (BENCH_SKIP_WORLD=1)');
	else await reportWorld();
}

main(process.argv.slice(2)).catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
