/**
 * `npx tsx bench/flat-cost.ts [--sizes 100e6,1e9] [--skip-browser] [--keep]`: flat cost (issue 7).
 * Files of every size in --sizes (bytes) with exactly the same keys (bench/fixed-keys.ts) are read
 * in Node (a fresh process each, memory sampled every 50 ms) and dropped on the built site in
 * Chromium (bench/browser.ts); the table shows that time follows the file's size while memory
 * follows its keys: the last/first ratio of the peak and kept memory rows should be ~1. Files go to
 * bench/out/flat-cost and are deleted afterwards unless --keep or BENCH_KEEP_FILES=1 (a kept file is
 * reused: it is deterministic). --skip-browser or BENCH_SKIP_BROWSER=1 runs Node only.
 */
import { execFile } from 'node:child_process';
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { readTradeFiles } from '../src/lib/engine/read/analyze';
import type { ReadOptions } from '../src/lib/engine/model/types';
import { dropFileInChromium, formatColumns, type BrowserRun } from './browser';
import { DEFAULT_FIXED_KEYS, generateFixedKeysFile } from './fixed-keys';

const MB = 1e6;
const MIB = 1024 * 1024;
const SAMPLE_MS = 50;
/** Peak-memory ratios (largest file / smallest) up to this count as flat: GC timing is noisy. */
const FLAT_RATIO = 1.25;
const READ_OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};

/** What the flat-cost bench runs. */
export interface FlatCostOptions {
	/** File sizes in bytes, smallest first (100 MB and 1 GB by default). */
	sizes: number[];
	browser: boolean;
	keepFiles: boolean;
	dir: string;
}

/** One Node read of a file, in a fresh process, its memory sampled every 50 ms. */
export interface NodeRead {
	seconds: number;
	rows: number;
	keys: number;
	/** process.memoryUsage() just before the read (the baseline every peak includes). */
	rssBeforeMiB: number;
	rssPeakMiB: number;
	/** The kernel's high-water mark (getrusage maxRSS): no spike between two samples escapes it. */
	maxRssMiB: number;
	heapUsedPeakMiB: number;
	arrayBuffersPeakMiB: number;
	/** Heap used + ArrayBuffers after a full GC once read, minus the same before: what the read keeps. */
	retainedMiB: number;
	/** The keys' typed arrays (capacity included): what the kept memory should come down to. */
	keyArraysMiB: number;
}

/** One file size measured in Node and (unless skipped) in Chromium. */
export interface FlatCostRun {
	bytes: number;
	node: NodeRead;
	browser: BrowserRun | null;
	/** 1-minute load average when the size was done: other work on the machine slows every figure. */
	loadAverage: number;
}

/** Options from the command line and BENCH_KEEP_FILES / BENCH_SKIP_BROWSER. */
export function flatCostOptions(argv: string[] = []): FlatCostOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			sizes: { type: 'string' },
			'skip-browser': { type: 'boolean' },
			keep: { type: 'boolean' }
		}
	});
	const sizes = (values.sizes ?? '100e6,1e9').split(',').map(Number);
	if (sizes.length < 2 || sizes.some((size) => !Number.isFinite(size) || size <= 0))
		throw new Error(`--sizes must list two or more byte counts, got ${values.sizes}`);
	return {
		sizes: sizes.sort((a, b) => a - b),
		browser: !values['skip-browser'] && process.env.BENCH_SKIP_BROWSER !== '1',
		keepFiles: Boolean(values.keep) || process.env.BENCH_KEEP_FILES === '1',
		dir: join(dirname(fileURLToPath(import.meta.url)), 'out', 'flat-cost')
	};
}

/**
 * Heap used + ArrayBuffers after full collections, in bytes (the child runs with --expose-gc).
 * Dead ArrayBuffers are freed a little after the collection that finds them: hence passes and waits.
 */
async function liveBytes(): Promise<number> {
	for (let pass = 0; pass < 3; pass++) {
		gc?.();
		await new Promise((wake) => setTimeout(wake, 50));
	}
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return heapUsed + arrayBuffers;
}

