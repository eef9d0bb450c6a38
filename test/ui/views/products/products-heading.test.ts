/** The drill-down's heading says what is listed: reporter ↔ partners · products · years. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Selection } from '../../../../src/lib/engine/model/selection';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import { rowName } from '../../../../src/lib/ui/results/names';
import {
	partnerSetName,
	productsHeading,
	type HeadingNames
} from '../../../../src/lib/ui/views/products/products-heading';

const NAMES: HeadingNames = {
	country: (id) => ({ BRA: 'Brasil', USA: 'Estados Unidos' })[id] ?? id,
	group: (id) => `grupo ${id}`,
	sector: (id) => ({ footwear: 'Calçado', textiles: 'Têxtil' })[id as string] ?? id,
	allPartners: 'todos os parceiros',
	allSectors: 'todos os setores',
	chapters: (list) => `capítulos ${list}`
};

const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2001,
	yearTo: 2016,
	partners: { kind: 'country', id: 'USA' },
	scope: { sectors: ['footwear'], chapters: null }
};

describe('productsHeading', () => {
	it('names reporter, partner, sector and years', () => {
		expect(productsHeading(SELECTION, NAMES)).toBe('Brasil ↔ Estados Unidos · Calçado · 2001–2016');
	});

	it('says "all" for an open scope and writes one year alone', () => {
		const open: Selection = {
			...SELECTION,
			yearFrom: 2010,
			yearTo: 2010,
			partners: { kind: 'all' },
			scope: { sectors: null, chapters: null }
		};
		expect(productsHeading(open, NAMES)).toBe(
			'Brasil ↔ todos os parceiros · todos os setores · 2010'
		);
	});

	it('lists several sectors and the chosen chapters with two digits', () => {
		const scoped: Selection = {
			...SELECTION,
			scope: { sectors: ['footwear', 'textiles'], chapters: [4, 64] }
		};
		expect(productsHeading(scoped, NAMES)).toBe(
			'Brasil ↔ Estados Unidos · Calçado, Têxtil (capítulos 04, 64) · 2001–2016'
		);
	});
});

describe('partnerSetName', () => {
	it('names groups, custom groups and countries', () => {
		expect(partnerSetName({ kind: 'group', id: 'oecd' }, NAMES)).toBe('grupo oecd');
		expect(
			partnerSetName({ kind: 'custom', group: { name: 'Vizinhos', members: ['ARG'] } }, NAMES)
		).toBe('Vizinhos');
		expect(partnerSetName({ kind: 'country', id: 'USA' }, NAMES)).toBe('Estados Unidos');
	});

	describe('with the app’s names', () => {
		afterEach(() => {
			i18n.locale = 'pt-BR';
		});

		it('reads naturally in Portuguese and English', () => {
			const names = (): HeadingNames => ({
				country: i18n.country,
				group: rowName,
				sector: rowName,
				allPartners: i18n.t('products.allPartners'),
				allSectors: i18n.t('products.allSectors'),
				chapters: (list) => i18n.t('products.chapters', { list })
			});
			i18n.locale = 'pt-BR';
			expect(productsHeading(SELECTION, names())).toBe(
				'Brasil ↔ Estados Unidos · Calçado · 2001–2016'
			);
			i18n.locale = 'en';
			expect(
				productsHeading({ ...SELECTION, partners: { kind: 'group', id: 'oecd' } }, names())
			).toBe('Brazil ↔ OECD · Footwear · 2001–2016');
		});
	});
});
