/**
 * The browser half of `npm run bench`: drops big generated BACI files on the built site in
 * headless Chromium and measures wall time, speed and the memory of Chromium's process tree.
 * Scenarios: a ~1 GB world file (must give results) and the key budget (BROWSER_MAX_KEYS distinct
 * keys must give results, one more must stop with 'too-many-keys'). Big files go to the temp folder
 * and are deleted afterwards unless BENCH_KEEP_FILES=1 (a kept file is reused: it is deterministic).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { BACI_COUNTRIES } from '../src/lib/engine/codes/baci-countries';
import { countryIdOfNumericCode, isAggregatePartner } from '../src/lib/engine/codes/countries';
import { BROWSER_MAX_KEYS } from '../src/lib/worker/analysis-api';
import { serveStatic } from '../test/e2e/static-server';
import { generateBaciFile } from './generate-baci';
import { endStream, writeLines } from './write-lines';
import { launchChromium, ProcessTreeMemory, watchWorkerHeap, type WorkerHeap } from './chromium';

const MB = 1e6;
const MIB = 1024 * 1024;
const SAMPLE_MS = 200;
/** A 1 GB read takes about a minute; far beyond that the tab is stuck, not slow. */
const RUN_TIMEOUT_MS = 30 * 60_000;

/** What the browser bench runs; from the BENCH_* environment by default (see `browserBenchOptions`). */
export interface BrowserBenchOptions {
	/** Rows of the BACI world file (30 M ≈ 1 GB). */
	rows: number;
	/** Also run the key-budget scenarios (BROWSER_MAX_KEYS keys, and one more). */
	budget: boolean;
	keepFiles: boolean;
	dir: string;
	/** The Node read of the same file, in a fresh process so that its peak RSS is its own. */
	nodeRead?: (path: string) => Promise<{ seconds: number; peakRssMiB: number }>;
}

/** One file dropped on the page, measured. */
export interface BrowserRun {
	scenario: string;
	file: string;
	bytes: number;
	/** 'crashed': the renderer died (the tab shows "Aw, Snap!"); memory figures run up to then. */
	outcome: 'results' | 'error' | 'crashed';
	/** The error panel's text when the outcome is 'error'. */
	errorText: string;
	/** 'too-many-keys' when the error panel says so, else 'other' ('' with results). */
	errorKind: '' | 'too-many-keys' | 'other';
	rowsRead: number;
	keys: number;
	/** From setting the file to the progress bar leaving the reading phase (±200 ms). */
	readSeconds: number;
	/** From setting the file to results (or the error) on screen. */
	totalSeconds: number;
	mbPerSecond: number;
	rowsPerSecond: number;
	/** Sampled peak of the summed PSS of every Chromium process (shared pages shared out). */
	chromiumPssPeakMiB: number;
	/** The kernel's RSS high-water mark (VmHWM) of the renderers (the tab and its worker). */
	rendererPeakMiB: number;
	/** Sampled peak of the renderer's anonymous memory (JS heaps, ArrayBuffers, Blink). */
	rendererAnonPeakMiB: number;
	/** The renderer's anonymous memory once the demo was shown, before the file was set. */
	rendererAnonBeforeMiB: number;
	/** Sampled peaks of the worker's V8 heap and of its ArrayBuffer storage (CDP), when available. */
	workerHeapPeakMiB: number | null;
	workerBuffersPeakMiB: number | null;
	pageHeapPeakMiB: number;
	/** Slowest answer of the page's main thread to a sample: how frozen the tab looked. */
	mainThreadMaxMs: number;
	/** 1-minute load average when the run ended: other work on the machine slows every figure. */
	loadAverage: number;
	nodeReadSeconds: number | null;
	nodePeakRssMiB: number | null;
	chromium: string;
}

/** Options from BENCH_BROWSER_ROWS, BENCH_SKIP_BROWSER_BUDGET, BENCH_KEEP_FILES and BENCH_TMPDIR. */
export function browserBenchOptions(): BrowserBenchOptions {
	const rows = Number(process.env.BENCH_BROWSER_ROWS ?? 30_000_000);
	if (!Number.isInteger(rows) || rows <= 0)
		throw new Error(`BENCH_BROWSER_ROWS must be a positive integer, got ${rows}`);
	return {
		rows,
		budget: process.env.BENCH_SKIP_BROWSER_BUDGET !== '1',
		keepFiles: process.env.BENCH_KEEP_FILES === '1',
		dir: process.env.BENCH_TMPDIR ?? tmpdir()
	};
}

