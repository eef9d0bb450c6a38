/**
 * Debian's Chromium for the benchmarks and the browser tests: how it is launched (no background
 * traffic of its own) and how its memory is watched (the worker's heap through the DevTools
 * protocol, the process tree through /proc).
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Browser, CDPSession } from 'playwright-core';

/** Sampling period of the memory watchers. */
const SAMPLE_MS = 200;

/** Headless, sandbox off (root), and none of Chromium's own network traffic. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The Chromium binary: CHROMIUM_PATH, or Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium (playwright-core loaded here, so a Node bench importing this stays lean). */
export async function launchChromium(): Promise<Browser> {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Peaks of the dedicated worker's heap, read whenever `poll` is called. */
export interface WorkerHeap {
	peakUsed: number;
	peakBuffers: number;
	poll(): void;
}

/**
 * The dedicated worker's heap through CDP: auto-attach (unflattened, so this session does not
 * disturb Playwright's own) and Runtime.getHeapUsage, whose backingStorageSize is the ArrayBuffer
 * memory, where the keys live. Best effort: a Chromium without it just reports nothing.
 */
export async function watchWorkerHeap(cdp: CDPSession): Promise<WorkerHeap> {
	const heap: WorkerHeap = { peakUsed: 0, peakBuffers: 0, poll: () => undefined };
	let sessionId = '';
	let id = 0;
	cdp.on('Target.attachedToTarget', (event) => {
		if (event.targetInfo.type === 'worker') sessionId = event.sessionId;
	});
	cdp.on('Target.receivedMessageFromTarget', (event) => {
		const message = JSON.parse(event.message) as {
			result?: { usedSize?: number; backingStorageSize?: number };
		};
		heap.peakUsed = Math.max(heap.peakUsed, message.result?.usedSize ?? 0);
		heap.peakBuffers = Math.max(heap.peakBuffers, message.result?.backingStorageSize ?? 0);
	});
	heap.poll = () => {
		if (!sessionId) return;
		const message = JSON.stringify({ id: ++id, method: 'Runtime.getHeapUsage' });
		cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => undefined);
	};
	await cdp
		.send('Target.setAutoAttach', {
			autoAttach: true,
			waitForDebuggerOnStart: false,
			flatten: false
		})
		.catch(() => undefined);
	return heap;
}

/**
 * Memory of a process's descendants from /proc (Linux), sampled every 200 ms. Chromium is a
 * child of this Node process (Playwright launches it), its renderers children of its zygote.
 * RSS counts Chromium's mapped binary in every process, so the tree is summed as PSS and the
 * renderer's growth is read as RssAnon (heap and ArrayBuffers: what can run a tab out of memory);
 * its RSS peak is the kernel's VmHWM, which no spike between two samples can escape.
 */
export class ProcessTreeMemory {
	treePssPeakKiB = 0;
	rendererHwmKiB = 0;
	rendererAnonPeakKiB = 0;
	rendererAnonNowKiB = 0;
	#timer: ReturnType<typeof setInterval>;
	#busy: Promise<void> = Promise.resolve();

	constructor(readonly root: number) {
		this.#timer = setInterval(() => {
			this.#busy = this.#busy.then(() => this.sample());
		}, SAMPLE_MS);
	}

	async stop(): Promise<void> {
		clearInterval(this.#timer);
		await this.#busy;
		await this.sample();
	}

	async sample(): Promise<void> {
		const parents = new Map<number, number>();
		for (const entry of await readdir('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
			// Fields after the command name, which may itself hold spaces and parentheses.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (fields.length > 1) parents.set(Number(entry), Number(fields[1]));
		}
		let treePss = 0;
		let rendererAnon = 0;
		for (const [pid] of parents) {
			if (!descendsFrom(pid, this.root, parents)) continue;
			const read = (name: string) => readFile(`/proc/${pid}/${name}`, 'utf8').catch(() => '');
			treePss += kibField(await read('smaps_rollup'), 'Pss');
			if (!(await read('cmdline')).includes('--type=renderer')) continue;
			const status = await read('status');
			rendererAnon = Math.max(rendererAnon, kibField(status, 'RssAnon'));
			this.rendererHwmKiB = Math.max(this.rendererHwmKiB, kibField(status, 'VmHWM'));
		}
		this.rendererAnonNowKiB = rendererAnon;
		this.rendererAnonPeakKiB = Math.max(this.rendererAnonPeakKiB, rendererAnon);
		this.treePssPeakKiB = Math.max(this.treePssPeakKiB, treePss);
	}
}

/** A `Name:   123 kB` field of a /proc status or smaps_rollup text, in KiB (0 when absent). */
function kibField(text: string, name: string): number {
	return Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
}

function descendsFrom(pid: number, root: number, parents: Map<number, number>): boolean {
	for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at))
		if (at === root) return true;
	return false;
}
