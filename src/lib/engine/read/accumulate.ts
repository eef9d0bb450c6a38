import { InputOverlap, type OverlapHost } from './overlap';
import type { TradeKeys } from '../model/types';

/** The first year a key can hold (years take 8 bits of the packed key). */
export const MIN_YEAR = 1900;
/** The last year a key can hold. */
export const MAX_YEAR = MIN_YEAR + 255;
/** Country ids per analysis (12 bits each for reporter and partner). */
export const MAX_COUNTRIES = 4096;
/** The largest HS6 code as an integer. */
export const MAX_PRODUCT = 999_999;

const UNSET = -2; // no row with a value yet in this direction
const MISSING = -1; // quantity missing for good (METHODS 1)
const INITIAL_KEYS = 1024;
/**
 * Default key budget (Node, CLI): 2^24 ≈ 16.8 M keys. At the limit a key costs 44 bytes of field
 * arrays (capacity is capped at the budget) + 8 of hash slots, and toTradeKeys copies 46 more:
 * 98 × 2^24 ≈ 1.6 GB at the end of a read (the last doubling peaks lower, ≈ 1.3 GB).
 */
export const DEFAULT_MAX_KEYS = 1 << 24;

/**
 * An accumulator's keys as they stand mid-read (quantities not finished: a direction with no row
 * yet is told from a missing quantity), in exactly-sized arrays that can be transferred between
 * threads. A slice of a file read in another thread comes back as this, to be merged.
 */
export interface AccumulatorState {
	count: number;
	countries: string[];
	units: string[];
	hi: Int32Array;
	lo: Int32Array;
	x: Float64Array;
	m: Float64Array;
	qx: Float64Array;
	qm: Float64Array;
	ux: Int16Array;
	um: Int16Array;
}

/** Thrown before memory is allocated for more keys than the budget allows. */
export class KeyLimitError extends Error {
	constructor(readonly limit: number) {
		super(`more than ${limit} distinct keys`);
		this.name = 'KeyLimitError';
	}
}

/**
 * Flow-pair keys (year, reporter, partner, HS6) with X, M, qX, qM, in compact storage.
 * The key is one 52-bit integer — year-1900 (8 bits), reporter (12), partner (12), product (20) —
 * held as two int32 halves (`hi` = year|reporter|partner, `lo` = product) so hashing and comparing
 * stay in integer arithmetic. An open-addressing table (linear probing, load ≤ 1/2) maps a key
 * to its dense index; the fields live in growable typed arrays. No object is made per row.
 */
export class KeyAccumulator {
	#countryIndex = new Map<string, number>();
	#countries: string[] = [];
	#unitIndex = new Map<string, number>();
	#units: string[] = [];

	#slots = new Int32Array(INITIAL_KEYS * 2); // dense index + 1; 0 = empty slot
	#mask = INITIAL_KEYS * 2 - 1;
	#count = 0;
	#hi = new Int32Array(INITIAL_KEYS);
	#lo = new Int32Array(INITIAL_KEYS);
	#x = new Float64Array(INITIAL_KEYS);
	#m = new Float64Array(INITIAL_KEYS);
	#qx = new Float64Array(INITIAL_KEYS);
	#qm = new Float64Array(INITIAL_KEYS);
	#ux = new Int16Array(INITIAL_KEYS);
	#um = new Int16Array(INITIAL_KEYS);
	/**
	 * Per key, the FOB values of the import rows that reported one and those rows' values as read
	 * (TradeKeys.reportedFob); null until the first such row, so other formats never pay for them.
	 */
	#fob: Float64Array | null = null;
	#fobAsRead: Float64Array | null = null;
	#maxKeys: number;
	/** Two input files holding the same trade (overlap.ts); null until a read names its files. */
	#overlap: InputOverlap | null = null;

	constructor({ maxKeys = DEFAULT_MAX_KEYS }: { maxKeys?: number } = {}) {
		this.#maxKeys = maxKeys;
	}

