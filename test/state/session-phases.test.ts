/**
 * Cancelling in every phase of a session (reading, classifying) ends in "cancelled" and the next
 * change works; shared results replace the session's results read-only and leave with new files.
 */
import { describe, expect, it } from 'vitest';
import { AbortError } from '../../src/lib/engine/model/errors';
import type { ProductScope } from '../../src/lib/engine/model/selection';
import type {
	Cell,
	ClassifySettings,
	DatasetInfo,
	ReadOptions
} from '../../src/lib/engine/model/types';
import { AnalysisSession } from '../../src/lib/state/session.svelte';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';
import type { AnyInputFile, ReadSummary } from '../../src/lib/worker/analysis-api';
import { AnalysisClient } from '../../src/lib/worker/client';
import { INFO, LEDGER, sharedSample } from './share/share-fixture';

const SUMMARY: ReadSummary = { info: { ...INFO, keys: 1 } as DatasetInfo, ledger: LEDGER };

/** A promise that settles only when the signal aborts (the worker is ended), as a long call does. */
function untilAborted<T>(signal: AbortSignal | undefined): Promise<T> {
	return new Promise((_, reject) =>
		signal?.addEventListener('abort', () => reject(new AbortError()), { once: true })
	);
}

/** A client whose calls hang in the phase named, until cancelled. */
class HangingClient extends AnalysisClient {
	hangIn: 'read' | 'classify' | null;
	calls: string[] = [];
	constructor(hangIn: 'read' | 'classify' | null) {
		super(() => {
			throw new Error('no worker in this test');
		});
		this.hangIn = hangIn;
	}
	override get hasKeys(): boolean {
		return true;
	}
	override async read(
		_files: AnyInputFile[],
		_options: ReadOptions,
		{ signal }: { signal?: AbortSignal } = {}
	): Promise<ReadSummary> {
		this.calls.push('read');
		return this.hangIn === 'read' ? untilAborted(signal) : SUMMARY;
	}
	override async classify(
		_settings: ClassifySettings,
		_scope?: ProductScope,
		{ signal }: { signal?: AbortSignal } = {}
	): Promise<Cell[]> {
		this.calls.push('classify');
		return this.hangIn === 'classify' ? untilAborted(signal) : [];
	}
	override terminate(): void {}
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 100 && !check(); i++) await tick();
	expect(check()).toBe(true);
}

describe('cancelling', () => {
	for (const phase of ['read', 'classify'] as const) {
		it(`in the ${phase} phase says "cancelled", and the next change reads again`, async () => {
			const settings = new AnalysisSettings();
			const client = new HangingClient(phase);
			const session = new AnalysisSession(settings, client);
			session.open([new File(['x'], 'a.csv')]);
			await until(() => session.phase === (phase === 'read' ? 'reading' : 'classifying'));
			session.cancel();
			await until(() => session.phase === 'cancelled');
			expect(session.cells).toBeNull();

			client.hangIn = null;
			client.calls = [];
			settings.alpha = 0.25;
			session.sync();
			await until(() => session.phase === 'ready');
			// The keys went with the cancelled worker: the files are read again, then classified.
			expect(client.calls).toEqual(['read', 'classify']);
		});
	}
});

describe('shared results in the session', () => {
	it('are shown read-only without files, and leave when files are opened', async () => {
		const settings = new AnalysisSettings();
		const client = new HangingClient(null);
		const session = new AnalysisSession(settings, client);
		const shared = await sharedSample({ table5: true, products: false });
		session.openShared(shared);
		expect(session.phase).toBe('ready');
		expect(session.shared).toBe(shared);
		expect(session.cells).toBe(shared.cells[0].cells);
		expect(session.info).toBe(shared.info);
		expect(session.files).toEqual([]);
		// Table 5's second α comes from the link; nothing asks the worker.
		expect(await session.queries.cellsAt(0.25)).toBe(shared.cells[1].cells);
		session.sync();
		expect(client.calls).toEqual([]);
		// The CSV download is the shared cells'.
		expect((await session.cellsCsv()).split('\n').length).toBeGreaterThan(2);

		session.open([new File(['x'], 'a.csv')]);
		expect(session.shared).toBeNull();
		await until(() => session.phase === 'ready');
		expect(client.calls).toEqual(['read', 'classify']);
	});
});
