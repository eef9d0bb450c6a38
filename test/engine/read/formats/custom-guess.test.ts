/** guessMapping: the first mapping offered for a CSV of no known format, from its column names. */
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../src/lib/engine/read/formats/custom';

describe('guessMapping', () => {
	it('finds roles from words inside longer names, one column per role', () => {
		const header = ['Ano', 'País', 'Código NCM', 'Fluxo', 'Valor (US$)', 'Peso líquido kg'];
		const guess = guessMapping(header, [['2021', 'ARG', '87032310', 'X', '1.234,50', '10']], ';');
		expect(guess).toMatchObject({
			year: 0,
			partner: 1,
			product: 2,
			flow: 3,
			value: 4,
			quantity: 5,
			reporter: -1,
			exportValue: -1,
			importValue: -1,
			valueScale: 1,
			currency: 'USD',
			decimalComma: true // a `;` file whose sample numbers hold a decimal comma
		});
	});

	it('takes separate export and import columns, in thousands or euros as their names say', () => {
		const header = ['Year', 'Partner', 'HS6', 'Export value (1000 USD)', 'Import value (1000 USD)'];
		expect(guessMapping(header, [], ',')).toMatchObject({
			flow: -1,
			value: -1,
			exportValue: 3,
			importValue: 4,
			valueScale: 1000,
			currency: 'USD',
			decimalComma: false
		});
		const euros = ['year', 'partner', 'product', 'flow', 'value_eur'];
		expect(guessMapping(euros, [], ',')).toMatchObject({
			value: 4,
			currency: 'EUR',
			valueScale: 1
		});
	});
});
