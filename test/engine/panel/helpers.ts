/**
 * Test-side numerics, independent of the engine's QR: Gauss–Jordan inverses of small normal
 * equations, a seeded generator, and the Grunfeld fixture.
 */
import { readFileSync } from 'node:fs';
import type { PanelInput } from '../../../src/lib/engine/panel';

export const FIXTURE_DIR = '/work/shared/fixtures/panel';
export const GRUNFELD_CSV = `${FIXTURE_DIR}/grunfeld.csv`;

/** One Grunfeld row. */
export interface GrunfeldRow {
	firm: number;
	year: number;
	inv: number;
	value: number;
	capital: number;
}

/** The 200 rows of grunfeld.csv. */
export function grunfeldRows(): GrunfeldRow[] {
	const lines = readFileSync(GRUNFELD_CSV, 'utf8').trim().split(/\r?\n/).slice(1);
	return lines.map((line) => {
		const [firm, year, inv, value, capital] = line.split(',').map(Number);
		return { firm, year, inv, value, capital };
	});
}

/** `inv ~ value + capital` on the rows, as the engine's input. */
export function grunfeldInput(rows: GrunfeldRow[]): PanelInput {
	return {
		entity: rows.map((r) => r.firm),
		time: rows.map((r) => r.year),
		yName: 'inv',
		y: rows.map((r) => r.inv),
		regressors: [
			{ name: 'value', values: rows.map((r) => r.value) },
			{ name: 'capital', values: rows.map((r) => r.capital) }
		]
	};
}

/** The expected values computed by R plm 2.6. */
export function grunfeldExpected(): Record<string, Record<string, unknown>> {
	return JSON.parse(readFileSync(`${FIXTURE_DIR}/grunfeld_expected.json`, 'utf8'));
}

/** Mulberry32: a small seeded generator in [0, 1). */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Inverse by Gauss–Jordan elimination with partial pivoting (small, well-conditioned). */
export function inverse(a: number[][]): number[][] {
	const k = a.length;
	const m = a.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
	for (let c = 0; c < k; c++) {
		let p = c;
		for (let r = c + 1; r < k; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
		[m[c], m[p]] = [m[p], m[c]];
		const d = m[c][c];
		for (let j = 0; j < 2 * k; j++) m[c][j] /= d;
		for (let r = 0; r < k; r++) {
			if (r === c) continue;
			const f = m[r][c];
			for (let j = 0; j < 2 * k; j++) m[r][j] -= f * m[c][j];
		}
	}
	return m.map((row) => row.slice(k));
}

/** A v. */
export function times(a: number[][], v: number[]): number[] {
	return a.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
}

/** A B. */
export function product(a: number[][], b: number[][]): number[][] {
	return a.map((row) => b[0].map((_, j) => row.reduce((s, x, m) => s + x * b[m][j], 0)));
}

/** Σ_rows w · x xᵀ and Σ_rows w · x y over design rows: the weighted normal equations. */
export function normalEquations(
	rows: number[][],
	y: number[],
	weight: (i: number) => number = () => 1
): { xtx: number[][]; xty: number[] } {
	const k = rows[0].length;
	const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	const xty = new Array<number>(k).fill(0);
	rows.forEach((x, i) => {
		const w = weight(i);
		for (let a = 0; a < k; a++) {
			xty[a] += w * x[a] * y[i];
			for (let b = 0; b < k; b++) xtx[a][b] += w * x[a] * x[b];
		}
	});
	return { xtx, xty };
}

/** Cluster sandwich by an explicit loop: B (Σ_g s_g s_gᵀ) B · n / (n − k). */
export function sandwich(
	rows: number[][],
	residuals: number[],
	cluster: (string | number)[],
	bread: number[][]
): number[][] {
	const k = rows[0].length;
	const scores = new Map<string | number, number[]>();
	rows.forEach((x, i) => {
		const s = scores.get(cluster[i]) ?? new Array<number>(k).fill(0);
		for (let a = 0; a < k; a++) s[a] += x[a] * residuals[i];
		scores.set(cluster[i], s);
	});
	const meat = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (const s of scores.values()) {
		for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a][b] += s[a] * s[b];
	}
	const n = rows.length;
	return product(product(bread, meat), bread).map((row) => row.map((v) => (v * n) / (n - k)));
}

/** Squared correlation of two vectors. */
export function corr2(a: number[], b: number[]): number {
	const n = a.length;
	const ma = a.reduce((s, v) => s + v, 0) / n;
	const mb = b.reduce((s, v) => s + v, 0) / n;
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	for (let i = 0; i < n; i++) {
		sab += (a[i] - ma) * (b[i] - mb);
		saa += (a[i] - ma) ** 2;
		sbb += (b[i] - mb) ** 2;
	}
	return (sab * sab) / (saa * sbb);
}

/** Relative difference, for 6-significant-digit checks. */
export function relative(actual: number, expected: number): number {
	return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}
