/** The HS nomenclature: reading the bundled CSV, searching by code and by words, counting coverage. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	basketSummary,
	countCoveredHs6,
	findEntry,
	foldText,
	parseNomenclature,
	searchNomenclature
} from '../../../src/lib/engine/codes/nomenclature';

// A small nomenclature written by hand: two chapters, three headings, five subheadings, plus
// rows the reader must drop (the TOTAL row, a 7-digit national code, a repeated code).
const SMALL = [
	'section,hscode,description,parent,level',
	'TOTAL,TOTAL,Total of all HS2022 commodities,TOTAL,5',
	'IX,09,"Coffee, tea, maté and spices",TOTAL,2',
	'IX,0901,"Coffee, whether or not roasted or decaffeinated",09,4',
	'IX,090111,"Coffee; not roasted, not decaffeinated",0901,6',
	'IX,090121,"Coffee; roasted, not decaffeinated",0901,6',
	'IX,0903,Maté,09,4',
	'IX,090300,Maté,0903,6',
	'XII,64,Footwear; gaiters and the like,TOTAL,2',
	'XII,6403,"Footwear; with uppers of leather",64,4',
	'XII,640399,"Footwear; n.e.c., uppers of leather",6403,6',
	'XII,640399,"Footwear; repeated row",6403,6',
	'XII,6403991,National subdivision,640399,6',
	'XII,640411,"Sports footwear; uppers of textile",64,6',
	''
].join('\n');

const small = parseNomenclature(SMALL);

describe('reading the nomenclature', () => {
	it('keeps codes of exactly 2, 4 or 6 digits, once each, in file order', () => {
		expect(small.entries.map((entry) => entry.code)).toEqual([
			'09',
			'0901',
			'090111',
			'090121',
			'0903',
			'090300',
			'64',
			'6403',
			'640399',
			'640411'
		]);
		expect(small.hs6).toEqual(['090111', '090121', '090300', '640399', '640411']);
		expect(findEntry(small, '0901')).toEqual({
			code: '0901',
			description: 'Coffee, whether or not roasted or decaffeinated',
			level: 4
		});
		expect(findEntry(small, '6403991')).toBeUndefined();
	});

	it('reads the bundled HS 2022 file whole', () => {
		const full = parseNomenclature(readFileSync('static/nomenclature/hs2022.csv', 'utf8'));
		// Counted independently with grep on the file: 97 chapters, 1229 headings, 5613 HS6 codes.
		expect(full.entries.filter((entry) => entry.level === 2)).toHaveLength(97);
		expect(full.entries.filter((entry) => entry.level === 4)).toHaveLength(1229);
		expect(full.hs6).toHaveLength(5613);
		// grep '^[^,]*,64[0-9]{4},' → 25 footwear codes; ',6403[0-9]{2},' → 8; ',4107[0-9]{2},' → 6.
		expect(countCoveredHs6(['64*'], full)).toBe(25);
		expect(countCoveredHs6(['6403*', '4107*'], full)).toBe(14);
		expect(searchNomenclature(full, '6403', 100).map((entry) => entry.code)).toEqual([
			'6403',
			'640312',
			'640319',
			'640320',
			'640340',
			'640351',
			'640359',
			'640391',
			'640399'
		]);
	});
});

describe('searching', () => {
	it('folds accents, case and punctuation', () => {
		expect(foldText('Calçados; de COURO, maté')).toBe('calcados de couro mate');
	});

	it('finds codes by their first digits, dots and spaces ignored', () => {
		expect(searchNomenclature(small, '0901').map((entry) => entry.code)).toEqual([
			'0901',
			'090111',
			'090121'
		]);
		expect(searchNomenclature(small, '6403.99').map((entry) => entry.code)).toEqual(['640399']);
		expect(searchNomenclature(small, '64*').map((entry) => entry.code)).toEqual([
			'64',
			'6403',
			'640399',
			'640411'
		]);
		expect(searchNomenclature(small, '99')).toEqual([]);
	});

	it('finds words at the start of description words, whatever the accents or case', () => {
		// "mate" (no accent) and "MATÉ" both find the three rows that say "maté".
		const mate = ['09', '0903', '090300'];
		expect(searchNomenclature(small, 'mate').map((entry) => entry.code)).toEqual(mate);
		expect(searchNomenclature(small, 'MATÉ').map((entry) => entry.code)).toEqual(mate);
		// Every word must match: "footwear leather" leaves out the textile sports shoes and chapter 64.
		expect(searchNomenclature(small, 'footwear leather').map((entry) => entry.code)).toEqual([
			'6403',
			'640399'
		]);
		// Word starts only: "roast" finds "roasted" (also in "not roasted"), "oasted" finds nothing.
		expect(searchNomenclature(small, 'roast').map((entry) => entry.code)).toEqual([
			'0901',
			'090111',
			'090121'
		]);
		expect(searchNomenclature(small, 'oasted')).toEqual([]);
		expect(searchNomenclature(small, '  ;; ')).toEqual([]);
	});

	it('stops at the limit', () => {
		// Chapter 09 ("Coffee, tea, maté…") comes first in file order, then heading 0901.
		expect(searchNomenclature(small, 'coffee', 2).map((entry) => entry.code)).toEqual([
			'09',
			'0901'
		]);
	});
});

describe('basket coverage', () => {
	it('counts each HS6 code once however many patterns cover it', () => {
		// 09* covers 090111, 090121, 090300; 0901* and 090111 add nothing new → 3.
		expect(countCoveredHs6(['09*', '0901*', '090111'], small)).toBe(3);
		// 640399 and 640411 → 2; an invalid pattern covers nothing.
		expect(countCoveredHs6(['640399', '640411', 'shoes'], small)).toBe(2);
		// A code the nomenclature lacks counts zero.
		expect(countCoveredHs6(['640300'], small)).toBe(0);
	});

	it('summarizes a basket with or without the nomenclature', () => {
		const basket = { name: 'Couro', patterns: ['64*', '0903*'] };
		// 64* → 640399, 640411; 0903* → 090300: 3 codes.
		expect(basketSummary(basket, small)).toEqual({ patterns: 2, hs6Covered: 3 });
		expect(basketSummary(basket)).toEqual({ patterns: 2, hs6Covered: null });
	});
});
