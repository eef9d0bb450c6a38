import { describe, expect, it } from 'vitest';
import { openInputs } from '../../../../src/lib/engine/read/input/open';
import { BACI_SMALL, makeGzip, makeXlsx, makeZip } from '../../../helpers/archives';
import { rejection } from '../read-helpers';

const file = (name: string, ...parts: (string | Uint8Array)[]) => ({
	name,
	blob: new Blob(parts as BlobPart[])
});
const bytes = (...b: number[]) => new Uint8Array(b);

describe('openInputs', () => {
	it('opens plain, gzip and zip files by their magic bytes, not their names', async () => {
		const { sources, skipped } = await openInputs([
			file('plain.gz', BACI_SMALL),
			file('packed.csv', makeGzip(BACI_SMALL)),
			{ name: 'archive.csv', blob: await makeZip([{ path: 'a.csv', content: BACI_SMALL }]) }
		]);
		expect(sources.map((s) => [s.name, s.container])).toEqual([
			['plain.gz', 'plain'],
			['packed.csv', 'gzip'],
			['archive.csv › a.csv', 'zip']
		]);
		expect(skipped).toEqual([]);
	});

	it('keeps archive entries in order after the files before them', async () => {
		const zip = await makeZip([
			{ path: 'b.csv', content: BACI_SMALL },
			{ path: 'a.pdf', content: '%PDF' },
			{ path: 'a.csv', content: BACI_SMALL }
		]);
		const { sources, skipped } = await openInputs([
			file('first.csv', BACI_SMALL),
			{ name: 'z.zip', blob: zip }
		]);
		expect(sources.map((s) => s.name)).toEqual(['first.csv', 'z.zip › b.csv', 'z.zip › a.csv']);
		expect(skipped).toEqual([{ name: 'z.zip › a.pdf', reason: 'document' }]);
	});

	it('refuses an empty file', async () => {
		const error = await rejection(openInputs([file('empty.csv')]));
		expect(error.code).toBe('empty-file');
		expect(error.toLine()).toBe('empty.csv: The file is empty.');
	});

	it('refuses old and new Excel workbooks as spreadsheets', async () => {
		const xls = await rejection(
			openInputs([file('trade.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))])
		);
		expect(xls.code).toBe('spreadsheet');
		expect(xls.details).toEqual({ kind: 'XLS' });
		expect(xls.toLine()).toMatch(/^trade\.xls: .*\(XLS\)/);
		const xlsx = await rejection(openInputs([{ name: 'trade.xlsx', blob: await makeXlsx() }]));
		expect(xlsx.code).toBe('spreadsheet');
		expect(xlsx.details).toEqual({ kind: 'XLSX' });
	});

	it.each([
		['report.csv', '%PDF-1.7\n%âãÏÓ\n', 'PDF', 'a PDF document'],
		[
			'chart.csv',
			bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0),
			'PNG image',
			'a PNG image'
		],
		['photo.csv', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'JPEG image', 'a JPEG image'],
		['anim.csv', 'GIF89a\x01\x00', 'GIF image', 'a GIF image'],
		['data.7z', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), '7z archive', 'a 7z archive']
	])('says %s is not text but %s', async (name, content, kind, what) => {
		const error = await rejection(openInputs([file(name, content)]));
		expect(error.code).toBe('not-text');
		expect(error.details).toEqual({ kind });
		expect(error.toLine()).toBe(`${name}: The file is not a text table: it is ${what}.`);
	});

	it('leaves text that merely starts like a magic number alone', async () => {
		// "PK" (zip) and "GIF" without the version are ordinary CSV starts.
		const { sources } = await openInputs([
			file('pk.csv', 'PK,name\n1,a\n'),
			file('g.csv', 'GIF,x\n')
		]);
		expect(sources.map((s) => s.container)).toEqual(['plain', 'plain']);
	});

	it('refuses a file with zip magic that is no archive as a bad archive', async () => {
		const error = await rejection(openInputs([file('fake.zip', 'PK\x03\x04 not really a zip')]));
		expect(error.code).toBe('bad-archive');
		expect(error.file).toBe('fake.zip');
	});
});
