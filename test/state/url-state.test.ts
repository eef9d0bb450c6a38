/**
 * Links that carry settings: snapshot → URL parameters → snapshot gives back the same snapshot,
 * defaults stay out of the URL, and tampered or garbage parameters are ignored, never thrown.
 */
import fc from 'fast-check';
import { SAMPLE_IDS } from '../../src/lib/state/samples';
import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../../src/lib/engine/codes/groups';
import { PRODUCT_LEVELS, SECTOR_IDS, type UvScreen } from '../../src/lib/engine/model/types';
import type { PartnerSet } from '../../src/lib/engine/model/selection';
import { LOCALES } from '../../src/lib/i18n';
import {
	isSafeName,
	paramsToSettings,
	queryText,
	readSearch,
	settingsToParams,
	URL_DEFAULTS,
	withLinkedGroup,
	type UrlSnapshot
} from '../../src/lib/state/url-state';
import { VIEW_IDS } from '../../src/lib/state/view-registry';

/** What a reader of the link ends up with: the defaults overridden by the link. */
function roundTrip(snapshot: UrlSnapshot): UrlSnapshot {
	// Through text, as a copied link travels.
	const query = queryText(settingsToParams(snapshot));
	return { ...URL_DEFAULTS, ...paramsToSettings(new URLSearchParams(query)) };
}

const name = fc
	.string({ minLength: 1, maxLength: 30 })
	// Control characters are refused; group names are trimmed when saved.
	.filter((text) => isSafeName(text) && text.trim() === text);
const countryId = fc.stringMatching(/^[A-Z0-9]{2,8}$/);
const year = fc.integer({ min: 1962, max: 2030 });
const hsPattern = fc.oneof(
	fc.stringMatching(/^\d{6}$/),
	fc.stringMatching(/^\d{1,5}$/).map((digits) => `${digits}*`)
);
const partners: fc.Arbitrary<PartnerSet> = fc.oneof(
	fc.constant<PartnerSet>({ kind: 'all' }),
	fc.constantFrom(...GROUP_IDS).map((id): PartnerSet => ({ kind: 'group', id })),
	countryId.map((id): PartnerSet => ({ kind: 'country', id })),
	fc
		.record({ name, members: fc.uniqueArray(countryId, { minLength: 1, maxLength: 12 }) })
		.map((group): PartnerSet => ({ kind: 'custom', group }))
);

/** Snapshots as the settings hold them: validated numbers, sorted chapters, normalized patterns. */
const snapshot: fc.Arbitrary<UrlSnapshot> = fc
	.record({
		method: fc.constantFrom('ghm' as const, 'ff' as const, 'both' as const),
		alpha: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
		theta: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.999, noNaN: true })),
		cifFobFactor: fc.double({ min: 0.5, max: 2, noNaN: true }),
		uvScreen: fc.option(
			fc.oneof(
				fc
					.double({ min: 1e-9, max: 0.499, noNaN: true })
					.map((p): UvScreen => ({ rule: 'quantile', p })),
				fc.double({ min: 1.001, max: 1e6, noNaN: true }).map((k): UvScreen => ({ rule: 'mean', k }))
			)
		),
		level: fc.constantFrom(...PRODUCT_LEVELS),
		fobWhereReported: fc.boolean(),
		hsEditions: fc.constantFrom('convert' as const, 'off' as const),
		reporter: fc.stringMatching(/^[A-Z]{3}$/),
		quantityBasis: fc.constantFrom('auto' as const, 'reported' as const, 'net-weight' as const),
		includeReExports: fc.boolean(),
		yearFrom: fc.option(year),
		yearTo: fc.option(year),
		topN: fc.integer({ min: 1, max: 500 }),
		sectors: fc.option(fc.uniqueArray(fc.constantFrom(...SECTOR_IDS), { minLength: 1 })),
		chapters: fc.option(
			fc
				.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 20 })
				.map((chapters) => chapters.sort((a, b) => a - b))
		),
		partners,
		rowsKind: fc.constantFrom('partner' as const, 'group' as const),
		basket: fc.option(
			fc.record({
				name: fc.oneof(name, fc.constant('Calçados: couro & cia')),
				patterns: fc.uniqueArray(hsPattern, { minLength: 1, maxLength: 10 })
			})
		),
		noBasket: fc.boolean(),
		view: fc.constantFrom(...VIEW_IDS),
		drill: fc.option(fc.record({ partners, sector: fc.option(fc.constantFrom(...SECTOR_IDS)) })),
		lang: fc.constantFrom(...LOCALES),
		sample: fc.option(fc.constantFrom(...SAMPLE_IDS))
	})
	// The drill-down target is written only while the product view is open; "no basket" only without one.
	.map((value) => (value.view === 'products' ? value : { ...value, drill: null }))
	.map((value) => (value.basket === null ? value : { ...value, noBasket: false }));

