/**
 * The consortium sample: a small synthetic Comex Stat drop (EXP_/IMP_ files for 2021–2022 and
 * PAIS.csv) in the real layout (`;`, quoted codes, CRLF, windows-1252), rich in leather and
 * footwear (chapters 41–43, 64) so that a consortium basket shows something. The same bytes on
 * every run (seeded PRNG, integers only).
 */
import { createRandom } from '../../bench/prng';

/** Years of the consortium sample, one EXP_ and one IMP_ file each. */
export const COMEX_SAMPLE_YEARS: readonly number[] = [2021, 2022];

const SEED = 20_220_064;

/** How one partner–product relationship trades in the sample. */
type Pattern = 'superior' | 'inferior' | 'horizontal' | 'exportOnly' | 'importOnly';

/** R = UVx / UVm bands: vertical at α = 25% (> 1.25, < 0.75) with margin, horizontal at α = 15%. */
const R_BANDS: Record<'superior' | 'inferior' | 'horizontal', readonly [number, number]> = {
	superior: [1.45, 2.6],
	inferior: [0.38, 0.66],
	horizontal: [0.94, 1.06]
};

/** A Comex Stat partner: its CO_PAIS, ISO codes and names (pt, en, es) and where it buys up-market. */
interface SamplePartner {
	coPais: string;
	isoN3: string;
	isoA3: string;
	names: readonly [string, string, string];
	/** Relative size of its trade with Brazil. */
	size: number;
	/** Rich markets buy Brazil's footwear and leather dearer; neighbours and Asia cheaper. */
	market: 'premium' | 'price';
}

/** Partners with their real Comex Stat codes; accents test the windows-1252 decoding. */
const PARTNERS: readonly SamplePartner[] = [
	{ coPais: '249', isoN3: '840', isoA3: 'USA', names: ['Estados Unidos', 'United States', 'Estados Unidos'], size: 1, market: 'premium' }, // prettier-ignore
	{ coPais: '023', isoN3: '276', isoA3: 'DEU', names: ['Alemanha', 'Germany', 'Alemania'], size: 0.5, market: 'premium' }, // prettier-ignore
	{ coPais: '275', isoN3: '250', isoA3: 'FRA', names: ['França', 'France', 'Francia'], size: 0.4, market: 'premium' }, // prettier-ignore
	{ coPais: '386', isoN3: '380', isoA3: 'ITA', names: ['Itália', 'Italy', 'Italia'], size: 0.45, market: 'premium' }, // prettier-ignore
	{ coPais: '245', isoN3: '724', isoA3: 'ESP', names: ['Espanha', 'Spain', 'España'], size: 0.3, market: 'premium' }, // prettier-ignore
	{ coPais: '628', isoN3: '826', isoA3: 'GBR', names: ['Reino Unido', 'United Kingdom', 'Reino Unido'], size: 0.3, market: 'premium' }, // prettier-ignore
	{ coPais: '607', isoN3: '620', isoA3: 'PRT', names: ['Portugal', 'Portugal', 'Portugal'], size: 0.2, market: 'premium' }, // prettier-ignore
	{ coPais: '063', isoN3: '032', isoA3: 'ARG', names: ['Argentina', 'Argentina', 'Argentina'], size: 0.7, market: 'price' }, // prettier-ignore
	{ coPais: '586', isoN3: '600', isoA3: 'PRY', names: ['Paraguai', 'Paraguay', 'Paraguay'], size: 0.3, market: 'price' }, // prettier-ignore
	{ coPais: '845', isoN3: '858', isoA3: 'URY', names: ['Uruguai', 'Uruguay', 'Uruguay'], size: 0.25, market: 'price' }, // prettier-ignore
	{ coPais: '158', isoN3: '152', isoA3: 'CHL', names: ['Chile', 'Chile', 'Chile'], size: 0.3, market: 'price' }, // prettier-ignore
	{ coPais: '493', isoN3: '484', isoA3: 'MEX', names: ['México', 'Mexico', 'México'], size: 0.35, market: 'price' }, // prettier-ignore
	{ coPais: '160', isoN3: '156', isoA3: 'CHN', names: ['China', 'China', 'China'], size: 0.9, market: 'price' }, // prettier-ignore
	{ coPais: '361', isoN3: '356', isoA3: 'IND', names: ['Índia', 'India', 'India'], size: 0.25, market: 'price' } // prettier-ignore
];

/** PAIS.csv rows that are not partners: Brazil itself and the aggregates the reader drops. */
const OTHER_COUNTRIES: readonly (readonly string[])[] = [
	['000', '898', 'ZZZ', 'Não Definido', 'Not defined', 'No definido'],
	['105', '076', 'BRA', 'Brasil', 'Brazil', 'Brasil'],
	['995', '898', 'ZZZ', 'Provisão de Navios e Aeronaves', 'Ship and aircraft stores', 'Provisión de Navíos y Aeronaves'], // prettier-ignore
	['998', '', '', 'Países não declarados', 'Countries not declared', 'Países no declarados']
];

