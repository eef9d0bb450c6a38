/**
 * The codes as read behind converted keys (METHODS 8). HS2017 → HS2012 (UNSD table): 030249 and
 * 030299 become 030289; 030289 itself stays 030289; 640399 does not change.
 */
import { describe, expect, it } from 'vitest';
import { codesAsReadLookup } from '../../../../src/lib/engine/codes/hs-editions/codes-as-read';
import { convertProduct } from '../../../../src/lib/engine/codes/hs-editions/convert';
import { makeKeys } from '../../helpers/make-keys';

const row = { reporter: 'BRA', x: 1, m: 1 };
const KEYS = makeKeys([
	{ ...row, year: 2016, partner: 'USA', product: 30289 },
	{ ...row, year: 2017, partner: 'USA', product: 30249 },
	{ ...row, year: 2017, partner: 'USA', product: 30299 },
	{ ...row, year: 2017, partner: 'ARG', product: 30289 },
	{ ...row, year: 2017, partner: 'ARG', product: 30249 },
	{ ...row, year: 2017, partner: 'DEU', product: 30289 },
	{ ...row, year: 2017, partner: 'DEU', product: 640399 }
]);
const EDITIONS = [
	{ year: 2016, edition: 'H4', stated: true },
	{ year: 2017, edition: 'H5', stated: true }
];

describe('codesAsReadLookup', () => {
	it('rests on the UNSD table as these tests read it', () => {
		expect(convertProduct(30249, 'H5', 'H4').code).toBe(30289);
		expect(convertProduct(30299, 'H5', 'H4').code).toBe(30289);
		expect(convertProduct(30289, 'H5', 'H4').code).toBe(30289);
		expect(convertProduct(640399, 'H5', 'H4').code).toBe(640399);
	});

	it('lists every code read behind a key some changed code landed on, ascending', () => {
		const lookup = codesAsReadLookup(KEYS, EDITIONS, 'H4');
		expect(lookup(2017, 'USA', 30289)).toEqual([30249, 30299]);
		// 030289 read as it is, merged with a changed 030249: both are named.
		expect(lookup(2017, 'ARG', 30289)).toEqual([30249, 30289]);
	});

	it('names nothing where no code changed: the target edition’s year, unchanged codes, unknown partners', () => {
		const lookup = codesAsReadLookup(KEYS, EDITIONS, 'H4');
		expect(lookup(2016, 'USA', 30289)).toEqual([]);
		expect(lookup(2017, 'DEU', 30289)).toEqual([]);
		expect(lookup(2017, 'DEU', 640399)).toEqual([]);
		expect(lookup(2017, 'CHN', 30289)).toEqual([]);
	});
});