describe('a link that says "no basket"', () => {
	it('writes b=- and reads it back as no basket, which no basket text can be mistaken for', () => {
		const params = settingsToParams({ ...URL_DEFAULTS, sample: 'consortium', noBasket: true });
		expect(queryText(params)).toBe('b=-&lang=pt-BR&sample=consortium');
		expect(readSearch('sample=consortium&b=-')).toEqual({
			sample: 'consortium',
			basket: null,
			noBasket: true
		});
		// A basket wins over the flag; a bad basket is ignored, not taken as "none".
		const both = { ...URL_DEFAULTS, basket: { name: 'Couro', patterns: ['41'] }, noBasket: true };
		expect(queryText(settingsToParams(both))).toBe('b=Couro:41&lang=pt-BR');
		expect(readSearch('b=--')).toEqual({});
	});
});

describe('robustness options in links (METHODS 7.1, 7.2, 7.4)', () => {
	it('write the screen, the level and the valuation only when not the default', () => {
		const params = settingsToParams({
			...URL_DEFAULTS,
			uvScreen: { rule: 'quantile', p: 0.05 },
			level: 'hs4',
			fobWhereReported: true,
			hsEditions: 'off'
		});
		expect(queryText(params)).toBe('uv=quantile:0.05&lvl=hs4&fob=1&hs=off&lang=pt-BR');
		expect(readSearch('hs=off')).toEqual({ hsEditions: 'off' });
		expect(readSearch('uv=mean:5')).toEqual({ uvScreen: { rule: 'mean', k: 5 } });
		expect(settingsToParams({ ...URL_DEFAULTS, level: 'hs6' }).toString()).toBe('lang=pt-BR');
	});
	it('leave an old link as it was: absent options are the defaults', () => {
		const read = { ...URL_DEFAULTS, ...readSearch('m=ff&a=0.25&lang=en') };
		expect(read.uvScreen).toBeNull();
		expect(read.level).toBe('hs6');
		expect(read.fobWhereReported).toBe(false);
		expect(read.hsEditions).toBe('convert');
	});
	it('ignore screens the engine would refuse and anything that is not a plain option', () => {
		for (const text of [
			'uv=quantile:0.5',
			'uv=quantile:0',
			'uv=mean:1',
			'uv=mean:-5',
			'uv=mean:Infinity',
			'uv=QUANTILE:0.05',
			'uv=median:3',
			'uv=quantile:0x1',
			'uv=quantile',
			'lvl=hs2',
			'lvl=HS4',
			'fob=yes',
			'hs=OFF',
			'hs=h0'
		]) {
			expect(readSearch(text), text).toEqual({});
		}
		expect(readSearch('fob=0')).toEqual({ fobWhereReported: false });
	});
});

describe('sample links', () => {
	it('carry the bundled sample on screen, and only a known one', () => {
		const params = settingsToParams({ ...URL_DEFAULTS, sample: 'consortium' });
		expect(params.get('sample')).toBe('consortium');
		expect(paramsToSettings(params).sample).toBe('consortium');
		expect(paramsToSettings(new URLSearchParams('sample=../etc')).sample).toBeUndefined();
		expect(paramsToSettings(new URLSearchParams('sample=__proto__')).sample).toBeUndefined();
	});
});