/** A product of the sample: 8-digit NCM, statistical unit, unit value in USD per kg. */
interface SampleProduct {
	ncm: string;
	/** CO_UNID: 10 net kg, 11 units (pairs of shoes, bags). */
	unit: '10' | '11';
	usdPerKg: number;
	/** Kilograms per statistical unit when the unit is not kg. */
	kgPerUnit: number;
	/** The consortium's goods trade both ways often; the rest of Brazil's trade rarely does. */
	consortium: boolean;
}

/** Leather (41), leather goods (42), furs (43) and footwear (64), plus a few goods outside any basket. */
const PRODUCTS: readonly SampleProduct[] = [
	{ ncm: '41041141', unit: '10', usdPerKg: 6, kgPerUnit: 1, consortium: true },
	{ ncm: '41071220', unit: '10', usdPerKg: 14, kgPerUnit: 1, consortium: true },
	{ ncm: '41079210', unit: '10', usdPerKg: 12, kgPerUnit: 1, consortium: true },
	{ ncm: '41133000', unit: '10', usdPerKg: 18, kgPerUnit: 1, consortium: true },
	{ ncm: '42022210', unit: '11', usdPerKg: 45, kgPerUnit: 0.6, consortium: true },
	{ ncm: '42023100', unit: '11', usdPerKg: 60, kgPerUnit: 0.2, consortium: true },
	{ ncm: '42031000', unit: '11', usdPerKg: 55, kgPerUnit: 1.2, consortium: true },
	{ ncm: '43023000', unit: '10', usdPerKg: 90, kgPerUnit: 1, consortium: true },
	{ ncm: '64029990', unit: '11', usdPerKg: 18, kgPerUnit: 0.7, consortium: true },
	{ ncm: '64035990', unit: '11', usdPerKg: 40, kgPerUnit: 0.9, consortium: true },
	{ ncm: '64039990', unit: '11', usdPerKg: 32, kgPerUnit: 0.9, consortium: true },
	{ ncm: '64041900', unit: '11', usdPerKg: 22, kgPerUnit: 0.6, consortium: true },
	{ ncm: '64042000', unit: '11', usdPerKg: 28, kgPerUnit: 0.6, consortium: true },
	{ ncm: '64069020', unit: '10', usdPerKg: 9, kgPerUnit: 1, consortium: true },
	{ ncm: '09011110', unit: '10', usdPerKg: 4, kgPerUnit: 1, consortium: false },
	{ ncm: '12019000', unit: '10', usdPerKg: 0.5, kgPerUnit: 1, consortium: false },
	{ ncm: '84713012', unit: '11', usdPerKg: 250, kgPerUnit: 2, consortium: false },
	{ ncm: '87032310', unit: '11', usdPerKg: 15, kgPerUnit: 1300, consortium: false }
];

/** Footwear and leather states of Brazil, with the customs office each ships through. */
const STATES: readonly (readonly [uf: string, via: string, urf: string])[] = [
	['RS', '01', '1017700'],
	['SP', '01', '0817800'],
	['CE', '01', '0317900'],
	['SC', '01', '0927800'],
	['MG', '04', '0817600']
];

/** One relationship's yearly totals, before they are split into monthly rows. */
interface YearFlows {
	exportsUsd: number;
	importsUsd: number;
	exportUsdPerKg: number;
	importUsdPerKg: number;
}

function patternOf(partner: SamplePartner, product: SampleProduct): Pattern {
	const random = createRandom(SEED, 'pattern', partner.coPais, product.ncm);
	if (!product.consortium) return random.pick(['exportOnly', 'importOnly', 'horizontal'] as const);
	const up = partner.market === 'premium';
	return random.weighted({
		superior: up ? 0.6 : 0.12,
		inferior: up ? 0.12 : 0.55,
		horizontal: 0.16,
		exportOnly: up ? 0.1 : 0.08,
		importOnly: up ? 0.02 : 0.1
	});
}

function yearFlows(partner: SamplePartner, product: SampleProduct, year: number): YearFlows {
	const pattern = patternOf(partner, product);
	const random = createRandom(SEED, 'year', partner.coPais, product.ncm, year);
	const base = 400_000 * partner.size * random.logNormal(0, 0.6);
	const importUsdPerKg = product.usdPerKg * random.logNormal(0, 0.1);
	const oneWay = { exportUsdPerKg: importUsdPerKg, importUsdPerKg };
	if (pattern === 'exportOnly') return { exportsUsd: base, importsUsd: 0, ...oneWay };
	if (pattern === 'importOnly') return { exportsUsd: 0, importsUsd: base, ...oneWay };
	const [lo, hi] = R_BANDS[pattern];
	const balance = random.logUniform(0.5, 2); // X / M: both sides large, two-way under FF too
	return {
		exportsUsd: base * Math.sqrt(balance),
		importsUsd: base / Math.sqrt(balance),
		exportUsdPerKg: importUsdPerKg * random.uniform(lo, hi),
		importUsdPerKg
	};
}

