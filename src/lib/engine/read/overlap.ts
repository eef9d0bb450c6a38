/**
 * Two input files that hold the same trade: the same BACI year dropped twice (two releases, or
 * one file twice), two copies of EXP_2022.csv, two Comtrade files of one reporter, year and flow.
 * Summing them would count that trade twice, so the read stops ('duplicate-input').
 *
 * The rule: two files overlap when both write the same key (year, reporter, partner, HS6) in the
 * same direction and the same period: a month (Comext YYYYMM, Comtrade+ and Comex Stat months)
 * or the whole year (files that say nothing of months, such as BACI). So monthly files of one
 * year, a download split by product or by partner, EXP + IMP of one year and several years are
 * never refused.
 *
 * How, cheaply:
 * - per file, the years it writes (noted when a row's year differs from the row before) and, per
 *   year, the periods it holds (a 13-bit mask: bit 0 the whole year, bits 1–12 the months);
 * - nothing per key while no year is written by two files (several BACI years, or one file:
 *   the common reads cost one integer compare per row);
 * - from the first year written by a second file on, per key and direction the file that wrote
 *   it last (2 bytes each). At that moment every year has had one writer, so the keys already
 *   read get theirs from their year. A row of another file on a key written by an earlier one
 *   is a suspect (file pair, year): the pair overlaps if their periods of that year meet (at once,
 *   or at the end of the file, when its periods are all known).
 * Known limits: a key's own months are not kept, only its files', so two files whose month sets
 * overlap (Jan–Jun and Jun–Dec) are refused even if a given key is in June in only one of them;
 * and a copy read after other months of the same keys (Jan, Feb, Mar, then Feb again) is compared
 * with March only. Months that a reader cannot tell (UNKNOWN_MONTHS) never overlap.
 * In all-pairs mode (the world page: one BACI year, up to 8 M keys) no key is tracked: a year
 * written by two files is refused at once.
 */
import { TradeFileError } from '../model/errors';

/** The period of a row: 0 the whole year, 1–12 a month, UNKNOWN_MONTHS months not told. */
export const WHOLE_YEAR = 0;
export const UNKNOWN_MONTHS = 13;
/** Periods that can overlap: the whole year and the twelve months. */
const COMPARED = 0x1fff;
const NO_FILE = 0;

/** What the overlap check reads of the keys (the accumulator's). */
export interface OverlapHost {
	/** Keys so far. */
	readonly size: number;
	/** Year − 1900 of key k. */
	yearBitsOf(k: number): number;
	/** Whether key k has trade in one direction. */
	hasTrade(k: number, isExport: boolean): boolean;
	/** Names a key and direction for the message ("BRA's exports to ARG of 010121"). */
	describe(k: number, isExport: boolean): string;
}

export class InputOverlap {
	#names: string[] = [];
	/** Index + 1 of the file being read (what the writer arrays hold); 0 before the first. */
	#current = NO_FILE;
	#allPairs = false;
	/** Year bits (year − 1900) of the last row noted in this file; -1 after a file starts. */
	#lastYear = -1;
	/** Per year bits, the file (+1) that wrote it first; tracking starts when a second one does. */
	#yearFile = new Int32Array(256);
	/** (file × 256 + year bits) → the periods that file holds in that year. */
	#periods = new Map<number, number>();
	/** Per key, the file (+1) that last wrote its exports / imports; null while not tracking. */
	#exportWriter: Uint16Array | null = null;
	#importWriter: Uint16Array | null = null;
	/** Suspects of the file being read whose periods did not meet (yet): pair tag → an example key. */
	#pending = new Map<number, { key: number; isExport: boolean }>();
	#lastSuspect = -1;
	#host: OverlapHost;

	constructor(host: OverlapHost) {
		this.#host = host;
	}

