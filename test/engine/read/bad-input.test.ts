/**
 * The bad-input corpus (test/helpers/archives.ts) through the whole read: every file a user might
 * drop by mistake ends in one typed error, one line long, naming the file and the place in it.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../src/lib/engine/read/analyze';
import { badInputCorpus } from '../../helpers/archives';
import { readOptions, rejection } from './read-helpers';

const corpus = await badInputCorpus();

describe('bad input', () => {
	it.each(corpus.map((input) => [input.name, input] as const))(
		'%s is refused with one clear line',
		async (_name, input) => {
			const blob = new Blob([input.bytes]);
			const error = await rejection(
				readTradeFiles([{ name: input.name, blob }], readOptions({ reporter: 'BRA' }))
			);
			const file = input.file ?? input.name;
			expect({ code: error.code, file: error.file }).toEqual({ code: input.code, file });
			expect(error.line).toBe(input.line);
			expect(error.column).toBe(input.column);
			const line = error.toLine();
			expect(line).not.toMatch(/[\r\n]/);
			const place = [
				file,
				input.line && `line ${input.line}`,
				input.column && `column ${input.column}`
			]
				.filter(Boolean)
				.join(', ');
			expect(line.startsWith(`${place}: `)).toBe(true);
		}
	);

	it('names what a spreadsheet or an image is', async () => {
		const kinds = new Map<string, string | number | undefined>();
		for (const input of corpus.filter((i) =>
			['trade.xlsx', 'trade.xls', 'chart.csv'].includes(i.name)
		)) {
			const blob = new Blob([input.bytes]);
			const error = await rejection(readTradeFiles([{ name: input.name, blob }], readOptions()));
			kinds.set(input.name, error.details.kind);
		}
		expect(Object.fromEntries(kinds)).toEqual({
			'chart.csv': 'PNG image',
			'trade.xlsx': 'XLSX',
			'trade.xls': 'XLS'
		});
	});
});
