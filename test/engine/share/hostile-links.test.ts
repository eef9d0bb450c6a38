/**
 * Hostile results links and files through the real decoding path (base64url, bounded inflating,
 * JSON, validation; and the decoder worker's protocol): prototype names, markup as ids, a million
 * cells, a payload that inflates towards a gigabyte, garbage and empty links. Each is a clear
 * refusal (a ShareError with its code and the field), and Object.prototype stays untouched.
 */
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	MAX_CELLS_PER_SET,
	MAX_JSON_BYTES,
	MAX_LINK_CHARS
} from '../../../src/lib/engine/share/bounds';
import {
	decodeFragment,
	FRAGMENT_PREFIX,
	parsePayload,
	payloadOfFragment,
	resultsFileText,
	toBase64Url
} from '../../../src/lib/engine/share/codec';
import {
	replyTo,
	transfersOf,
	type DecodeRequest
} from '../../../src/lib/engine/share/decode-request';
import { inflateWithin } from '../../../src/lib/engine/share/inflate';
import { sharedOf } from '../../../src/lib/engine/share/materialize';
import { decodeOffThread } from '../../../src/lib/state/share/off-thread';
import { ShareError } from '../../../src/lib/engine/share/shared-results';
import type { WorkerHandle } from '../../../src/lib/worker/bridge';
import { sharedSample } from '../../state/share/share-fixture';

const HOSTILE_NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

const prototypeIsClean = () =>
	Object.keys(Object.prototype).length === 0 &&
	({} as { prev?: unknown }).prev === undefined &&
	Object.getPrototypeOf({}) === Object.prototype;

afterEach(() => {
	vi.unstubAllGlobals();
	expect(prototypeIsClean()).toBe(true);
});

/** A link's fragment holding `json` as it is (compressed the way the app compresses). */
const fragmentOf = (json: string) =>
	FRAGMENT_PREFIX + toBase64Url(deflateRawSync(Buffer.from(json, 'utf8')));

/** The JSON payload of a real shared result, to tamper with. */
async function genuineWire() {
	return JSON.parse(resultsFileText(await sharedSample({ table5: false, products: true })));
}

/** The ShareError a decode ends in (any other outcome fails the test). */
async function refusal(run: () => Promise<unknown>): Promise<ShareError> {
	const error = await run().then(
		() => null,
		(reason: unknown) => reason
	);
	expect(error).toBeInstanceOf(ShareError);
	return error as ShareError;
}

/** The decoder worker as the page runs it, in this thread: request in, structured clone out. */
function inProcessWorker(): WorkerHandle {
	const listeners: ((event: { data: unknown }) => void)[] = [];
	const endpoint = {
		postMessage(request: DecodeRequest) {
			void replyTo(request).then((reply) => {
				const data = structuredClone(reply, { transfer: transfersOf(reply) });
				for (const listener of listeners) listener({ data });
			});
		},
		addEventListener: (_type: string, listener: (event: { data: unknown }) => void) =>
			listeners.push(listener),
		removeEventListener: () => {}
	};
	return {
		endpoint: endpoint as unknown as WorkerHandle['endpoint'],
		terminate: () => {},
		onCrash: () => {}
	};
}