	/** A data file starts. `allPairs`: the world read (a shared year is refused, no key tracked). */
	begin(name: string, allPairs: boolean): void {
		if (this.#names.length >= 0xffff) throw new RangeError('too many input files');
		this.#names.push(name);
		this.#current = this.#names.length;
		this.#allPairs = allPairs;
		this.#lastYear = -1;
		this.#lastSuspect = -1;
	}

	/** The file being read is over: its periods are all known, so its suspects are decided. */
	end(): void {
		for (const [tag, example] of this.#pending) {
			const earlier = Math.floor(tag / 256);
			const shared = this.#sharedPeriods(earlier, tag % 256);
			if (shared !== 0) throw this.#duplicate(earlier, tag % 256, shared, example);
		}
		this.#pending.clear();
	}

	/** The file being read holds `period` (WHOLE_YEAR, 1–12, UNKNOWN_MONTHS) of `year` bits. */
	notePeriod(yearBits: number, period: number): void {
		if (this.#current === NO_FILE) return;
		const tag = this.#current * 256 + yearBits;
		this.#periods.set(tag, (this.#periods.get(tag) ?? 0) | (1 << period));
	}

	/** A row of the current file was added to key `index` (year − 1900 `yearBits`, one direction). */
	add(index: number, yearBits: number, isExport: boolean): void {
		if (yearBits !== this.#lastYear) this.#noteYear(yearBits);
		if (this.#exportWriter === null) return;
		if (index >= this.#exportWriter.length) this.#grow(index);
		const writers = (isExport ? this.#exportWriter : this.#importWriter) as Uint16Array;
		const last = writers[index];
		const current = this.#current;
		if (last === current) return;
		writers[index] = current;
		if (last !== NO_FILE) this.#suspect(last, yearBits, index, isExport);
	}

	#noteYear(yearBits: number): void {
		this.#lastYear = yearBits;
		if (this.#current === NO_FILE) return;
		const first = this.#yearFile[yearBits];
		if (first === NO_FILE) this.#yearFile[yearBits] = this.#current;
		else if (first !== this.#current && this.#exportWriter === null) {
			if (this.#allPairs) throw this.#duplicate(first, yearBits, 1 << WHOLE_YEAR, null);
			this.#track();
		}
	}

	/** Starts tracking writers: every year had one writer so far, so a key's is its year's. */
	#track(): void {
		const host = this.#host;
		const count = host.size;
		const exports = new Uint16Array(Math.max(1024, count * 2));
		const imports = new Uint16Array(exports.length);
		for (let k = 0; k < count; k++) {
			const file = this.#yearFile[host.yearBitsOf(k)];
			if (host.hasTrade(k, true)) exports[k] = file;
			if (host.hasTrade(k, false)) imports[k] = file;
		}
		this.#exportWriter = exports;
		this.#importWriter = imports;
	}

	#grow(index: number): void {
		const size = Math.max(index + 1, (this.#exportWriter as Uint16Array).length * 2);
		const grow = (from: Uint16Array) => {
			const to = new Uint16Array(size);
			to.set(from);
			return to;
		};
		this.#exportWriter = grow(this.#exportWriter as Uint16Array);
		this.#importWriter = grow(this.#importWriter as Uint16Array);
	}

	/** A key of an earlier file written again: refuse now if their periods meet, else decide at the end. */
	#suspect(earlier: number, yearBits: number, key: number, isExport: boolean): void {
		const tag = earlier * 256 + yearBits;
		if (tag === this.#lastSuspect) return; // the common case: row after row of one pair
		this.#lastSuspect = tag;
		if (this.#pending.has(tag)) return;
		const shared = this.#sharedPeriods(earlier, yearBits);
		if (shared !== 0) throw this.#duplicate(earlier, yearBits, shared, { key, isExport });
		this.#pending.set(tag, { key, isExport });
	}

	/** The periods of a year that an earlier file and the current one both hold. */
	#sharedPeriods(earlier: number, yearBits: number): number {
		const of = (file: number) => this.#periods.get(file * 256 + yearBits) ?? 1 << WHOLE_YEAR;
		return of(earlier) & of(this.#current) & COMPARED;
	}

	#duplicate(
		earlier: number,
		yearBits: number,
		shared: number,
		example: { key: number; isExport: boolean } | null
	): TradeFileError {
		const first = this.#names[earlier - 1];
		const second = this.#names[this.#current - 1];
		const year = 1900 + yearBits;
		const period = periodText(year, shared);
		const trade = example
			? ` (${this.#host.describe(example.key, example.isExport)}, for one)`
			: '';
		const message =
			first === second
				? `${first} is given twice: its trade of ${period}${trade} would be counted twice. Drop it only once.`
				: `${first} and ${second} hold the same trade of ${period}${trade}: two copies of one download would be counted twice. Drop only one of them.`;
		return new TradeFileError('duplicate-input', message, second, undefined, undefined, {
			first,
			second,
			year: period
		});
	}
}

/** "2020", or "2022-01, 2022-02" for months. */
function periodText(year: number, periods: number): string {
	if (periods & (1 << WHOLE_YEAR)) return String(year);
	const months: string[] = [];
	for (let m = 1; m <= 12; m++) {
		if (periods & (1 << m)) months.push(`${year}-${String(m).padStart(2, '0')}`);
	}
	return months.join(', ');
}
