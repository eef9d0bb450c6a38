/**
 * What the Trade Map tables of one read hold together. Trade Map gives a reporter's exports and
 * its imports as two downloads ("List of products exported by Brazil to Argentina", "… imported
 * by Brazil from Argentina"): each table says which (reporter, partner, product, year,
 * direction) its value columns cover, and once every file is read the read is checked whole —
 * both directions for every pair and year, no trade held by two tables, every table with a
 * header and rows. The refusals say which table holds what, and what to download.
 */
import type { KeyAccumulator } from '../accumulate';
import { TradeFileError } from '../../model/errors';
import type { DatasetNote } from '../../model/types';
import {
	downloadAdvice,
	incompleteTable,
	rowWord,
	tradeMapMenu,
	type RefusalPlace
} from './trade-map-advice';
import { noFacts, type TableFacts } from './trade-map-titles';

/** One table of the read, as its reader fills it in. */
export interface TableRecord {
	file: string;
	html: boolean;
	/** Where its header is; null until it is found (titles come first). */
	headerLine: number | null;
	/** Data rows after the header. */
	rows: number;
	/** A refusal waiting for the rows to say more (their product level), thrown at the latest at the end. */
	pending: (() => TradeFileError) | null;
	facts: TableFacts;
	/** '1000 USD' or 'USD' as the table states it, or Trade Map's default when it says nothing. */
	unit: string | null;
	unitAssumed: boolean;
	/** Its reporter is the chosen one (or none was chosen): its trade is the analysis'. */
	counts: boolean;
}

/** A (reporter, partner, product, year, direction) a table's value column holds; -1: per row. */
export interface Covered {
	reporter: number;
	partner: number;
	product: number;
	year: number;
	isExport: boolean;
	/** The header cell, for a column named twice. */
	column: string;
}

/** Reporter, partner and product of a stretch of trade: one direction of it is in each table. */
interface Scope {
	reporter: number;
	partner: number;
	product: number;
	years: [Map<number, Set<TableRecord>>, Map<number, Set<TableRecord>>]; // [imports, exports]
}

/** What the read's tables add to the dataset's facts. */
export interface TradeMapEnding {
	notes: DatasetNote[];
	valueUnitInFile?: string;
}

export class TradeMapRead {
	readonly tables: TableRecord[] = [];
	#covered = new Map<string, { table: TableRecord; year: number }>();
	#scopes = new Map<string, Scope>();
	/** Country indexes → the names the tables write. */
	#names = new Map<number, string>();

	/** A new table of the read. */
	open(file: string, html: boolean): TableRecord {
		const table: TableRecord = {
			file,
			html,
			headerLine: null,
			rows: 0,
			pending: null,
			facts: noFacts(),
			unit: null,
			unitAssumed: false,
			counts: true
		};
		this.tables.push(table);
		return table;
	}

