/**
 * The HS editions in the dataset facts (server-rendered): the editions the file names state, and
 * the worker's conversion to the oldest with the count of keys that changed code, in three
 * languages; no conversion line when the codes were kept as read.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetInfo, Ledger } from '../../src/lib/engine/model/types';
import type { Locale } from '../../src/lib/i18n';
import { i18n } from '../../src/lib/state/locale.svelte';
import DatasetFacts from '../../src/lib/ui/results/DatasetFacts.svelte';

const INFO: DatasetInfo = {
	format: 'baci',
	importValuation: 'FOB',
	currency: 'USD',
	valueUnitInFile: '1000 USD',
	quantityBasis: 'net-weight',
	quantityUnit: 't',
	missingCompanions: [],
	notes: [],
	countryNames: {},
	yearEditions: [
		{ year: 2016, edition: 'H4', stated: true },
		{ year: 2017, edition: 'H5', stated: true }
	],
	editionConversion: {
		editions: ['H4', 'H5'],
		target: 'H4',
		keysChanged: 1234,
		unlisted: 0,
		keysMerged: 1
	},
	reporters: ['BRA'],
	partners: ['USA'],
	years: [2016, 2017],
	keys: 3
};

const LEDGER: Ledger = {
	files: [],
	skipped: [],
	rowsRead: 4,
	rowsUsed: 4,
	drops: {},
	valueRead: 280_000,
	valueUsed: 280_000,
	unknownCountries: []
};

const text = (html: string, testid: string) =>
	new RegExp(`data-testid="${testid}"[^>]*>([\\s\\S]*?)</span>`)
		.exec(html)?.[1]
		.replace(/<!--[\s\S]*?-->/g, '')
		.trim();

function facts(locale: Locale, info = INFO): string {
	i18n.locale = locale;
	return render(DatasetFacts, { props: { info, ledger: LEDGER, cifFobFactor: 1 } }).body;
}

afterAll(() => {
	i18n.locale = 'pt-BR';
});

describe('HS editions in the dataset facts', () => {
	it('lists the editions the file names state and the conversion, in three languages', () => {
		expect(text(facts('en'), 'hs-editions')).toBe('HS editions: H4 (HS 2012), H5 (HS 2017)');
		expect(text(facts('en'), 'hs-conversion')).toBe(
			"Codes converted to H4 (HS 2012) with UNSD's correspondence tables, so that every year is in one edition: 1,234 keys changed code."
		);
		expect(text(facts('pt-BR'), 'hs-conversion')).toContain('1.234 chaves mudaram de código');
		expect(text(facts('es'), 'hs-conversion')).toContain('1234 claves cambiaron de código');
	});

	it('says nothing of a conversion when the codes were kept as read', () => {
		const { editionConversion: _, ...asRead } = INFO;
		const html = facts('en', {
			...asRead,
			yearEditions: [{ year: 2016, edition: 'H4', stated: true }]
		});
		expect(text(html, 'hs-editions')).toBe('HS editions: H4 (HS 2012)');
		expect(html).not.toContain('hs-conversion');
	});
});
