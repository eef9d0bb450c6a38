/**
 * `tsx scripts/samples/make-demo.ts <outDir>` writes `<outDir>/demo-baci.csv`: synthetic demo data
 * in BACI format (Brazil, 2015–2022), the same bytes on every run and every machine
 * (seeded PRNG, no dates, numbers through toFixed only), and the consortium sample
 * (a Comex Stat drop, scripts/samples/make-comex-sample.ts) next to it.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { comexSampleFiles } from './make-comex-sample';
import { DEMO_PRODUCTS } from './demo-products';
import {
	DEMO_PARTNERS,
	DEMO_REPORTER,
	THIRD_COUNTRY_PAIRS,
	DEMO_YEARS,
	YEAR_LEVEL,
	sectorProfileOf,
	type DemoPartner,
	type SectorProfile
} from './demo-world';
import { createRandom, type Random } from '../../bench/prng';
import { endStream, writeLines } from '../../bench/write-lines';

/** Name of the demo file inside the output directory. */
export const DEMO_FILE_NAME = 'demo-baci.csv';

const SEED = 20_150_076;

/** How one partner–product relationship trades, chosen once for all years. */
type Pattern = OneWayPattern | TwoWayPattern;
type OneWayPattern = 'exportOnly' | 'importOnly' | 'exportLopsided' | 'importLopsided';
type TwoWayPattern =
	'horizontal' | 'superior' | 'inferior' | 'mildSuperior' | 'mildInferior' | 'noQuantity';

/**
 * R = UVx / UVm drawn inside these bands, with margin for rounding to 3 decimals:
 * horizontal at every α (0.87–1.15), vertical at both 15% and 25% (> 1.25, < 0.75),
 * and "mild" keys that are vertical at 15% but horizontal at 25% (GHM).
 */
const R_BANDS: Record<TwoWayPattern, readonly [number, number]> = {
	horizontal: [0.93, 1.07],
	superior: [1.4, 3],
	inferior: [0.3, 0.68],
	mildSuperior: [1.17, 1.23],
	mildInferior: [0.78, 0.83],
	noQuantity: [0.5, 2]
};

/** Every pattern, forced onto a few products of the BACI-variant partners so each class appears there. */
const ENSURED_PATTERNS: readonly Pattern[] = [
	'exportOnly',
	'importOnly',
	'exportLopsided',
	'importLopsided',
	'horizontal',
	'superior',
	'inferior',
	'mildSuperior',
	'mildInferior',
	'noQuantity'
];
const ENSURED_PARTNERS: readonly number[] = [842, 251, 699, 757];

interface Relationship {
	partner: DemoPartner;
	product: string;
	profile: SectorProfile;
	pattern: Pattern;
	/** Median yearly value of the larger flow, thousand USD. */
	value: number;
	/** X / M for two-way patterns. */
	balance: number;
	/** Base R for two-way patterns. */
	ratio: number;
	/** Import unit value, thousand USD per ton. */
	unitValue: number;
	firstYear: number;
	/** Forced relationships trade every year. */
	ensured: boolean;
}

interface DemoRow {
	exporter: number;
	importer: number;
	product: string;
	value: number;
	/** Formatted quantity: tons with 3 decimals, `NA` or blank. */
	quantity: string;
}

/** Relationship pattern weights: Brazil's export lean by sector and who sells dearer by sector × partner. */
function patternWeights(profile: SectorProfile, partner: DemoPartner): Record<Pattern, number> {
	const oneWay = 1 - profile.twoWay;
	const exportShare = (1 + profile.exportLean) / 2;
	const tilt =
		profile.tilt === 'dearer' && partner.group !== 'latam'
			? 'up'
			: profile.tilt === 'cheaper' && partner.group === 'oecd'
				? 'down'
				: profile.tilt === 'cheaper' && partner.group === 'latam'
					? 'up' // Brazil's manufactures sell dearer to its neighbours than what it buys from them
					: 'flat';
	const q = {
		up: [0.2, 0.42, 0.12, 0.12, 0.06, 0.08],
		down: [0.2, 0.12, 0.42, 0.06, 0.12, 0.08],
		flat: [0.3, 0.2, 0.22, 0.1, 0.1, 0.08]
	}[tilt];
	return {
		exportOnly: oneWay * exportShare * 0.8,
		exportLopsided: oneWay * exportShare * 0.2,
		importOnly: oneWay * (1 - exportShare) * 0.8,
		importLopsided: oneWay * (1 - exportShare) * 0.2,
		horizontal: profile.twoWay * q[0],
		superior: profile.twoWay * q[1],
		inferior: profile.twoWay * q[2],
		mildSuperior: profile.twoWay * q[3],
		mildInferior: profile.twoWay * q[4],
		noQuantity: profile.twoWay * q[5]
	};
}

