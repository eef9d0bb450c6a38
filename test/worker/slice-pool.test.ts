/**
 * The slice pool keeps its threads between reads; a thread that crashes during a read fails that
 * read, and one that ends between reads (after its slice, or idle) is replaced at the next read
 * instead of failing it.
 */
import { expose, type Endpoint } from 'comlink';
import { describe, expect, it } from 'vitest';
import { WorkerCrashError, type WorkerHandle } from '../../src/lib/worker/bridge';
import { createSlicePool } from '../../src/lib/worker/slice-pool';
import type { SliceRequest, SliceResult } from '../../src/lib/engine';

/** An in-process slice thread that answers each slice with its byte range, and can be made to end. */
function fakeThread(): WorkerHandle & { crash(): void; slicesRead: number } {
	const channel = new MessageChannel();
	const crashListeners: ((error: Error) => void)[] = [];
	const thread = {
		slicesRead: 0,
		endpoint: channel.port1 as unknown as Endpoint,
		terminate() {
			channel.port1.close();
			channel.port2.close();
		},
		onCrash(listener: (error: Error) => void) {
			crashListeners.push(listener);
		},
		crash() {
			for (const listener of crashListeners) listener(new WorkerCrashError('ended'));
		}
	};
	expose(
		{
			readSlice: async (request: SliceRequest) => {
				thread.slicesRead++;
				return { kind: 'fallback', bytes: request.end - request.start } as unknown as SliceResult;
			}
		},
		channel.port2 as unknown as Endpoint
	);
	return thread;
}

const request = (start: number, end: number) => ({ start, end }) as unknown as SliceRequest;

describe('the slice pool', () => {
	it('keeps its threads for the next read', async () => {
		const threads: ReturnType<typeof fakeThread>[] = [];
		const pool = createSlicePool(2, () => threads[threads.push(fakeThread()) - 1]);
		await pool.readAll([request(0, 10), request(10, 30)], () => {});
		const second = await pool.readAll([request(0, 5), request(5, 6)], () => {});
		expect(second.map((result) => (result as unknown as { bytes: number }).bytes)).toEqual([5, 1]);
		expect(pool.started).toBe(2);
		expect(threads.map((thread) => thread.slicesRead)).toEqual([2, 2]);
		pool.close();
	});

	it('replaces a thread that ended between reads, and the next read succeeds', async () => {
		const threads: ReturnType<typeof fakeThread>[] = [];
		const pool = createSlicePool(2, () => threads[threads.push(fakeThread()) - 1]);
		await pool.readAll([request(0, 10), request(10, 30)], () => {});
		threads[1].crash();
		await new Promise((settle) => setTimeout(settle, 0));
		const next = await pool.readAll([request(0, 4), request(4, 9)], () => {});
		expect(next.map((result) => (result as unknown as { bytes: number }).bytes)).toEqual([4, 5]);
		expect(pool.started).toBe(3);
		expect(threads.map((thread) => thread.slicesRead)).toEqual([2, 1, 1]);
		pool.close();
	});

	it('fails the read under way when one of its threads crashes', async () => {
		const threads: (WorkerHandle & { crash(): void })[] = [];
		const hanging = (): WorkerHandle & { crash(): void } => {
			const channel = new MessageChannel();
			const listeners: ((error: Error) => void)[] = [];
			expose({ readSlice: () => new Promise(() => {}) }, channel.port2 as unknown as Endpoint);
			return {
				endpoint: channel.port1 as unknown as Endpoint,
				terminate: () => channel.port1.close(),
				onCrash: (listener) => listeners.push(listener),
				crash: () => listeners.forEach((listener) => listener(new WorkerCrashError('ended')))
			};
		};
		const pool = createSlicePool(2, () => threads[threads.push(hanging()) - 1]);
		const read = pool.readAll([request(0, 10), request(10, 30)], () => {});
		threads[0].crash();
		await expect(read).rejects.toBeInstanceOf(WorkerCrashError);
		pool.close();
	});
});