	/**
	 * The rows added from now on are one input file's (`name`), until endInput: two files that
	 * write the same key, direction and period are refused ('duplicate-input', see overlap.ts).
	 * `allPairs`: the world read, where a year written by two files is refused outright.
	 */
	beginInput(name: string, allPairs = false): void {
		this.#overlap ??= new InputOverlap(this.#overlapHost());
		this.#overlap.begin(name, allPairs);
	}

	/** The current input file is read to its end (its overlaps with earlier files are decided). */
	endInput(): void {
		this.#overlap?.end();
	}

	/** The current input file holds `period` (0 the whole year, 1–12 a month, 13 months untold) of `year`. */
	notePeriod(year: number, period: number): void {
		if (year >= MIN_YEAR && year <= MAX_YEAR) this.#overlap?.notePeriod(year - MIN_YEAR, period);
	}

	#overlapHost(): OverlapHost {
		const keys = () => this; // the arrays are replaced as they grow: read them at each call
		return {
			get size() {
				return keys().#count;
			},
			yearBitsOf: (k) => this.#hi[k] >>> 24,
			hasTrade: (k, isExport) =>
				isExport
					? this.#x[k] !== 0 || this.#ux[k] !== UNSET
					: this.#m[k] !== 0 || this.#um[k] !== UNSET,
			describe: (k, isExport) => {
				const hi = this.#hi[k];
				const reporter = this.#countries[(hi >>> 12) & 0xfff];
				const partner = this.#countries[hi & 0xfff];
				const product = String(this.#lo[k]).padStart(6, '0');
				return `${reporter}'s ${isExport ? 'exports to' : 'imports from'} ${partner} of ${product}`;
			}
		};
	}

	/** Number of distinct keys so far. */
	get size(): number {
		return this.#count;
	}

	/** The small integer id of a country id (ISO3 or numeric text), interned on first use. */
	countryId(id: string): number {
		let index = this.#countryIndex.get(id);
		if (index === undefined) {
			index = this.#countries.length;
			if (index >= MAX_COUNTRIES) throw new RangeError(`more than ${MAX_COUNTRIES} countries`);
			this.#countries.push(id);
			this.#countryIndex.set(id, index);
		}
		return index;
	}

	/** The id of a country already interned, or -1 (does not intern). */
	findCountry(id: string): number {
		return this.#countryIndex.get(id) ?? -1;
	}

	/** The country id string of an interned country. */
	countryOf(index: number): string {
		return this.#countries[index];
	}

	/** The small integer id of a quantity unit ('t', 'kg', a Comtrade unit), interned on first use. */
	unitId(unit: string): number {
		let index = this.#unitIndex.get(unit);
		if (index === undefined) {
			index = this.#units.length;
			if (index > 0x7fff) throw new RangeError('too many quantity units');
			this.#units.push(unit);
			this.#unitIndex.set(unit, index);
		}
		return index;
	}

