/**
 * A synthetic BACI world file for benchmarks (header `t,i,j,k,v,q`): ~225 countries,
 * ~5000 HS6 products, heavy-tailed country sizes, each exporter–importer pair trading a
 * saturating number of distinct products, ~1/40 of rows involving the reporter and ~1%
 * of quantities missing. Streamed in ~1 MB chunks; 3 M rows ≈ 100 MB.
 *
 * CLI: `tsx bench/generate-baci.ts <out.csv> [--rows 3000000] [--seed 1]`
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, type Random } from './prng';
import { endStream, writeLines } from './write-lines';

/** What to generate. */
export interface WorldOptions {
	/** Exact number of data rows (header not counted). */
	rows: number;
	seed: number;
	/** BACI code of the country whose rows make up ~1/40 of the file (76, Brazil). */
	reporter: number;
	/** Rows are split evenly over these years. */
	years: number[];
}

/** Defaults of the CLI and of the benchmark. */
export const DEFAULT_WORLD: WorldOptions = {
	rows: 3_000_000,
	seed: 1,
	reporter: 76,
	years: [2022]
};

/** Countries in the order of their trade, largest first (BACI codes; historical codes left out). */
const LARGEST_TRADERS = [
	156, 842, 276, 528, 392, 251, 410, 381, 826, 344, 490, 484, 124, 56, 699, 702, 724, 757, 643, 784,
	458, 764, 36, 616, 704, 360, 203, 792, 752, 40
];
/** The other BACI V202201 codes, in numeric order. */
const OTHER_COUNTRIES =
	`4 8 12 16 20 24 28 31 32 44 48 50 51 52 60 64 68 70 72 76 84 86 90 92 96 100
104 108 112 116 120 132 136 140 144 148 152 162 166 170 174 175 178 180 184 188 191 192 196 204 208
212 214 218 222 226 231 232 233 238 242 246 258 260 262 266 268 270 275 288 292 296 300 304 308 316
320 324 328 332 340 348 352 364 368 372 376 384 388 398 400 404 408 414 417 418 422 426 428 430 434
440 442 446 450 454 462 466 470 478 480 496 498 499 500 504 508 512 516 520 524 531 533 534 535 540
548 554 558 562 566 570 574 579 580 583 584 585 586 591 598 600 604 608 612 620 624 626 634 642 646
652 654 659 660 662 666 670 674 678 682 686 688 690 694 697 703 705 706 710 711 716 728 729 740 748
760 762 768 772 776 780 788 795 796 798 800 804 807 818 834 849 854 858 860 862 876 882 887 894`
		.split(/\s+/)
		.map(Number);

/** Six-digit codes per HS 2022 chapter ("chapter:count"), to give the products a real chapter mix. */
const CODES_PER_CHAPTER = `1:34 2:66 3:225 4:33 5:15 6:16 7:73 8:70 9:39 10:26 11:27 12:50 13:11 14:5
15:53 16:42 17:17 18:11 19:19 20:52 21:16 22:24 23:23 24:16 25:67 26:37 27:43 28:180 29:410 30:45
31:24 32:45 33:29 34:24 35:15 36:13 37:30 38:108 39:131 40:80 41:37 42:20 43:12 44:128 45:7 46:11
47:21 48:101 49:18 50:9 51:38 52:124 53:23 54:72 55:110 56:30 57:24 58:37 59:24 60:44 61:106 62:104
63:52 64:25 65:8 66:6 67:8 68:50 69:30 70:71 71:55 72:167 73:124 74:49 75:17 76:35 78:8 79:9 80:5
81:56 82:64 83:36 84:538 85:296 86:23 87:98 88:26 89:25 90:143 91:48 92:17 93:18 94:54 95:39 96:49
97:19`;
const PRODUCT_COUNT = 5000;
/** Subheading endings in the order HS uses them most; each heading takes the first few, sorted. */
const SUBHEADINGS = [10, 90, 20, 30, 11, 19, 40, 21, 29, 50, 31, 39, 60, 91, 99, 41, 49, 80];

