/** The chapter filter reads what people type and writes it back the same way. */
import { describe, expect, it } from 'vitest';
import { formatChapters, parseChapters } from '../../../src/lib/engine/model/chapters';

describe('parseChapters', () => {
	it('reads single chapters and ranges in any separator', () => {
		expect(parseChapters('84, 85; 87-89')).toEqual({
			chapters: [84, 85, 87, 88, 89],
			invalid: null
		});
		expect(parseChapters('02 64')).toEqual({ chapters: [2, 64], invalid: null });
		expect(parseChapters('87 – 89')).toEqual({ chapters: [87, 88, 89], invalid: null });
	});
	it('treats empty text as all chapters', () => {
		expect(parseChapters('  ')).toEqual({ chapters: null, invalid: null });
	});
	it('names the first piece that is not a chapter', () => {
		expect(parseChapters('84, 100')).toEqual({ invalid: '100' });
		expect(parseChapters('0')).toEqual({ invalid: '0' });
		expect(parseChapters('89-87')).toEqual({ invalid: '89-87' });
		expect(parseChapters('8471')).toEqual({ invalid: '8471' });
		expect(parseChapters('1-2-3')).toEqual({ invalid: '1-2-3' });
	});
	it('deduplicates', () => {
		expect(parseChapters('84,84,83-84')).toEqual({ chapters: [83, 84], invalid: null });
	});
});

describe('formatChapters', () => {
	it('writes runs as ranges, padded to two digits', () => {
		expect(formatChapters([89, 84, 85, 87, 88, 2])).toBe('02, 84-85, 87-89');
		expect(formatChapters(null)).toBe('');
	});
	it('round-trips', () => {
		const text = '01-05, 64, 84-85';
		const parsed = parseChapters(text);
		expect('chapters' in parsed && formatChapters(parsed.chapters)).toBe(text);
	});
});
