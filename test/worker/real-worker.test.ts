/**
 * AnalysisClient through a real worker (Node worker_threads + Comlink's node adapter):
 * guards the parts unit tests cannot see — structured clone of inputs and results,
 * the progress proxy, typed errors across the boundary, cancel by terminate, crash recovery.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, TradeFileError } from '../../src/lib/engine/model/errors';
import type { Progress, ReadOptions } from '../../src/lib/engine/model/types';
import { WorkerCrashError } from '../../src/lib/worker/bridge';
import { AnalysisClient } from '../../src/lib/worker/client';
import { nodeWorkerFactory, nodeWorkerHandle } from './node-worker';

const SMALL = [
	't,i,j,k,v,q',
	'2020,76,842,640399,200,10',
	'2020,842,76,640399,100,10',
	'2020,76,842,847130,50,1',
	'2020,842,76,847130,60,1'
].join('\n');

const OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};

/** A large BACI-shaped input (about 35 MB) so a read is still running when it is cancelled. */
function largeBaci(rows = 1_500_000): Blob {
	const lines = ['t,i,j,k,v,q'];
	for (let i = 0; i < rows; i++) {
		const partner = [842, 276, 32, 156, 250][i % 5];
		const product = String(100000 + (i % 5000) * 17).padStart(6, '0');
		lines.push(
			i % 2 === 0
				? `${2015 + (i % 6)},76,${partner},${product},${(i % 997) + 1}.5,${(i % 13) + 1}`
				: `${2015 + (i % 6)},${partner},76,${product},${(i % 991) + 1}.25,${(i % 11) + 1}`
		);
	}
	return new Blob([lines.join('\n')]);
}

let client: AnalysisClient | null = null;
afterEach(() => client?.terminate());

describe('AnalysisClient with a real worker', () => {
	it('reads, reports progress, classifies, and cancels a long read; a fresh worker then works', async () => {
		const factory = nodeWorkerFactory();
		client = new AnalysisClient(factory);

		const progress: Progress[] = [];
		const summary = await client.read([{ name: 'small.csv', blob: new Blob([SMALL]) }], OPTIONS, {
			onProgress: (p) => progress.push(p)
		});
		expect(summary.info.format).toBe('baci');
		expect(summary.ledger.files[0].name).toBe('small.csv');
		expect(client.hasKeys).toBe(true);
		const cells = await client.classify({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 });
		expect(cells.length).toBeGreaterThan(0);

		// Cancel as soon as the long read reports progress: it is then surely running.
		const controller = new AbortController();
		const reading = client.read([{ name: 'large.csv', blob: largeBaci() }], OPTIONS, {
			signal: controller.signal,
			onProgress: () => controller.abort()
		});
		await expect(reading).rejects.toBeInstanceOf(AbortError);
		expect(client.hasKeys).toBe(false);
		await expect(client.classify({ alpha: 0.25, theta: 0.1, cifFobFactor: 1 })).rejects.toThrow(
			/read again/
		);

		const again = await client.read([{ name: 'small.csv', blob: new Blob([SMALL]) }], OPTIONS);
		expect(again.ledger.rowsRead).toBe(4);
		expect(factory.started).toBe(2);
	}, 60_000);

	it('brings engine errors across with their code and file', async () => {
		client = new AnalysisClient(nodeWorkerFactory());
		const error = await client
			.read([{ name: 'empty.csv', blob: new Blob([]) }], OPTIONS)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TradeFileError);
		expect(error).toMatchObject({ code: 'empty-file', file: 'empty.csv' });
	}, 30_000);

	it('rejects with a crash error when the worker fails to load, then recovers', async () => {
		const healthy = nodeWorkerFactory();
		let calls = 0;
		client = new AnalysisClient(() =>
			calls++ === 0
				? nodeWorkerHandle(new Worker('throw new Error("boom at load")', { eval: true }))
				: healthy()
		);
		await expect(client.ping()).rejects.toBeInstanceOf(WorkerCrashError);
		await expect(client.ping()).resolves.toBe('pong');
	}, 30_000);

	it('rejects at once when the signal is already aborted, without starting work', async () => {
		const factory = nodeWorkerFactory();
		client = new AnalysisClient(factory);
		const controller = new AbortController();
		controller.abort();
		await expect(client.ping({ signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
	});
});
