import { describe, expect, it } from 'vitest';
import { keysInOneEdition } from '../../../src/lib/engine/classify/harmonized-keys';
import { harmonizeEditions } from '../../../src/lib/engine/codes/hs-editions/harmonize';
import type { TradeKeys, YearEdition } from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const EDITIONS: YearEdition[] = [
	{ year: 2016, edition: 'H4', stated: true },
	{ year: 2017, edition: 'H5', stated: true }
];

/** What classification reads of each key, quantities of a direction without a unit left out. */
function classified(keys: TradeKeys) {
	return Array.from({ length: keys.count }, (_, k) => ({
		key: [keys.year[k], keys.countries[keys.partner[k]], keys.product[k]].join(' '),
		x: keys.exports[k],
		m: keys.imports[k],
		qx: keys.exportUnit[k] === -1 ? null : [keys.exportQty[k], keys.units[keys.exportUnit[k]]],
		qm: keys.importUnit[k] === -1 ? null : [keys.importQty[k], keys.units[keys.importUnit[k]]]
	}));
}

describe('keysInOneEdition (METHODS 8)', () => {
	it('gives the keys harmonizeEditions gives, in the same order', () => {
		// H5 440611 and 440612 both become H4 440610 and meet; 441990 → 441900; 2016 is in H4.
		const base = { reporter: 'BRA', partner: 'USA' };
		const rows: KeyRow[] = [
			{ ...base, year: 2017, product: 440611, x: 10, qx: 1, m: 5, qm: 1 },
			{ ...base, year: 2016, product: 440610, x: 7, qx: 2, m: 0 },
			{ ...base, year: 2017, product: 441990, x: 3, qx: 1, m: 4, qm: 2, unitM: 'u' },
			{ ...base, year: 2017, product: 440612, x: 20, qx: 4, m: 6 }, // its import has no quantity
			{ ...base, partner: 'ARG', year: 2017, product: 440612, x: 0, m: 9, qm: 3 },
			{ ...base, year: 2017, product: 640399, x: 1, qx: 1, m: 1, qm: 1 }
		];
		const keys = makeKeys(rows);
		const ours = keysInOneEdition(keys, EDITIONS);
		expect(classified(ours)).toEqual(classified(harmonizeEditions(keys, EDITIONS).keys));
		// By hand: the two 4406 keys of 2017 (USA) are one, X 30 (qty 5), M 11 without quantity.
		const merged = classified(ours).find((key) => key.key === '2017 USA 440610');
		expect(merged).toEqual({ key: '2017 USA 440610', x: 30, m: 11, qx: [5, 'kg'], qm: null });
		expect(ours.count).toBe(5);
	});

	it('leaves keys of one edition as they are', () => {
		const keys = makeKeys([
			{ year: 2017, reporter: 'BRA', partner: 'USA', product: 440611, x: 1, m: 1 }
		]);
		expect(keysInOneEdition(keys, [EDITIONS[1]])).toBe(keys);
	});
});
