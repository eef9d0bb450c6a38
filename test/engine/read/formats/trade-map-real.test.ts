import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { readHead } from '../../../../src/lib/engine/read/input/sniff';
import { plainSource } from '../../../../src/lib/engine/read/input/source';
import { fixture, readOptions, rejection, textFile } from '../read-helpers';

/**
 * Excerpts of the five real Trade Map downloads in shared/fixtures/real (a few rows each; see
 * test/fixtures/trade-map/real/README.md). None is HS6 trade by partner with both directions:
 * each must end in one true line saying what the table is, what it lacks and what to get.
 */
const REAL = 'trade-map/real/Trade_Map_-_';

const ADVICE = (reporter: string) =>
	"The method needs one reporter's exports and imports of each HS6 product with each partner: " +
	`in Trade Map choose "Bilateral trade between ${reporter} and <partner>", product level "6 digits", ` +
	'and download the yearly values once with "Exports" and once with "Imports"; drop the two ' +
	'files together (or use UN Comtrade, BACI or WITS).';

const CASES: { file: string; line: number; missing: string; message: string }[] = [
	{
		// "Exporters" here are the reporting countries; their partner is the World.
		file: 'List_of_exporters_for_the_selected_product_(All_products).txt',
		line: 1,
		missing: 'imports, partner, HS6 product codes',
		message:
			"This Trade Map table is every country's exports of all products (TOTAL) to the World, a row " +
			'per exporter: it lacks imported values, a partner country (its values are trade with the ' +
			'World) and 6-digit (HS6) product codes. ' +
			ADVICE('<reporter>')
	},
	{
		file: 'List_of_importing_markets_for_a_product_exported_by_China.txt',
		line: 1,
		missing: 'imports, HS6 product codes',
		message:
			"This Trade Map table is China's exports of one product (the file does not name it) by " +
			'importing market: it lacks imported values and 6-digit (HS6) product codes. ' +
			ADVICE('China')
	},
	{
		file: 'List_of_products_exported_by_China.txt',
		line: 1,
		missing: 'imports, partner, HS6 product codes',
		message:
			"This Trade Map table is China's exports to the World by product: it lacks imported values, " +
			'a partner country (its values are trade with the World) and 6-digit (HS6) product codes; ' +
			'its products are HS2 chapters, not HS6 (85 on line 3). ' +
			ADVICE('China')
	},
	{
		// "Exporters" here are Turkey's supplying markets; "Area Nes" and "Taipei, Chinese" are rows.
		file: 'List_of_supplying_markets_for_a_product_imported_by_Turkey.txt',
		line: 1,
		missing: 'exports, HS6 product codes',
		message:
			"This Trade Map table is Turkey's imports of one product (the file does not name it) by " +
			'supplying market: it lacks exported values and 6-digit (HS6) product codes. ' +
			ADVICE('Turkey')
	},
	{
		// The HTML ".xls": titles in rows 1–2, the grid's two header rows 10–11 ("Importers" spans
		// both; "Select your indicators" spans the value columns and is no direction).
		file: 'List_of_importing_markets_for_the_product_exported_by_Algeria_in_2024_(Mirror).xls',
		line: 11,
		missing: 'imports, HS6 product codes',
		message:
			"This Trade Map table is Algeria's exports of all products (TOTAL) by importing market, " +
			'2024, mirror data (what the partners report): it lacks imported values and 6-digit (HS6) ' +
			'product codes (line 11: the 11th table row, counting every <tr> of this HTML file). ' +
			ADVICE('Algeria')
	}
];

describe('real Trade Map downloads', () => {
	for (const { file, line, missing, message } of CASES) {
		it(`says what ${file.slice(0, 60)}… lacks`, async () => {
			const error = await rejection(readTradeFiles([fixture(REAL + file)], readOptions()));
			expect(error.code).toBe('incomplete-table');
			expect(error.file).toBe(`Trade_Map_-_${file}`);
			expect(error.line).toBe(line);
			expect(error.details.missing).toBe(missing);
			expect(error.message).toBe(message);
			expect(error.toLine()).not.toContain('\n');
		});
	}

	it('reads the HTML download’s head as rows, its title first', async () => {
		const { blob, name } = fixture(REAL + CASES[4].file);
		const head = await readHead(plainSource(name, blob), 4);
		expect(head.html).toBe(true);
		expect(head.header).toEqual(
			Array(6).fill(
				'List of importing markets for the product exported by Algeria in 2024 (Mirror)'
			)
		);
		// Row 2 spans 6 columns too; the legend's link is text of its cell; blank rows are skipped.
		expect(head.rows[0]).toEqual(Array(6).fill('Product: TOTAL All products'));
		expect(head.rows[1]).toEqual([
			'The quantities shown in light green are estimated by UNSD. For further information, please refer to the UNSD explanatory note.'
		]);
		expect(head.rows[2]).toEqual(['Importers', ...Array(19).fill('Select your indicators')]);
		expect(head.rows[3].slice(0, 3)).toEqual([
			'Importers',
			'Value exported in 2024 (USD thousand)',
			'Trade balance 2024 (USD thousand)'
		]);
	});

	it('says a web page that is no Trade Map table is a web page', async () => {
		const page = textFile(
			'prices.xls',
			'<!DOCTYPE html><html><body><table><tr><th>Name</th><th>Price</th></tr>' +
				'<tr><td>Tea</td><td>3</td></tr></table></body></html>'
		);
		const error = await rejection(readTradeFiles([page], readOptions()));
		expect(error.code).toBe('web-page');
		expect(error.details).toEqual({ why: 'not-trade' });
		const empty = textFile('page.html', '<html><body><p>No table here</p></body></html>');
		const none = await rejection(readTradeFiles([empty], readOptions()));
		expect(none.code).toBe('web-page');
		expect(none.details).toEqual({ why: 'no-table' });
	});
});
