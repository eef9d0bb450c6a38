/**
 * World mode at BACI-year size: a synthetic BACI world year (bench/generate-baci.ts: ~225
 * countries, ~5 000 HS6 products, both directions of many pairs, so rows i → j and j → i of a
 * product meet in one key as in a real year) is read with every pair kept, in Node and on the
 * /world page in headless Chromium, and the time and memory to the pair matrix are printed, with
 * (in Node) the world price ranges of METHODS 9: reference medians, every flow ranked, per exporter.
 *
 * `npx tsx bench/world.ts [--rows 11000000] [--keep]` (needs `npm run build` for the page). The
 * file goes to bench/out and is deleted afterwards unless --keep (a kept file is reused).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, openAsBlob } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readTradeFiles } from '../src/lib/engine/read/analyze';
import { pairMatrix } from '../src/lib/engine/world/pair-matrix';
import { priceRanges } from '../src/lib/engine/world/price-ranges';
import { exporterRanges } from '../src/lib/engine/world/price-ranges-exporters';
import { keyBufferBytes } from '../src/lib/engine/world/side-view';
import { WORLD_MAX_KEYS, WORLD_READ_OPTIONS } from '../src/lib/worker/world-api';
import { serveStatic } from '../test/e2e/static-server';
import { formatColumns } from './browser';
import { launchChromium, ProcessTreeMemory, watchWorkerHeap } from './chromium';
import { generateBaciFile } from './generate-baci';

const MIB = 1024 * 1024;
const SETTINGS = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

/** One run's figures; null where the run cannot tell. */
interface WorldRun {
	where: string;
	rowsRead: number;
	keys: number;
	keyMiB: number;
	readSeconds: number;
	matrixSeconds: number;
	/** Price ranges from the kept keys (Node only: the page computes them when asked). */
	priceRangesSeconds: number | null;
	/** From the start (Node: the read; Chromium: setting the file) to the matrix on screen. */
	totalSeconds: number;
	peakRssMiB: number;
	workerBuffersPeakMiB: number | null;
}

/** Node: read with every pair kept, then the matrix; run in its own process so its RSS is its own. */
async function nodeRun(path: string): Promise<WorldRun> {
	const started = performance.now();
	const blob = await openAsBlob(path);
	const { keys, ledger } = await readTradeFiles([{ name: path, blob }], WORLD_READ_OPTIONS, {
		maxKeys: WORLD_MAX_KEYS
	});
	const read = performance.now();
	pairMatrix(keys, SETTINGS);
	const done = performance.now();
	exporterRanges(priceRanges(keys, SETTINGS.alpha), {});
	const ranged = performance.now();
	return {
		where: 'Node',
		rowsRead: ledger.rowsRead,
		keys: keys.count,
		keyMiB: keyBufferBytes(keys) / MIB,
		readSeconds: (read - started) / 1000,
		matrixSeconds: (done - read) / 1000,
		priceRangesSeconds: (ranged - done) / 1000,
		totalSeconds: (done - started) / 1000,
		peakRssMiB: process.resourceUsage().maxRSS / 1024,
		workerBuffersPeakMiB: null
	};
}

/** The Node run in a fresh process (this one has the browser's bookkeeping in it). */
function nodeRunInChild(path: string): WorldRun {
	const child = spawnSync('npx', ['tsx', fileURLToPath(import.meta.url), '--node', path], {
		encoding: 'utf8',
		maxBuffer: 1 << 20
	});
	const line = child.stdout.trim().split('\n').at(-1) ?? '';
	if (child.status !== 0 || !line.startsWith('{'))
		throw new Error(`the Node run failed: ${child.stderr}`);
	return JSON.parse(line) as WorldRun;
}