/** Runs every browser scenario and returns one measured run per file. */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserRun[]> {
	const root = ensureBuild();
	const server = await serveStatic(root);
	const runs: BrowserRun[] = [];
	try {
		const world = `iit-bench-baci-${options.rows}.csv`;
		// The same file read by the slice workers (one per core), then by the analysis worker alone.
		const scenarios: Scenario[] = [
			{ scenario: 'world', name: world, rows: options.rows },
			{ scenario: 'world, one worker', name: world, rows: options.rows, query: '?threads=1' }
		];
		if (options.budget) {
			for (const keys of [BROWSER_MAX_KEYS, BROWSER_MAX_KEYS + 1]) {
				const scenario = keys > BROWSER_MAX_KEYS ? 'over budget' : 'at budget';
				scenarios.push({ scenario, name: `iit-bench-keys-${keys}.csv`, rows: keys });
			}
		}
		for (const scenario of scenarios) {
			const path = join(options.dir, scenario.name);
			if (!existsSync(path)) await generate(path, scenario);
			try {
				// Node's own budget is larger (DEFAULT_MAX_KEYS): the over-budget file would just read.
				const nodeRead = scenario.scenario === 'world' ? options.nodeRead : undefined;
				const node = nodeRead ? await nodeRead(path) : null;
				const run = await dropInChromium(server.url, path, scenario.scenario, scenario.query);
				runs.push({
					...run,
					nodeReadSeconds: node?.seconds ?? null,
					nodePeakRssMiB: node?.peakRssMiB ?? null
				});
			} finally {
				const again = scenarios.some((later) => later !== scenario && later.name === scenario.name);
				if (!options.keepFiles && !again) await rm(path, { force: true });
			}
		}
	} finally {
		await server.close();
	}
	return runs;
}

/** Drops one file on the built site in a fresh Chromium (served for this run alone) and measures it. */
export async function dropFileInChromium(
	path: string,
	scenario: string,
	query = ''
): Promise<Omit<BrowserRun, 'nodeReadSeconds' | 'nodePeakRssMiB'>> {
	const server = await serveStatic(ensureBuild());
	try {
		return await dropInChromium(server.url, path, scenario, query);
	} finally {
		await server.close();
	}
}

/** The static build's folder; runs `npm run build` first when there is none. */
function ensureBuild(): string {
	const root = resolve('build');
	if (existsSync(join(root, 'index.html'))) return root;
	console.log('build/ is missing: running `npm run build` first');
	const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (built.status !== 0 || !existsSync(join(root, 'index.html')))
		throw new Error('`npm run build` failed: the browser bench needs build/');
	return root;
}

/** A file to drop: the world file, or one whose rows are all distinct keys. */
interface Scenario {
	scenario: 'world' | 'world, one worker' | 'at budget' | 'over budget';
	name: string;
	/** Data rows (for the key files, also their distinct keys). */
	rows: number;
	/** Added to the page's address (`?threads=1`: no slice workers). */
	query?: string;
}

