/** The covariates errors and drop reasons read in every language, with their facts filled in. */
import { describe, expect, it } from 'vitest';
import { COVARIATE_DROP_REASONS } from '../../../src/lib/engine/determinants/covariates';
import { TradeFileError } from '../../../src/lib/engine/model/errors';
import { LOCALES, translate } from '../../../src/lib/i18n';
import { describeError } from '../../../src/lib/ui/status/error-text';

describe('covariates messages', () => {
	it('name the missing column and place it in the file', () => {
		const error = new TradeFileError('covariates-missing-column', 'x', 'cov.csv', 1, 'gdp', {
			column: 'gdp',
			header: 'iso3, year'
		});
		const pt = describeError('pt-BR', error);
		expect(pt.message).toContain('“gdp”');
		expect(pt.place).toBe('Arquivo cov.csv, linha 1, coluna gdp');
		// The header is not in the message, so it is listed as a detail.
		expect(pt.details).toEqual([['header', 'iso3, year']]);
		expect(describeError('en', error).message).toMatch(/^The covariates file has no “gdp” column/);
		expect(describeError('es', error).message).toMatch(/^El archivo de covariables no tiene/);
	});

	it('write the size limit as numbers of the locale', () => {
		const error = new TradeFileError('covariates-too-large', 'x', 'big.csv', undefined, undefined, {
			bytes: 52_428_801,
			limit: 52_428_800
		});
		expect(describeError('pt-BR', error).message).toContain(
			'(52.428.801 bytes; o limite é 52.428.800)'
		);
		expect(describeError('en', error).message).toContain(
			'(52,428,801 bytes; the limit is 52,428,800)'
		);
	});

	it('have a label for every drop reason in every language', () => {
		for (const locale of LOCALES) {
			for (const reason of COVARIATE_DROP_REASONS) {
				const key = `covariates.drop.${reason}` as const;
				expect(translate(locale, key), `${locale} ${reason}`).not.toBe(key);
			}
		}
	});

	it('refuse geo_cepii, an unknown header and files without GDP in every language', () => {
		const geo = new TradeFileError('covariates-geo-cepii', 'x', 'geo_cepii.csv', 1);
		expect(describeError('en', geo).message).toContain('drop dist_cepii');
		expect(describeError('pt-BR', geo).message).toContain('solte o dist_cepii');
		expect(describeError('es', geo).message).toContain('suelte el dist_cepii');
		const unknown = new TradeFileError('covariates-unknown-header', 'x', 'm.csv', 2, undefined, {
			header: 'foo, bar',
			expected: 'iso3, year (template)'
		});
		const en = describeError('en', unknown);
		expect(en.message).toBe(
			'The header of the covariates file is none of the layouts read. Expected: iso3, year (template).'
		);
		expect(en.place).toBe('File m.csv, line 2');
		expect(en.details).toEqual([['header', 'foo, bar']]);
		const noGdp = new TradeFileError('covariates-no-gdp', 'x', 'd.csv', undefined, undefined, {
			lacking: 'gdp_per_capita'
		});
		expect(describeError('es', noGdp).message).toMatch(
			/^Los archivos de covariables no traen gdp_per_capita\./
		);
	});
});