	/** Remembers how the tables write a country, for messages. */
	name(index: number, text: string | null): void {
		if (index >= 0 && text && !this.#names.has(index)) this.#names.set(index, text);
	}

	/**
	 * Notes what a table's value columns hold. The same trade in two columns or two tables would
	 * be counted twice: 'duplicate-column' / 'duplicate-input'.
	 */
	cover(table: TableRecord, covered: Covered[]): void {
		for (const c of covered) {
			const key = `${c.reporter} ${c.partner} ${c.product} ${c.year} ${c.isExport}`;
			const before = this.#covered.get(key);
			if (before?.table === table) throw namedTwice(table, c.column);
			if (before) throw heldTwice(before.table, table, c.year);
			this.#covered.set(key, { table, year: c.year });
			if (!table.counts) continue;
			const scopeKey = `${c.reporter} ${c.partner} ${c.product}`;
			let scope = this.#scopes.get(scopeKey);
			if (!scope) {
				scope = { ...c, years: [new Map(), new Map()] };
				this.#scopes.set(scopeKey, scope);
			}
			const years = scope.years[c.isExport ? 1 : 0];
			const tables = years.get(c.year) ?? new Set<TableRecord>();
			tables.add(table);
			years.set(c.year, tables);
		}
	}

	/** Checks the read whole, once every file is read; what to add to the dataset's facts. */
	finish(): TradeMapEnding {
		for (const table of this.tables) {
			const place = placeOf(table, table.headerLine ?? 1);
			if (table.headerLine === null) throw incompleteTable(['yearly values'], place);
			if (table.pending) throw table.pending();
			if (table.rows === 0) {
				throw new TradeFileError(
					'empty-file',
					'The table has a header and no data rows.',
					table.file,
					table.headerLine
				);
			}
		}
		this.#checkDirections();
		const units = [...new Set(this.tables.map((t) => t.unit).filter((u) => u !== null))];
		return {
			notes: this.tables.some((t) => t.unitAssumed) ? ['value-unit-assumed'] : [],
			...(units.length > 0 ? { valueUnitInFile: units.join(', ') } : {})
		};
	}

	/** Every pair's every year has its exports and its imports, from one table or two. */
	#checkDirections(): void {
		const scopes = [...this.#scopes.values()];
		const oneWay = (scope: Scope) =>
			scope.years[0].size === 0 ? 1 : scope.years[1].size === 0 ? 0 : -1;
		for (const scope of scopes) {
			const has = oneWay(scope);
			if (has >= 0) {
				// The other direction in another pair's table: say the two do not match.
				const other = scopes.find((s) => oneWay(s) === 1 - has);
				if (other) throw this.#mismatch(has === 1 ? scope : other, has === 1 ? other : scope);
				throw this.#oneDirection(scope, has === 1);
			}
			const gaps: string[] = [];
			for (const direction of [1, 0]) {
				for (const year of [...scope.years[direction].keys()].sort((a, b) => a - b)) {
					if (!scope.years[1 - direction].has(year)) {
						gaps.push(`${direction === 1 ? 'imports' : 'exports'} in ${year}`);
					}
				}
			}
			if (gaps.length > 0) throw this.#yearGaps(scope, gaps);
		}
	}

	#trade(scope: Scope, exports: boolean): string {
		const reporter = this.#names.get(scope.reporter) ?? 'the reporter';
		const partner =
			scope.partner < 0 ? 'its partner markets' : (this.#names.get(scope.partner) ?? 'its partner');
		const product = scope.product >= 0 ? ` of HS6 ${String(scope.product).padStart(6, '0')}` : '';
		return `${reporter}'s ${exports ? 'exports to' : 'imports from'} ${partner}${product}`;
	}

	#filesOf(scope: Scope, exports: boolean): TableRecord[] {
		const tables = new Set<TableRecord>();
		for (const set of scope.years[exports ? 1 : 0].values()) for (const t of set) tables.add(t);
		return [...tables];
	}

