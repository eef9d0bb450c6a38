/**
 * The world session with a fake worker: a file is read once and each refresh asks only for a
 * matrix with the current settings and year; an older matrix answer that comes late is dropped;
 * a cancel that ends the worker forgets what it read.
 */
import { describe, expect, it } from 'vitest';
import { AbortError, type ClassifySettings, type PairMatrix } from '../../src/lib/engine';
import { WorldSession, type WorldWorker } from '../../src/lib/state/world-session.svelte';
import type { WorldMatrixAnswer, WorldReadSummary } from '../../src/lib/worker/world-api';

const SUMMARY = {
	info: { countryNames: {} },
	keys: 2,
	keyBytes: 64,
	readMillis: 1
} as unknown as WorldReadSummary;

/** A matrix answer that names the settings and year it was asked with. */
const answerFor = (
	settings: ClassifySettings,
	year: number | null | undefined
): WorldMatrixAnswer => ({
	matrix: { years: [year ?? 0], alpha: settings.alpha } as unknown as PairMatrix,
	millis: 1
});

class FakeWorld implements WorldWorker {
	hasKeys = false;
	reads = 0;
	matrices: { alpha: number; year: number | null | undefined }[] = [];
	/** When set, the next matrix waits for this promise. */
	hold: Promise<void> | null = null;

	async read(): Promise<WorldReadSummary> {
		this.reads++;
		this.hasKeys = true;
		return SUMMARY;
	}
	async matrix(
		settings: ClassifySettings,
		options: { year?: number | null } = {},
		{ signal }: { signal?: AbortSignal } = {}
	): Promise<WorldMatrixAnswer> {
		this.matrices.push({ alpha: settings.alpha, year: options.year });
		const hold = this.hold;
		this.hold = null;
		if (hold) await hold;
		if (signal?.aborted) {
			this.hasKeys = false;
			throw new AbortError();
		}
		return answerFor(settings, options.year);
	}
	async pairDetail(): Promise<never> {
		throw new Error('not asked in these tests');
	}
	async priceRanges(): Promise<never> {
		throw new Error('not asked in these tests');
	}
	async pairPriceRanges(): Promise<never> {
		throw new Error('not asked in these tests');
	}
}

const file = () => new File(['x'], 'BACI_HS92_Y2022_V202501.csv');

describe('WorldSession', () => {
	it('reads once, then asks only for matrices with the current settings and year', async () => {
		const world = new FakeWorld();
		const session = new WorldSession(world);
		await session.open([file()]);
		expect(session.phase).toBe('ready');
		expect(session.fileName).toBe('BACI_HS92_Y2022_V202501.csv');
		expect(session.summary).toBe(SUMMARY);

		session.settings.alpha = 0.25;
		session.year = 2022;
		await session.refresh();
		expect(world.reads).toBe(1);
		expect(world.matrices).toEqual([
			{ alpha: 0.15, year: null },
			{ alpha: 0.25, year: 2022 }
		]);
		expect(session.answer?.matrix.years).toEqual([2022]);
	});

	it('drops an older matrix that answers after a newer one', async () => {
		const world = new FakeWorld();
		const session = new WorldSession(world);
		await session.open([file()]);
		let release = () => {};
		world.hold = new Promise((resolve) => (release = resolve));
		session.year = 2021;
		const older = session.refresh();
		session.year = 2022;
		await session.refresh();
		release();
		await older;
		expect(session.answer?.matrix.years).toEqual([2022]);
	});

	it('forgets the file when a cancel ends the worker', async () => {
		const world = new FakeWorld();
		const session = new WorldSession(world);
		await session.open([file()]);
		let release = () => {};
		world.hold = new Promise((resolve) => (release = resolve));
		const pending = session.refresh();
		session.cancel();
		release();
		await pending;
		expect(session.phase).toBe('cancelled');
		expect(session.error).toBeNull();
		expect([session.summary, session.answer]).toEqual([null, null]);
	});
});