/** Reads `path` in this process as the CLI does, sampling memory; the child side of `nodeReadInChild`. */
async function nodeReadHere(path: string): Promise<NodeRead> {
	const liveBefore = await liveBytes();
	const before = process.memoryUsage();
	const peak = { rss: before.rss, heapUsed: before.heapUsed, arrayBuffers: before.arrayBuffers };
	const sample = () => {
		const now = process.memoryUsage();
		peak.rss = Math.max(peak.rss, now.rss);
		peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
		peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
	};
	// The read awaits every chunk of the file, so the timer gets its turns.
	const timer = setInterval(sample, SAMPLE_MS);
	const started = performance.now();
	const blob = await openAsBlob(path); // file-backed: read lazily, as the browser's File is
	const { keys, ledger } = await readTradeFiles([{ name: basename(path), blob }], READ_OPTIONS);
	const seconds = (performance.now() - started) / 1000;
	clearInterval(timer);
	sample(); // with the keys still alive
	const retained = (await liveBytes()) - liveBefore; // `keys` is used below: still reachable
	const keyBytes = Object.values(keys).reduce<number>(
		(sum, field) => sum + (ArrayBuffer.isView(field) ? field.buffer.byteLength : 0),
		0
	);
	return {
		seconds,
		rows: ledger.rowsRead,
		keys: keys.count,
		rssBeforeMiB: before.rss / MIB,
		rssPeakMiB: peak.rss / MIB,
		maxRssMiB: process.resourceUsage().maxRSS / 1024, // KiB → MiB
		heapUsedPeakMiB: peak.heapUsed / MIB,
		arrayBuffersPeakMiB: peak.arrayBuffers / MIB,
		retainedMiB: retained / MIB,
		keyArraysMiB: keyBytes / MIB
	};
}

/** The Node read of `path` in a fresh process (`--node-read`), so that its peaks are its own. */
async function nodeReadInChild(path: string): Promise<NodeRead> {
	const self = fileURLToPath(import.meta.url);
	// execArgv carries tsx's loader flags, so the child runs this TypeScript file as we do.
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[...process.execArgv, '--expose-gc', self, '--node-read', path],
		{ maxBuffer: 1 << 20 }
	);
	return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as NodeRead;
}

/** The fixed-keys file of `bytes`, generated through a temporary name when missing. */
async function ensureFile(dir: string, bytes: number): Promise<string> {
	const path = join(dir, `fixed-keys-${bytes}.csv`);
	if (existsSync(path)) return path;
	await mkdir(dir, { recursive: true });
	const started = performance.now();
	const written = await generateFixedKeysFile(`${path}.partial`, { ...DEFAULT_FIXED_KEYS, bytes });
	await rename(`${path}.partial`, path);
	const seconds = (performance.now() - started) / 1000;
	console.log(
		`generated ${basename(path)}: ${(written.bytes / MB).toFixed(1)} MB, ${written.rows} rows ` +
			`in ${seconds.toFixed(1)} s`
	);
	return path;
}

/** Drops the file on the app in Chromium; the rows and keys must be Node's. */
async function dropInChromium(path: string, node: NodeRead): Promise<BrowserRun> {
	const run = await dropFileInChromium(path, 'flat cost');
	if (run.outcome !== 'results')
		throw new Error(`Chromium did not read ${path}: ${run.outcome} ${run.errorText}`);
	if (run.keys !== node.keys || run.rowsRead !== node.rows)
		throw new Error(
			`Chromium read ${run.rowsRead} rows / ${run.keys} keys, Node ${node.rows} / ${node.keys}`
		);
	return { ...run, nodeReadSeconds: node.seconds, nodePeakRssMiB: node.maxRssMiB };
}

/** Runs every size: generate, read in Node, drop in Chromium, delete (unless kept). */
export async function runFlatCost(options: FlatCostOptions): Promise<FlatCostRun[]> {
	const runs: FlatCostRun[] = [];
	for (const size of options.sizes) {
		const path = await ensureFile(options.dir, size);
		try {
			const { size: bytes } = await stat(path);
			const node = await nodeReadInChild(path);
			const browser = options.browser ? await dropInChromium(path, node) : null;
			runs.push({ bytes, node, browser, loadAverage: loadavg()[0] });
		} finally {
			if (!options.keepFiles) await rm(path, { force: true });
		}
	}
	const keys = new Set(runs.map((run) => run.node.keys));
	if (keys.size !== 1) throw new Error(`the files should have the same keys, got ${[...keys]}`);
	return runs;
}

/**
 * A row of the table: label, unit, decimals, kind, value. 'flat' rows decide the verdict: kernel
 * high-water marks and what stays after a GC. 'sampled' rows (marked *) are sampled used sizes that
 * include garbage not yet collected: their peaks follow when V8 collects, so they are only shown.
 */
type Row = [
	string,
	string,
	number,
	'figure' | 'flat' | 'sampled',
	(run: FlatCostRun) => number | null
];