/** Synthetic HS6 codes (as BACI integers) in ascending order, spread over chapters like HS 2022. */
function worldProducts(): Int32Array {
	const chapters = CODES_PER_CHAPTER.split(/\s+/).map((pair) => pair.split(':').map(Number));
	const real = chapters.reduce((sum, [, count]) => sum + count, 0);
	const codes: number[] = [];
	for (const [chapter, count] of chapters) {
		let left = Math.max(1, Math.round((count * PRODUCT_COUNT) / real));
		for (let heading = 1; left > 0; heading++) {
			const subs = SUBHEADINGS.slice(0, Math.min(left, 8)).sort((a, b) => a - b);
			for (const sub of subs) codes.push(chapter * 10_000 + heading * 100 + sub);
			left -= subs.length;
		}
	}
	return Int32Array.from(codes);
}

/** Country codes in ascending order with a heavy-tailed size each; the reporter ranks 15th. */
function worldCountries(reporter: number): { codes: number[]; sizes: Float64Array } {
	const ranked = [...LARGEST_TRADERS, ...OTHER_COUNTRIES].filter((code) => code !== reporter);
	ranked.splice(14, 0, reporter); // 15th: ~1/40 of all rows then involve the reporter (2.5% at 3 M rows)
	const sizeByCode = new Map(ranked.map((code, rank) => [code, Math.pow(rank + 1, -1.15)]));
	const codes = [...sizeByCode.keys()].sort((a, b) => a - b);
	return { codes, sizes: Float64Array.from(codes, (code) => sizeByCode.get(code) ?? 0) };
}

/** Each pair trades P·(1 − e^(−λ·si·sj)) products, λ chosen so the pairs sum to at least `rows`. */
function pairProductCounts(sizes: Float64Array, products: number, rows: number): Float64Array {
	const n = sizes.length;
	const expected = new Float64Array(n * n);
	const total = (lambda: number) => {
		let sum = 0;
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++)
				if (i !== j)
					sum += expected[i * n + j] = products * -Math.expm1(-lambda * sizes[i] * sizes[j]);
		return sum;
	};
	let lo = 0;
	let hi = 1;
	while (total(hi) < rows) hi *= 2;
	for (let step = 0; step < 60; step++) {
		const mid = (lo + hi) / 2;
		if (total(mid) < rows) lo = mid;
		else hi = mid;
	}
	const sum = total(hi);
	for (let p = 0; p < expected.length; p++) expected[p] *= rows / sum; // scale down to exactly `rows`
	return expected;
}

/** Picks `count` distinct product indices, popular products first, returned in ascending order. */
function pickProducts(
	count: number,
	cumulative: Float64Array,
	taken: Int32Array,
	stamp: number,
	random: Random
): Int32Array {
	const products = cumulative.length;
	const picked = new Int32Array(count);
	for (let n = 0; n < count; n++) {
		let index = -1;
		for (let tries = 0; tries < 24 && index < 0; tries++) {
			// Binary search of the cumulative popularity: weighted draw in O(log P).
			const u = random.next() * cumulative[products - 1];
			let a = 0;
			let b = products - 1;
			while (a < b) {
				const mid = (a + b) >> 1;
				if (cumulative[mid] <= u) a = mid + 1;
				else b = mid;
			}
			if (taken[a] !== stamp) index = a;
		}
		// Nearly full pairs: probe linearly from a random start instead of retrying forever.
		if (index < 0)
			for (index = random.int(products); taken[index] === stamp;) index = (index + 1) % products;
		taken[index] = stamp;
		picked[n] = index;
	}
	return picked.sort();
}

