/**
 * The cells download in both dialects: the standard file is the worker's (byte for byte the
 * CLI's), Excel's is written from the worker's cells of all products with the dialect passed on.
 */
import { describe, expect, it } from 'vitest';
import type { ProductScope } from '../../src/lib/engine/model/selection';
import type { Cell, ClassifySettings } from '../../src/lib/engine/model/types';
import { AnalysisSession } from '../../src/lib/state/session.svelte';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';
import { AnalysisClient } from '../../src/lib/worker/client';

const zero = { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0 };
const CELL: Cell = {
	year: 2020,
	reporter: 'BRA',
	partner: 'ARG',
	sector: 'footwear',
	trade: 0.375,
	exports: 0.25,
	imports: 0.125,
	ghm: { ...zero, oneWay: 0.125, viitSup: 0.25, outlier: 0 },
	ff: { ...zero, hiit: 0.375, outlier: 0 },
	quality: { weight: 0, sum: 0, sumSq: 0 }
};

/** A client with kept keys that answers with the one cell and records what was asked. */
class FixedClient extends AnalysisClient {
	calls: string[] = [];
	constructor() {
		super(() => {
			throw new Error('no worker in this test');
		});
	}
	override get hasKeys(): boolean {
		return true;
	}
	override async classify(_settings: ClassifySettings, scope?: ProductScope): Promise<Cell[]> {
		this.calls.push(scope === undefined ? 'classify all products' : 'classify a scope');
		return [CELL];
	}
	override async cellsCsv(): Promise<string> {
		this.calls.push('cellsCsv');
		return 'the worker’s CSV\n';
	}
	override terminate(): void {}
}

describe('AnalysisSession.cellsCsv', () => {
	it('asks the worker for the standard file and writes Excel’s from its cells', async () => {
		const settings = new AnalysisSettings();
		settings.reporter = 'BRA';
		const client = new FixedClient();
		const session = new AnalysisSession(settings, client);

		expect(await session.cellsCsv()).toBe('the worker’s CSV\n');
		expect(client.calls).toEqual(['cellsCsv']);

		// 0.375 = 0.125 + 0.25 (GHM one-way + VIIT-sup) = 0.375 (FF HIIT), decimal commas.
		expect((await session.cellsCsv('excel')).split('\r\n')).toEqual([
			'year;partner;sector;trade;ghm_oneway;ghm_hiit;ghm_viit_sup;ghm_viit_inf;ghm_unclassified;ff_oneway;ff_hiit;ff_viit_sup;ff_viit_inf;ff_unclassified;exports;imports;ghm_unclassified_outlier;ff_unclassified_outlier',
			'2020;ARG;footwear;0,375;0,125;0;0,25;0;0;0;0,375;0;0;0;0,25;0,125;0;0',
			''
		]);
		expect(client.calls).toEqual(['cellsCsv', 'classify all products']);
	});
});