/** The world page in headless Chromium: set the file, wait for the matrix, read the figures. */
async function chromiumRun(path: string): Promise<WorldRun> {
	const root = resolve('build');
	if (!existsSync(join(root, 'world', 'index.html')))
		throw new Error('build/world/ is missing: run `npm run build` first');
	const server = await serveStatic(root);
	const browser = await launchChromium();
	const memory = new ProcessTreeMemory(process.pid);
	try {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		await page.goto(server.url + '/world/');
		const worker = await watchWorkerHeap(await context.newCDPSession(page));
		const polling = setInterval(() => worker.poll(), 200);
		const started = performance.now();
		await page.locator('[data-testid="file-input"]').setInputFiles(path);
		const chart = page.locator('[data-testid="world-matrix-chart"] svg');
		const failed = page.locator('[data-testid="error"]');
		await chart
			.or(failed)
			.first()
			.waitFor({ timeout: 30 * 60_000 });
		const totalSeconds = (performance.now() - started) / 1000;
		clearInterval(polling);
		await memory.stop();
		if ((await failed.count()) > 0)
			throw new Error(`the page failed: ${await failed.textContent()}`);
		const figure = async (testid: string) =>
			Number(await page.locator(`[data-testid="${testid}"]`).getAttribute('data-value'));
		return {
			where: 'Chromium /world',
			rowsRead: await figure('world-rows'),
			keys: await figure('world-keys'),
			keyMiB: (await figure('world-bytes')) / MIB,
			readSeconds: (await figure('world-read-time')) / 1000,
			matrixSeconds: (await figure('world-matrix-time')) / 1000,
			priceRangesSeconds: null,
			totalSeconds,
			peakRssMiB: memory.rendererHwmKiB / 1024,
			workerBuffersPeakMiB: worker.peakBuffers > 0 ? worker.peakBuffers / MIB : null
		};
	} finally {
		await memory.stop();
		await browser.close();
		await server.close();
	}
}

/** The runs as a table, one column each. */
function formatRuns(runs: WorldRun[]): string {
	const mib = (value: number | null) => (value === null ? '–' : `${value.toFixed(0)} MiB`);
	const rows: [string, (run: WorldRun) => string][] = [
		['where', (run) => run.where],
		['rows read', (run) => String(run.rowsRead)],
		['pair keys', (run) => String(run.keys)],
		['key arrays', (run) => mib(run.keyMiB)],
		['read', (run) => `${run.readSeconds.toFixed(1)} s`],
		['pair matrix', (run) => `${run.matrixSeconds.toFixed(2)} s`],
		[
			'price ranges',
			(run) => (run.priceRangesSeconds === null ? '–' : `${run.priceRangesSeconds.toFixed(2)} s`)
		],
		['to the matrix', (run) => `${run.totalSeconds.toFixed(1)} s`],
		['peak RSS (Node / renderer)', (run) => mib(run.peakRssMiB)],
		['worker buffers peak', (run) => mib(run.workerBuffersPeakMiB)]
	];
	return formatColumns(
		rows.map(([label]) => label),
		runs.map((run) => rows.map(([, value]) => value(run)))
	);
}

async function main(argv: string[]): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: { rows: { type: 'string' }, keep: { type: 'boolean' }, node: { type: 'string' } }
	});
	if (values.node) {
		console.log(JSON.stringify(await nodeRun(values.node)));
		return;
	}
	const rows = Number(values.rows ?? WORLD_YEAR_ROWS);
	if (!Number.isInteger(rows) || rows <= 0) throw new Error(`--rows must be a positive integer`);
	await reportWorld(rows, values.keep ?? false);
}

/** Rows of a BACI year of the whole world. */
export const WORLD_YEAR_ROWS = 11_000_000;

/** Generates a world year of `rows` rows (unless there), measures it in Node and Chromium, prints. */
export async function reportWorld(rows = WORLD_YEAR_ROWS, keep = false): Promise<void> {
	const path = resolve('bench/out', `world-${rows}.csv`);
	if (!existsSync(path)) {
		const started = performance.now();
		await generateBaciFile(`${path}.partial`, { rows });
		await rename(`${path}.partial`, path);
		console.log(`generated ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	try {
		const { size } = await stat(path);
		console.log(`world file: ${rows} rows, ${(size / 1e6).toFixed(1)} MB`);
		const runs = [nodeRunInChild(path), await chromiumRun(path)];
		console.log(formatRuns(runs));
		// Other work on the machine slows every figure: say how busy it was.
		console.log(`load average (1 min) at the end: ${loadavg()[0].toFixed(1)}`);
	} finally {
		if (!keep) await rm(path, { force: true });
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