function isTwoWay(pattern: Pattern): pattern is TwoWayPattern {
	return pattern in R_BANDS;
}

function makeRelationship(partner: DemoPartner, product: string, forced?: Pattern): Relationship {
	const random = createRandom(SEED, 'relationship', partner.code, product);
	const profile = sectorProfileOf(product);
	const pattern = forced ?? random.weighted(patternWeights(profile, partner));
	const band = isTwoWay(pattern) ? R_BANDS[pattern] : ([1, 1] as const);
	// Each product has its own price level, shared by every partner.
	const productLevel = createRandom(SEED, 'product', product);
	return {
		partner,
		product,
		profile,
		pattern,
		value: 60_000 * partner.size * productLevel.logNormal(0, 1) * random.logNormal(0, 1.2),
		balance: forced ? random.logUniform(0.5, 2) : random.logUniform(0.25, 4),
		ratio: random.logUniform(band[0], band[1]),
		unitValue: profile.unitValue * productLevel.logNormal(0, 0.5) * random.logNormal(0, 0.15),
		firstYear: forced || random.chance(0.85) ? DEMO_YEARS[0] : random.pick(DEMO_YEARS.slice(1, -1)),
		ensured: forced !== undefined
	};
}

/** Every Brazil–partner relationship: bigger partners trade more products; a few forced patterns first. */
function demoRelationships(): Relationship[] {
	const relationships: Relationship[] = [];
	DEMO_PARTNERS.forEach((partner, partnerIndex) => {
		const forced = new Map<string, Pattern>();
		if (ENSURED_PARTNERS.includes(partner.code)) {
			ENSURED_PATTERNS.forEach((pattern, i) => {
				// Spread over the list (31 is coprime with its length) so classes land in many sectors.
				const index = (i * 31 + partnerIndex * 7) % DEMO_PRODUCTS.length;
				forced.set(DEMO_PRODUCTS[index], pattern);
			});
		}
		const coverage = 0.06 + 0.6 * Math.sqrt(partner.size);
		const pick = createRandom(SEED, 'coverage', partner.code);
		for (const product of DEMO_PRODUCTS) {
			const included = pick.chance(coverage); // drawn for every product: stable streams
			if (forced.has(product))
				relationships.push(makeRelationship(partner, product, forced.get(product)));
			else if (included) relationships.push(makeRelationship(partner, product));
		}
	});
	return relationships;
}

/** Tons with 3 decimals, at least 0.001 so a tiny flow never reads as a zero quantity. */
function tons(value: number, unitValue: number): string {
	return Math.max(value / unitValue, 0.001).toFixed(3);
}

function formatQuantity(value: number, unitValue: number, random: Random): string {
	if (random.chance(0.012)) return random.chance(0.6) ? 'NA' : ''; // BACI leaves ~1% of quantities out
	return tons(value, unitValue);
}

/** The rows of one relationship in one year: an export row, an import row, or both. */
function relationshipRows(rel: Relationship, year: number): DemoRow[] {
	const random = createRandom(SEED, 'flow', rel.partner.code, rel.product, year);
	if (year < rel.firstYear || (!rel.ensured && random.chance(0.08))) return [];
	const growth = Math.pow(1 + rel.partner.growth, year - DEMO_YEARS[0]);
	const major = Math.max(rel.value * YEAR_LEVEL[year] * growth * random.logNormal(0, 0.15), 0.5);
	const flow = (isExport: boolean, value: number, quantity: string): DemoRow => ({
		exporter: isExport ? DEMO_REPORTER : rel.partner.code,
		importer: isExport ? rel.partner.code : DEMO_REPORTER,
		product: rel.product,
		value,
		quantity
	});
	// One-way flows: each side has its own unit value, R does not matter to their class.
	const oneWay = (isExport: boolean, value: number) =>
		flow(isExport, value, formatQuantity(value, rel.unitValue * random.logNormal(0, 0.35), random));
	const minor = Math.max(major * random.logUniform(0.01, 0.07), 0.5); // min/max ≤ 10%: one-way in FF
	switch (rel.pattern) {
		case 'exportOnly':
			return [oneWay(true, major)];
		case 'importOnly':
			return [oneWay(false, major)];
		case 'exportLopsided':
			return [oneWay(true, major), oneWay(false, minor)];
		case 'importLopsided':
			return [oneWay(true, minor), oneWay(false, major)];
	}
	const [lo, hi] = R_BANDS[rel.pattern];
	const ratio = Math.min(Math.max(rel.ratio * random.logNormal(0, 0.03), lo), hi);
	const exports = major * Math.sqrt(rel.balance) * random.logNormal(0, 0.1);
	const imports = major / Math.sqrt(rel.balance);
	const uvM = rel.unitValue * random.logNormal(0, 0.05);
	if (rel.pattern === 'noQuantity') {
		// One side never reports a quantity: the key's overlap stays unclassified every year.
		return [
			flow(true, exports, year % 2 === 0 ? 'NA' : ''),
			flow(false, imports, tons(imports, uvM))
		];
	}
	return [
		flow(true, exports, formatQuantity(exports, uvM * ratio, random)),
		flow(false, imports, formatQuantity(imports, uvM, random))
	];
}

