import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/lib/engine/model/types';
import { parsePayload, resultsFileText } from '../../../src/lib/engine/share/codec';
import type { SharedResults } from '../../../src/lib/engine/share/shared-results';
import { INFO, LEDGER } from '../../state/share/share-fixture';

const CELL: Cell = {
	year: 2022,
	reporter: 'BRA',
	partner: 'DEU',
	sector: 'footwear',
	trade: 300,
	exports: 250,
	imports: 50,
	ghm: { oneWay: 100, hiit: 0, viitSup: 200, viitInf: 0, unclassified: 0, outlier: 0 },
	ff: { oneWay: 0, hiit: 0, viitSup: 300, viitInf: 0, unclassified: 0, outlier: 0 },
	quality: { weight: 300, sum: 300 * Math.log(1.5), sumSq: 300 * Math.log(1.5) ** 2 }
};

const SHARED: SharedResults = {
	created: '2026-11-21T12:00:00.000Z',
	settings: 'a=0.25&lang=pt-BR',
	info: { ...INFO, reporters: ['BRA'], partners: ['DEU'], years: [2022], countryNames: {} },
	ledger: LEDGER,
	cells: [{ alpha: 0.25, cells: [CELL] }],
	keys: null
};

describe('results payload, version 2 (golden)', () => {
	// Guards links already sent: a change here breaks them, so it needs a new version and a reader
	// for the older ones kept alongside (version 1: see below).
	it('writes one cell as year, partner and sector indexes, 14 amounts, then outliers, exports and imports', () => {
		const wire = JSON.parse(resultsFileText(SHARED));
		expect(wire).toMatchObject({
			app: 'iit-explorer-results',
			v: 2,
			created: '2026-11-21T12:00:00.000Z',
			settings: 'a=0.25&lang=pt-BR',
			reporter: 'BRA',
			partners: ['DEU'],
			years: [2022],
			keys: null,
			cells: [
				{
					alpha: 0.25,
					// footwear is sector 9 of SECTOR_IDS; quality: 300·ln 1.5, 300·(ln 1.5)².
					rows: [
						0, 0, 9, 300, 100, 0, 200, 0, 0, 0, 0, 300, 0, 0, 300, 121.63953243244931,
						49.32058616794963, 0, 0, 250, 50
					]
				}
			]
		});
		// The ledger travels without line numbers of dropped rows.
		expect(wire.ledger.drops).toEqual({ 'zero-value': { rows: 20, value: 0 } });
	});

	it('reads the golden payload back to the same results', () => {
		expect(parsePayload(resultsFileText(SHARED))).toEqual(SHARED);
	});

	it('still opens a version 1 payload: no outliers, exports and imports unknown', () => {
		const wire = JSON.parse(resultsFileText(SHARED));
		const v1 = { ...wire, v: 1, cells: [{ alpha: 0.25, rows: wire.cells[0].rows.slice(0, 17) }] };
		const cell = parsePayload(JSON.stringify(v1)).cells[0].cells[0];
		expect(cell).toEqual({
			...CELL,
			exports: NaN,
			imports: NaN,
			ghm: { ...CELL.ghm, outlier: 0 },
			ff: { ...CELL.ff, outlier: 0 }
		});
	});
});