	#advice(scope: Scope, need: 'exports' | 'imports', withFile: string): string {
		const partner = scope.partner >= 0 ? (this.#names.get(scope.partner) ?? null) : null;
		return downloadAdvice(this.#names.get(scope.reporter) ?? null, partner, need, withFile);
	}

	#menu(scope: Scope, need: 'exports' | 'imports'): string {
		const partner = scope.partner >= 0 ? (this.#names.get(scope.partner) ?? null) : null;
		return tradeMapMenu(this.#names.get(scope.reporter) ?? null, partner, need);
	}

	#oneDirection(scope: Scope, exports: boolean): TradeFileError {
		const tables = this.#filesOf(scope, exports);
		const missing = exports ? 'imports' : 'exports';
		const files = tables.map((t) => t.file).join(', ');
		const one = tables.length === 1 ? tables[0] : null;
		const line = one?.headerLine ?? undefined;
		return new TradeFileError(
			'incomplete-table',
			`${files} ${one ? 'holds' : 'hold'} only ${this.#trade(scope, exports)}: ` +
				`the ${missing} are missing (no table of the files dropped holds them)` +
				`${one && line ? rowWord(one.html, line) : ''}. ` +
				this.#advice(scope, missing, one ? 'this one' : 'these'),
			files,
			line,
			undefined,
			{ missing, download: this.#menu(scope, missing) }
		);
	}

	#mismatch(exports: Scope, imports: Scope): TradeFileError {
		const x = this.#filesOf(exports, true).map((t) => t.file);
		const m = this.#filesOf(imports, false).map((t) => t.file);
		const what = exports.reporter !== imports.reporter ? 'reporter' : 'partner';
		// "Argentina's imports from Brazil": the mirror of Brazil's exports, not Brazil's imports.
		const mirror =
			exports.reporter === imports.partner && exports.partner === imports.reporter
				? ` (${this.#trade(imports, false)} mirror ${this.#trade(exports, true)}: they are not its imports)`
				: '';
		return new TradeFileError(
			'mismatched-tables',
			`${x.join(', ')} ${x.length > 1 ? 'hold' : 'holds'} ${this.#trade(exports, true)} and ` +
				`${m.join(', ')} ${m.length > 1 ? 'hold' : 'holds'} ${this.#trade(imports, false)}: ` +
				`their ${what}s differ${mirror}, and an exports table and an imports table are one ` +
				"dataset only when they are the same reporter's trade with the same partner. " +
				this.#advice(exports, 'imports', x.join(', ')),
			[...x, ...m].join(', '),
			undefined,
			undefined,
			{ exports: x.join(', '), imports: m.join(', ') }
		);
	}

	#yearGaps(scope: Scope, gaps: string[]): TradeFileError {
		const tables = [...new Set([...this.#filesOf(scope, true), ...this.#filesOf(scope, false)])];
		const files = tables.map((t) => t.file).join(', ');
		const trade = this.#trade(scope, true).replace(/'s exports to /, "'s trade with ");
		return new TradeFileError(
			'incomplete-table',
			`${trade} lacks ${gaps.join(', ')} (${files}): a year with one direction only is not ` +
				'one-way trade, it is a table that stops short. Download the exports and the imports for ' +
				'the same years and drop them together.',
			files,
			tables.length === 1 ? (tables[0].headerLine ?? undefined) : undefined,
			undefined,
			{ missing: gaps.join(', ') }
		);
	}
}

function placeOf(table: TableRecord, line: number): RefusalPlace {
	return {
		file: table.file,
		line,
		html: table.html,
		facts: table.facts,
		reporter: table.facts.reporter,
		partner: table.facts.partner
	};
}

function namedTwice(table: TableRecord, column: string): TradeFileError {
	return new TradeFileError(
		'duplicate-column',
		`The header names the column "${column}" twice: it is not clear which one holds the data. Rename or delete one of them and drop the file again.`,
		table.file,
		table.headerLine ?? 1,
		column,
		{ column }
	);
}

function heldTwice(first: TableRecord, second: TableRecord, year: number): TradeFileError {
	const same = first.file === second.file;
	const files = same ? first.file : `${first.file} and ${second.file}`;
	const what = same
		? `${files} is dropped twice: its trade (${year}) would be counted twice. Drop it once.`
		: `${files} hold the same trade (${year}): two copies of one download, or a table and ` +
			'another that holds part of it, would be counted twice. Drop only one of them.';
	return new TradeFileError(
		'duplicate-input',
		what,
		second.file,
		second.headerLine ?? undefined,
		undefined,
		{ files, year }
	);
}

const reads = new WeakMap<KeyAccumulator, TradeMapRead>();

/** The Trade Map tables of the read that fills `accumulator`. */
export function tradeMapRead(accumulator: KeyAccumulator): TradeMapRead {
	let read = reads.get(accumulator);
	if (!read) {
		read = new TradeMapRead();
		reads.set(accumulator, read);
	}
	return read;
}