describe('settingsToParams', () => {
	it('writes the example of the brief with short names', () => {
		const params = settingsToParams({
			...URL_DEFAULTS,
			method: 'ff',
			alpha: 0.25,
			yearFrom: 2015,
			yearTo: 2022,
			sectors: ['footwear', 'hides'],
			chapters: [64, 84, 85],
			partners: { kind: 'group', id: 'oecd' },
			rowsKind: 'group',
			basket: { name: 'Calçados', patterns: ['6403*', '6404*'] },
			view: 'heatmap'
		});
		expect([...params.entries()]).toEqual([
			['m', 'ff'],
			['a', '0.25'],
			['y', '2015-2022'],
			['s', 'footwear,hides'],
			['c', '64,84-85'],
			['p', 'group:oecd'],
			['rows', 'group'],
			['b', 'Calçados:6403*,6404*'],
			['v', 'heatmap'],
			['lang', 'pt-BR']
		]);
	});
	it('leaves defaults out and always names the language', () => {
		expect(settingsToParams(URL_DEFAULTS).toString()).toBe('lang=pt-BR');
	});
	it('writes open year ranges and single years', () => {
		const years = (yearFrom: number | null, yearTo: number | null) =>
			settingsToParams({ ...URL_DEFAULTS, yearFrom, yearTo }).get('y');
		expect(years(2015, null)).toBe('2015-');
		expect(years(null, 2022)).toBe('-2022');
		expect(years(2020, 2020)).toBe('2020');
	});
	it('sends a custom group with its members', () => {
		const params = settingsToParams({
			...URL_DEFAULTS,
			partners: { kind: 'custom', group: { name: 'Vizinhos', members: ['ARG', 'URY'] } }
		});
		expect(params.get('p')).toBe('custom:Vizinhos');
		expect(params.get('pm')).toBe('ARG,URY');
	});
});

describe('paramsToSettings', () => {
	it('reads the example of the brief', () => {
		const read = paramsToSettings(
			new URLSearchParams(
				'm=ff&a=0.25&t=0.1&r=BRA&y=2015-2022&s=footwear,hides&c=64,84-85&p=group:oecd' +
					'&rows=group&b=Cal%C3%A7ados:6403*,6404*&v=heatmap&lang=pt-BR'
			)
		);
		expect(read).toEqual({
			method: 'ff',
			alpha: 0.25,
			theta: 0.1,
			reporter: 'BRA',
			yearFrom: 2015,
			yearTo: 2022,
			sectors: ['footwear', 'hides'],
			chapters: [64, 84, 85],
			partners: { kind: 'group', id: 'oecd' },
			rowsKind: 'group',
			basket: { name: 'Calçados', patterns: ['6403*', '6404*'] },
			view: 'heatmap',
			lang: 'pt-BR'
		});
	});
	it('round-trips any snapshot the settings can hold', () => {
		fc.assert(
			fc.property(snapshot, (original) => {
				expect(roundTrip(original)).toEqual(original);
			}),
			{ seed: 20261121, numRuns: 500 }
		);
	});
	it('ignores values out of range', () => {
		const read = paramsToSettings(
			new URLSearchParams(
				'a=1&t=1&cif=0&n=0&r=bra&m=GHM&q=kg&rx=yes&rows=sector&v=nope&lang=fr&y=15-22'
			)
		);
		expect(read).toEqual({});
		expect(paramsToSettings(new URLSearchParams('a=0&t=-0.1&cif=-1&n=2.5'))).toEqual({});
		expect(paramsToSettings(new URLSearchParams('a=0x1&t=Infinity&cif=1e999&n=1e2'))).toEqual({});
	});
	it('ignores unknown ids, bad chapters and bad baskets', () => {
		const read = paramsToSettings(
			new URLSearchParams('s=footwear,shoes&c=64,100&p=group:nato&b=Calçados:6403*,64x&pm=USA')
		);
		expect(read).toEqual({});
		expect(paramsToSettings(new URLSearchParams('p=custom:Amigos'))).toEqual({});
		expect(paramsToSettings(new URLSearchParams('p=custom:Amigos&pm=usa'))).toEqual({});
		expect(paramsToSettings(new URLSearchParams('b=6403*'))).toEqual({});
		expect(paramsToSettings(new URLSearchParams('b=Nada:'))).toEqual({});
	});
	it('refuses markup-bearing ids and control characters in names', () => {
		const read = paramsToSettings(
			new URLSearchParams({
				p: 'country:<img src=x onerror=alert(1)>',
				r: '<b>',
				b: 'Ca\u0000lçados:6403*',
				v: '"><script>'
			})
		);
		expect(read).toEqual({});
	});
	it('keeps a name holding markup as plain text (the UI escapes it)', () => {
		const read = paramsToSettings(new URLSearchParams({ b: '<b>x</b>:6403*' }));
		expect(read.basket).toEqual({ name: '<b>x</b>', patterns: ['6403*'] });
	});
	it('reads one year and open ranges', () => {
		const years = (y: string) => paramsToSettings(new URLSearchParams({ y }));
		expect(years('2020')).toEqual({ yearFrom: 2020, yearTo: 2020 });
		expect(years('2015-')).toEqual({ yearFrom: 2015, yearTo: null });
		expect(years('-2022')).toEqual({ yearFrom: null, yearTo: 2022 });
		expect(years('-')).toEqual({});
	});
	it('never throws on garbage', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.constantFrom(
							'm',
							'a',
							't',
							'cif',
							'r',
							'q',
							'rx',
							'y',
							'n',
							's',
							'c',
							'p',
							'pm',
							'rows',
							'b',
							'v',
							'lang',
							'x'
						),
						fc.string()
					)
				),
				(pairs) => {
					const read = paramsToSettings(new URLSearchParams(pairs));
					// Whatever survives is a valid setting: it writes back to the same link.
					const full = { ...URL_DEFAULTS, ...read };
					expect(roundTrip(full)).toEqual(full);
				}
			),
			{ seed: 7, numRuns: 1000 }
		);
	});
	it('survives a truncated link', () => {
		const query = settingsToParams({
			...URL_DEFAULTS,
			basket: { name: 'Couro', patterns: ['4107*', '420221'] },
			chapters: [41, 42, 64]
		}).toString();
		for (let end = 0; end <= query.length; end++) {
			const read = paramsToSettings(new URLSearchParams(query.slice(0, end)));
			expect(() => settingsToParams({ ...URL_DEFAULTS, ...read })).not.toThrow();
		}
	});
});

