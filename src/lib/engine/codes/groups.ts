/**
 * Country groups that work as partners in the views (issue 4): OECD by accession year, EU27
 * (the 2020 composition, as Eurostat's EU27_2020), Mercosur, BRICS and G20 members, each with
 * the years it belonged. A country counts in a year's trade only if it was a member that year.
 */

/** The built-in groups. */
export const GROUP_IDS = ['oecd', 'eu27', 'mercosur', 'brics', 'g20'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** A member and the years it belonged (inclusive; open ends when absent). */
export interface Membership {
	country: string;
	from?: number;
	to?: number;
}

/** Members joined in the same year. */
function since(from: number, countries: string[]): Membership[] {
	return countries.map((country) => ({ country, from }));
}

/** Members of the whole period. */
function always(countries: string[]): Membership[] {
	return countries.map((country) => ({ country }));
}

/** Members by group. Sources: OECD, EU, Mercosur and BRICS accession records. */
export const GROUP_MEMBERS: Record<GroupId, readonly Membership[]> = {
	oecd: [
		...since(1961, [
			'AUT',
			'BEL',
			'CAN',
			'DNK',
			'FRA',
			'DEU',
			'GRC',
			'ISL',
			'IRL',
			'LUX',
			'NLD',
			'NOR',
			'PRT',
			'ESP',
			'SWE',
			'CHE',
			'TUR',
			'GBR',
			'USA'
		]),
		...since(1962, ['ITA']),
		...since(1964, ['JPN']),
		...since(1969, ['FIN']),
		...since(1971, ['AUS']),
		...since(1973, ['NZL']),
		...since(1994, ['MEX']),
		...since(1995, ['CZE']),
		...since(1996, ['HUN', 'POL', 'KOR']),
		...since(2000, ['SVK']),
		...since(2010, ['CHL', 'SVN', 'ISR', 'EST']),
		...since(2016, ['LVA']),
		...since(2018, ['LTU']),
		...since(2020, ['COL']),
		...since(2021, ['CRI'])
	],
	eu27: always([
		'AUT',
		'BEL',
		'BGR',
		'HRV',
		'CYP',
		'CZE',
		'DNK',
		'EST',
		'FIN',
		'FRA',
		'DEU',
		'GRC',
		'HUN',
		'IRL',
		'ITA',
		'LVA',
		'LTU',
		'LUX',
		'MLT',
		'NLD',
		'POL',
		'PRT',
		'ROU',
		'SVK',
		'SVN',
		'ESP',
		'SWE'
	]),
	mercosur: [
		...since(1991, ['ARG', 'BRA', 'PRY', 'URY']),
		{ country: 'VEN', from: 2012, to: 2016 }, // suspended from December 2016
		...since(2024, ['BOL'])
	],
	brics: [
		...since(2009, ['BRA', 'RUS', 'IND', 'CHN']),
		...since(2011, ['ZAF']),
		...since(2024, ['EGY', 'ETH', 'IRN', 'ARE']),
		...since(2025, ['IDN'])
	],
	// The 19 member countries (the EU and the African Union take part as blocs).
	g20: always([
		'ARG',
		'AUS',
		'BRA',
		'CAN',
		'CHN',
		'FRA',
		'DEU',
		'IND',
		'IDN',
		'ITA',
		'JPN',
		'KOR',
		'MEX',
		'RUS',
		'SAU',
		'ZAF',
		'TUR',
		'GBR',
		'USA'
	])
};

/** A group the user builds: a name and a fixed list of country ids. */
export interface CustomGroup {
	name: string;
	members: string[];
}

/** Whether `country` belonged to a built-in group in `year`. */
export function isMember(group: GroupId, country: string, year: number): boolean {
	return GROUP_MEMBERS[group].some(
		(m) => m.country === country && (m.from ?? -Infinity) <= year && year <= (m.to ?? Infinity)
	);
}

/** The members of a built-in group in `year`. */
export function membersIn(group: GroupId, year: number): string[] {
	return GROUP_MEMBERS[group]
		.filter((m) => (m.from ?? -Infinity) <= year && year <= (m.to ?? Infinity))
		.map((m) => m.country);
}
