/**
 * A BACI world file (header `t,i,j,k,v,q`) whose set of keys is fixed while its size is a
 * parameter: one year, a fixed universe of (i, j, k) flows — the reporter's and others' — and
 * rows that cycle through that universe, sorted by i, j, k in each cycle, with fresh v and q each
 * time, until the file reaches the wanted size. A 100 MB and a 1 GB file of the same options hold
 * exactly the same (t, i, j, k) combinations, so the same keys for every reporter: what the flat-
 * cost bench (bench/flat-cost.ts) needs to show that memory follows keys, not bytes.
 *
 * CLI: `tsx bench/fixed-keys.ts <out.csv> [--bytes 100000000] [--seed 1]`
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BACI_COUNTRIES } from '../src/lib/engine/codes/baci-countries';
import { countryIdOfNumericCode, isAggregatePartner } from '../src/lib/engine/codes/countries';
import { createRandom } from './prng';
import { endStream, writeLines } from './write-lines';

/** What to generate. */
export interface FixedKeysOptions {
	/** Size to reach in bytes: rows are written until the file has at least this many (and one full cycle). */
	bytes: number;
	seed: number;
	/** BACI code of the reporter whose keys are counted (76, Brazil). */
	reporter: number;
	year: number;
	/** Distinct (partner, product) pairs of the reporter: its keys (each an export, an import or both). */
	reporterKeys: number;
	/** Flows between two other countries: rows every reporter-bound read skips. */
	otherFlows: number;
}

/** 100 MB, 500 000 keys of Brazil in 2022 (as many as the 1 GB world file has) and 500 000 other flows. */
export const DEFAULT_FIXED_KEYS: FixedKeysOptions = {
	bytes: 100e6,
	seed: 1,
	reporter: 76,
	year: 2022,
	reporterKeys: 500_000,
	otherFlows: 500_000
};

const PRODUCT_COUNT = 5000;
/** Prime, so prime to 5000: k ↦ k·STRIDE mod 5000 visits every product once. */
const STRIDE = 7919;
/** Packs (i, j, k) into one exactly representable number that sorts as i, j, k (codes < 1000, k < 10^6). */
const packFlow = (i: number, j: number, k: number) => (i * 1000 + j) * 1e6 + k;

/** HS6 codes (as BACI integers) over chapters 01–97 but 77: headings 01–53 of each, subheading 10. */
function productCodes(): Int32Array {
	const codes: number[] = [];
	for (let chapter = 1; chapter <= 97; chapter++)
		for (let heading = 1; heading <= 53 && chapter !== 77; heading++)
			codes.push(chapter * 10_000 + heading * 100 + 10);
	return Int32Array.from(codes.slice(0, PRODUCT_COUNT));
}

/** Country codes of one id each (56/58 BEL would fold two partners into one key), neither aggregates nor the reporter. */
function partnerCodes(reporter: number): number[] {
	const byId = new Map<string, number>();
	for (const [code] of BACI_COUNTRIES) {
		const id = countryIdOfNumericCode(code);
		if (code !== reporter && isAggregatePartner(code) === null && !byId.has(id)) byId.set(id, code);
	}
	return [...byId.values()];
}

/** The fixed universe of flows, packed by `packFlow` and sorted (BACI's order). */
export function fixedFlowUniverse(options: FixedKeysOptions): Float64Array {
	const { seed, reporter, reporterKeys, otherFlows } = options;
	const products = productCodes();
	const partners = partnerCodes(reporter);
	const p = partners.length;
	if (!Number.isInteger(reporterKeys) || reporterKeys < 1 || reporterKeys > p * products.length)
		throw new Error(`reporterKeys must be an integer in [1, ${p * products.length}]`);
	if (!Number.isInteger(otherFlows) || otherFlows < 0 || otherFlows > p * (p - 1) * products.length)
		throw new Error(`otherFlows must be an integer in [0, ${p * (p - 1) * products.length}]`);
	const flows: number[] = [];
	const direction = createRandom(seed, 'direction');
	for (let q = 0; q < reporterKeys; q++) {
		// Key q: partner q mod p; the n-th key of a partner takes a product no other n gives it.
		const partner = partners[q % p];
		const product = products[(Math.floor(q / p) * STRIDE + (q % p)) % products.length];
		const u = direction.next(); // half two-way, a quarter exports only, a quarter imports only
		if (u < 0.75) flows.push(packFlow(reporter, partner, product));
		if (u < 0.5 || u >= 0.75) flows.push(packFlow(partner, reporter, product));
	}
	for (let o = 0; o < otherFlows; o++) {
		// o mod p(p − 1) picks the ordered pair (i ≠ j); the quotient a product distinct within it.
		const i = o % p;
		const j = (i + 1 + (Math.floor(o / p) % (p - 1))) % p;
		const n = Math.floor(o / (p * (p - 1)));
		flows.push(
			packFlow(partners[i], partners[j], products[(n * STRIDE + i + j) % products.length])
		);
	}
	return Float64Array.from(flows).sort();
}

/** The file line by line (header first, no line breaks): the universe again and again until `bytes`. */
export function* fixedKeyLines(options: FixedKeysOptions): Generator<string> {
	const universe = fixedFlowUniverse(options);
	const random = createRandom(options.seed, 'rows');
	const header = 't,i,j,k,v,q';
	let written = header.length + 1;
	yield header;
	for (let cycle = 0; cycle === 0 || written < options.bytes; cycle++) {
		for (let f = 0; f < universe.length && (cycle === 0 || written < options.bytes); f++) {
			const packed = universe[f];
			const k = packed % 1e6;
			const pair = (packed - k) / 1e6;
			const value = Math.max(0.001, random.logNormal(3, 2));
			const u = random.next();
			// ~1% of quantities missing, as NA or blank like recent BACI releases.
			const quantity =
				u < 0.006 ? 'NA' : u < 0.01 ? '' : (value / random.logNormal(0.5, 1.5)).toFixed(3);
			const line = `${options.year},${Math.floor(pair / 1000)},${pair % 1000},${k},${value.toFixed(3)},${quantity}`;
			written += line.length + 1; // ASCII: one byte per character
			yield line;
		}
	}
}

/** Writes a fixed-keys file to `path`, streamed; returns its size in bytes and its data rows. */
export async function generateFixedKeysFile(
	path: string,
	options: Partial<FixedKeysOptions>
): Promise<{ bytes: number; rows: number }> {
	const out = createWriteStream(path);
	let lines = 0;
	const counted = function* (source: Iterable<string>) {
		for (const line of source) {
			lines++;
			yield line;
		}
	};
	await writeLines(counted(fixedKeyLines({ ...DEFAULT_FIXED_KEYS, ...options })), out);
	await endStream(out);
	return { bytes: out.bytesWritten, rows: lines - 1 };
}

async function main(argv: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { bytes: { type: 'string' }, seed: { type: 'string' } }
	});
	const path = positionals[0];
	if (!path)
		throw new Error('usage: tsx bench/fixed-keys.ts <out.csv> [--bytes 100000000] [--seed 1]');
	const bytes = Number(values.bytes ?? DEFAULT_FIXED_KEYS.bytes);
	const seed = Number(values.seed ?? DEFAULT_FIXED_KEYS.seed);
	const started = performance.now();
	const written = await generateFixedKeysFile(path, { bytes, seed });
	const seconds = (performance.now() - started) / 1000;
	console.log(
		`wrote ${path}: ${written.rows} rows, ${(written.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
