import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viitSupDominance } from '../../../src/lib/engine/views/dominance';
import { productPage } from '../../../src/lib/engine/classify/drilldown';
import { marginalCells } from '../../../src/lib/engine/classify/marginal';
import { thresholdSensitivity } from '../../../src/lib/engine/classify/sensitivity';
import { aquinoQByRow } from '../../../src/lib/engine/classify/imbalance-rows';
import { dimensionTable, sectorTable } from '../../../src/lib/engine/views/tables';
import {
	decodeFragment,
	encodeFragment,
	FRAGMENT_PREFIX,
	fromBase64Url,
	parsePayload,
	resultsFileText,
	toBase64Url
} from '../../../src/lib/engine/share/codec';
import { sharedQueries } from '../../../src/lib/state/share/shared-queries';
import { ShareError, type SharedResults } from '../../../src/lib/engine/share/shared-results';
import { FILTER, SCOPE, SELECTION, SETTINGS, sharedSample } from '../../state/share/share-fixture';

/** What the receiver gets: the sender's results, less the dropped rows' line numbers. */
function asReceived(shared: SharedResults): SharedResults {
	const drops = Object.fromEntries(
		Object.entries(shared.ledger.drops).map(([reason, tally]) => [
			reason,
			{ ...tally, firstLines: [] }
		])
	);
	return { ...shared, ledger: { ...shared.ledger, drops } };
}

/** Resolves to the ShareError a promise or call fails with (fails the test on anything else). */
async function shareErrorOf(run: () => unknown): Promise<ShareError | null> {
	try {
		await run();
		return null;
	} catch (error) {
		expect(error).toBeInstanceOf(ShareError);
		return error as ShareError;
	}
}

describe('base64url', () => {
	it('matches Node’s own base64url for any bytes, and reads back', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect([...fromBase64Url(text)]).toEqual([...bytes]);
			})
		);
	});

	it('refuses characters outside the alphabet and impossible lengths', () => {
		expect(() => fromBase64Url('ab+c')).toThrow(ShareError);
		expect(() => fromBase64Url('abcde')).toThrow(ShareError);
		expect(() => fromBase64Url('ab<')).toThrow(ShareError);
	});
});

