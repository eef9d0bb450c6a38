/**
 * `npm run bench [-- --rows N]`: runs the engine in Node on a synthetic BACI world file
 * (bench/out/baci-<rows>.csv, generated when missing) the way the CLI does, and reports
 * read and classify speed and memory as a table and as one JSON line.
 */
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readTradeFiles } from '../src/lib/engine/analyze';
import { classifyKeys } from '../src/lib/engine/classify';
import type { ClassifySettings, ReadOptions } from '../src/lib/engine/types';
import { DEFAULT_WORLD, generateBaciFile } from './generate-baci';

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
		node: process.version
	};
}

function formatTable(result: BenchResult): string {
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
		['heap used', `${fixed(result.heapUsedMB, 0)} MiB`]
	];
	const labelWidth = Math.max(...rows.map(([label]) => label.length));
	const valueWidth = Math.max(...rows.map(([, value]) => value.length));
	return rows
		.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`)
		.join('\n');
}

async function main(argv: string[]): Promise<void> {
	const { values } = parseArgs({ args: argv, options: { rows: { type: 'string' } } });
	const rows = Number(values.rows ?? DEFAULT_WORLD.rows);
	if (!Number.isInteger(rows) || rows <= 0)
		throw new Error(`--rows must be a positive integer, got ${values.rows}`);
	const path = await ensureWorldFile(rows);
	const result = await runBench(path);
	console.log(formatTable(result));
	console.log(JSON.stringify(result));
}

main(process.argv.slice(2)).catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