/** Rows between third countries and rows with BACI's non-HS product `9999AA`, for the ledger's drops. */
function droppedRows(year: number): DemoRow[] {
	const random = createRandom(SEED, 'dropped', year);
	const rows: DemoRow[] = [];
	for (const [exporter, importer] of THIRD_COUNTRY_PAIRS) {
		for (const product of DEMO_PRODUCTS) {
			if (!random.chance(0.05)) continue;
			const value = random.logNormal(8, 1.5);
			const unitValue = sectorProfileOf(product).unitValue * random.logNormal(0, 0.5);
			rows.push({
				exporter,
				importer,
				product,
				value,
				quantity: formatQuantity(value, unitValue, random)
			});
		}
	}
	for (const [exporter, importer] of [
		[DEMO_REPORTER, 842],
		[156, DEMO_REPORTER],
		[276, 251]
	]) {
		const value = random.logNormal(6, 1);
		rows.push({ exporter, importer, product: '9999AA', value, quantity: (value / 5).toFixed(3) });
	}
	return rows;
}

/** BACI writes k as a number (`10121` for HS `010121`); non-numeric codes such as `9999AA` as they are. */
function baciProduct(product: string): string {
	return /^\d+$/.test(product) ? String(Number(product)) : product;
}

/** Code order without locale rules: codes are 6 characters, so this is BACI's numeric order. */
function byCode(a: DemoRow, b: DemoRow): number {
	return a.product < b.product ? -1 : a.product > b.product ? 1 : 0;
}

/** The demo file line by line (header first, no line breaks), sorted by t, i, j, k as BACI is. */
export function* demoLines(): Generator<string> {
	yield 't,i,j,k,v,q';
	const relationships = demoRelationships();
	for (const year of DEMO_YEARS) {
		const rows = relationships.flatMap((rel) => relationshipRows(rel, year));
		rows.push(...droppedRows(year));
		rows.sort((a, b) => a.exporter - b.exporter || a.importer - b.importer || byCode(a, b));
		for (const row of rows) {
			yield `${year},${row.exporter},${row.importer},${baciProduct(row.product)},${row.value.toFixed(3)},${row.quantity}`;
		}
	}
}

/** Writes the demo file to a stream (does not end it). */
export async function writeDemo(out: Writable): Promise<void> {
	await writeLines(demoLines(), out, 1 << 16);
}

/** Writes every bundled sample (the demo and the consortium's Comex Stat files) into `outDir`. */
export async function writeSamples(
	outDir: string,
	log: (line: string) => void = () => {}
): Promise<void> {
	await mkdir(outDir, { recursive: true });
	const path = join(outDir, DEMO_FILE_NAME);
	const out = createWriteStream(path);
	await writeDemo(out);
	await endStream(out);
	log(`wrote ${path} (${out.bytesWritten} bytes)`);
	for (const file of comexSampleFiles()) {
		const samplePath = join(outDir, file.name);
		await writeFile(samplePath, file.bytes);
		log(`wrote ${samplePath} (${file.bytes.length} bytes)`);
	}
}

async function main(argv: string[]): Promise<void> {
	const outDir = argv[0];
	if (!outDir) throw new Error('usage: tsx scripts/samples/make-demo.ts <outDir>');
	await writeSamples(outDir, (line) => console.log(line));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
