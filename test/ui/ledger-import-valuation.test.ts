/**
 * The ledger panel states the import value valued each way (METHODS 7.2) when the file has an
 * FOB import column (server-rendered, in pt-BR, en and es); nothing of it otherwise.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetInfo, Ledger } from '../../src/lib/engine/model/types';
import { i18n } from '../../src/lib/state/locale.svelte';
import type { Locale } from '../../src/lib/i18n';
import LedgerPanel from '../../src/lib/ui/views/ledger/LedgerView.svelte';

const INFO: DatasetInfo = {
	format: 'comtrade-plus',
	importValuation: 'CIF',
	currency: 'USD',
	valueUnitInFile: 'USD',
	quantityBasis: 'reported',
	quantityUnit: 'reported unit',
	missingCompanions: [],
	notes: [],
	countryNames: {},
	reporters: ['THA'],
	partners: ['CHN', 'JPN', 'USA'],
	years: [2022],
	keys: 3
};

const LEDGER: Ledger = {
	files: [
		{
			name: 'TradeData_THA_2022.csv',
			format: 'comtrade-plus',
			bytes: 100,
			container: 'plain',
			encoding: 'utf-8',
			rows: 5
		}
	],
	skipped: [],
	rowsRead: 5,
	rowsUsed: 5,
	drops: {},
	valueRead: 5000,
	valueUsed: 5000,
	importValuation: {
		fobReported: { rows: 2, value: 2900, asRead: 3000 },
		cifOnly: { rows: 2, value: 800 }
	},
	unknownCountries: []
};

function panel(locale: Locale, ledger = LEDGER): string {
	i18n.locale = locale;
	return render(LedgerPanel, { props: { ledger, info: INFO } }).body;
}

/** A row's cells as text, `|`-separated. */
function row(html: string, valuation: string): string {
	const cells = new RegExp(`<tr data-valuation="${valuation}">([\\s\\S]*?)</tr>`).exec(html)?.[1];
	return (cells ?? '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '|')
		.replace(/\|+/g, '|')
		.replace(/^\||\|$/g, '');
}

afterAll(() => {
	i18n.locale = 'pt-BR';
});

describe('the ledger panel: import value by valuation', () => {
	it('lists the rows that report FOB (FOB and as read) and the CIF-only rows, in en', () => {
		const html = panel('en');
		expect(html).toContain('data-testid="ledger-import-valuation"');
		expect(row(html, 'fob-reported')).toMatch(
			/^Report an FOB value\|2\|\$2,900(\.00)?\|\$3,000(\.00)?$/
		);
		expect(row(html, 'cif-only')).toMatch(/^No FOB value \(CIF\)\|2\|–\|\$800(\.00)?$/);
	});

	it('speaks pt-BR and es', () => {
		expect(row(panel('pt-BR'), 'fob-reported')).toMatch(/^Informam um valor FOB\|2\|/);
		expect(panel('pt-BR')).toContain('Valor lido, CIF (USD)');
		expect(row(panel('es'), 'cif-only')).toMatch(/^Sin valor FOB \(CIF\)\|2\|/);
		expect(panel('es')).toContain('Valor FOB (USD)');
	});

	it('is absent when the files have no FOB column', () => {
		const { importValuation: _, ...withoutValuation } = LEDGER;
		expect(panel('en', withoutValuation)).not.toContain('ledger-import-valuation');
	});
});
