/**
 * Numeric country codes that BACI's table lacks, for files that write UN M49 / ISO 3166 numeric
 * codes or UN Comtrade's own (legacy and Comtrade+ reporter and partner codes). Facts from the UN
 * M49 list and Comtrade's reporter/partner area list, checked against the Comtrade files in
 * shared/fixtures/real (SOURCES.md), which write these codes next to their ISO3.
 * Every code here clashes with nothing: no BACI code and no aggregate code is reused (a test
 * checks it). Monaco's M49 492 is left out for that reason: Comtrade's 492 is "Europe EU, nes".
 */

/** Rows like BACI_COUNTRIES: [code, country id (ISO3, '' when none), ISO2 ('' when none), English name]. */
export const OTHER_NUMERIC_COUNTRIES: readonly (readonly [number, string, string, string])[] = [
	// ISO 3166 numeric / M49 codes of countries BACI writes with a code of its own.
	[250, 'FRA', 'FR', 'France'], // BACI 251, France with Monaco
	[356, 'IND', 'IN', 'India'], // BACI 699; Comtrade's 356 is "India, excl. Sikkim"
	[578, 'NOR', 'NO', 'Norway'], // BACI 579, with Svalbard and Jan Mayen
	[756, 'CHE', 'CH', 'Switzerland'], // BACI 757, with Liechtenstein
	[840, 'USA', 'US', 'United States'], // BACI 842, with Puerto Rico and the US Virgin Islands
	// Taiwan's ISO code: BACI and Comtrade write its trade as 490 "Other Asia, nes" (and ISO2 TW
	// resolves to '490' too), so one country keeps one id whichever code a file uses.
	[158, '490', '', 'Taiwan'],
	// Territories BACI counts in another country, written apart by Comtrade or M49.
	[10, 'ATA', 'AQ', 'Antarctica'],
	[74, 'BVT', 'BV', 'Bouvet Island'],
	[80, '', '', 'Br. Antarctic Terr.'],
	[234, 'FRO', 'FO', 'Faeroe Isds'],
	[239, 'SGS', 'GS', 'South Georgia and the South Sandwich Islands'],
	[248, 'ALA', 'AX', 'Åland Islands'],
	[254, 'GUF', 'GF', 'French Guiana'],
	[312, 'GLP', 'GP', 'Guadeloupe'],
	[334, 'HMD', 'HM', 'Heard Island and McDonald Islands'],
	[336, 'VAT', 'VA', 'Holy See (Vatican City State)'],
	[438, 'LIE', 'LI', 'Liechtenstein'],
	[474, 'MTQ', 'MQ', 'Martinique'],
	[581, 'UMI', 'UM', 'United States Minor Outlying Islands'],
	[630, 'PRI', 'PR', 'Puerto Rico'],
	[638, 'REU', 'RE', 'Réunion'],
	[663, 'MAF', 'MF', 'Saint Martin (French part)'],
	[732, 'ESH', 'EH', 'Western Sahara'],
	[744, 'SJM', 'SJ', 'Svalbard and Jan Mayen Islands'],
	[831, 'GGY', 'GG', 'Guernsey'],
	[832, 'JEY', 'JE', 'Jersey'],
	[833, 'IMN', 'IM', 'Isle of Man'],
	[850, 'VIR', 'VI', 'US Virgin Isds'],
	// Former states and old Comtrade reporters: their successor's ISO3 where BACI would give it
	// (as BACI maps 280 Fmr Fed. Rep. of Germany to DEU), else their own code and name.
	[230, 'ETH', 'ET', 'Fmr Ethiopia'],
	[457, 'MYS', 'MY', 'Sarawak'],
	[459, 'MYS', 'MY', 'Peninsula Malaysia'],
	[461, 'MYS', 'MY', 'Sabah'],
	[532, 'ANT', '', 'Neth. Antilles and Aruba'],
	[582, '', '', 'Fmr Pacific Isds'],
	[588, 'PAK', 'PK', 'East and West Pakistan'],
	[590, 'PAN', 'PA', 'Fmr Panama, excl. Canal Zone'],
	[592, '', '', 'Fmr Panama-Canal-Zone'],
	[647, '', '', 'Ryukyu Isd'],
	[658, 'KNA', 'KN', 'Saint Kitts, Nevis and Anguilla'],
	[698, '', '', 'Sikkim'],
	[717, '', '', 'Fmr Rhodesia Nyas'],
	[720, 'YMD', '', 'Fmr Dem. Yemen'],
	[835, '', '', 'Fmr Tanganyika'],
	[836, '', '', 'Fmr Zanzibar and Pemba Isd'],
	[841, 'USA', 'US', 'USA (before 1981)'],
	[866, '', '', 'Fmr Dem. Rep. of Vietnam'],
	[868, '', '', 'Fmr Rep. of Vietnam'],
	[886, '', '', 'Fmr Arab Rep. of Yemen'],
	[890, 'YUG', '', 'Fmr Yugoslavia']
];

/**
 * UN Comtrade codes of areas that are no country: World (0), the EU (97: as a partner it is an
 * aggregate; as a reporter see customs-unions.ts), areas "nes", groupings, bunkers and free
 * zones. BACI's own table lists 697 "Europe EFTA, nes" too: it stays an aggregate here.
 */
export const AGGREGATE_CODE_NAMES: ReadonlyMap<number, string> = new Map([
	[0, 'World'],
	[97, 'EU'],
	[129, 'Caribbean, nes'],
	[221, 'Eastern Europe, nes'],
	[290, 'Northern Africa, nes'],
	[471, 'CACM, nes'],
	[472, 'Africa CAMEU region, nes'],
	[473, 'LAIA, nes'],
	[492, 'Europe EU, nes'],
	[527, 'Oceania, nes'],
	[536, 'Neutral Zone'],
	[568, 'Other Europe, nes'],
	[577, 'Other Africa, nes'],
	[636, 'Rest of America, nes'],
	[637, 'North America and Central America, nes'],
	[697, 'Europe EFTA, nes'],
	[837, 'Bunkers'],
	[838, 'Free Zones'],
	[839, 'Special Categories'],
	[879, 'Western Asia, nes'],
	[899, 'Areas, nes']
]);
