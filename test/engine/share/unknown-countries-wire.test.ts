/**
 * Shared results carry the ledger's unknown country codes; links made before the ledger had them
 * (and whose facts still list `unrecognisedCountries`) read as they did, with none.
 */
import { describe, expect, it } from 'vitest';
import { parsePayload, resultsFileText } from '../../../src/lib/engine/share/codec';
import type { SharedResults } from '../../../src/lib/engine/share/shared-results';
import { INFO, LEDGER } from '../../state/share/share-fixture';

const SHARED: SharedResults = {
	created: '2026-11-21T12:00:00.000Z',
	settings: 'a=0.25',
	info: { ...INFO, reporters: ['BRA'], partners: ['999'], years: [2022], countryNames: {} },
	ledger: LEDGER,
	cells: [
		{
			alpha: 0.25,
			cells: [
				{
					year: 2022,
					reporter: 'BRA',
					partner: '999',
					sector: 'footwear',
					trade: 10,
					exports: 10,
					imports: 0,
					ghm: { oneWay: 10, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0 },
					ff: { oneWay: 10, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0 },
					quality: { weight: 0, sum: 0, sumSq: 0 }
				}
			]
		}
	],
	keys: null
};

describe('unknown country codes in shared results', () => {
	it('travel with the ledger', () => {
		const wire = JSON.parse(resultsFileText(SHARED));
		expect(wire.ledger.unknownCountries).toEqual([
			{ code: '999', id: '999', rows: 3, value: 4500 }
		]);
		expect(parsePayload(resultsFileText(SHARED)).ledger.unknownCountries).toEqual(
			LEDGER.unknownCountries
		);
	});

	it('are none in a link made before them', () => {
		const wire = JSON.parse(resultsFileText(SHARED));
		delete wire.ledger.unknownCountries;
		wire.info.unrecognisedCountries = [];
		const read = parsePayload(JSON.stringify(wire));
		expect(read.ledger.unknownCountries).toEqual([]);
		expect(read.info).not.toHaveProperty('unrecognisedCountries');
	});

	it('are refused when malformed', () => {
		const wire = JSON.parse(resultsFileText(SHARED));
		wire.ledger.unknownCountries = [{ code: '999', id: '999', rows: -1, value: 1 }];
		expect(() => parsePayload(JSON.stringify(wire))).toThrow();
	});
});
