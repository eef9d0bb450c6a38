/**
 * The Methods page: the three languages have the same sections under the same ids (links such as
 * /methods/#sensitivity work in every language), the thresholds it states are the bounds the engine
 * classifies with, and its sector and group tables agree with the engine's own lookups.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { ffSplit, ghmSplit } from '../../../src/lib/engine/classify/classify';
import { GROUP_IDS, isMember } from '../../../src/lib/engine/codes/groups';
import { sectorOfChapter } from '../../../src/lib/engine/codes/sectors';
import { DROP_REASONS, SECTOR_IDS, type ClassSplit } from '../../../src/lib/engine/model/types';
import { formatPercent, type Locale } from '../../../src/lib/i18n';
import { i18n } from '../../../src/lib/state/locale.svelte';
import { membershipPeriods, membershipYears } from '../../../src/lib/ui/methods/memberships';
import Methods from '../../../src/lib/ui/methods/Methods.svelte';
import { HEADING_IDS } from '../../../src/lib/ui/methods/sections';
import { SECTOR_CHAPTERS, chapterRangeLabel } from '../../../src/lib/ui/methods/sector-chapters';
import {
	bandsOf,
	formatThreshold,
	percentDigits,
	thresholdTexts
} from '../../../src/lib/ui/methods/thresholds';

const empty = (): ClassSplit => ({
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0
});

describe('bandsOf', () => {
	it('gives the bounds by hand: α = 15 % → GHM [0.85, 1.15], FF [1/1.15, 1.15]', () => {
		const bands = bandsOf(0.15);
		expect(bands.ghmLo).toBeCloseTo(0.85, 15);
		expect(bands.ghmHi).toBeCloseTo(1.15, 15);
		// 1 / 1.15 = 0.869565217391304…
		expect(bands.ffLo).toBeCloseTo(0.8695652173913, 12);
		expect(bands.ffHi).toBeCloseTo(1.15, 15);
	});

	it('gives the paper’s 25 % bands: GHM [0.75, 1.25], FF [0.8, 1.25]', () => {
		expect(bandsOf(0.25)).toEqual({ ghmLo: 0.75, ghmHi: 1.25, ffLo: 0.8, ffHi: 1.25 });
	});

	it('are the bounds the engine classifies with (inclusive HIIT, strict VIIT)', () => {
		// Independent route: classify one two-way key (X = M = 50, so FF is two-way at θ = 10 %)
		// at R exactly on each bound and just outside it.
		for (const alpha of [0.05, 0.15, 0.25, 0.5]) {
			const { ghmLo, ghmHi, ffLo, ffHi } = bandsOf(alpha);
			const ghmClass = (r: number) => {
				const split = empty();
				ghmSplit(50, 50, r, alpha, split);
				return split;
			};
			const ffClass = (r: number) => {
				const split = empty();
				ffSplit(50, 50, r, alpha, 0.1, split);
				return split;
			};
			expect(ghmClass(ghmLo).hiit).toBe(100);
			expect(ghmClass(ghmHi).hiit).toBe(100);
			expect(ghmClass(ghmLo * (1 - 1e-12)).viitInf).toBe(100);
			expect(ghmClass(ghmHi * (1 + 1e-12)).viitSup).toBe(100);
			expect(ffClass(ffLo).hiit).toBe(100);
			expect(ffClass(ffHi).hiit).toBe(100);
			expect(ffClass(ffLo * (1 - 1e-12)).viitInf).toBe(100);
			expect(ffClass(ffHi * (1 + 1e-12)).viitSup).toBe(100);
		}
	});
});

describe('threshold formatting', () => {
	it('shows only the decimals a threshold has', () => {
		expect(percentDigits(0.15)).toBe(0); // 15 %
		expect(percentDigits(0.1)).toBe(0); // 10 %
		expect(percentDigits(0)).toBe(0); // 0 %
		expect(percentDigits(0.125)).toBe(1); // 12,5 %
		expect(percentDigits(0.1234)).toBe(2); // 12,34 %
		expect(formatThreshold('en', 0.125)).toBe('12.5%');
	});

	it('formats the settings and their bands in the page’s language', () => {
		expect(thresholdTexts('en', { alpha: 0.15, theta: 0.1, cifFobFactor: 1.05 })).toEqual({
			alpha: '15%',
			theta: '10%',
			cifFobFactor: '1.05',
			ghmLo: '0.85',
			ghmHi: '1.15',
			ffLo: '0.8696', // 1 / 1.15 = 0.86956… to 4 decimals
			ffHi: '1.15'
		});
		const pt = thresholdTexts('pt-BR', { alpha: 0.25, theta: 0.1, cifFobFactor: 1 });
		expect([pt.ghmLo, pt.ffLo, pt.ffHi, pt.cifFobFactor]).toEqual(['0,75', '0,8', '1,25', '1']);
	});
});

describe('sector chapters', () => {
	it('puts every chapter 01–99 in exactly the sector the engine gives it', () => {
		for (let chapter = 1; chapter <= 99; chapter++) {
			const holders = SECTOR_IDS.filter((sector) => {
				const [first, last] = SECTOR_CHAPTERS[sector];
				return first <= chapter && chapter <= last;
			});
			expect(holders, `chapter ${chapter}`).toEqual([sectorOfChapter(chapter)]);
		}
	});

	it('writes ranges with two-digit chapters', () => {
		expect(chapterRangeLabel('animal')).toBe('01–05');
		expect(chapterRangeLabel('stone_glass')).toBe('68–71');
		expect(chapterRangeLabel('misc')).toBe('90–99');
	});
});

describe('group memberships', () => {
	it('writes the years of a membership', () => {
		expect(membershipYears({ country: 'VEN', from: 2012, to: 2016 })).toBe('2012–2016');
		expect(membershipYears({ country: 'MEX', from: 1994 })).toBe('1994–');
		expect(membershipYears({ country: 'DEU' })).toBe('');
	});

	it('gathers Mercosur by period, in accession order', () => {
		expect(membershipPeriods('mercosur')).toEqual([
			{ years: '1991–', countries: ['ARG', 'BRA', 'PRY', 'URY'] },
			{ years: '2012–2016', countries: ['VEN'] },
			{ years: '2024–', countries: ['BOL'] }
		]);
	});

	it('agrees with isMember: members from their first year, not the year before', () => {
		for (const group of GROUP_IDS) {
			for (const { years, countries } of membershipPeriods(group)) {
				const first = years === '' ? 2000 : Number(years.slice(0, 4));
				for (const country of countries) {
					expect(isMember(group, country, first), `${group} ${country} ${first}`).toBe(true);
					if (years !== '') expect(isMember(group, country, first - 1)).toBe(false);
				}
			}
		}
	});
});

/** The page's HTML for one language, with that language current (as the route does). */
function renderPage(locale: Locale): string {
	i18n.locale = locale;
	return render(Methods, { props: { alpha: 0.25, theta: 0.1, cifFobFactor: 1.05 } }).body;
}

