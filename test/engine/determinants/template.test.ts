/** The covariates template: its rows, its prefilled distances, and a filled copy read back. */
import { describe, expect, it } from 'vitest';
import { parseCovariates } from './helpers';
import { capitalDistanceKm } from '../../../src/lib/engine/determinants/distance';
import { covariatesTemplate } from '../../../src/lib/engine/determinants/template';

describe('covariatesTemplate', () => {
	const text = covariatesTemplate('BRA', ['ARG', 'USA', 'ARG', 'BRA', 'BR249'], [2002, 2001]);
	const lines = text.trimEnd().split('\n');

	it('has the header, then the reporter and each partner once, for every year in order', () => {
		expect(lines[0]).toBe('iso3,year,gdp,gdp_per_capita,distance_km');
		expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(' '))).toEqual([
			'BRA 2001',
			'BRA 2002',
			'ARG 2001',
			'ARG 2002',
			'USA 2001',
			'USA 2002',
			'BR249 2001',
			'BR249 2002'
		]);
		expect(text.endsWith('\n')).toBe(true);
	});

	it('leaves GDP empty and fills partners’ distances to the metre from the built-in table', () => {
		// Brasília–Buenos Aires by the law of cosines: 2 339.652 km (distance.test.ts).
		expect(lines[3]).toBe('ARG,2001,,,2339.652');
		expect(lines[5]).toBe(`USA,2001,,,${(capitalDistanceKm('BRA', 'USA') as number).toFixed(3)}`);
		// The reporter has no distance to itself; "BR249" has no capital in the table.
		expect(lines[1]).toBe('BRA,2001,,,');
		expect(lines[7]).toBe('BR249,2001,,,');
	});

	it('reads back once filled in', () => {
		let gdp = 100;
		const filled = text
			.trimEnd()
			.split('\n')
			.map((line, index) => {
				if (index === 0) return line;
				const [iso3, year, , , distance] = line.split(',');
				gdp += 10;
				return [iso3, year, gdp, gdp / 10, distance].join(',');
			})
			.join('\n');
		const covariates = parseCovariates(filled, 'filled.csv');
		// "BR249" is not a country the table knows: its two rows are counted, not used.
		expect(covariates).toMatchObject({ rowsRead: 8, rowsUsed: 6 });
		expect(covariates.dropped).toEqual({ 'unknown-country': { rows: 2, firstLines: [8, 9] } });
		expect(covariates.countryYears['BRA|2001']).toEqual({ gdp: 110, gdpPerCapita: 11 });
		expect(covariates.countryYears['USA|2002']).toEqual({ gdp: 160, gdpPerCapita: 16 });
		expect(covariates.distances).toEqual({
			ARG: 2339.652,
			USA: Number((capitalDistanceKm('BRA', 'USA') as number).toFixed(3))
		});
	});
});

describe('covariatesTemplate in the Excel dialect (pt-BR, es)', () => {
	const text = covariatesTemplate('BRA', ['ARG'], [2001], 'excel');

	it('writes ; between fields, the distance with a decimal comma, CRLF', () => {
		expect(text).toBe(
			'iso3;year;gdp;gdp_per_capita;distance_km\r\nBRA;2001;;;\r\nARG;2001;;;2339,652\r\n'
		);
	});

	it('reads back once filled in as Excel in pt-BR saves it (decimal commas)', () => {
		const filled = text
			.replace('BRA;2001;;;', 'BRA;2001;1234,5;6,25;')
			.replace('ARG;2001;;;', 'ARG;2001;1000;10;');
		const covariates = parseCovariates(filled, 'preenchido.csv');
		expect(covariates).toMatchObject({ rowsRead: 2, rowsUsed: 2 });
		expect(covariates.countryYears['BRA|2001']).toEqual({ gdp: 1234.5, gdpPerCapita: 6.25 });
		expect(covariates.distances).toEqual({ ARG: 2339.652 });
	});
});
