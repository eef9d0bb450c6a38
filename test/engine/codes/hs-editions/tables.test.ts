/**
 * The bundled conversion tables are UNSD's CSVs pair for pair (METHODS 8), and the committed
 * module is what the generator writes today.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
	conversionModule,
	CONVERSION_FILES,
	DEFAULT_DIR
} from '../../../../scripts/hs-editions/make-conversion';
import { CONVERSION_TABLES } from '../../../../src/lib/engine/codes/hs-editions/conversion-tables';
import {
	conversionTable,
	decodeConversionTable
} from '../../../../src/lib/engine/codes/hs-editions/convert';

const MODULE = 'src/lib/engine/codes/hs-editions/conversion-tables.ts';

/** A CSV's pairs as integers, in file order (the header skipped). */
function csvPairs(file: string): [number, number][] {
	const lines = readFileSync(join(DEFAULT_DIR, file), 'utf8').trimEnd().split('\n').slice(1);
	return lines.map((line) => {
		const [newer, older] = line.split(',');
		return [Number(newer), Number(older)];
	});
}

/** Rows, and rows whose code changes, of each CSV (README of shared/data/hs-correspondence). */
const EXPECTED = [
	{ file: 'hs1996-to-hs1992.csv', rows: 5130, changed: 352 },
	{ file: 'hs2002-to-hs1996.csv', rows: 5223, changed: 339 },
	{ file: 'hs2007-to-hs2002.csv', rows: 5052, changed: 265 },
	{ file: 'hs2012-to-hs2007.csv', rows: 5205, changed: 331 },
	{ file: 'hs2017-to-hs2012.csv', rows: 5388, changed: 263 },
	{ file: 'hs2022-to-hs2017.csv', rows: 5613, changed: 372 }
];

describe('the bundled conversion tables', () => {
	it('are the six tables H1→H0 … H6→H5, in edition order', () => {
		expect(CONVERSION_TABLES.length).toBe(6);
		expect(CONVERSION_TABLES.map((t) => `${t.newer}>${t.older}`)).toEqual([
			'H1>H0',
			'H2>H1',
			'H3>H2',
			'H4>H3',
			'H5>H4',
			'H6>H5'
		]);
		expect(CONVERSION_TABLES.map((t) => t.file)).toEqual(EXPECTED.map((e) => e.file));
		expect(CONVERSION_FILES.map((t) => t.file)).toEqual(EXPECTED.map((e) => e.file));
	});

	EXPECTED.forEach(({ file, rows, changed }, index) => {
		it(`equal ${file} pair for pair (${rows} pairs, ${changed} changed)`, () => {
			const pairs = csvPairs(file);
			expect(pairs.length).toBe(rows);
			const table = conversionTable(index);
			expect(table.newer.length).toBe(rows);
			expect(table.older.length).toBe(rows);
			let mismatches = 0;
			pairs.forEach(([newer, older], i) => {
				if (table.newer[i] !== newer || table.older[i] !== older) mismatches++;
			});
			expect(mismatches).toBe(0);
			// The stated counts, and the assumption behind the encoding: unchanged codes are most.
			const text = CONVERSION_TABLES[index];
			expect(text.rows).toBe(rows);
			expect(text.changed).toBe(changed);
			expect(pairs.filter(([newer, older]) => newer !== older).length).toBe(changed);
			// Listed codes ascend strictly (binary search), each once.
			let ascending = 0;
			for (let i = 1; i < rows; i++) if (table.newer[i] > table.newer[i - 1]) ascending++;
			expect(ascending).toBe(rows - 1);
		});
	});

	it('decode an empty and a one-move table', () => {
		const empty = decodeConversionTable({ ...CONVERSION_TABLES[0], listed: '', moved: '' });
		expect(empty.newer.length).toBe(0);
		const one = decodeConversionTable({
			...CONVERSION_TABLES[0],
			listed: (10121).toString(36) + ',a',
			moved: '2-' + (11).toString(36)
		});
		expect([...one.newer]).toEqual([10121, 10131]);
		expect([...one.older]).toEqual([10121, 10120]);
	});

	it('are what the generator writes, and stay small (< 150 KB)', async () => {
		const options = (await resolveConfig(MODULE)) ?? {};
		const generated = await format(conversionModule(DEFAULT_DIR), { ...options, filepath: MODULE });
		expect(generated === readFileSync(MODULE, 'utf8')).toBe(true);
		expect(statSync(MODULE).size).toBeLessThan(150_000);
	});
});