/** Writes a scenario's file through a temporary name (a cut run leaves no half file behind). */
async function generate(path: string, { scenario, rows }: Scenario): Promise<void> {
	const started = performance.now();
	const partial = `${path}.partial`;
	if (scenario.startsWith('world')) {
		await generateBaciFile(partial, { rows });
	} else {
		const out = createWriteStream(partial);
		await writeLines(distinctKeyLines(rows), out);
		await endStream(out);
	}
	await rename(partial, path);
	const { size } = await stat(path);
	const seconds = (performance.now() - started) / 1000;
	console.log(`generated ${path}: ${(size / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
}

/**
 * A BACI file in which every row is a distinct key of reporter 76 (Brazil): exports to each
 * partner of a different country id, of 4800 HS6 codes (chapters 1–97 but 77), year after year
 * from 1995, exactly `keys` rows. The worst case for memory per row read.
 */
export function* distinctKeyLines(keys: number): Generator<string> {
	const byId = new Map<string, number>();
	for (const [code] of BACI_COUNTRIES) {
		const id = countryIdOfNumericCode(code);
		// Codes sharing a country id (56/58 BEL) would fold two rows into one key.
		if (code !== 76 && isAggregatePartner(code) === null && !byId.has(id)) byId.set(id, code);
	}
	const partners = [...byId.values()];
	const products: number[] = [];
	for (let chapter = 1; chapter <= 97; chapter++)
		for (let heading = 1; heading <= 50 && chapter !== 77; heading++)
			products.push(chapter * 10_000 + heading * 100 + 10);
	const perYear = partners.length * products.length;
	yield 't,i,j,k,v,q';
	for (let n = 0; n < keys; n++) {
		const year = 1995 + Math.floor(n / perYear);
		const partner = partners[Math.floor(n / products.length) % partners.length];
		const product = products[n % products.length];
		yield `${year},76,${partner},${product},${1 + (n % 997)}.5,${1 + (n % 89)}`;
	}
}

/** Opens the site in a fresh Chromium, waits for the demo, sets the file and measures the run. */
async function dropInChromium(
	baseUrl: string,
	path: string,
	scenario: string,
	query = ''
): Promise<Omit<BrowserRun, 'nodeReadSeconds' | 'nodePeakRssMiB'>> {
	const browser: Browser = await launchChromium();
	try {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		const crashed = new Promise<'crashed'>((settle) => page.on('crash', () => settle('crashed')));
		await page.goto(baseUrl + '/' + query);
		await page.locator('[data-testid="partner-table"] [data-partner]').first().waitFor();
		const cdp = await context.newCDPSession(page);
		const worker = await watchWorkerHeap(cdp);
		const tree = new ProcessTreeMemory(process.pid);
		await tree.sample();
		const rendererAnonBefore = tree.rendererAnonNowKiB;
		const pageWatch = watchPage(page, cdp, worker);
		const started = performance.now();
		let ended: 'done' | 'crashed';
		try {
			// A local browser gets the path itself (CDP DOM.setFileInputFiles): no copy through memory.
			await page.locator('[data-testid="file-input"]').setInputFiles(path);
			await page.locator('[data-testid="demo-badge"]').waitFor({ state: 'detached' });
			const done = page
				.locator('[data-testid="download-csv"]')
				.or(page.locator('[data-testid="error"]'))
				.first();
			const shown = done.waitFor({ timeout: RUN_TIMEOUT_MS }).then(() => 'done' as const);
			ended = await Promise.race([shown, crashed]);
		} finally {
			await tree.stop();
			await pageWatch.stop();
		}
		const totalSeconds = (performance.now() - started) / 1000;
		const readSeconds = pageWatch.readEnd ? (pageWatch.readEnd - started) / 1000 : totalSeconds;
		const error = page.locator('[data-testid="error"]');
		const outcome =
			ended === 'crashed' ? 'crashed' : (await error.count()) > 0 ? 'error' : 'results';
		const figures = outcome === 'results' ? await ledgerFigures(page) : { rowsRead: 0, keys: 0 };
		const errorText = outcome === 'error' ? ((await error.first().textContent()) ?? '').trim() : '';
		const { size: bytes } = await stat(path);
		return {
			scenario,
			file: path,
			bytes,
			outcome,
			errorText,
			errorKind: outcome === 'error' ? errorKind(errorText) : '',
			...figures,
			readSeconds,
			totalSeconds,
			mbPerSecond: bytes / MB / readSeconds,
			rowsPerSecond: figures.rowsRead / readSeconds,
			chromiumPssPeakMiB: tree.treePssPeakKiB / 1024,
			rendererPeakMiB: tree.rendererHwmKiB / 1024,
			rendererAnonPeakMiB: tree.rendererAnonPeakKiB / 1024,
			rendererAnonBeforeMiB: rendererAnonBefore / 1024,
			workerHeapPeakMiB: worker.peakUsed > 0 ? worker.peakUsed / MIB : null,
			workerBuffersPeakMiB: worker.peakBuffers > 0 ? worker.peakBuffers / MIB : null,
			pageHeapPeakMiB: pageWatch.pageHeapPeak / MIB,
			mainThreadMaxMs: pageWatch.maxLatencyMs,
			loadAverage: loadavg()[0],
			chromium: browser.version()
		};
	} finally {
		await browser.close();
	}
}

/**
 * Rows read (ledger panel) and keys (the dataset facts, wherever the page shows them) from the
 * en-US page's text: numbers with comma separators. NaN when the wording changed.
 */
async function ledgerFigures(page: Page): Promise<{ rowsRead: number; keys: number }> {
	// The ledger is a view tab of its own.
	await page.locator('[data-testid="tab-ledger"]').click();
	await page.locator('[data-testid="ledger"]').waitFor();
	const text = (await page.locator('body').textContent()) ?? '';
	const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
	return { rowsRead: number(/Rows read\s*([\d,]+)/), keys: number(/Keys: ([\d,]+)/) };
}

/** Polls the page: when reading ends, how long the main thread takes to answer, its JS heap. */
function watchPage(page: Page, cdp: CDPSession, worker: WorkerHeap) {
	const state = { readEnd: 0, maxLatencyMs: 0, pageHeapPeak: 0, seenReading: false };
	let stopped = false;
	const loop = (async () => {
		await cdp.send('Performance.enable');
		while (!stopped) {
			const asked = performance.now();
			const reading = await page
				.evaluate(() => {
					const bar = document.querySelector('[data-testid="progress"]');
					// The bar has a value only while reading; classifying shows an indeterminate bar.
					return bar !== null && bar.hasAttribute('value');
				})
				.catch(() => false);
			const answered = performance.now();
			state.maxLatencyMs = Math.max(state.maxLatencyMs, answered - asked);
			if (reading) state.seenReading = true;
			else if (state.seenReading && state.readEnd === 0) state.readEnd = answered;
			const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
			const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			state.pageHeapPeak = Math.max(state.pageHeapPeak, heap);
			worker.poll();
			await new Promise((wake) => setTimeout(wake, SAMPLE_MS));
		}
	})();
	return Object.assign(state, {
		async stop() {
			stopped = true;
			await loop;
		}
	});
}

/** A label–value table, values right-aligned, one column per run. */
export function formatColumns(labels: string[], columns: string[][]): string {
	const labelWidth = Math.max(...labels.map((label) => label.length));
	const widths = columns.map((column) => Math.max(...column.map((value) => value.length)));
	return labels
		.map(
			(label, row) =>
				label.padEnd(labelWidth) +
				columns.map((column, c) => '  ' + column[row].padStart(widths[c])).join('')
		)
		.join('\n');
}

/** The browser runs as a table (one column per scenario), like the Node bench's. */
export function formatBrowserRuns(runs: BrowserRun[]): string {
	const mib = (value: number | null) => (value === null ? '–' : `${value.toFixed(0)} MiB`);
	const rows: [string, (run: BrowserRun) => string][] = [
		['scenario', (run) => run.scenario],
		['size', (run) => `${(run.bytes / MB).toFixed(1)} MB`],
		['outcome', (run) => (run.outcome === 'error' ? run.errorKind : run.outcome)],
		['rows read', (run) => (run.outcome === 'results' ? String(run.rowsRead) : '–')],
		['keys', (run) => (run.outcome === 'results' ? String(run.keys) : '–')],
		['read', (run) => `${run.readSeconds.toFixed(1)} s`],
		['to results', (run) => `${run.totalSeconds.toFixed(1)} s`],
		['read speed', (run) => `${run.mbPerSecond.toFixed(1)} MB/s`],
		['read speed', (run) => (run.rowsRead ? `${Math.round(run.rowsPerSecond)} rows/s` : '–')],
		['renderer peak RSS', (run) => mib(run.rendererPeakMiB)],
		['renderer anon before', (run) => mib(run.rendererAnonBeforeMiB)],
		['renderer anon peak', (run) => mib(run.rendererAnonPeakMiB)],
		['Chromium PSS peak', (run) => mib(run.chromiumPssPeakMiB)],
		['worker JS heap peak', (run) => mib(run.workerHeapPeakMiB)],
		['worker buffers peak', (run) => mib(run.workerBuffersPeakMiB)],
		['page JS heap peak', (run) => mib(run.pageHeapPeakMiB)],
		['main thread max wait', (run) => `${run.mainThreadMaxMs.toFixed(0)} ms`],
		['load average', (run) => run.loadAverage.toFixed(1)],
		[
			'Node read',
			(run) => (run.nodeReadSeconds === null ? '–' : `${run.nodeReadSeconds.toFixed(1)} s`)
		],
		['Node peak RSS', (run) => mib(run.nodePeakRssMiB)]
	];
	return formatColumns(
		rows.map(([label]) => label),
		runs.map((run) => rows.map(([, value]) => value(run)))
	);
}

/** Which error the panel shows, from its English text (the en-US page names the key limit). */
function errorKind(text: string): 'too-many-keys' | 'other' {
	return /more than [\d,.\s]+ distinct/.test(text) ? 'too-many-keys' : 'other';
}