/** The world file line by line (header first, no line breaks), sorted by t, i, j, k. */
export function* worldLines(options: WorldOptions): Generator<string> {
	const { rows, seed, reporter, years } = options;
	const products = worldProducts();
	const { codes, sizes } = worldCountries(reporter);
	const n = codes.length;
	const capacity = n * (n - 1) * products.length;
	if (!Number.isInteger(rows) || rows < 0 || rows > capacity)
		throw new Error(`rows must be an integer in [0, ${capacity}]`);
	const shape = createRandom(seed, 'products');
	const popularity = Float64Array.from(products, () => shape.logNormal(0, 1.2));
	const unitValues = Float64Array.from(products, () => shape.logNormal(0.5, 1.5)); // thousand USD per ton
	const cumulative = new Float64Array(products.length);
	popularity.reduce((sum, weight, k) => (cumulative[k] = sum + weight), 0);
	const taken = new Int32Array(products.length).fill(-1);
	let stamp = 0;
	yield 't,i,j,k,v,q';
	for (const [yearIndex, year] of years.entries()) {
		const yearRows =
			Math.round(((yearIndex + 1) * rows) / years.length) -
			Math.round((yearIndex * rows) / years.length);
		const random = createRandom(seed, 'year', year);
		const expected = pairProductCounts(sizes, products.length, yearRows);
		let target = 0;
		let written = 0;
		for (let i = 0; i < n; i++) {
			for (let j = 0; j < n; j++) {
				if (i === j) continue;
				// Cumulative rounding: pair counts add up to exactly yearRows; a capped pair passes its excess on.
				target += expected[i * n + j];
				const count = Math.min(products.length, Math.round(target) - written);
				if (count <= 0) continue;
				written += count;
				const pairScale = 1.2 + 0.25 * Math.log(sizes[i] * sizes[j] * n * n);
				const prefix = `${year},${codes[i]},${codes[j]},`;
				for (const k of pickProducts(count, cumulative, taken, stamp++, random)) {
					const value = Math.max(0.001, random.logNormal(pairScale, 2) * Math.sqrt(popularity[k]));
					yield (
						prefix +
						products[k] +
						',' +
						value.toFixed(3) +
						',' +
						quantity(value, unitValues[k], random)
					);
				}
			}
		}
		if (written !== yearRows)
			throw new Error(`generated ${written} rows for ${year}, wanted ${yearRows}`);
	}
}

/** ~1% of quantities are missing, as `NA` or blank like recent BACI releases. */
function quantity(value: number, unitValue: number, random: Random): string {
	const u = random.next();
	if (u < 0.006) return 'NA';
	if (u < 0.01) return '';
	return Math.max(0.001, value / (unitValue * random.logNormal(0, 0.4))).toFixed(3);
}

/** Streams a synthetic BACI world file to `out` with backpressure (does not end the stream). */
export async function generateBaciWorld(
	options: Partial<WorldOptions>,
	out: Writable
): Promise<void> {
	await writeLines(worldLines({ ...DEFAULT_WORLD, ...options }), out);
}

/** Writes a world file to `path`; returns its size in bytes. */
export async function generateBaciFile(
	path: string,
	options: Partial<WorldOptions>
): Promise<number> {
	const out = createWriteStream(path);
	await generateBaciWorld(options, out);
	await endStream(out);
	return out.bytesWritten;
}

async function main(argv: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { rows: { type: 'string' }, seed: { type: 'string' } }
	});
	const path = positionals[0];
	if (!path)
		throw new Error('usage: tsx bench/generate-baci.ts <out.csv> [--rows 3000000] [--seed 1]');
	const rows = Number(values.rows ?? DEFAULT_WORLD.rows);
	const seed = Number(values.seed ?? DEFAULT_WORLD.seed);
	const started = performance.now();
	const bytes = await generateBaciFile(path, { rows, seed });
	const seconds = (performance.now() - started) / 1000;
	const mb = bytes / 1e6;
	console.log(
		`wrote ${path}: ${rows} rows, ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s (${(mb / seconds).toFixed(1)} MB/s)`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