describe('results link round trip', () => {
	it('gives back exactly the results sent (every double, every field)', async () => {
		const shared = await sharedSample({ table5: true, products: true });
		const fragment = await encodeFragment(shared);
		expect(fragment.startsWith(FRAGMENT_PREFIX)).toBe(true);
		expect(fragment).toMatch(/^#results=1\.[A-Za-z0-9_-]+$/);
		expect(await decodeFragment(fragment)).toEqual(asReceived(shared));
		// The results file holds the same payload, as readable JSON.
		expect(parsePayload(resultsFileText(shared))).toEqual(asReceived(shared));
	});

	it('shows identical tables: partners, sectors and Table 5 from the link equal the sender’s', async () => {
		const sent = await sharedSample({ table5: true, products: false });
		const got = await decodeFragment(await encodeFragment(sent));
		const [cells, at25] = [sent.cells[0].cells, sent.cells[1].cells];
		const [gotCells, gotAt25] = [got.cells[0].cells, got.cells[1].cells];
		for (const dimension of [{ kind: 'partner' as const }, { kind: 'sector' as const }]) {
			expect(dimensionTable(gotCells, FILTER, dimension, 5)).toEqual(
				dimensionTable(cells, FILTER, dimension, 5)
			);
		}
		expect(sectorTable(gotCells, FILTER)).toEqual(sectorTable(cells, FILTER));
		const table5 = (a: typeof cells, b: typeof cells) =>
			viitSupDominance(a, b, FILTER, { kind: 'partner' }, 'ghm', [0.15, 0.25]);
		expect(table5(gotCells, gotAt25)).toEqual(table5(cells, at25));
		// Table 5's second α is answered from the link; no product rows, so no other α.
		const queries = sharedQueries(
			got,
			() => SETTINGS,
			() => SCOPE
		);
		expect(await queries.cellsAt(0.25)).toEqual(at25);
		await expect(queries.cellsAt(0.2)).rejects.toThrow('Not in the shared results');
		await expect(queries.sensitivity(SELECTION)).rejects.toThrow('Not in the shared results');
		// Aquino's Q needs the product rows: without them it is absent (NaN in the rows), not an error.
		expect(await queries.aquinoQ(SELECTION, { kind: 'partner' })).toEqual({});
		const table = dimensionTable(gotCells, FILTER, { kind: 'partner' }, 5, {});
		expect(table.rows.every((row) => Number.isNaN(row.aquinoQ))).toBe(true);
		expect(table.rows.some((row) => !Number.isNaN(row.glc))).toBe(true);
	});

	it('with product rows, the drill-down, sensitivity and marginal views equal the sender’s', async () => {
		const { sampleKeys } = await import('../../state/share/share-fixture');
		const keys = sampleKeys();
		const got = await decodeFragment(
			await encodeFragment(await sharedSample({ table5: false, products: true }, keys))
		);
		const queries = sharedQueries(
			got,
			() => SETTINGS,
			() => SCOPE
		);
		const query = {
			selection: SELECTION,
			search: '',
			searchPartners: [],
			sort: 'trade' as const,
			descending: true,
			offset: 0,
			limit: 50
		};
		expect(await queries.products(query)).toEqual(productPage(keys, SETTINGS, query));
		expect(await queries.sensitivity(SELECTION)).toEqual(
			thresholdSensitivity(keys, SETTINGS, SELECTION)
		);
		const marginal = { reporter: 'BRA', yearA: 2021, yearB: 2022, selection: { scope: SCOPE } };
		expect(await queries.marginal(marginal)).toEqual(marginalCells(keys, marginal));
		// Aquino's Q of the table rows, from the product rows, as the worker computes it.
		for (const dimension of [{ kind: 'partner' as const }, { kind: 'sector' as const }]) {
			const q = await queries.aquinoQ(SELECTION, dimension);
			expect(q).toEqual(aquinoQByRow(keys, SELECTION, dimension));
			expect(Number.isFinite(q.total)).toBe(true);
		}
		// Any α: reclassified from the product rows, as the worker would.
		const { classifyKeys } = await import('../../../src/lib/engine/classify/classify');
		const at20 = classifyKeys(keys, { ...SETTINGS, alpha: 0.2 }, SCOPE).filter(
			(cell) => cell.reporter === 'BRA' && cell.year >= 2021
		);
		expect(await queries.cellsAt(0.2)).toEqual(at20);
	});

	it('carries only the selection: its years, its partners, one reporter, their names', async () => {
		const shared = await sharedSample({ table5: false, products: true }, undefined, {
			...FILTER,
			partners: { kind: 'group', id: 'mercosur' }
		});
		const cells = shared.cells[0].cells;
		expect(new Set(cells.map((cell) => cell.reporter))).toEqual(new Set(['BRA']));
		expect(new Set(cells.map((cell) => cell.year))).toEqual(new Set([2021, 2022]));
		// Mercosur members among the partners: Argentina and Paraguay.
		expect(shared.info.partners).toEqual(['ARG', 'PRY']);
		expect(shared.info.years).toEqual([2021, 2022]);
		expect(shared.info.countryNames).toEqual({});
		const keys = shared.keys!;
		const partnerIds = new Set(Array.from(keys.partner, (p) => keys.countries[p]));
		expect(partnerIds).toEqual(new Set(['ARG', 'PRY']));
		expect(shared.cells).toHaveLength(1);
	});
});

describe('damaged, tampered and hostile links', () => {
	it('names a cut link as damaged, at any length', async () => {
		const fragment = await encodeFragment(await sharedSample({ table5: false, products: false }));
		const body = fragment.length - FRAGMENT_PREFIX.length;
		for (const keep of [1, 2, 10, Math.floor(body / 2), body - 3, body - 1]) {
			const error = await shareErrorOf(() =>
				decodeFragment(fragment.slice(0, FRAGMENT_PREFIX.length + keep))
			);
			expect(error?.code).toMatch(/damaged|invalid/);
		}
		// Cut right after the prefix: nothing is left to decode, and the message says so.
		expect((await shareErrorOf(() => decodeFragment(FRAGMENT_PREFIX)))?.code).toBe('empty');
	});

	it('never fails with anything but a ShareError on random or altered text', async () => {
		const fragment = await encodeFragment(await sharedSample({ table5: false, products: false }));
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 300 }).map((text) => FRAGMENT_PREFIX + text),
					fc.string({ maxLength: 50 }).map((text) => `#results=${text}`),
					fc
						.tuple(fc.nat(fragment.length - 1), fc.constantFrom(...'AZaz09-_~%<'))
						.map(([at, char]) => fragment.slice(0, at) + char + fragment.slice(at + 1))
				),
				async (hash) => {
					await shareErrorOf(() => decodeFragment(hash));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('validates every field: tampered JSON is refused naming the field, never half-read', async () => {
		const wire = JSON.parse(resultsFileText(await sharedSample({ table5: false, products: true })));
		const tamper = (edit: (payload: typeof wire) => void) => {
			const copy = structuredClone(wire);
			edit(copy);
			return shareErrorOf(() => parsePayload(JSON.stringify(copy)));
		};
		// Version 3 is a short link of one view (short-links.test.ts): 4 is the first unknown one.
		expect((await tamper((p) => (p.v = 4)))?.code).toBe('version');
		expect((await tamper((p) => delete p.app))?.code).toBe('not-results');
		// Cells go column after column: cell 0's year at 0, its sector at 2n, its trade at 3n.
		const n = wire.cells[0].rows.length / 21;
		expect((await tamper((p) => (p.cells[0].rows[3 * n] = -1)))?.detail).toMatch(
			/^cells\[0\]\.rows\[0\]/
		);
		expect((await tamper((p) => (p.cells[0].rows[0] = 99)))?.code).toBe('invalid');
		expect((await tamper((p) => (p.cells[0].rows[2 * n] = 15)))?.code).toBe('invalid');
		expect((await tamper((p) => p.cells[0].rows.pop()))?.detail).toMatch(/rows/);
		expect((await tamper((p) => (p.cells[0].alpha = 1)))?.code).toBe('invalid');
		expect((await tamper((p) => (p.info.format = '<script>')))?.detail).toMatch(/info\.format/);
		expect((await tamper((p) => (p.info.countryNames['490'] = 'a\u0000b')))?.code).toBe('invalid');
		expect((await tamper((p) => (p.ledger.drops['rm -rf'] = { rows: 1, value: 1 })))?.code).toBe(
			'invalid'
		);
		expect((await tamper((p) => (p.keys.rows[1] = 1e6)))?.detail).toMatch(/^keys\.rows\[0\]/);
		expect((await tamper((p) => (p.created = 'yesterday')))?.detail).toMatch(/created/);
		expect(await shareErrorOf(() => parsePayload('{"app":'))).toMatchObject({ code: 'damaged' });
		expect(await shareErrorOf(() => parsePayload('[1,2]'))).toMatchObject({ code: 'not-results' });
	});

	it('accepts markup in names as plain text (the UI shows it as text, never as HTML)', async () => {
		const shared = await sharedSample({ table5: false, products: false });
		const hostile = '<img src=x onerror="alert(1)">';
		shared.info.countryNames = { BR249: hostile };
		const got = await decodeFragment(await encodeFragment(shared));
		expect(got.info.countryNames.BR249).toBe(hostile);
	});

	it('refuses a link that expands beyond the bound (a crafted "zip bomb")', async () => {
		const spaces = new Blob([new Uint8Array(65 * 1024 * 1024).fill(32)]);
		const compressed = new Uint8Array(
			await new Response(
				spaces.stream().pipeThrough(new CompressionStream('deflate-raw'))
			).arrayBuffer()
		);
		const error = await shareErrorOf(() =>
			decodeFragment(FRAGMENT_PREFIX + toBase64Url(compressed))
		);
		expect(error?.code).toBe('too-large');
	});
});
