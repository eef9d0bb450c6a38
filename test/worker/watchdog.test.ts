/**
 * A worker that stops answering is noticed (issue 15): a read with no sign of life for longer than
 * the bound ends with WorkerSilentError and stops the worker; a worker that ends without a word
 * (its life lock freed) is a crash; the next call starts a fresh worker.
 */
import { expose, type Endpoint } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	WorkerBridge,
	WorkerCrashError,
	WorkerSilentError,
	type WorkerHandle
} from '../../src/lib/worker/bridge';
import { AbortError } from '../../src/lib/engine/model/errors';
import { watchLifeLock } from '../../src/lib/worker/life-lock';
import type { Outcome } from '../../src/lib/worker/wire-error';

interface TestApi {
	/** Answers after `ms`, or never when `ms` is negative. */
	wait(ms: number): Promise<Outcome<string>>;
}

/** An in-process "worker": a MessageChannel with the API exposed on one end. */
function fakeWorker(): WorkerHandle & { terminated: boolean } {
	const channel = new MessageChannel();
	expose(
		{
			wait: (ms: number) =>
				new Promise((resolve) => {
					if (ms >= 0) setTimeout(() => resolve({ ok: true, value: `after ${ms}` }), ms);
				})
		},
		channel.port2 as unknown as Endpoint
	);
	const handle = {
		endpoint: channel.port1 as unknown as Endpoint,
		terminated: false,
		terminate() {
			handle.terminated = true;
			channel.port1.close();
			channel.port2.close();
		},
		onCrash() {}
	};
	return handle;
}

describe('a read that goes silent', () => {
	it('ends with WorkerSilentError once the bound passes, and the worker is stopped', async () => {
		const workers: ReturnType<typeof fakeWorker>[] = [];
		const bridge = new WorkerBridge<TestApi>(() => {
			workers.push(fakeWorker());
			return workers.at(-1)!;
		}, 300);
		const started = Date.now();
		await expect(bridge.read(undefined, (api) => api.wait(-1))).rejects.toBeInstanceOf(
			WorkerSilentError
		);
		const waited = Date.now() - started;
		// Checked every 150 ms (half the bound): noticed between 300 and 300 + 150 ms (+ timer slack).
		expect(waited).toBeGreaterThanOrEqual(300);
		expect(waited).toBeLessThan(1000);
		expect(workers[0].terminated).toBe(true);
		expect(bridge.hasKeys).toBe(false);
		// A silent worker is a kind of crash: the page says the process stopped.
		expect(new WorkerSilentError(15)).toBeInstanceOf(WorkerCrashError);
		// The next call gets a fresh worker.
		await expect(bridge.call(undefined, (api) => api.wait(0))).resolves.toBe('after 0');
		expect(workers).toHaveLength(2);
	});

	it('never waits behind a question: a read stops the busy worker and starts a fresh one', async () => {
		const workers: ReturnType<typeof fakeWorker>[] = [];
		const bridge = new WorkerBridge<TestApi>(() => {
			workers.push(fakeWorker());
			return workers.at(-1)!;
		}, 300);
		// A question that never ends (a hung worker), then the user drops a new file.
		const question = bridge.call(undefined, (api) => api.wait(-1));
		const read = bridge.read(undefined, (api) => api.wait(100));
		await expect(question).rejects.toBeInstanceOf(AbortError);
		// Queued behind the question on the same worker, the read would end as silent after 300 ms.
		await expect(read).resolves.toBe('after 100');
		expect(workers).toHaveLength(2);
		expect(workers[0].terminated).toBe(true);
		expect(bridge.hasKeys).toBe(true);
		// An idle worker is kept: the next read runs where the keys are.
		await expect(bridge.read(undefined, (api) => api.wait(0))).resolves.toBe('after 0');
		expect(workers).toHaveLength(2);
	});

	it('goes on while signs of life come, longer than the bound in all', async () => {
		const bridge = new WorkerBridge<TestApi>(fakeWorker, 300);
		const beat = setInterval(() => bridge.signOfLife(), 100);
		try {
			await expect(bridge.read(undefined, (api) => api.wait(900))).resolves.toBe('after 900');
		} finally {
			clearInterval(beat);
		}
		expect(bridge.hasKeys).toBe(true);
	});

	it('does not bound a question (it reports nothing while it computes)', async () => {
		const bridge = new WorkerBridge<TestApi>(fakeWorker, 200);
		await expect(bridge.call(undefined, (api) => api.wait(600))).resolves.toBe('after 600');
	});
});

describe('the life lock', () => {
	afterEach(() => vi.unstubAllGlobals());

	/** A stand-in lock manager: one holder per name, a queue behind it, freed on `release`. */
	function standInLocks() {
		const held = new Map<string, () => void>();
		const queued = new Map<string, () => void>();
		return {
			held,
			release(name: string) {
				held.get(name)?.();
				held.delete(name);
				const next = queued.get(name);
				queued.delete(name);
				next?.();
			},
			locks: {
				query: async () => ({ held: [...held.keys()].map((name) => ({ name })) }),
				request: (name: string, options: { signal: AbortSignal }, grant: () => void) =>
					new Promise<void>((resolve, reject) => {
						if (!held.has(name)) return (grant(), resolve());
						queued.set(name, () => (grant(), resolve()));
						options.signal.addEventListener('abort', () => {
							queued.delete(name);
							reject(new DOMException('aborted', 'AbortError'));
						});
					})
			}
		};
	}

	it('tells when the worker that held it ends, after waiting for it to be taken', async () => {
		const manager = standInLocks();
		vi.stubGlobal('navigator', { locks: manager.locks });
		const onEnd = vi.fn();
		watchLifeLock('life-1', onEnd);
		await new Promise((resolve) => setTimeout(resolve, 120));
		// Not yet held: the watcher must not take it itself (it would be told "ended" at once).
		expect(onEnd).not.toHaveBeenCalled();
		manager.held.set('life-1', () => {});
		await new Promise((resolve) => setTimeout(resolve, 120));
		expect(onEnd).not.toHaveBeenCalled();
		manager.release('life-1');
		await Promise.resolve();
		expect(onEnd).toHaveBeenCalledTimes(1);
	});

	it('says nothing once stopped (a worker terminated on purpose)', async () => {
		const manager = standInLocks();
		vi.stubGlobal('navigator', { locks: manager.locks });
		manager.held.set('life-2', () => {});
		const onEnd = vi.fn();
		const stop = watchLifeLock('life-2', onEnd);
		await new Promise((resolve) => setTimeout(resolve, 80));
		stop();
		manager.release('life-2');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(onEnd).not.toHaveBeenCalled();
	});
});
