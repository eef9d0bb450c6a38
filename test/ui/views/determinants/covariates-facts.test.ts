/** The lines beside the results: each file, its drops, the series and the measure used. */
import { describe, expect, it } from 'vitest';
import type { DeterminantsResult } from '../../../../src/lib/engine/determinants/types';
import { translate } from '../../../../src/lib/i18n';
import { covariatesFacts } from '../../../../src/lib/ui/views/determinants/covariates-facts';
import { answer } from './fixture';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
	translate('en', key, params);

describe('covariatesFacts', () => {
	it('names each file’s kind, its drops, the series and the dist_cepii measure', () => {
		const covariates: DeterminantsResult['covariates'] = {
			...answer().covariates,
			files: [
				{
					file: 'gdp.csv',
					kind: 'wdi-long',
					rowsRead: 2642,
					rowsUsed: 1954,
					dropped: { aggregate: { rows: 470, firstLines: [2172, 2173] } }
				},
				{
					file: 'dist_cepii.csv',
					kind: 'dist-cepii',
					rowsRead: 9,
					rowsUsed: 9,
					dropped: {}
				}
			],
			sources: {
				gdp: [{ series: 'NY.GDP.MKTP.KD', name: 'GDP (constant 2010 US$)', countryYears: 40 }],
				gdpPerCapita: [
					{ series: 'NY.GDP.MKTP.KD/SP.POP.TOTL', name: null, countryYears: 30 },
					{ series: 'template', name: null, countryYears: 10 }
				]
			},
			distanceMeasure: 'distw',
			unpaired: { gdpOnly: 3, gdpPerCapitaOnly: 0 }
		};
		expect(covariatesFacts(covariates, t, String)).toEqual([
			'gdp.csv (World Bank, DataBank long): 1954 of 2642 rows used.',
			'470 rows set aside (region or income group, not a country; first: 2172, 2173).',
			'dist_cepii.csv (CEPII dist_cepii): 9 of 9 rows used.',
			'GDP: GDP (constant 2010 US$) [NY.GDP.MKTP.KD] (40 country-years).',
			'GDP per capita: GDP ÷ population (NY.GDP.MKTP.KD/SP.POP.TOTL) (30 country-years); the template (10 country-years).',
			'Distances from dist_cepii: distw: population-weighted.',
			'Left out: 3 country-years with GDP but no GDP per capita and 0 with GDP per capita but no GDP.'
		]);
	});

	it('says nothing of a measure or unpaired years when there are none', () => {
		const lines = covariatesFacts(answer().covariates, t, String);
		expect(lines).toEqual([
			'gdp.csv (template): 78 of 80 rows used.',
			'2 rows set aside (empty value; first: 5, 9).',
			'GDP: the template (78 country-years).',
			'GDP per capita: the template (78 country-years).'
		]);
	});
});
