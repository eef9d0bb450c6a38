/**
 * Country codes no table knows, beside the results (server-rendered): a warning in the facts that
 * names each code with its rows and value, in pt-BR, en and es, with the table to drop when one
 * would name them; a table of them in the ledger panel; none of it when every code is known.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetInfo, Ledger } from '../../src/lib/engine/model/types';
import { i18n } from '../../src/lib/state/locale.svelte';
import type { Locale } from '../../src/lib/i18n';
import LedgerPanel from '../../src/lib/ui/views/ledger/LedgerView.svelte';
import DatasetFacts from '../../src/lib/ui/results/DatasetFacts.svelte';

const INFO: DatasetInfo = {
	format: 'baci',
	importValuation: 'FOB',
	currency: 'USD',
	valueUnitInFile: '1000 USD',
	quantityBasis: 'net-weight',
	quantityUnit: 't',
	missingCompanions: ['baci-country-codes'],
	notes: [],
	countryNames: {},
	reporters: ['BRA'],
	partners: ['1234', '999', 'USA'],
	years: [2022],
	keys: 3
};

const LEDGER: Ledger = {
	files: [
		{
			name: 'BACI_HS17_Y2022_V202401.csv',
			format: 'baci',
			bytes: 100,
			container: 'plain',
			encoding: 'utf-8',
			rows: 75
		}
	],
	skipped: [],
	rowsRead: 75,
	rowsUsed: 75,
	drops: {},
	valueRead: 210_000,
	valueUsed: 210_000,
	unknownCountries: [
		{ code: '999', id: '999', rows: 40, value: 115_000 },
		{ code: '1234', id: '1234', rows: 5, value: 5000 }
	]
};

const facts = (locale: Locale, ledger: Ledger, info = INFO) => {
	i18n.locale = locale;
	return render(DatasetFacts, { props: { info, ledger, cifFobFactor: 1 } }).body;
};
/** The warning's text, tags and comments removed. */
const warning = (html: string) =>
	/data-testid="unknown-countries"[^>]*>([\s\S]*?)<\/p>/
		.exec(html)?.[1]
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s+/g, ' ')
		.trim();

afterAll(() => {
	i18n.locale = 'pt-BR';
});

describe('the unknown-countries warning', () => {
	it('names the codes, rows and value in pt-BR (the first language), en and es', () => {
		expect(warning(facts('pt-BR', LEDGER))).toBe(
			'Códigos de país que nenhuma tabela conhece: 999 (40 linhas, US$ 115.000), 1234 (5 linhas, US$ 5.000). ' +
				'O comércio deles foi mantido, cada código como um parceiro à parte, fora de qualquer grupo de países. ' +
				'Para dar nome a eles, solte junto com os dados a tabela de países da versão do BACI (country_codes_V….csv, no zip do BACI).'
		);
		expect(warning(facts('en', LEDGER))).toBe(
			'Country codes no table knows: 999 (40 rows, $115,000), 1234 (5 rows, $5,000). ' +
				'Their trade is kept, each code as a partner of its own, and counted in no country group. ' +
				"To name them, drop the BACI release's country table (country_codes_V….csv, in the BACI zip) with the data."
		);
		// es writes 5000 without a group separator (four digits).
		expect(warning(facts('es', LEDGER))).toBe(
			'Códigos de país que ninguna tabla conoce: 999 (40 filas, 115.000 US$), 1234 (5 filas, 5000 US$). ' +
				'Su comercio se mantiene, cada código como un socio aparte, fuera de todo grupo de países. ' +
				'Para nombrarlos, suelte con los datos la tabla de países de la versión de BACI (country_codes_V….csv, en el zip de BACI).'
		);
	});

	it('does not ask for a table that was dropped, and is absent when every code is known', () => {
		const withTable = facts('en', LEDGER, { ...INFO, missingCompanions: [] });
		expect(warning(withTable)).not.toContain('To name them');
		expect(warning(withTable)).toContain('999 (40 rows');
		const known = facts(
			'en',
			{ ...LEDGER, unknownCountries: [] },
			{ ...INFO, missingCompanions: [] }
		);
		expect(known).not.toContain('unknown-countries');
	});

	it('lists them in the ledger panel with their rows and value', () => {
		i18n.locale = 'en';
		const html = render(LedgerPanel, { props: { ledger: LEDGER, info: INFO } }).body;
		expect(html).toContain('data-testid="ledger-unknown-countries"');
		expect(html).toContain('Country codes no table knows (their rows are among the rows used)');
		const row = /<tr data-code="999">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
		expect(row.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '|')).toMatch(
			/999\|+40\|+\$115,000(\.00)?/
		);
	});
});
