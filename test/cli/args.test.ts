import { describe, expect, it } from 'vitest';
import { parseClassifyArgs, UsageError } from '../../src/cli/args';

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
		expect(command.read).toEqual({
			format: 'auto',
			reporter: 'BRA',
			quantityBasis: 'reported',
			includeReExports: false
		});
		expect(command.settings).toEqual({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 });
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

	it.each([
		[['--alpha', '0', 'f.csv'], /--alpha must be a number in \(0, 1\)/],
		[['--alpha', '1', 'f.csv'], /--alpha/],
		[['--alpha', 'abc', 'f.csv'], /--alpha/],
		[['--theta=-0.1', 'f.csv'], /--theta must be a number in \[0, 1\)/],
		[['--format', 'xlsx', 'f.csv'], /--format must be one of auto, baci, comtrade-plus/],
		[['--reporter', 'BRA'], /no input file/],
		[['--bogus', 'f.csv'], /bogus/]
	])('rejects %j with a clear message', (argv, message) => {
		expect(() => parseClassifyArgs(argv)).toThrow(UsageError);
		expect(() => parseClassifyArgs(argv)).toThrow(message);
	});
});
