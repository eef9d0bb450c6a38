import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { detectFormat } from '../../../../src/lib/engine/read/formats/detect';
import {
	dropSummary,
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

/** The header and first six rows of comtrade-legacy-short-USA-CHN-hs2-2017.csv (see the folder's README). */
const SHORT_HS2 = 'comtrade-legacy/real_short_USA_CHN_hs2_excerpt.csv';
const HEADER =
	'Classification,Year,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Partner Code,Partner,Commodity Code,Commodity,Trade Value (US$),Flag\n';

describe('UN Comtrade legacy, the short 12-column export', () => {
	it('is detected', () => {
		expect(detectFormat(HEADER.trim().split(','))).toBe('comtrade-legacy');
	});

	/**
	 * USA (842) with China (156), 2017, H5: X 010121 (written 10121, its zero lost) 1 000 and
	 * M 2 500; M 847130 4 000; re-export 3 of 847130 700 (dropped); World 0 5 000 (dropped).
	 * Used 3 rows = 7 500 in 2 keys, no quantity anywhere.
	 */
	it('is read without quantities, and says so', async () => {
		const file = textFile(
			'short.csv',
			HEADER,
			'H5,2017,2,Export,842,USA,156,China,10121,"Horses; live, pure-bred",1000,0\n',
			'H5,2017,1,Import,842,USA,156,China,10121,"Horses; live, pure-bred",2500,0\n',
			'H5,2017,1,Import,842,USA,156,China,847130,Portable computers,4000,0\n',
			'H5,2017,3,Re-Export,842,USA,156,China,847130,Portable computers,700,0\n',
			'H5,2017,2,Export,842,USA,0,World,847130,Portable computers,5000,0\n'
		);
		for (const quantityBasis of ['reported', 'net-weight'] as const) {
			const result = await readTradeFiles([file], readOptions({ quantityBasis }));
			expect(keyOf(result.keys, 'CHN', 10121)).toEqual({
				x: 1000,
				m: 2500,
				qx: NaN,
				qm: NaN,
				ux: null,
				um: null
			});
			expect(keyOf(result.keys, 'CHN', 847130)).toMatchObject({ x: 0, m: 4000, qm: NaN });
			expect(result.ledger.valueUsed).toBe(7500);
			expect(dropSummary(result)).toEqual({
				're-export': [1, 700, [5]],
				'world-partner': [1, 5000, [6]]
			});
			expect(result.info).toMatchObject({
				reporters: ['USA'],
				notes: ['no-quantities'],
				hsEditions: ['H5']
			});
			expectReconciled(result);
		}
	});

	/**
	 * The real HS2 rows: chapter codes 1, 2 and 3 (their zero lost) are totals, not HS6:
	 * not-hs6 lines 2, 3, 5, 6, 7 (import, export of chapters 1–3); re-export line 4.
	 */
	it('ends an HS2 file with a message that it holds no HS6 rows, with or without the reporter', async () => {
		for (const reporter of [null, 'USA']) {
			const error = await rejection(
				readTradeFiles([fixture(SHORT_HS2)], readOptions({ reporter }))
			);
			expect(error.code).toBe('no-hs6-by-partner');
			expect(error.details).toEqual({
				...(reporter ? { reporter } : {}),
				'not-hs6': 5,
				're-export': 1
			});
			expect(error.message).toContain(
				'(5 rows are HS2/HS4 totals; other rows dropped: 1 re-export)'
			);
			expect(error.message).toContain('at HS6');
		}
	});

	it('names the file’s reporter when another is chosen', async () => {
		const error = await rejection(
			readTradeFiles([fixture(SHORT_HS2)], readOptions({ reporter: 'CHN' }))
		);
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details).toEqual({ reporter: 'CHN', reporters: 'USA' });
	});
});
