/**
 * Comex Stat files in the shape MDIC publishes them (FORMATS.md, "Seen in real downloads"):
 * codes quoted and zero-padded, metrics unquoted, `;`, CRLF, PAIS.csv in Latin-1. `CO_PAIS`
 * `"000"` (Não Definido) is no country and is dropped as an aggregate; NCM `99999999` and the
 * other codes of chapter 99 are no HS product ('not-hs-product'). Fixtures: see
 * test/fixtures/comex-stat/real/README.md (PAIS.csv lines copied from the real table).
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { dropSummary, expectReconciled, fixture, keyOf, readOptions } from '../read-helpers';

const files = () => [
	fixture('comex-stat/real/EXP_2023.csv'),
	fixture('comex-stat/real/IMP_2023.csv'),
	fixture('comex-stat/real/PAIS.csv')
];

describe('Comex Stat as published', () => {
	it('reads quoted codes and unquoted metrics, drops "000" and chapter 99 with their reasons', async () => {
		const result = await readTradeFiles(files(), readOptions({ quantityBasis: 'auto' }));
		// USA (249), 08012100 → 080121: exports 5400 + 3600 = 9000 USD, 1200 + 800 = 2000 kg (Feb, Mar);
		// imports 400 USD, 50 kg (Jul).
		expect(keyOf(result.keys, 'USA', 80121)).toEqual({
			x: 9000,
			m: 400,
			qx: 2000,
			qm: 50,
			ux: 'kg',
			um: 'kg'
		});
		// CHN (160), 84713012 → 847130: exports 20000 USD, 50 kg; imports 64000 USD (FOB), 200 kg.
		expect(keyOf(result.keys, 'CHN', 847130)).toMatchObject({
			x: 20000,
			m: 64000,
			qx: 50,
			qm: 200
		});
		expect(result.keys.count).toBe(2);
		expect(dropSummary(result)).toEqual({
			// "000": EXP line 4 (450 USD) and IMP line 5 (1500 USD).
			'aggregate-partner': [2, 1950, [4, 5]],
			// 99999999 (EXP line 5, 1000 USD; IMP line 4, 900 USD) and 99980101 (EXP line 6, 700 USD).
			'not-hs-product': [3, 2600, [5, 6, 4]]
		});
		// Read 5400 + 3600 + 450 + 1000 + 700 + 20000 + 64000 + 400 + 900 + 1500 = 97950 USD;
		// used 9000 + 20000 + 64000 + 400 = 93400; dropped 1950 + 2600 = 4550.
		expect(result.ledger.rowsRead).toBe(10);
		expect(result.ledger.rowsUsed).toBe(5);
		expect(result.ledger.valueRead).toBe(97950);
		expect(result.ledger.valueUsed).toBe(93400);
		expectReconciled(result);
	});

	it('drops "000" as an aggregate without PAIS.csv too (the built-in CO_PAIS list)', async () => {
		const result = await readTradeFiles([fixture('comex-stat/real/EXP_2023.csv')], readOptions());
		// EXP line 4: 450 USD to "000"; lines 5 and 6: 1000 + 700 USD of chapter 99.
		expect(dropSummary(result)).toEqual({
			'aggregate-partner': [1, 450, [4]],
			'not-hs-product': [2, 1700, [5, 6]]
		});
		expect(result.ledger.valueUsed).toBe(9000 + 20000);
	});

	it('reads PAIS.csv as Latin-1 (its "Não Definido" is not UTF-8) and the data files as ASCII', async () => {
		const result = await readTradeFiles(files(), readOptions());
		const encoding = Object.fromEntries(result.ledger.files.map((f) => [f.name, f.encoding]));
		expect(encoding).toEqual({
			'PAIS.csv': 'windows-1252',
			'EXP_2023.csv': 'utf-8',
			'IMP_2023.csv': 'utf-8'
		});
		expect(result.ledger.files.find((f) => f.name === 'IMP_2023.csv')?.role).toBe('imports');
	});

	it('gives the same keys from LF copies (the CRLF is only the line end)', async () => {
		const lf = files().map(async ({ name, blob }) => {
			const bytes = new Uint8Array(await blob.arrayBuffer()).filter((b) => b !== 13);
			return { name, blob: new Blob([bytes]) };
		});
		const crlf = await readTradeFiles(files(), readOptions());
		const plain = await readTradeFiles(await Promise.all(lf), readOptions());
		expect(plain.keys).toEqual(crlf.keys);
		expect(plain.ledger.drops).toEqual(crlf.ledger.drops);
	});
});