const ROWS: Row[] = [
	['file size', 'MB', 1, 'figure', (run) => run.bytes / MB],
	['rows', '', 0, 'figure', (run) => run.node.rows],
	['keys (reporter BRA)', '', 0, 'figure', (run) => run.node.keys],
	['Node read', 's', 1, 'figure', (run) => run.node.seconds],
	['Node RSS before read', 'MiB', 0, 'figure', (run) => run.node.rssBeforeMiB],
	['Node peak RSS (maxRSS)', 'MiB', 0, 'flat', (run) => run.node.maxRssMiB],
	['Node peak heap used', 'MiB', 0, 'sampled', (run) => run.node.heapUsedPeakMiB],
	['Node peak ArrayBuffers', 'MiB', 0, 'sampled', (run) => run.node.arrayBuffersPeakMiB],
	['Node kept after GC', 'MiB', 1, 'flat', (run) => run.node.retainedMiB],
	['Node key arrays', 'MiB', 1, 'figure', (run) => run.node.keyArraysMiB],
	['Chromium keys', '', 0, 'figure', (run) => run.browser?.keys ?? null],
	['Chromium to results', 's', 1, 'figure', (run) => run.browser?.totalSeconds ?? null],
	['Chromium read speed', 'MB/s', 1, 'figure', (run) => run.browser?.mbPerSecond ?? null],
	['renderer peak RSS', 'MiB', 0, 'flat', (run) => run.browser?.rendererPeakMiB ?? null],
	['Chromium PSS peak', 'MiB', 0, 'flat', (run) => run.browser?.chromiumPssPeakMiB ?? null],
	['renderer anon peak', 'MiB', 0, 'sampled', (run) => run.browser?.rendererAnonPeakMiB ?? null],
	['worker JS heap peak', 'MiB', 0, 'sampled', (run) => run.browser?.workerHeapPeakMiB ?? null],
	['worker buffers peak', 'MiB', 0, 'sampled', (run) => run.browser?.workerBuffersPeakMiB ?? null],
	['load average', '', 1, 'figure', (run) => run.loadAverage]
];

function show([, unit, digits, , value]: Row, run: FlatCostRun): string {
	const number = value(run);
	if (number === null) return '–';
	const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
	return `${number.toLocaleString('en-US', options)}${unit ? ` ${unit}` : ''}`;
}

/** The runs as a table, one column per size, a last/first ratio column, and the verdict. */
export function formatFlatCost(runs: FlatCostRun[]): string {
	const [first, last] = [runs[0], runs[runs.length - 1]];
	const ratio = ([, , , , value]: Row): number | null => {
		const [a, b] = [value(first), value(last)];
		return a === null || b === null || a === 0 ? null : b / a;
	};
	// Without Chromium its rows would be all dashes.
	const rows = ROWS.filter(([, , , , value]) => runs.some((run) => value(run) !== null));
	const table = formatColumns(
		rows.map(([label, , , kind]) => (kind === 'sampled' ? `${label} *` : label)),
		[
			...runs.map((run) => rows.map((row) => show(row, run))),
			rows.map((row) =>
				row[0] === 'load average' ? 'last/first' : (ratio(row)?.toFixed(2) ?? '–')
			)
		]
	);
	const flat = rows.filter(([, , , kind]) => kind === 'flat');
	const worst = Math.max(...flat.map((row) => ratio(row) ?? 0));
	const verdict = worst <= FLAT_RATIO ? 'flat' : 'NOT flat';
	return (
		`${table}\n* sampled used size, garbage included: not in the verdict\n` +
		`${verdict}: largest last/first ratio of ${flat.map(([label]) => label).join(', ')} ` +
		`is ${worst.toFixed(2)} (flat up to ${FLAT_RATIO})`
	);
}

/** Runs the bench and prints its table and one JSON line per size (the call for bench/run.ts). */
export async function reportFlatCost(options: FlatCostOptions = flatCostOptions()): Promise<void> {
	const runs = await runFlatCost(options);
	console.log(`\n${formatFlatCost(runs)}`);
	for (const run of runs) console.log(JSON.stringify({ flatCost: run }));
}

async function main(argv: string[]): Promise<void> {
	const readAt = argv.indexOf('--node-read');
	if (readAt >= 0) {
		console.log(JSON.stringify(await nodeReadHere(argv[readAt + 1])));
		return;
	}
	await reportFlatCost(flatCostOptions(argv));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	});
}
