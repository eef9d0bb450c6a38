import { describe, expect, it } from 'vitest';
import {
	GROUP_IDS,
	GROUP_MEMBERS,
	isMember,
	membersIn
} from '../../../src/lib/engine/codes/groups';
import { knownCountryIds } from '../../../src/lib/engine/codes/countries';

describe('country groups', () => {
	it('counts the OECD by accession year: 20 founders (with Italy), 38 members from 2021', () => {
		expect(membersIn('oecd', 1961)).toHaveLength(19);
		expect(membersIn('oecd', 1962)).toHaveLength(20);
		expect(membersIn('oecd', 2009)).toHaveLength(30);
		expect(membersIn('oecd', 2010)).toHaveLength(34); // Chile, Slovenia, Israel, Estonia
		expect(membersIn('oecd', 2020)).toHaveLength(37); // Colombia
		expect(membersIn('oecd', 2021)).toHaveLength(38); // Costa Rica
		expect(isMember('oecd', 'MEX', 1993)).toBe(false);
		expect(isMember('oecd', 'MEX', 1994)).toBe(true);
	});

	it('knows EU27, Mercosur, BRICS and G20 members in their years', () => {
		expect(membersIn('eu27', 2000)).toHaveLength(27);
		expect(isMember('mercosur', 'VEN', 2015)).toBe(true);
		expect(isMember('mercosur', 'VEN', 2017)).toBe(false);
		expect(membersIn('brics', 2010)).toEqual(['BRA', 'RUS', 'IND', 'CHN']);
		expect(membersIn('brics', 2011)).toHaveLength(5);
		expect(membersIn('g20', 2020)).toHaveLength(19);
	});

	it('names every member by an ISO3 of the country table, once per group', () => {
		const known = new Set(knownCountryIds());
		for (const group of GROUP_IDS) {
			const ids = GROUP_MEMBERS[group].map((m) => m.country);
			expect(ids.filter((id) => !known.has(id))).toEqual([]);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});
});
