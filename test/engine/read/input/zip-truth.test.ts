/**
 * Archives whose content is not what their names promise get messages that say what is true:
 * entries of zero bytes or empty entries are a damaged download (not "only code tables" or
 * "empty"); an entry named `../x.csv` is read (by its base name: nothing is ever written to
 * disk); an archive of binary entries holds no text table; code tables alone are code tables.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { shownPath } from '../../../../src/lib/engine/read/input/zip';
import { makeZip } from '../../../helpers/archives';
import { expectReconciled, keyOf, readOptions, rejection } from '../read-helpers';

// BRA (76) with ARG (32), product 010121: exports 1.5 and imports 2.5 thousand USD.
const BACI = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n2020,32,76,10121,2.5,3\n';
const bra = readOptions({ reporter: 'BRA' });

describe('zip archives as they are', () => {
	it('calls entries of zero bytes a damaged download, naming the entry', async () => {
		const zip = await makeZip([
			{ path: 'BACI_HS92_Y2020_V202301.csv', content: new Uint8Array(5000) },
			{ path: 'Readme.txt', content: new Uint8Array(300) }
		]);
		const error = await rejection(readTradeFiles([{ name: 'BACI.zip', blob: zip }], bra));
		expect(error.code).toBe('zero-filled');
		expect(error.file).toBe('BACI.zip › BACI_HS92_Y2020_V202301.csv');
		expect(error.toLine()).toContain('only zero bytes where its text should be');
		expect(error.toLine()).not.toContain('code tables');
	});

	it('calls an archive whose files are all empty a damaged download, listing them', async () => {
		const zip = await makeZip([
			{ path: 'EXP_2022.csv', content: '' },
			{ path: 'IMP_2022.csv', content: '' }
		]);
		const error = await rejection(readTradeFiles([{ name: 'comex.zip', blob: zip }], bra));
		expect(error.code).toBe('empty-entries');
		expect(error.details).toEqual({ entries: 'EXP_2022.csv, IMP_2022.csv' });
		expect(error.toLine()).toBe(
			'comex.zip: Nothing in the zip archive can be read: EXP_2022.csv, IMP_2022.csv are empty (0 bytes), so the download is damaged or incomplete (download it again).'
		);
	});

	it('reads an entry named ../x.csv by its base name (nothing is written to disk)', async () => {
		const zip = await makeZip([{ path: '../BACI_HS92_Y2020_V202301.csv', content: BACI }]);
		const result = await readTradeFiles([{ name: 'trav.zip', blob: zip }], bra);
		expect(result.ledger.files.map((f) => f.name)).toEqual([
			'trav.zip › BACI_HS92_Y2020_V202301.csv'
		]);
		// 1.5 and 2.5 thousand USD, 2 and 3 t (hand-computed from the two rows).
		expect(keyOf(result.keys, 'ARG', 10121)).toMatchObject({ x: 1500, m: 2500, qx: 2, qm: 3 });
		expectReconciled(result);
	});

	it('shows unsafe entry paths by their base name and any other as stored', () => {
		expect(shownPath('../x.csv')).toBe('x.csv');
		expect(shownPath('a/../../b/x.csv')).toBe('x.csv');
		expect(shownPath('/etc/x.csv')).toBe('x.csv');
		expect(shownPath('C:/data/x.csv')).toBe('x.csv');
		expect(shownPath('..\\x.csv')).toBe('x.csv');
		expect(shownPath('data/EXP_2022.csv')).toBe('data/EXP_2022.csv');
		expect(shownPath('..data/x..csv')).toBe('..data/x..csv');
	});

	it('says an archive of binary entries holds no text table, naming them', async () => {
		const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256);
		const zip = await makeZip([{ path: 'data.dta', content: binary }]);
		const error = await rejection(readTradeFiles([{ name: 'stata.zip', blob: zip }], bra));
		expect(error.code).toBe('empty-archive');
		expect(error.toLine()).toBe(
			'stata.zip: The zip archive holds no CSV or text file (it holds data.dta, which is not text).'
		);
	});

	it('says code tables alone are code tables, not an empty file', async () => {
		const pais =
			'"CO_PAIS";"CO_PAIS_ISON3";"CO_PAIS_ISOA3";"NO_PAIS"\n"105";"076";"BRA";"Brasil"\n';
		const error = await rejection(
			readTradeFiles([{ name: 'PAIS.csv', blob: new Blob([pais]) }], readOptions())
		);
		expect(error.code).toBe('only-code-tables');
		expect(error.details).toEqual({ files: 'PAIS.csv' });
		expect(error.toLine()).toBe(
			'PAIS.csv: The files hold code tables (PAIS.csv) and no trade data: drop the trade files with them.'
		);
	});
});