	/**
	 * Adds one row's flow to its key and returns the key's dense index. `quantity` NaN = missing;
	 * `unit` -1 = none. A key's quantity in one direction becomes missing for good when a row with
	 * value > 0 has no usable quantity (NaN, ≤ 0, infinite) or a unit different from the rows before it.
	 */
	add(
		year: number,
		reporter: number,
		partner: number,
		product: number,
		isExport: boolean,
		valueUsd: number,
		quantity: number,
		unit: number
	): number {
		const yearBits = year - MIN_YEAR;
		if (
			!(yearBits >= 0 && yearBits <= 255) ||
			reporter >>> 12 !== 0 ||
			partner >>> 12 !== 0 ||
			!(product >= 0 && product <= MAX_PRODUCT)
		) {
			throw new RangeError(`key out of range: ${year}, ${reporter}, ${partner}, ${product}`);
		}
		const hi = (yearBits << 24) | (reporter << 12) | partner;
		const index = this.#indexOf(hi, product);
		// Before the value is added: a new key has no writer yet.
		if (this.#overlap !== null) this.#overlap.add(index, yearBits, isExport);
		if (isExport) {
			this.#x[index] += valueUsd;
			if (valueUsd > 0) mergeQuantity(this.#qx, this.#ux, index, quantity, unit);
		} else {
			this.#m[index] += valueUsd;
			if (valueUsd > 0) mergeQuantity(this.#qm, this.#um, index, quantity, unit);
		}
		return index;
	}

	/**
	 * Records that an import row just added to key `index` (add's result) reported an FOB value
	 * (METHODS 7.2): `fobUsd` and the row's value as added, `asReadUsd`, both converted as the row's
	 * value is (scale, currency).
	 */
	addReportedFob(index: number, fobUsd: number, asReadUsd: number): void {
		if (this.#fob === null || this.#fobAsRead === null) {
			this.#fob = new Float64Array(this.#hi.length);
			this.#fobAsRead = new Float64Array(this.#hi.length);
		}
		this.#fob[index] += fobUsd;
		this.#fobAsRead[index] += asReadUsd;
	}

	/** The keys in column form, in exactly-sized arrays (copies: the accumulator stays usable). */
	toTradeKeys(): TradeKeys {
		const n = this.#count;
		const year = new Uint16Array(n);
		const reporter = new Uint16Array(n);
		const partner = new Uint16Array(n);
		for (let k = 0; k < n; k++) {
			const hi = this.#hi[k];
			year[k] = (hi >>> 24) + MIN_YEAR;
			reporter[k] = (hi >>> 12) & 0xfff;
			partner[k] = hi & 0xfff;
		}
		const [exportQty, exportUnit] = finishQuantities(this.#qx.slice(0, n), this.#ux.slice(0, n));
		const [importQty, importUnit] = finishQuantities(this.#qm.slice(0, n), this.#um.slice(0, n));
		return {
			count: n,
			countries: [...this.#countries],
			year,
			reporter,
			partner,
			product: this.#lo.slice(0, n),
			exports: this.#x.slice(0, n),
			imports: this.#m.slice(0, n),
			exportQty,
			importQty,
			exportUnit,
			importUnit,
			units: [...this.#units],
			...(this.#fob !== null && this.#fobAsRead !== null
				? { reportedFob: { fob: this.#fob.slice(0, n), asRead: this.#fobAsRead.slice(0, n) } }
				: {})
		};
	}

	/**
	 * The keys so far as a transferable state (copies). Slices are read only by dual readers
	 * (BACI), whose rows never report an FOB value: the reported-FOB arrays are not carried.
	 */
	exportState(): AccumulatorState {
		const n = this.#count;
		return {
			count: n,
			countries: [...this.#countries],
			units: [...this.#units],
			hi: this.#hi.slice(0, n),
			lo: this.#lo.slice(0, n),
			x: this.#x.slice(0, n),
			m: this.#m.slice(0, n),
			qx: this.#qx.slice(0, n),
			qm: this.#qm.slice(0, n),
			ux: this.#ux.slice(0, n),
			um: this.#um.slice(0, n)
		};
	}

	/**
	 * Adds another accumulator's keys, read from the part of a file that follows this one's, as
	 * if its rows had been added here: countries and units are matched by id, new keys come after
	 * the existing ones in their own order, and quantities merge as rows would (a direction's
	 * quantity stays missing once missing; different units make it missing). A state carries no
	 * reported FOB values (exportState: only BACI is read in slices).
	 */
	mergeState(state: AccumulatorState): void {
		const countryOf = state.countries.map((id) => this.countryId(id));
		const unitOf = state.units.map((unit) => this.unitId(unit));
		for (let k = 0; k < state.count; k++) {
			const hi = state.hi[k];
			const reporter = countryOf[(hi >>> 12) & 0xfff];
			const partner = countryOf[hi & 0xfff];
			const index = this.#indexOf((hi & ~0xffffff) | (reporter << 12) | partner, state.lo[k]);
			if (this.#overlap !== null) {
				// A slice of the current input file: its key counts as its rows would.
				if (state.x[k] !== 0 || state.ux[k] !== UNSET) this.#overlap.add(index, hi >>> 24, true);
				if (state.m[k] !== 0 || state.um[k] !== UNSET) this.#overlap.add(index, hi >>> 24, false);
			}
			this.#x[index] += state.x[k];
			this.#m[index] += state.m[k];
			mergeQuantities(this.#qx, this.#ux, index, state.qx[k], state.ux[k], unitOf);
			mergeQuantities(this.#qm, this.#um, index, state.qm[k], state.um[k], unitOf);
		}
	}

	#indexOf(hi: number, lo: number): number {
		const slots = this.#slots;
		const mask = this.#mask;
		let slot = hashKey(hi, lo) & mask;
		for (;;) {
			const entry = slots[slot];
			if (entry === 0) break;
			const index = entry - 1;
			if (this.#hi[index] === hi && this.#lo[index] === lo) return index;
			slot = (slot + 1) & mask;
		}
		if (this.#count >= this.#maxKeys) throw new KeyLimitError(this.#maxKeys);
		const index = this.#count++;
		if (index === this.#hi.length) this.#growEntries();
		this.#hi[index] = hi;
		this.#lo[index] = lo;
		this.#ux[index] = UNSET;
		this.#um[index] = UNSET;
		slots[slot] = index + 1;
		if (this.#count * 2 > slots.length) this.#rehash(slots.length * 2);
		return index;
	}

	#growEntries(): void {
		// Capped at the budget, so the last growth does not reserve room for keys that cannot come.
		const size = Math.min(this.#hi.length * 2, Math.max(this.#maxKeys, INITIAL_KEYS));
		this.#hi = grow(this.#hi, new Int32Array(size));
		this.#lo = grow(this.#lo, new Int32Array(size));
		this.#x = grow(this.#x, new Float64Array(size));
		this.#m = grow(this.#m, new Float64Array(size));
		this.#qx = grow(this.#qx, new Float64Array(size));
		this.#qm = grow(this.#qm, new Float64Array(size));
		this.#ux = grow(this.#ux, new Int16Array(size));
		this.#um = grow(this.#um, new Int16Array(size));
		if (this.#fob !== null) this.#fob = grow(this.#fob, new Float64Array(size));
		if (this.#fobAsRead !== null) this.#fobAsRead = grow(this.#fobAsRead, new Float64Array(size));
	}

	#rehash(size: number): void {
		const slots = new Int32Array(size);
		const mask = size - 1;
		for (let index = 0; index < this.#count; index++) {
			let slot = hashKey(this.#hi[index], this.#lo[index]) & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = index + 1;
		}
		this.#slots = slots;
		this.#mask = mask;
	}
}

function hashKey(hi: number, lo: number): number {
	let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
	h ^= h >>> 15;
	h = Math.imul(h, 0xc2b2ae35);
	return h ^ (h >>> 16);
}

function mergeQuantity(
	qty: Float64Array,
	units: Int16Array,
	index: number,
	quantity: number,
	unit: number
): void {
	const current = units[index];
	if (current === MISSING) return;
	if (!(quantity > 0 && quantity < Infinity) || unit < 0) {
		qty[index] = NaN;
		units[index] = MISSING;
	} else if (current === UNSET) {
		qty[index] = quantity;
		units[index] = unit;
	} else if (current === unit) {
		qty[index] += quantity;
	} else {
		qty[index] = NaN; // kg plus items is no quantity at all
		units[index] = MISSING;
	}
}

/** Merges a direction's quantity state (of another accumulator, units in its own ids) into index. */
function mergeQuantities(
	qty: Float64Array,
	units: Int16Array,
	index: number,
	quantity: number,
	unit: number,
	unitOf: number[]
): void {
	if (unit === UNSET) return; // no row in this direction there
	if (unit === MISSING) {
		qty[index] = NaN;
		units[index] = MISSING;
		return;
	}
	mergeQuantity(qty, units, index, quantity, unitOf[unit]);
}

/** Quantities as TradeKeys holds them, in place: a missing or never-set one is NaN with unit -1. */
function finishQuantities(qty: Float64Array, units: Int16Array): [Float64Array, Int16Array] {
	for (let k = 0; k < units.length; k++) {
		if (units[k] < 0) {
			qty[k] = NaN;
			units[k] = MISSING;
		}
	}
	return [qty, units];
}

function grow<T extends Int32Array | Float64Array | Int16Array>(from: T, to: T): T {
	to.set(from);
	return to;
}
