/** The partner half of the product search: names match without regard to case or accents. */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import {
	foldForSearch,
	matchingPartners
} from '../../../../src/lib/ui/views/products/partner-search';

const NAMES: Record<string, string> = {
	MEX: 'México',
	USA: 'Estados Unidos',
	CIV: 'Côte d’Ivoire',
	DEU: 'Alemanha',
	'842': 'Territory X'
};
const nameOf = (id: string) => NAMES[id] ?? id;
const IDS = Object.keys(NAMES);

describe('foldForSearch', () => {
	it('drops accents, case and surrounding blanks', () => {
		expect(foldForSearch('  MÉXICO ')).toBe('mexico');
		expect(foldForSearch('Côte d’Ivoire')).toBe('cote d’ivoire');
		expect(foldForSearch('São Tomé')).toBe('sao tome');
	});
});

describe('matchingPartners', () => {
	it('matches names ignoring accents and case', () => {
		expect(matchingPartners(IDS, 'mex', nameOf)).toEqual(['MEX']);
		expect(matchingPartners(IDS, 'MÉXI', nameOf)).toEqual(['MEX']);
		expect(matchingPartners(IDS, 'cote', nameOf)).toEqual(['CIV']);
		expect(matchingPartners(IDS, 'ESTADOS', nameOf)).toEqual(['USA']);
	});

	it('matches several partners and keeps their order', () => {
		// "a" is in Estados Unidos and Alemanha only (México, Côte d’Ivoire, Territory X have none).
		expect(matchingPartners(IDS, 'a', nameOf)).toEqual(['USA', 'DEU']);
	});

	it('matches an id only whole, so HS digits do not pull in numeric ids', () => {
		expect(matchingPartners(IDS, 'usa', nameOf)).toEqual(['USA']);
		expect(matchingPartners(IDS, '84', nameOf)).toEqual([]);
		expect(matchingPartners(IDS, '842', nameOf)).toEqual(['842']);
	});

	it('matches nothing for blank text (the worker then keeps every key)', () => {
		expect(matchingPartners(IDS, '', nameOf)).toEqual([]);
		expect(matchingPartners(IDS, '   ', nameOf)).toEqual([]);
	});

	describe('with the localized names of Intl', () => {
		afterEach(() => {
			i18n.locale = 'pt-BR';
		});

		it('finds the United States by its name in each language', () => {
			i18n.locale = 'pt-BR';
			expect(matchingPartners(['BRA', 'USA', 'DEU'], 'estados unidos', i18n.country)).toEqual([
				'USA'
			]);
			i18n.locale = 'en';
			expect(matchingPartners(['BRA', 'USA', 'DEU'], 'united', i18n.country)).toEqual(['USA']);
			i18n.locale = 'es';
			expect(matchingPartners(['BRA', 'USA', 'DEU'], 'alemania', i18n.country)).toEqual(['DEU']);
		});
	});
});
