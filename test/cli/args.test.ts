import { describe, expect, it } from 'vitest';
import { CLASSIFY_USAGE, FORMAT_CHOICES, parseClassifyArgs, UsageError } from '../../src/cli/args';
import { FORMAT_IDS } from '../../src/lib/engine/model/types';

describe('parseClassifyArgs', () => {
	it('reads the documented flags and defaults', () => {
		const command = parseClassifyArgs([
			'--reporter',
			'bra',
			'a.csv',
			'b.csv',
			'--out',
			'cells.csv'
		]);
		expect(command.files).toEqual(['a.csv', 'b.csv']);
		expect(command.out).toBe('cells.csv');
		expect(command.ledger).toBeNull();
		expect(command.map).toBeNull();
		expect(command.mapGuess).toBe(false);
		expect(command.read).toEqual({
			format: 'auto',
			reporter: 'BRA',
			quantityBasis: 'auto',
			includeReExports: false
		});
		expect(command.settings).toEqual({
			alpha: 0.15,
			theta: 0.1,
			cifFobFactor: 1,
			uvScreen: null,
			level: 'hs6',
			fobWhereReported: false
		});
	});

	it('writes standard CSV unless --csv excel asks for Excel in pt-BR/es', () => {
		expect(parseClassifyArgs(['a.csv']).csv).toBe('standard');
		expect(parseClassifyArgs(['--csv', 'excel', 'a.csv']).csv).toBe('excel');
		expect(() => parseClassifyArgs(['--csv', 'tsv', 'a.csv'])).toThrow(
			'--csv must be one of standard, excel (got "tsv")'
		);
		expect(CLASSIFY_USAGE).toContain('--csv excel');
	});

	it('takes alpha, theta, format and quantity basis', () => {
		const command = parseClassifyArgs([
			'--alpha',
			'0.25',
			'--theta',
			'0',
			'--format',
			'comtrade-plus',
			'--quantity',
			'net-weight',
			'--include-re-exports',
			'f.csv'
		]);
		expect(command.settings.alpha).toBe(0.25);
		expect(command.settings.theta).toBe(0);
		expect(command.read.format).toBe('comtrade-plus');
		expect(command.read.quantityBasis).toBe('net-weight');
		expect(command.read.includeReExports).toBe(true);
		expect(command.read.reporter).toBeNull();
	});

	it.each(FORMAT_CHOICES)('accepts --format %s', (format) => {
		expect(parseClassifyArgs(['--format', format, 'f.csv']).read.format).toBe(format);
	});

	it('offers every format of the engine, and auto', () => {
		expect(FORMAT_CHOICES).toEqual(['auto', ...FORMAT_IDS]);
		for (const format of FORMAT_CHOICES) expect(CLASSIFY_USAGE).toContain(format);
	});

	it('takes the ledger, mapping and guess options', () => {
		const command = parseClassifyArgs([
			'--quantity',
			'auto',
			'--ledger',
			'ledger.json',
			'--map',
			'map.json',
			'f.csv'
		]);
		expect(command.read.quantityBasis).toBe('auto');
		expect(command.ledger).toBe('ledger.json');
		expect(command.map).toBe('map.json');
		expect(parseClassifyArgs(['--map-guess', 'f.csv']).mapGuess).toBe(true);
	});

	it.each([
		[['--alpha', '0', 'f.csv'], /--alpha must be a number in \(0, 1\)/],
		[['--alpha', '1', 'f.csv'], /--alpha/],
		[['--alpha', 'abc', 'f.csv'], /--alpha/],
		[['--theta=-0.1', 'f.csv'], /--theta must be a number in \[0, 1\)/],
		[
			['--format', 'xlsx', 'f.csv'],
			/--format must be one of auto, baci, comtrade-plus, comtrade-legacy, comex-stat, comext, wits, trade-map, custom \(got "xlsx"\)/
		],
		[['--format', 'BACI', 'f.csv'], /--format must be one of/],
		[['--quantity', 'tons', 'f.csv'], /--quantity must be one of auto, reported, net-weight/],
		[['--map-guess', 'a.csv', 'b.csv'], /--map-guess takes exactly one file/],
		[['--map-guess', '--map', 'm.json', 'a.csv'], /exclude each other/],
		[['--ledger', '', 'f.csv'], /--ledger needs a file name/],
		[['--reporter', 'BRA'], /no input file/],
		[['--bogus', 'f.csv'], /bogus/]
	])('rejects %j with a clear message', (argv, message) => {
		expect(() => parseClassifyArgs(argv)).toThrow(UsageError);
		expect(() => parseClassifyArgs(argv)).toThrow(message);
	});
});