/** A quoted Comex Stat code field. */
const quoted = (text: string): string => `"${text}"`;

/**
 * One flow's monthly rows: the year's value split over 2–4 months and states. Rounding each row
 * to whole dollars and kilograms keeps R inside its band (every row is far above 1 000 USD).
 */
function monthlyRows(
	product: SampleProduct,
	partner: SamplePartner,
	year: number,
	usd: number,
	usdPerKg: number,
	isImport: boolean
): string[] {
	const random = createRandom(SEED, 'rows', partner.coPais, product.ncm, year, String(isImport));
	const months = 2 + random.int(3);
	const rows: string[] = [];
	for (let i = 0; i < months; i++) {
		const month = String(1 + ((i * 4 + random.int(4)) % 12)).padStart(2, '0');
		const [uf, via, urf] = random.pick(STATES);
		const value = Math.round(usd / months);
		const kg = Math.max(1, Math.round(value / usdPerKg));
		const statistical =
			product.unit === '10' ? kg : Math.max(1, Math.round(kg / product.kgPerUnit));
		const fields = [
			quoted(String(year)),
			quoted(month),
			quoted(product.ncm),
			quoted(product.unit),
			quoted(partner.coPais),
			quoted(uf),
			quoted(via),
			quoted(urf),
			String(statistical),
			String(kg),
			String(value)
		];
		// IMP_ files add freight and insurance; VL_FOB stays FOB, so they never change R.
		if (isImport) fields.push(String(Math.round(value * 0.06)), String(Math.round(value * 0.004)));
		rows.push(fields.join(';'));
	}
	return rows;
}

const EXP_HEADER = [
	'CO_ANO',
	'CO_MES',
	'CO_NCM',
	'CO_UNID',
	'CO_PAIS',
	'SG_UF_NCM',
	'CO_VIA',
	'CO_URF',
	'QT_ESTAT',
	'KG_LIQUIDO',
	'VL_FOB'
];
const IMP_HEADER = [...EXP_HEADER, 'VL_FRETE', 'VL_SEGURO'];

/** The lines of `EXP_<year>.csv` or `IMP_<year>.csv`, header first. */
export function comexFlowLines(year: number, isImport: boolean): string[] {
	const header = (isImport ? IMP_HEADER : EXP_HEADER).map(quoted).join(';');
	const lines = [header];
	for (const product of PRODUCTS) {
		for (const partner of PARTNERS) {
			const flows = yearFlows(partner, product, year);
			const usd = isImport ? flows.importsUsd : flows.exportsUsd;
			if (usd <= 0) continue;
			const usdPerKg = isImport ? flows.importUsdPerKg : flows.exportUsdPerKg;
			lines.push(...monthlyRows(product, partner, year, usd, usdPerKg, isImport));
		}
	}
	return lines;
}

/** The lines of `PAIS.csv`: every partner of the sample plus Brazil and the aggregates. */
export function paisLines(): string[] {
	const header = [
		'CO_PAIS',
		'CO_PAIS_ISON3',
		'CO_PAIS_ISOA3',
		'NO_PAIS',
		'NO_PAIS_ING',
		'NO_PAIS_ESP'
	];
	const rows = [
		...OTHER_COUNTRIES,
		...PARTNERS.map((p) => [p.coPais, p.isoN3, p.isoA3, ...p.names])
	].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return [header, ...rows].map((fields) => fields.map(quoted).join(';'));
}

/** windows-1252 bytes of text within Latin-1 (the two agree there); fails on anything else. */
export function windows1252(text: string): Uint8Array<ArrayBuffer> {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// 0x80–0x9F are different characters in windows-1252: keep the sample clear of them.
		if (code > 0xff || (code >= 0x80 && code < 0xa0))
			throw new Error(`not encodable: U+${code.toString(16)}`);
	}
	return Uint8Array.from(Buffer.from(text, 'latin1'));
}

/** Every file of the consortium sample, as Comex Stat writes them (CRLF, windows-1252). */
export function comexSampleFiles(): { name: string; bytes: Uint8Array<ArrayBuffer> }[] {
	const file = (name: string, lines: string[]) => ({
		name,
		bytes: windows1252(lines.join('\r\n') + '\r\n')
	});
	return [
		...COMEX_SAMPLE_YEARS.flatMap((year) => [
			file(`EXP_${year}.csv`, comexFlowLines(year, false)),
			file(`IMP_${year}.csv`, comexFlowLines(year, true))
		]),
		file('PAIS.csv', paisLines())
	];
}