describe('names from a link are ids, never keys', () => {
	it('refuses prototype names as partners, through the link and through the worker', async () => {
		const wire = await genuineWire();
		wire.partners.splice(0, HOSTILE_NAMES.length, ...HOSTILE_NAMES);
		const hash = fragmentOf(JSON.stringify(wire));
		const direct = await refusal(() => decodeFragment(hash));
		expect(direct.code).toBe('bad-id');
		expect(direct.detail).toBe('partners[0] = "__proto__"');
		const viaWorker = await refusal(() =>
			decodeOffThread({ kind: 'fragment', hash }, inProcessWorker)
		);
		expect(viaWorker).toMatchObject({ code: 'bad-id', detail: 'partners[0] = "__proto__"' });
		for (const name of HOSTILE_NAMES.slice(1)) {
			const one = await genuineWire();
			one.partners[0] = name;
			const error = await refusal(async () => parsePayload(JSON.stringify(one)));
			expect(error.detail).toBe(`partners[0] = "${name}"`);
		}
	});

	it('refuses markup as the reporter, and prototype names wherever an id goes', async () => {
		const cases: [(wire: Awaited<ReturnType<typeof genuineWire>>) => void, string][] = [
			[(w) => (w.reporter = '<b>BRA</b>'), 'reporter = "<b>BRA</b>"'],
			[(w) => (w.info.reporters = ['constructor']), 'info.reporters[0] = "constructor"'],
			[(w) => (w.info.partners[1] = 'toString'), 'info.partners[1] = "toString"'],
			[(w) => (w.keys.partners[0] = 'hasOwnProperty'), 'keys.partners[0] = "hasOwnProperty"'],
			[
				(w) => (w.ledger.unknownCountries[0].id = 'constructor'),
				'ledger.unknownCountries[0].id = "constructor"'
			]
		];
		for (const [edit, detail] of cases) {
			const wire = await genuineWire();
			edit(wire);
			const error = await refusal(() => payloadOfFragment(fragmentOf(JSON.stringify(wire))));
			expect(error).toMatchObject({ code: 'bad-id', detail });
		}
		// JSON.parse makes "__proto__" an own key: as a country name's id it is refused too.
		const json = JSON.stringify(await genuineWire()).replace(
			'"countryNames":{',
			'"countryNames":{"__proto__":{"prev":1},'
		);
		expect((await refusal(async () => parsePayload(json))).code).toBe('bad-id');
	});

	it('takes a name as an id only when the ledger lists it as an unknown country', async () => {
		const wire = await genuineWire();
		wire.partners[0] = 'Neutral Zone';
		expect((await refusal(async () => parsePayload(JSON.stringify(wire)))).detail).toBe(
			'partners[0] = "Neutral Zone"'
		);
		wire.ledger.unknownCountries.push({
			code: 'Neutral Zone',
			id: 'Neutral Zone',
			rows: 1,
			value: 1
		});
		const got = parsePayload(JSON.stringify(wire));
		expect(got.cells[0].cells.some((cell) => cell.partner === 'Neutral Zone')).toBe(true);
	});
});

describe('links that would hold up the page', () => {
	it('refuses a million cells by their count, before building one', async () => {
		const wire = await genuineWire();
		const cells = 1_000_000;
		// 21 numbers per cell, all zero: 42 MB of JSON, a few kilobytes of link.
		const rows = `[${'0,'.repeat(cells * 21 - 1)}0]`;
		const json = JSON.stringify({ ...wire, cells: [{ alpha: 0.15, rows: [] }] }).replace(
			'"rows":[]',
			`"rows":${rows}`
		);
		const error = await refusal(() => payloadOfFragment(fragmentOf(json)));
		// Refused for the count, not for a bad cell: no cell was validated (speed is the bench's).
		expect(error).toMatchObject({
			code: 'too-large',
			detail: `cells[0]: more than ${MAX_CELLS_PER_SET} cells`
		});
	});

	it('stops inflating as soon as the bound is passed, a slice of input at a time', async () => {
		// A stand-in for the browser's DecompressionStream, which is a TransformStream: each
		// chunk in is inflated at once (here: 1 byte → 1 kB, a deflate bomb's ratio) and the next
		// is taken only once the output is read. (Node's own reads ahead; Chromium's does not.)
		let fed = 0;
		vi.stubGlobal(
			'DecompressionStream',
			class extends TransformStream<Uint8Array, Uint8Array> {
				constructor() {
					super({
						transform(chunk, controller) {
							fed += chunk.byteLength;
							for (let out = 0; out < chunk.byteLength * 1024; out += 16_384) {
								controller.enqueue(new Uint8Array(16_384));
							}
						}
					});
				}
			}
		);
		// 1 MB that would inflate to 1 GB (as a link it is refused for its length before this).
		const input = new Uint8Array(1024 * 1024).fill(7);
		const error = await refusal(() => inflateWithin(input, MAX_JSON_BYTES));
		expect(error).toMatchObject({ code: 'too-large' });
		// 64 MB out needs 64 kB in; the decompressor got at most a few 8 kB slices more.
		const needed = MAX_JSON_BYTES / 1024;
		expect(fed).toBeGreaterThanOrEqual(needed);
		expect(fed).toBeLessThanOrEqual(needed + 4 * 8 * 1024);
	});

	it('refuses what inflates past the bound, with the platform’s own inflater', async () => {
		// 72 MB of spaces is a link of about 93,000 characters: one the app opens, and inflates.
		const link = fragmentOf(' '.repeat(72 * 1024 * 1024));
		expect(link.length).toBeLessThan(MAX_LINK_CHARS);
		expect((await refusal(() => payloadOfFragment(link))).code).toBe('too-large');
		// 256 MB of spaces, 260 kB deflated: refused as a link for its length, and by the inflater.
		const bomb = deflateRawSync(Buffer.alloc(256 * 1024 * 1024, 32), { level: 9 });
		const hash = FRAGMENT_PREFIX + toBase64Url(bomb);
		expect((await refusal(() => payloadOfFragment(hash))).code).toBe('too-long');
		expect((await refusal(() => inflateWithin(bomb, MAX_JSON_BYTES))).code).toBe('too-large');
	});
});

