/** Dictionaries stay complete and formatting follows the locale (guards against a key added in pt-BR only). */
import { describe, expect, it } from 'vitest';
import { TradeFileError, type TradeErrorCode } from '../../../src/lib/engine/model/errors';
import { DROP_REASONS, SECTOR_IDS } from '../../../src/lib/engine/model/types';
import {
	LOCALES,
	dictionaries,
	formatFixed,
	formatNumber,
	formatPercent,
	formatUsd,
	pickLocale,
	translate
} from '../../../src/lib/i18n';
import { describeError } from '../../../src/lib/ui/status/error-text';
import { ptBR } from '../../../src/lib/i18n/pt-BR';

const ERROR_CODES: TradeErrorCode[] = [
	'empty-file',
	'not-text',
	'zero-filled',
	'nul-byte',
	'empty-entries',
	'only-code-tables',
	'unknown-format',
	'web-page',
	'missing-column',
	'reporter-required',
	'unknown-reporter',
	'reporter-not-in-file',
	'no-rows-used',
	'no-hs6-by-partner',
	'services-file',
	'not-hs-classification',
	'mixed-formats',
	'spreadsheet',
	'bad-archive',
	'empty-archive',
	'truncated-file',
	'mixed-periods',
	'unknown-flow-file',
	'incomplete-table',
	'mismatched-tables',
	'bad-mapping',
	'too-many-keys',
	'duplicate-column',
	'duplicate-input',
	'covariates-missing-column',
	'covariates-too-large',
	'covariates-unreadable'
];

describe('dictionaries', () => {
	const reference = Object.keys(ptBR).sort();

	it.each(LOCALES)('%s has exactly the keys of pt-BR, none empty', (locale) => {
		const messages = dictionaries[locale];
		expect(Object.keys(messages).sort()).toEqual(reference);
		for (const [key, text] of Object.entries(messages)) expect(text, key).not.toBe('');
	});

	it.each(LOCALES)('%s keeps the placeholders of pt-BR', (locale) => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of reference as (keyof typeof ptBR)[]) {
			expect(placeholders(dictionaries[locale][key]), `${locale} ${key}`).toEqual(
				placeholders(ptBR[key])
			);
		}
	});

	it('names every error code, drop reason and sector in every language', () => {
		for (const locale of LOCALES) {
			for (const code of ERROR_CODES) expect(dictionaries[locale][`error.${code}`]).toBeTruthy();
			for (const reason of DROP_REASONS)
				expect(dictionaries[locale][`drop.${reason}`]).toBeTruthy();
			for (const sector of SECTOR_IDS)
				expect(dictionaries[locale][`sector.${sector}`]).toBeTruthy();
		}
	});

	it('translates differently per language and fills placeholders', () => {
		expect(translate('pt-BR', 'progress.cancel')).toBe('Cancelar');
		expect(translate('en', 'progress.cancel')).toBe('Cancel');
		expect(translate('en', 'progress.rows', { rows: '1,000' })).toBe('1,000 rows');
		expect(translate('es', 'progress.rows', { rows: '1000' })).toBe('1000 filas');
	});
});

describe('locale choice', () => {
	it('follows navigator.languages: pt* → pt-BR, es* → es, otherwise en', () => {
		expect(pickLocale(['pt-PT', 'en'])).toBe('pt-BR');
		expect(pickLocale(['es-AR'])).toBe('es');
		expect(pickLocale(['de-DE', 'es'])).toBe('es');
		expect(pickLocale(['fr-FR'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
});

describe('number formatting', () => {
	it('groups and separates decimals by locale', () => {
		expect(formatNumber('pt-BR', 1234.5)).toBe('1.234,5');
		expect(formatNumber('en', 1234.5)).toBe('1,234.5');
		expect(formatNumber('es', 12345.5)).toBe('12.345,5');
		expect(formatFixed('pt-BR', 42420.22, 1)).toBe('42.420,2');
		expect(formatFixed('en', 7, 1)).toBe('7.0');
	});

	it('formats percentages with the requested decimals and a dash for NaN', () => {
		expect(formatPercent('en', 0.1234, 1)).toBe('12.3%');
		// ICU versions differ on the space before % in pt-BR: compare without spaces.
		expect(formatPercent('pt-BR', 0.1234, 2).replace(/\s/g, '')).toBe('12,34%');
		expect(formatPercent('en', NaN)).toBe('–');
	});

	it('formats USD in full and compact', () => {
		expect(formatUsd('en', 1234567)).toBe('$1,234,567');
		expect(formatUsd('en', 1234567, true)).toBe('$1.2M');
		expect(formatUsd('pt-BR', 1234567).replace(/\s/g, ' ')).toBe('US$ 1.234.567');
	});
});

describe('error messages', () => {
	it('say what a table lacks in the locale’s words, and label the download advice', () => {
		const error = new TradeFileError('incomplete-table', '…', 'Trade_Map.xls', 11, undefined, {
			missing: 'imports, HS6 product codes, imports of 2023',
			download: '"Bilateral trade…"'
		});
		const pt = describeError('pt-BR', error);
		// A name the dictionary lacks (a year gap) is shown as the engine wrote it.
		expect(pt.message).toBe(
			'Esta tabela não tem o que o método precisa: valores importados, códigos de produto de 6 dígitos (SH6), imports of 2023.'
		);
		expect(pt.details).toEqual([['Baixe no Trade Map', '"Bilateral trade…"']]);
		expect(describeError('es', error).message).toBe(
			'A esta tabla le falta lo que el método necesita: valores importados, códigos de producto de 6 dígitos (SA6), imports of 2023.'
		);
		expect(describeError('en', error).message).toBe(
			'This table lacks what the method needs: imported values, 6-digit (HS6) product codes, imports of 2023.'
		);
	});

	it('say the file, line and column in the user language', () => {
		const error = new TradeFileError('missing-column', 'missing column v', 'baci.csv', 1, 'v');
		const pt = describeError('pt-BR', error);
		expect(pt.message).toBe(ptBR['error.missing-column']);
		expect(pt.place).toBe('Arquivo baci.csv, linha 1, coluna v');
		expect(describeError('en', error).place).toBe('File baci.csv, line 1, column v');
		expect(describeError('es', error).place).toBe('Archivo baci.csv, línea 1, columna v');
	});

	it('leave out a place part the engine did not give', () => {
		const error = new TradeFileError('not-text', 'binary', 'photo.csv');
		expect(describeError('en', error).place).toBe('File photo.csv');
	});
});

describe('error messages', () => {
	it('fill the engine’s facts into the message and do not list them again', () => {
		const error = new TradeFileError(
			'reporter-not-in-file',
			'…',
			'TradeData.csv',
			undefined,
			undefined,
			{ reporter: 'ARG', reporters: 'BRA' }
		);
		const text = describeError('pt-BR', error);
		expect(text.message).toBe(
			'O arquivo não tem comércio declarado por ARG. Quem declara é BRA: escolha esse país declarante.'
		);
		expect(text.place).toContain('TradeData.csv');
		expect(text.details).toEqual([]);
	});
});
