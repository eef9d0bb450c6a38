/**
 * The results CSV: full-precision numbers of both SE kinds, every term (year dummies included),
 * dropped terms and failures by code, the Hausman test and the observation counts, written with
 * the tables' CSV rules (CRLF, spreadsheet-safe text).
 */
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../../src/lib/ui/tables/data-table';
import { determinantsCsv } from '../../../../src/lib/ui/views/determinants/determinants-csv';
import { answer } from './fixture';

const csvOf = () => tableToCsv(determinantsCsv(answer(), (key) => `[${key}]`)).split('\r\n');

describe('determinantsCsv', () => {
	it('has the labelled columns, then one line per item', () => {
		const lines = csvOf();
		expect(lines[0]).toBe('[method],[model],[item],[value],[se],[p],[seCluster],[pCluster],[note]');
		expect(lines.at(-1)).toBe(''); // the file ends with CRLF
	});

	it('writes a term with both kinds of SE and p at full precision', () => {
		const lines = csvOf();
		expect(lines).toContain('GHM,pooling,log(GDP_j),1.349,0.022,0.0001,0.03,0.0002,');
		// Year dummies, left out of the table, are in the file.
		expect(lines).toContain('GHM,within,factor(year)2002,0.3,0.1,0.01,0.1,0.01,');
	});

	it('names dropped terms and failures by code, and gives the models’ statistics', () => {
		const lines = csvOf();
		expect(lines).toContain('GHM,within,log(DIST),,,,,,dropped: no-within-variation');
		expect(lines).toContain('GHM,random,nobs,6198,,,,,');
		expect(lines).toContain('GHM,random,r2,0.479,,,,,');
		expect(lines).toContain('FF,within,failed,,,,,,no-within-variation');
		expect(lines).toContain('FF,hausman,failed,,,,,,model-failed');
	});

	it('gives the Hausman test and the observation counts', () => {
		const lines = csvOf();
		expect(lines).toContain('GHM,hausman,chisq,18.36,,,,,');
		expect(lines).toContain('GHM,hausman,df,3,,,,,');
		expect(lines).toContain('GHM,hausman,p,0.00037,,,,,');
		expect(lines).toContain('GHM,observations,candidates,6300,,,,,');
		expect(lines).toContain('GHM,observations,dropped: zero-viit,90,,,,,');
		expect(lines).toContain('FF,observations,dropped: zero-viit,0,,,,,');
	});

	it('counts its lines: per method 6 observation lines, each model’s items, the Hausman test', () => {
		// GHM: 6 observation lines; pooling 5 terms + 3 stats = 8; within 3 terms + 2 dropped +
		// 3 stats = 8; random 5 terms + 1 dropped + 3 stats = 9; Hausman 3 → 34.
		// FF: 6; pooling 8; within 1 failure; random 1 failure; Hausman 1 → 17.
		const model = determinantsCsv(answer(), String);
		expect(model.rows.filter((row) => row.cells.method === 'GHM')).toHaveLength(34);
		expect(model.rows.filter((row) => row.cells.method === 'FF')).toHaveLength(17);
	});

	it('says when a method had no observation left', () => {
		const empty = answer();
		empty.ff = { method: 'ff', candidates: 0, dropped: {}, estimates: null };
		const lines = tableToCsv(determinantsCsv(empty, String)).split('\r\n');
		expect(lines).toContain('FF,,failed,,,,,,no-observations');
	});
});