describe('links that decode to nothing', () => {
	const cases: [string, string, string][] = [
		['an empty link', FRAGMENT_PREFIX, 'empty'],
		['garbage after the prefix', `${FRAGMENT_PREFIX}!!!not-base64!!!`, 'damaged'],
		['garbage that is base64url', `${FRAGMENT_PREFIX}AAAAAAAAAAAAAAAA`, 'damaged'],
		['garbage with no version', '#results=garbage', 'damaged'],
		['a newer encoding', '#results=2.AAAA', 'version'],
		['valid JSON of another shape', fragmentOf('{"hello":"world"}'), 'not-results'],
		['a list', fragmentOf('[1,2,3]'), 'not-results'],
		['JSON that is only a name', fragmentOf('"iit-explorer-results"'), 'not-results'],
		['the marks without results', fragmentOf('{"app":"iit-explorer-results","v":1}'), 'invalid'],
		[
			'a payload version that is not one',
			fragmentOf('{"app":"iit-explorer-results","v":0}'),
			'invalid'
		],
		['whitespace', fragmentOf('   \n'), 'empty'],
		['a link longer than the app opens', FRAGMENT_PREFIX + 'A'.repeat(MAX_LINK_CHARS), 'too-long']
	];
	for (const [what, hash, code] of cases) {
		it(`says so for ${what}`, async () => {
			expect((await refusal(() => decodeFragment(hash))).code).toBe(code);
		});
	}

	it('says so for zero cells, and for a cell given twice', async () => {
		const empty = await genuineWire();
		empty.cells = [{ alpha: 0.15, rows: [] }];
		expect((await refusal(async () => parsePayload(JSON.stringify(empty)))).code).toBe('empty');
		const twice = await genuineWire();
		const rows: number[] = twice.cells[0].rows;
		const n = rows.length / 21;
		// Cell 1 made a copy of cell 0's year, partner and sector (columns 0, 1 and 2).
		for (const column of [0, 1, 2]) rows[column * n + 1] = rows[column * n];
		const error = await refusal(async () => parsePayload(JSON.stringify(twice)));
		expect(error).toMatchObject({ code: 'invalid' });
		expect(error.detail).toMatch(/^cells\[0\]\.rows\[1\]: one cell per year/);
	});
});

describe('the decoder worker', () => {
	it('hands over the same results as decoding here, the cells moved not copied', async () => {
		const shared = await sharedSample({ table5: true, products: true });
		const hash = FRAGMENT_PREFIX + toBase64Url(deflateRawSync(resultsFileText(shared)));
		const here = await payloadOfFragment(hash);
		const reply = await replyTo({ kind: 'fragment', hash });
		// Every classification's numbers and the product rows' arrays go as transfers.
		expect(transfersOf(reply)).toHaveLength(here.cells.length + 10);
		const there = await decodeOffThread({ kind: 'fragment', hash }, inProcessWorker);
		expect(sharedOf(there)).toEqual(sharedOf(here));
	});

	it('decodes a small link here when the decoder dies, and refuses a big one', async () => {
		const dying = (): WorkerHandle => {
			let crash: (reason: Error) => void = () => {};
			return {
				endpoint: {
					postMessage: () => setTimeout(() => crash(new Error('killed')), 0),
					addEventListener: () => {},
					removeEventListener: () => {}
				} as unknown as WorkerHandle['endpoint'],
				terminate: () => {},
				onCrash: (callback) => (crash = callback)
			};
		};
		const small = fragmentOf(
			resultsFileText(await sharedSample({ table5: false, products: false }))
		);
		expect(small.length).toBeLessThan(20_000);
		expect(sharedOf(await decodeOffThread({ kind: 'fragment', hash: small }, dying))).toEqual(
			await decodeFragment(small)
		);
		const big = `${FRAGMENT_PREFIX}${'A'.repeat(30_000)}`;
		const error = await refusal(() => decodeOffThread({ kind: 'fragment', hash: big }, dying));
		expect(error).toMatchObject({ code: 'too-large', detail: 'the decoder stopped' });
	});

	it('decodes here when no worker starts', async () => {
		const hash = fragmentOf(
			resultsFileText(await sharedSample({ table5: false, products: false }))
		);
		const failing = () => {
			throw new Error('workers refused');
		};
		expect(sharedOf(await decodeOffThread({ kind: 'fragment', hash }, failing))).toEqual(
			await decodeFragment(hash)
		);
	});
});
