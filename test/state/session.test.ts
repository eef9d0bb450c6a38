/**
 * The session's reactions to read errors, with a fake worker client: a file reported by one other
 * country switches the reporter and reads again (once); a file of no known format opens the
 * column-mapping step; the names a dataset gives to its countries reach `i18n.country`.
 */
import { describe, expect, it } from 'vitest';
import { TradeFileError } from '../../src/lib/engine/model/errors';
import type { FilePreview } from '../../src/lib/engine/read/preview';
import type {
	Cell,
	ClassifySettings,
	DatasetInfo,
	ReadOptions
} from '../../src/lib/engine/model/types';
import { i18n } from '../../src/lib/state/locale.svelte';
import { AnalysisSession } from '../../src/lib/state/session.svelte';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';
import type { AnyInputFile, ReadSummary } from '../../src/lib/worker/analysis-api';
import { AnalysisClient } from '../../src/lib/worker/client';

const INFO: DatasetInfo = {
	format: 'comtrade-plus',
	importValuation: 'CIF',
	currency: 'USD',
	valueUnitInFile: 'USD',
	quantityBasis: 'reported',
	quantityUnit: 'reported unit',
	missingCompanions: [],
	notes: [],
	countryNames: { '490': 'Other Asia, nes (from the file)' },
	reporters: ['ARG'],
	partners: ['490'],
	years: [2022],
	keys: 1
};

const SUMMARY: ReadSummary = {
	info: INFO,
	ledger: {
		files: [],
		skipped: [],
		rowsRead: 1,
		rowsUsed: 1,
		drops: {},
		valueRead: 1,
		valueUsed: 1,
		unknownCountries: []
	}
};

/** A client whose reads answer from a script, one entry per call. */
class ScriptedClient extends AnalysisClient {
	reads: ReadOptions[] = [];
	#script: (ReadSummary | Error)[];
	#previews: FilePreview[];

	constructor(script: (ReadSummary | Error)[], previews: FilePreview[] = []) {
		super(() => {
			throw new Error('no worker in this test');
		});
		this.#script = script;
		this.#previews = previews;
	}
	override get hasKeys(): boolean {
		return true;
	}
	override async read(_files: AnyInputFile[], options: ReadOptions): Promise<ReadSummary> {
		this.reads.push(options);
		const next = this.#script.shift() ?? SUMMARY;
		if (next instanceof Error) throw next;
		return next;
	}
	override async classify(_settings: ClassifySettings): Promise<Cell[]> {
		return [];
	}
	override async preview(): Promise<FilePreview[]> {
		return this.#previews;
	}
	override terminate(): void {}
}

async function settled(session: AnalysisSession): Promise<void> {
	for (let i = 0; i < 50 && session.phase !== 'ready' && session.phase !== 'error'; i++) {
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

const notInFile = (reporters: string) =>
	new TradeFileError('reporter-not-in-file', '…', 'TradeData.csv', undefined, undefined, {
		reporter: 'BRA',
		reporters
	});

describe('AnalysisSession', () => {
	it('switches to the one reporter a file has, reads again and says so', async () => {
		const settings = new AnalysisSettings();
		const client = new ScriptedClient([notInFile('ARG'), SUMMARY]);
		const session = new AnalysisSession(settings, client);
		session.open([new File(['x'], 'TradeData.csv')]);
		await settled(session);
		expect(session.phase).toBe('ready');
		expect(settings.reporter).toBe('ARG');
		expect(client.reads.map((r) => r.reporter)).toEqual(['BRA', 'ARG']);
		expect(session.notice).toEqual({ kind: 'reporter-switched', from: 'BRA', to: 'ARG' });
		expect(i18n.country('490')).toBe('Other Asia, nes (from the file)');
	});

	it('leaves the choice to the user when the file has several reporters', async () => {
		const settings = new AnalysisSettings();
		const session = new AnalysisSession(settings, new ScriptedClient([notInFile('ARG, CHL')]));
		session.open([new File(['x'], 'TradeData.csv')]);
		await settled(session);
		expect(session.phase).toBe('error');
		expect(settings.reporter).toBe('BRA');
		expect(session.notice).toBeNull();
	});

	it('opens the column-mapping step for a file of no known format', async () => {
		const settings = new AnalysisSettings();
		const previews: FilePreview[] = [
			{
				name: 'meu.csv',
				container: 'plain',
				header: ['year', 'partner', 'product', 'flow', 'value'],
				delimiter: ',',
				rows: [['2020', 'USA', '010121', 'X', '5']],
				format: null,
				companion: null,
				guess: null
			}
		];
		const unknown = new TradeFileError('unknown-format', '…', 'meu.csv', 1, undefined, {
			header: 'year,partner,product,flow,value',
			delimiter: ','
		});
		const store = { load: () => null, save: () => undefined };
		const session = new AnalysisSession(settings, new ScriptedClient([unknown], previews), store);
		session.open([new File(['x'], 'meu.csv')]);
		await settled(session);
		for (let i = 0; i < 10 && session.mapping.status !== 'open'; i++) {
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
		expect(session.mapping.status).toBe('open');
		expect(session.mapping.draft).toMatchObject({ year: 0, partner: 1, product: 2, flow: 3 });
		expect(session.mapping.apply()).toBe(true);
		expect(settings.readOptions.mapping?.signature).toBe('year|partner|product|flow|value');
	});
});