const all = (html: string, pattern: RegExp): string[] =>
	[...html.matchAll(pattern)].map((match) => match[1]);

describe.each(['pt-BR', 'en', 'es'] as const)('the Methods page in %s', (locale) => {
	const html = renderPage(locale);

	afterAll(() => {
		i18n.locale = 'pt-BR';
	});

	it('has every section under the shared ids, in order, once', () => {
		expect(all(html, /<h[23] id="([^"]+)"/g)).toEqual([...HEADING_IDS]);
	});

	it('links every heading from its table of contents', () => {
		expect(all(html, /<a href="#([^"]+)"/g)).toEqual([...HEADING_IDS]);
	});

	it('states the thresholds in use and the bands they give', () => {
		expect(html).toContain(`α = ${formatPercent(locale, 0.25, 0)}`);
		expect(html).toContain(`θ = ${formatPercent(locale, 0.1, 0)}`);
		const d = locale === 'en' ? '\\.' : ',';
		// α = 25 %: GHM 0.75–1.25, FF 1/1.25 = 0.8 to 1.25; the CIF/FOB factor 1.05.
		expect(html).toMatch(new RegExp(`0${d}75 ≤ <var>R</var> ≤\\s+1${d}25`));
		expect(html).toMatch(new RegExp(`0${d}8 ≤ <var>R</var> ≤\\s+1${d}25`));
		expect(html).toMatch(new RegExp(`= 1${d}05\\b`));
	});

	it('lists the 15 sectors with their chapters, every drop reason and every group', () => {
		expect(all(html, /<tr data-sector="([^"]+)"/g)).toEqual([...SECTOR_IDS]);
		expect(html).toContain(`<td class="chapters svelte-`);
		expect(html).toContain('>68–71<');
		expect(all(html, /<code[^>]*>([a-z0-9-]+)<\/code><\/li>/g)).toEqual([...DROP_REASONS]);
		expect(all(html, /<tr data-group="([^"]+)"/g)).toEqual([...GROUP_IDS]);
	});

	it('gives every table a caption and leaves no placeholder unfilled', () => {
		// The paper's tables, the sectors and the groups.
		expect(html.match(/<table[\s>]/g)?.length).toBe(3);
		expect(html.match(/<table[^>]*>\s*<caption>[^<]+<\/caption>/g)?.length).toBe(3);
		// (English prose says “R undefined”, so look for what a missing value would print instead.)
		expect(html).not.toMatch(/NaN|\$\{|\[object |=\s*(–|<\/)/);
	});
});