describe('queryText', () => {
	it('keeps colons, commas and slashes readable and escapes the rest', () => {
		const params = settingsToParams({
			...URL_DEFAULTS,
			partners: { kind: 'group', id: 'oecd' },
			chapters: [64, 84, 85],
			basket: { name: 'Couro & cia/2', patterns: ['4107*'] }
		});
		expect(queryText(params)).toBe('c=64,84-85&p=group:oecd&b=Couro+%26+cia/2:4107*&lang=pt-BR');
	});
});

describe('readSearch', () => {
	it('reads a location.search with or without its question mark', () => {
		expect(readSearch('?m=ghm&v=series')).toEqual({ method: 'ghm', view: 'series' });
		expect(readSearch('m=ghm')).toEqual({ method: 'ghm' });
		expect(readSearch('')).toEqual({});
	});
});

describe('isSafeName', () => {
	it('accepts names people type and refuses control characters and very long names', () => {
		expect(isSafeName('Calçados & couro: 2024')).toBe(true);
		expect(isSafeName('a\u0000b')).toBe(false);
		expect(isSafeName('a\nb')).toBe(false);
		expect(isSafeName('\u0085')).toBe(false);
		expect(isSafeName('x'.repeat(80))).toBe(true);
		expect(isSafeName('x'.repeat(81))).toBe(false);
	});
});

describe('withLinkedGroup', () => {
	const saved = [{ name: 'Vizinhos', members: ['ARG', 'URY'] }];
	it('reuses a saved group with the same members', () => {
		const linked = { name: 'Vizinhos', members: ['URY', 'ARG'] };
		const { groups, group } = withLinkedGroup(saved, linked);
		expect(groups).toEqual(saved);
		expect(group).toBe(saved[0]);
	});
	it('adds a new group under a free name instead of overwriting a saved one', () => {
		const linked = { name: 'Vizinhos', members: ['ARG', 'PRY'] };
		const first = withLinkedGroup(saved, linked);
		expect(first.group).toEqual({ name: 'Vizinhos (2)', members: ['ARG', 'PRY'] });
		expect(first.groups).toEqual([...saved, first.group]);
		// Opening the same link again finds the group it added.
		const again = withLinkedGroup(first.groups, linked);
		expect(again.groups).toHaveLength(2);
		expect(again.group).toBe(first.group);
	});
});
