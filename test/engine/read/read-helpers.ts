import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { InputFile, ReadResult } from '../../../src/lib/engine/read/analyze';
import { FORMAT_IDS, type ReadOptions, type TradeKeys } from '../../../src/lib/engine/model/types';
import { TradeFileError } from '../../../src/lib/engine/model/errors';

/** Read options for tests: auto format, reported quantities, no re-exports. */
export function readOptions(overrides: Partial<ReadOptions> = {}): ReadOptions {
	return {
		format: 'auto',
		reporter: null,
		quantityBasis: 'reported',
		includeReExports: false,
		...overrides
	};
}

/** A fixture under test/fixtures as an input file. */
export function fixture(path: string): InputFile {
	const bytes = readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)));
	return { name: path.split('/').pop() as string, blob: new Blob([bytes]) };
}

/** A fixture's text. */
export function fixtureText(path: string): string {
	return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** An input file from text parts (each part becomes one chunk of the Blob's stream in Node). */
export function textFile(name: string, ...parts: (string | Uint8Array)[]): InputFile {
	return { name, blob: new Blob(parts as BlobPart[]) };
}

/** METHODS 5: rows and values reconcile, and valueUsed = Σ (X + M) over keys. */
export function expectReconciled({ keys, ledger }: ReadResult): void {
	const drops = Object.values(ledger.drops);
	expect(ledger.rowsRead).toBe(ledger.rowsUsed + drops.reduce((s, d) => s + d.rows, 0));
	const dropped = drops.reduce((s, d) => s + d.value, 0);
	expect(ledger.valueRead).toBeCloseTo(ledger.valueUsed + dropped, 6);
	let trade = 0;
	for (let k = 0; k < keys.count; k++) trade += keys.exports[k] + keys.imports[k];
	expect(ledger.valueUsed).toBeCloseTo(trade, 6);
	// Companion files (country tables) list their rows too, but those are not trade rows.
	const tradeFiles = ledger.files.filter((f) =>
		(FORMAT_IDS as readonly string[]).includes(f.format)
	);
	expect(tradeFiles.reduce((s, f) => s + f.rows, 0)).toBe(ledger.rowsRead);
}

/** One key's fields, found by its partner and product, for readable assertions. */
export function keyOf(
	keys: TradeKeys,
	partner: string,
	product: number,
	year?: number
): { x: number; m: number; qx: number; qm: number; ux: string | null; um: string | null } {
	for (let k = 0; k < keys.count; k++) {
		if (keys.countries[keys.partner[k]] !== partner || keys.product[k] !== product) continue;
		if (year !== undefined && keys.year[k] !== year) continue;
		const unit = (u: number) => (u < 0 ? null : keys.units[u]);
		return {
			x: keys.exports[k],
			m: keys.imports[k],
			qx: keys.exportQty[k],
			qm: keys.importQty[k],
			ux: unit(keys.exportUnit[k]),
			um: unit(keys.importUnit[k])
		};
	}
	throw new Error(`no key for ${partner} ${product}`);
}

/** Drops as { reason: [rows, value, lines] } for compact assertions. */
export function dropSummary(result: ReadResult): Record<string, [number, number, number[]]> {
	return Object.fromEntries(
		Object.entries(result.ledger.drops).map(([reason, d]) => [
			reason,
			[d.rows, d.value, d.firstLines.map((at) => at.line)]
		])
	);
}

/** The TradeFileError a promise rejects with (fails the test on anything else). */
export async function rejection(promise: Promise<unknown>): Promise<TradeFileError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	if (!(error instanceof TradeFileError))
		throw new Error(`expected a TradeFileError, got ${error}`);
	return error;
}
