/**
 * Where each country's capital is, for the built-in distances of the determinants regression
 * (distance.ts). Source: Natural Earth, "Populated Places" at 1:110m (public domain,
 * naturalearthdata.com, "Terms of use"), file
 * geojson/ne_110m_populated_places_simple.geojson of github.com/nvkelso/natural-earth-vector at
 * commit 693f11422f4e08d2da4566b854dda53eb7c39fb3, read on 2026-11-21. Kept: features of class
 * "Admin-0 capital" (and Hong Kong's "Admin-0 region capital"), keyed by `adm0_a3`, with the
 * point's geometry rounded to 4 decimals (about 11 m). Kosovo's `KOS` is written XKX.
 * Where the file has several capitals the seat of government is kept: Amsterdam (not The Hague),
 * La Paz (not Sucre), Pretoria (not Cape Town or Bloemfontein), Abidjan (not Yamoussoukro),
 * Cotonou (not Porto-Novo), Dar es Salaam (not Dodoma), Colombo (not Sri Jayawardenepura Kotte),
 * Kuala Lumpur (not Putrajaya), Mbabane (not Lobamba), Jerusalem (not Tel Aviv).
 */

/** Latitude and longitude in degrees (north and east positive). */
export type LatLon = readonly [number, number];

/** ISO3 → the capital's [latitude, longitude]. */
export const CAPITALS: Readonly<Record<string, LatLon>> = {
	AFG: [34.5186, 69.1813], // Kabul
	AGO: [-8.8363, 13.2325], // Luanda
	ALB: [41.3275, 19.8189], // Tirana
	AND: [42.5, 1.5165], // Andorra la Vella
	ARE: [24.4667, 54.3666], // Abu Dhabi
	ARG: [-34.6006, -58.3995], // Buenos Aires
	ARM: [40.1831, 44.5116], // Yerevan
	ATG: [17.118, -61.85], // Saint John's
	AUS: [-35.283, 149.129], // Canberra
	AUT: [48.202, 16.3647], // Vienna
	AZE: [40.3972, 49.8603], // Baku
	BDI: [-3.3761, 29.36], // Bujumbura
	BEL: [50.8353, 4.3314], // Brussels
	BEN: [6.402, 2.518], // Cotonou
	BFA: [12.3723, -1.5267], // Ouagadougou
	BGD: [23.725, 90.4066], // Dhaka
	BGR: [42.6853, 23.3147], // Sofia
	BHR: [26.2361, 50.5831], // Manama
	BHS: [25.0834, -77.35], // Nassau
	BIH: [43.85, 18.383], // Sarajevo
	BLR: [53.9019, 27.5647], // Minsk
	BLZ: [17.252, -88.7671], // Belmopan
	BOL: [-16.496, -68.1519], // La Paz
	BRA: [-15.7814, -47.918], // Brasilia
	BRB: [13.102, -59.6165], // Bridgetown
	BRN: [4.8833, 114.9333], // Bandar Seri Begawan
	BTN: [27.473, 89.639], // Thimphu
	BWA: [-24.6463, 25.9119], // Gaborone
	CAF: [4.3666, 18.5583], // Bangui
	CAN: [45.4186, -75.702], // Ottawa
	CHE: [46.9167, 7.467], // Bern
	CHL: [-33.4481, -70.669], // Santiago
	CHN: [39.9308, 116.3863], // Beijing
	CIV: [5.3219, -4.042], // Abidjan
	CMR: [3.8686, 11.5147], // Yaounde
	COD: [-4.3278, 15.313], // Kinshasa
	COG: [-4.2572, 15.2827], // Brazzaville
	COL: [4.5984, -74.0853], // Bogota
	COM: [-11.7042, 43.2402], // Moroni
	CPV: [14.9167, -23.5167], // Praia
	CRI: [9.937, -84.086], // San Jose
	CUB: [23.1339, -82.3661], // Havana
	CYP: [35.1667, 33.3666], // Nicosia
	CZE: [50.0853, 14.464], // Prague
	DEU: [52.5238, 13.3996], // Berlin
	DJI: [11.595, 43.148], // Djibouti
	DMA: [15.301, -61.387], // Roseau
	DNK: [55.6805, 12.5615], // Copenhagen
	DOM: [18.472, -69.902], // Santo Domingo
	DZA: [36.765, 3.0486], // Algiers
	ECU: [-0.213, -78.502], // Quito
	EGY: [30.0519, 31.248], // Cairo
	ERI: [15.3333, 38.9333], // Asmara
	ESP: [40.402, -3.6853], // Madrid
	EST: [59.4339, 24.728], // Tallinn
	ETH: [9.0353, 38.6981], // Addis Ababa
	FIN: [60.1775, 24.9322], // Helsinki
	FJI: [-18.133, 178.4417], // Suva
	FRA: [48.8686, 2.3314], // Paris
	FSM: [6.9166, 158.15], // Palikir
	GAB: [0.3854, 9.458], // Libreville
	GBR: [51.5019, -0.1187], // London
	GEO: [41.727, 44.7888], // Tbilisi
	GHA: [5.552, -0.2187], // Accra
	GIN: [9.5335, -13.6822], // Conakry
	GMB: [13.4539, -16.5917], // Banjul
	GNB: [11.865, -15.5984], // Bissau
	GNQ: [3.75, 8.7833], // Malabo
	GRC: [37.9853, 23.7314], // Athens
	GRD: [12.0526, -61.7416], // Saint George's
	GTM: [14.6231, -90.5289], // Guatemala
	GUY: [6.802, -58.167], // Georgetown
	HKG: [22.3069, 114.1831], // Hong Kong
	HND: [14.104, -87.2195], // Tegucigalpa
	HRV: [45.8, 16], // Zagreb
	HTI: [18.543, -72.338], // Port-au-Prince
	HUN: [47.502, 19.0814], // Budapest
	IDN: [-6.1725, 106.8275], // Jakarta
	IND: [28.6, 77.2], // New Delhi
	IRL: [53.335, -6.2509], // Dublin
	IRN: [35.6739, 51.4224], // Tehran
	IRQ: [33.3406, 44.3919], // Baghdad
	ISL: [64.15, -21.95], // Reykjavik
	ISR: [31.7784, 35.2066], // Jerusalem
	ITA: [41.8979, 12.4813], // Rome
	JAM: [17.9771, -76.7674], // Kingston
	JOR: [31.952, 35.9314], // Amman
	JPN: [35.687, 139.7495], // Tokyo
	KAZ: [51.1811, 71.4278], // Astana
	KEN: [-1.2814, 36.8147], // Nairobi
	KGZ: [42.875, 74.5833], // Bishkek
	KHM: [11.552, 104.9147], // Phnom Penh
	KIR: [1.3382, 173.0176], // Tarawa
	KNA: [17.302, -62.717], // Basseterre
	KOR: [37.5683, 126.9978], // Seoul
	KWT: [29.3717, 47.9764], // Kuwait City
	LAO: [17.9667, 102.6], // Vientiane
	LBN: [33.8739, 35.5078], // Beirut
	LBR: [6.3146, -10.7997], // Monrovia
	LBY: [32.8925, 13.18], // Tripoli
	LCA: [14.002, -61], // Castries
	LIE: [47.1337, 9.5167], // Vaduz
	LKA: [6.932, 79.8578], // Colombo
	LSO: [-29.3167, 27.4833], // Maseru
	LTU: [54.6834, 25.3166], // Vilnius
	LUX: [49.6117, 6.13], // Luxembourg
	LVA: [56.95, 24.1], // Riga
	MAR: [34.0253, -6.8364], // Rabat
	MCO: [43.7396, 7.4069], // Monaco
	MDA: [47.005, 28.8577], // Chisinau
	MDG: [-18.9147, 47.5147], // Antananarivo
	MDV: [4.1667, 73.4999], // Male
	MEX: [19.4444, -99.1329], // Mexico City
	MHL: [7.103, 171.38], // Majuro
	MKD: [42, 21.4335], // Skopje
	MLI: [12.652, -8.002], // Bamako
	MLT: [35.8997, 14.5147], // Valletta
	MMR: [19.7685, 96.1167], // Naypyidaw
	MNE: [42.466, 19.2663], // Podgorica
	MNG: [47.9186, 106.9147], // Ulaanbaatar
	MOZ: [-25.9533, 32.5872], // Maputo
	MRT: [18.0864, -15.9753], // Nouakchott
	MUS: [-20.1666, 57.5], // Port Louis
	MWI: [-13.9833, 33.7833], // Lilongwe
	MYS: [3.1686, 101.698], // Kuala Lumpur
	NAM: [-22.57, 17.0835], // Windhoek
	NER: [13.5187, 2.1147], // Niamey
	NGA: [9.0853, 7.5314], // Abuja
	NIC: [12.155, -86.2704], // Managua
	NLD: [52.3519, 4.9147], // Amsterdam
	NOR: [59.9186, 10.748], // Oslo
	NPL: [27.7186, 85.3147], // Kathmandu
	NZL: [-41.3, 174.7833], // Wellington
	OMN: [23.6133, 58.5933], // Muscat
	PAK: [33.7019, 73.1647], // Islamabad
	PAN: [8.97, -79.535], // Panama City
	PER: [-12.0461, -77.052], // Lima
	PHL: [14.6061, 120.9803], // Manila
	PLW: [7.4874, 134.6265], // Melekeok
	PNG: [-9.4647, 147.1925], // Port Moresby
	POL: [52.2519, 20.9981], // Warsaw
	PRK: [39.0214, 125.7527], // Pyongyang
	PRT: [38.7247, -9.1468], // Lisbon
	PRY: [-25.2945, -57.6435], // Asuncion
	QAT: [25.2866, 51.533], // Doha
	ROU: [44.4353, 26.098], // Bucharest
	RUS: [55.7541, 37.6136], // Moscow
	RWA: [-1.9516, 30.0586], // Kigali
	SAU: [24.6428, 46.7708], // Riyadh
	SDN: [15.59, 32.5322], // Khartoum
	SEN: [14.7178, -17.4751], // Dakar
	SGP: [1.295, 103.8539], // Singapore
	SLB: [-9.438, 159.9498], // Honiara
	SLE: [8.472, -13.2362], // Freetown
	SLV: [13.7119, -89.205], // San Salvador
	SMR: [43.9361, 12.4418], // San Marino
	SOM: [2.0686, 45.3647], // Mogadishu
	SRB: [44.8206, 20.466], // Belgrade
	SSD: [4.83, 31.58], // Juba
	STP: [0.3334, 6.7333], // Sao Tome
	SUR: [5.835, -55.167], // Paramaribo
	SVK: [48.15, 17.117], // Bratislava
	SVN: [46.0553, 14.515], // Ljubljana
	SWE: [59.3527, 18.0954], // Stockholm
	SWZ: [-26.3167, 31.1333], // Mbabane
	SYC: [-4.6166, 55.45], // Victoria
	SYR: [33.502, 36.2981], // Damascus
	TCD: [12.115, 15.0472], // Ndjamena
	TGO: [6.1339, 1.2208], // Lome
	THA: [13.7519, 100.5147], // Bangkok
	TJK: [38.56, 68.7739], // Dushanbe
	TKM: [37.95, 58.3833], // Ashgabat
	TLS: [-8.5594, 125.5795], // Dili
	TON: [-21.1385, -175.2206], // Nukualofa
	TTO: [10.652, -61.517], // Port-of-Spain
	TUN: [36.8028, 10.1797], // Tunis
	TUR: [39.9292, 32.8624], // Ankara
	TUV: [-8.5167, 179.2166], // Funafuti
	TWN: [25.0358, 121.5683], // Taipei
	TZA: [-6.7981, 39.2664], // Dar es Salaam
	UGA: [0.3186, 32.5814], // Kampala
	UKR: [50.4353, 30.5147], // Kyiv
	URY: [-34.8561, -56.173], // Montevideo
	USA: [38.9015, -77.0114], // Washington, D.C.
	UZB: [41.3136, 69.293], // Tashkent
	VAT: [41.9033, 12.4534], // Vatican City
	VCT: [13.1483, -61.2121], // Kingstown
	VEN: [10.5029, -66.919], // Caracas
	VNM: [21.0353, 105.8481], // Hanoi
	VUT: [-17.7334, 168.3166], // Port Vila
	WSM: [-13.8415, -171.7386], // Apia
	XKX: [42.6667, 21.166], // Pristina
	YEM: [15.3567, 44.2046], // Sanaa
	ZAF: [-25.705, 28.2275], // Pretoria
	ZMB: [-15.4147, 28.2814], // Lusaka
	ZWE: [-17.8158, 31.0428] // Harare
};

/**
 * Ids of trade data with no capital of their own → the country whose capital stands for theirs:
 * former states (BACI's table), and BACI's 490 "Other Asia, nes", which is Taiwan's trade.
 */
export const CAPITAL_ALIASES: Readonly<Record<string, string>> = {
	CSK: 'CZE', // Czechoslovakia: Prague
	DDR: 'DEU', // German Democratic Republic: (East) Berlin
	SUN: 'RUS', // USSR: Moscow
	SCG: 'SRB', // Serbia and Montenegro: Belgrade
	'490': 'TWN' // BACI "Other Asia, nes": Taipei
};

/** The capital of a country id (ISO3, any case), or undefined when the table has none. */
export function capitalOf(id: string): LatLon | undefined {
	const upper = id.trim().toUpperCase();
	const iso3 = Object.hasOwn(CAPITAL_ALIASES, upper) ? CAPITAL_ALIASES[upper] : upper;
	return Object.hasOwn(CAPITALS, iso3) ? CAPITALS[iso3] : undefined;
}
