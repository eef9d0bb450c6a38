/**
 * The synthetic data generators. Expectations are computed here from the CSV text
 * with formulas written out in the test (chapter ranges, R, min/max), not with the
 * generators' own tables, so a change in a generator cannot silently agree with itself.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SECTOR_CHAPTERS } from '../helpers/sector-chapters';
import { generateBaciWorld } from '../../bench/generate-baci';
import { demoLines, writeDemo } from '../../scripts/samples/make-demo';

const BRAZIL = '76';

/** Collects everything written into one string. */
function memoryWritable(): { out: Writable; text: () => string } {
	const chunks: Buffer[] = [];
	const out = new Writable({
		write(chunk: Buffer, _encoding, done) {
			chunks.push(chunk);
			done();
		}
	});
	return { out, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function writeDemoToMemory(): Promise<string> {
	const { out, text } = memoryWritable();
	await writeDemo(out);
	return text();
}

let demoOnce: Promise<string> | undefined;
/** The demo text, generated once for the tests that only read it. */
function demoText(): Promise<string> {
	demoOnce ??= writeDemoToMemory();
	return demoOnce;
}

interface BaciRow {
	t: string;
	i: string;
	j: string;
	k: string;
	v: number;
	/** v as written: thousand USD with 3 decimals. */
	vText: string;
	q: string;
}

/** Splits a BACI text into its header and rows; lines without 6 fields are returned apart. */
function parseBaci(text: string): { header: string; rows: BaciRow[]; malformed: string[] } {
	const lines = text.split('\n');
	expect(lines.pop()).toBe(''); // the file ends with a line break
	const [header, ...body] = lines;
	const rows: BaciRow[] = [];
	const malformed: string[] = [];
	for (const line of body) {
		const fields = line.split(',');
		if (fields.length !== 6) malformed.push(line);
		const [t, i, j, k, v, q] = fields;
		rows.push({ t, i, j, k, v: Number(v), vText: v, q });
	}
	return { header, rows, malformed };
}

let demoParsed: ReturnType<typeof parseBaci> | undefined;
/** The demo, parsed once. */
async function demo(): Promise<ReturnType<typeof parseBaci>> {
	demoParsed ??= parseBaci(await demoText());
	return demoParsed;
}

interface FlowPair {
	x: number;
	m: number;
	qx: number;
	qm: number;
}

/** Brazil's flow pairs keyed by year|partner|product, summed as METHODS 1 says (NaN = missing q). */
function brazilKeys(rows: BaciRow[]): Map<string, FlowPair> {
	const keys = new Map<string, FlowPair>();
	for (const row of rows) {
		if (!/^\d+$/.test(row.k) || (row.i !== BRAZIL && row.j !== BRAZIL)) continue;
		const isExport = row.i === BRAZIL;
		const partner = isExport ? row.j : row.i;
		const id = `${row.t}|${partner}|${row.k}`;
		const pair = keys.get(id) ?? { x: 0, m: 0, qx: 0, qm: 0 };
		const q = row.q.trim() === '' || row.q === 'NA' ? NaN : Number(row.q);
		if (isExport) {
			pair.x += row.v;
			pair.qx += q;
		} else {
			pair.m += row.v;
			pair.qm += q;
		}
		keys.set(id, pair);
	}
	return keys;
}

/** FF and GHM classes of one key, formulas of METHODS 2.1 / 2.2. */
function classesOf(pair: FlowPair, alpha: number, theta = 0.1): { ff: string; ghm: string[] } {
	const r = pair.x / pair.qx / (pair.m / pair.qm);
	const defined = Number.isFinite(r) && pair.qx > 0 && pair.qm > 0;
	const ratio = Math.min(pair.x, pair.m) / Math.max(pair.x, pair.m);
	const ghm: string[] = [];
	if (pair.x !== pair.m) ghm.push('oneWay');
	if (Math.min(pair.x, pair.m) > 0) {
		if (!defined) ghm.push('unclassified');
		else if (r > 1 + alpha) ghm.push('sup');
		else if (r < 1 - alpha) ghm.push('inf');
		else ghm.push('hiit');
	}
	let ff: string;
	if (ratio <= theta) ff = 'oneWay';
	else if (!defined) ff = 'unclassified';
	else if (r > 1 + alpha) ff = 'sup';
	else if (r < 1 / (1 + alpha)) ff = 'inf';
	else ff = 'hiit';
	return { ff, ghm };
}

describe('make-demo', () => {
	it('writes the same bytes on every run', async () => {
		const first = await writeDemoToMemory();
		const second = await writeDemoToMemory();
		expect(second).toBe(first);
		expect([...demoLines()].join('\n') + '\n').toBe(first);
	});

	it('is a BACI file of plausible size, Brazil over 2015–2022 with ~25 partners', async () => {
		const text = await demoText();
		const { header, rows, malformed } = await demo();
		expect(header).toBe('t,i,j,k,v,q');
		expect(malformed).toEqual([]);
		expect(rows.length).toBeGreaterThanOrEqual(15_000);
		expect(rows.length).toBeLessThanOrEqual(40_000);
		expect(Buffer.byteLength(text)).toBeLessThan(2_000_000);
		expect(new Set(rows.map((row) => row.t))).toEqual(
			new Set(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'])
		);
		const partners = new Set(
			rows
				.filter((row) => row.i === BRAZIL || row.j === BRAZIL)
				.map((row) => (row.i === BRAZIL ? row.j : row.i))
		);
		expect(partners.size).toBeGreaterThanOrEqual(20);
		expect(partners.size).toBeLessThanOrEqual(30);
		for (const variant of ['842', '251', '699', '757']) expect(partners).toContain(variant);
		const threeDecimals = /^\d+\.\d{3}$/;
		expect(rows.filter((row) => !(row.v > 0) || !threeDecimals.test(row.vText))).toEqual([]);
		expect(rows.filter((row) => !/^(\d+\.\d{3}|NA|)$/.test(row.q))).toEqual([]);
	});

	it('writes products as BACI does: numeric codes without leading zeros, plus a few 9999AA', async () => {
		const { rows } = await demo();
		const nonNumeric = rows.filter((row) => !/^[1-9]\d{3,5}$/.test(row.k));
		expect(nonNumeric.length).toBeGreaterThan(0);
		expect(nonNumeric.length).toBeLessThan(50);
		expect(new Set(nonNumeric.map((row) => row.k))).toEqual(new Set(['9999AA']));
		expect(rows.some((row) => row.k.length === 5)).toBe(true); // chapters 01–09 lose their zero
	});

	it('covers all 15 sectors in Brazil’s trade', async () => {
		const { rows } = await demo();
		const chapters = new Set(
			rows
				.filter((row) => /^\d+$/.test(row.k) && (row.i === BRAZIL || row.j === BRAZIL))
				.map((row) => Math.floor(Number(row.k) / 10_000))
		);
		for (const [first, last] of SECTOR_CHAPTERS) {
			const inSector = [...chapters].filter((chapter) => chapter >= first && chapter <= last);
			expect(inSector.length, `chapters ${first}–${last}`).toBeGreaterThan(0);
		}
	});

	it('has two-way keys, missing quantities (NA and blank) and rows the reader must drop', async () => {
		const { rows } = await demo();
		const exports = new Set(
			rows.filter((row) => row.i === BRAZIL).map((row) => `${row.t}|${row.j}|${row.k}`)
		);
		const imports = rows
			.filter((row) => row.j === BRAZIL)
			.map((row) => `${row.t}|${row.i}|${row.k}`);
		expect(imports.filter((id) => exports.has(id)).length).toBeGreaterThan(100);
		expect(rows.filter((row) => row.q === 'NA').length).toBeGreaterThan(10);
		expect(rows.filter((row) => row.q === '').length).toBeGreaterThan(10);
		expect(rows.filter((row) => row.i !== BRAZIL && row.j !== BRAZIL).length).toBeGreaterThan(100);
	});

	it('is sorted by t, i, j, k and has no duplicate keys, like BACI', async () => {
		const { rows } = await demo();
		const sortKey = (row: BaciRow) =>
			[row.t, row.i.padStart(3, '0'), row.j.padStart(3, '0'), row.k.padStart(6, '0')].join('|');
		const keys = rows.map(sortKey);
		expect(new Set(keys).size).toBe(keys.length);
		expect([...keys].sort()).toEqual(keys);
	});

	it('gives every class of both methods at α = 15% and 25%', async () => {
		const keys = [...brazilKeys((await demo()).rows).values()];
		expect(keys.some((pair) => pair.x > 0 && pair.m === 0)).toBe(true);
		expect(keys.some((pair) => pair.m > 0 && pair.x === 0)).toBe(true);
		expect(
			keys.some(
				(pair) =>
					pair.x > 0 && pair.m > 0 && Math.min(pair.x, pair.m) / Math.max(pair.x, pair.m) <= 0.1
			)
		).toBe(true);
		for (const alpha of [0.15, 0.25]) {
			const ff = new Map<string, number>();
			const ghm = new Map<string, number>();
			for (const pair of keys) {
				const classes = classesOf(pair, alpha);
				ff.set(classes.ff, (ff.get(classes.ff) ?? 0) + 1);
				for (const name of classes.ghm) ghm.set(name, (ghm.get(name) ?? 0) + 1);
			}
			for (const name of ['oneWay', 'hiit', 'sup', 'inf', 'unclassified']) {
				expect(ff.get(name) ?? 0, `FF ${name} at α=${alpha}`).toBeGreaterThan(20);
				expect(ghm.get(name) ?? 0, `GHM ${name} at α=${alpha}`).toBeGreaterThan(20);
			}
		}
	});
});

describe('generate-baci', () => {
	it('writes the header and exactly the rows asked for', async () => {
		const { out, text } = memoryWritable();
		await generateBaciWorld({ rows: 5000, seed: 3 }, out);
		const { header, rows, malformed } = parseBaci(text());
		expect(header).toBe('t,i,j,k,v,q');
		expect(malformed).toEqual([]);
		expect(rows).toHaveLength(5000);
		expect(rows.filter((row) => !/^[1-9]\d{3,5}$/.test(row.k) || !(row.v > 0))).toEqual([]);
		const keys = rows.map((row) => `${row.t}|${row.i}|${row.j}|${row.k}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('has a world shape: many countries, ~1/40 of rows with Brazil, ~1% missing quantities', async () => {
		const { out, text } = memoryWritable();
		await generateBaciWorld({ rows: 50_000, seed: 1, years: [2021, 2022] }, out);
		const { rows } = parseBaci(text());
		expect(rows).toHaveLength(50_000);
		expect(new Set(rows.map((row) => row.t))).toEqual(new Set(['2021', '2022']));
		expect(new Set(rows.map((row) => row.i)).size).toBeGreaterThan(150);
		expect(new Set(rows.map((row) => row.k)).size).toBeGreaterThan(2000);
		const brazil = rows.filter((row) => row.i === BRAZIL || row.j === BRAZIL).length / rows.length;
		expect(brazil).toBeGreaterThan(1 / 80);
		expect(brazil).toBeLessThan(1 / 20);
		const missing = rows.filter((row) => row.q === 'NA' || row.q === '').length / rows.length;
		expect(missing).toBeGreaterThan(0.005);
		expect(missing).toBeLessThan(0.02);
	});

	it('is deterministic for a seed and differs between seeds', async () => {
		const run = async (seed: number) => {
			const { out, text } = memoryWritable();
			await generateBaciWorld({ rows: 2000, seed }, out);
			return text();
		};
		expect(await run(5)).toBe(await run(5));
		expect(await run(5)).not.toBe(await run(6));
	});
});
