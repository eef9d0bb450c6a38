/**
 * The Methods content of every language: each string is valid markup, plain texts have none, and
 * every value a paragraph asks for is one the page fills in.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n';
import { METHODS_CONTENT } from '../../../src/lib/ui/methods/content';
import { parseInline, valueNames } from '../../../src/lib/ui/methods/inline-markup';

/** Every string of a content object, with its path ("ghm.inUse", "sources.methods.3"). */
function stringsOf(value: unknown, path = ''): [path: string, text: string][] {
	if (typeof value === 'string') return [[path, value]];
	return Object.entries(value as object).flatMap(([key, inner]) =>
		stringsOf(inner, path === '' ? key : `${path}.${key}`)
	);
}

/** What the page renders as plain text, not as prose: headings, labels, captions, formula words. */
const PLAIN =
	/(^|\.)(heading|methodsHeading|dataHeading|title|tocLabel|thresholdLabels|terms|formula|table|caption|paper|inApp|name)(\.|$)/;
/** What the page fills in: the thresholds in use and the bands of R. */
const VALUES = ['alpha', 'theta', 'cifFobFactor', 'ghmBand', 'ffBand'];

describe.each(LOCALES)('the Methods content in %s', (locale) => {
	const strings = stringsOf(METHODS_CONTENT[locale]);

	it('is valid inline markup throughout', () => {
		for (const [, text] of strings) expect(() => parseInline(text)).not.toThrow();
	});

	it('has no markup in its plain texts', () => {
		for (const [path, text] of strings.filter(([path]) => PLAIN.test(path)))
			expect(parseInline(text), path).toEqual([{ kind: 'text', text }]);
	});

	it('asks only for values the page fills in', () => {
		for (const [path, text] of strings)
			for (const name of valueNames(parseInline(text))) expect(VALUES, path).toContain(name);
	});
});
