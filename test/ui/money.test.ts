/** Amounts follow the data's currency (Comext is EUR), and ids Intl cannot name get the files' names. */
import { describe, expect, it } from 'vitest';
import { formatMoney, formatUsd } from '../../src/lib/i18n';
import { countryName, sortCountries } from '../../src/lib/engine/codes/local-names';
import { describeError } from '../../src/lib/ui/status/error-text';
import { TradeFileError } from '../../src/lib/engine/model/errors';
import { singleReporterOf } from '../../src/lib/state/session.svelte';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
	it('writes euros for EUR data and dollars for USD data', () => {
		expect(formatMoney('en', 1234567, 'EUR')).toBe('€1,234,567');
		expect(formatMoney('en', 1234567, 'USD')).toBe('$1,234,567');
		expect(plain(formatMoney('pt-BR', 1234567, 'EUR'))).toBe('€ 1.234.567');
		expect(plain(formatMoney('es', 1234567, 'EUR'))).toBe('1.234.567 €');
	});

	it('has a compact form for charts and a dash for non-numbers', () => {
		expect(formatMoney('en', 1234567, 'EUR', true)).toBe('€1.2M');
		expect(formatMoney('en', NaN, 'EUR')).toBe('–');
		expect(formatUsd('en', 1234567)).toBe(formatMoney('en', 1234567, 'USD'));
	});
});

describe('countryName', () => {
	it('prefers Intl, then the names the files gave, then the built-in table', () => {
		expect(countryName('pt-BR', 'USA', { USA: 'from the file' })).toBe('Estados Unidos');
		expect(countryName('en', 'BR249', { BR249: 'CO_PAIS 249' })).toBe('CO_PAIS 249');
		expect(countryName('en', 'BR249')).toBe('BR249');
		expect(countryName('en', '490', {})).toBe('Other Asia, nes');
		expect(countryName('en', '490', { '490': 'Taiwan (BACI 490)' })).toBe('Taiwan (BACI 490)');
		expect(countryName('en', 'constructor')).toBe('constructor');
	});

	it('sorts by those names', () => {
		const names = { X1: 'Aaa', X2: 'Zzz' };
		expect(sortCountries('en', ['X2', 'X1'], names)).toEqual(['X1', 'X2']);
	});
});

describe('error messages', () => {
	it('write numbers in the locale', () => {
		const error = new TradeFileError('too-many-keys', '…', 'big.csv', undefined, undefined, {
			limit: 8388608
		});
		expect(describeError('pt-BR', error).message).toContain('8.388.608');
		expect(describeError('en', error).message).toContain('8,388,608');
	});

	it('tell the column-mapping step is below for a file of no known format', () => {
		const error = new TradeFileError('unknown-format', '…', 'x.csv', 1, undefined, {
			header: 'a,b',
			delimiter: ','
		});
		expect(describeError('en', error).message).toMatch(/map its columns below/);
	});
});

describe('singleReporterOf', () => {
	const error = (reporters: string) =>
		new TradeFileError('reporter-not-in-file', '…', 'f.csv', undefined, undefined, {
			reporter: 'BRA',
			reporters
		});

	it('names the reporter of a file reported by one country only', () => {
		expect(singleReporterOf(error('ARG'))).toBe('ARG');
		expect(singleReporterOf(error('ARG, CHL'))).toBeNull();
		expect(singleReporterOf(error(''))).toBeNull();
		expect(singleReporterOf(new Error('x'))).toBeNull();
	});
});

describe('quantity labels', () => {
	it('name the engine’s units and what “the format’s default” means', async () => {
		const { AUTO_QUANTITY_UNIT, quantityUnitLabel, quantityUnitTitle } =
			await import('../../src/lib/ui/settings/quantity');
		const { translate } = await import('../../src/lib/i18n');
		const t = (key: Parameters<typeof translate>[1]) => translate('en', key);
		expect(quantityUnitLabel(t, AUTO_QUANTITY_UNIT.baci)).toBe('net weight in metric tons');
		expect(quantityUnitTitle(t, AUTO_QUANTITY_UNIT.comext)).toBe('Net weight in kg');
		expect(quantityUnitLabel(t, 'reported unit')).toBe("each product's reported unit");
		expect(quantityUnitLabel(t, 'litres')).toBe('litres');
	});
});
