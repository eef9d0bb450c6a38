/**
 * The one entry point of the read path: files + read options → flow-pair keys, ledger and
 * dataset facts. Files are opened (archives unpacked as streams), recognised by their header,
 * companions read first (their codes are needed by the data), then the data files in order.
 */
import { KeyAccumulator } from './accumulate';
import { isCustomsUnion, reporterId } from '../codes/customs-unions';
import { CountryDirectory } from '../codes/directory';
import {
	editionInForce,
	editionOfBaciFileName,
	oldestEdition,
	type HsEdition
} from '../codes/hs-editions/editions';
import { missingCodeTables, unknownCountries } from '../codes/unknown';
import { inFile } from '../model/errors';
import { createCompanionReader } from './formats/companions';
import { formatDefinition } from './formats/detect';
import type { ReaderContext } from './formats/reader';
import { openInputs } from './input/open';
import type { InputFile } from './input/source';
import { LedgerBuilder } from './ledger';
import { nothingUsedError } from './no-rows';
import { planSources, type PlannedSource } from './plan';
import { ProgressReporter } from './progress';
import { readSource, throwIfAborted, type ReadHooks } from './read-source';
import {
	DROP_REASONS,
	type CompanionId,
	type DatasetInfo,
	type FormatId,
	type Ledger,
	type ReadOptions,
	type TradeKeys,
	type UnknownCountry,
	type YearEdition
} from '../model/types';

// The read's inputs are defined where they are used first; the entry point offers them too.
export type { InputFile } from './input/source';
export type { ReadHooks } from './read-source';

/** What a read produces: the flow-pair keys, the ledger of every row, and facts for the UI. */
export interface ReadResult {
	keys: TradeKeys;
	ledger: Ledger;
	info: DatasetInfo;
}

export async function readTradeFiles(
	files: InputFile[],
	options: ReadOptions,
	hooks: ReadHooks = {}
): Promise<ReadResult> {
	// 'EUR', 'EU', '97' and 'EU-28' all choose the EU reporting as one: the id 'EUN'.
	const chosen = options.reporter?.trim().toUpperCase() || null;
	if (chosen) options = { ...options, reporter: reporterId(chosen) };
	const { sources, skipped } = await openInputs(files);
	throwIfAborted(hooks.signal);
	const plan = await planSources(sources, skipped, options);
	const format = (plan.find((p) => p.kind.kind === 'data')?.kind as { format: FormatId }).format;

	const accumulator = new KeyAccumulator({ maxKeys: hooks.maxKeys });
	const ledger = new LedgerBuilder();
	ledger.skip(skipped);
	const directory = new CountryDirectory();
	const shared = {
		accumulator,
		ledger,
		directory,
		otherReporters: new Set<number>(),
		yearPeriods: new Map<number, 'monthly' | 'annual'>(),
		unknownCountries: new Map<string, string>(),
		countryNames: new Map<string, string>(),
		chosenReporter: { seen: false },
		hsEditions: new Set<string>(),
		statedEditions: new Map<number, Set<string>>(),
		fileWideEditions: new Set<string>()
	};
	const progress = new ProgressReporter(
		plan.map((p) => p.source),
		() => ledger.rowsRead,
		hooks.onProgress
	);
	for (let index = 0; index < plan.length; index++) {
		const { source, kind } = plan[index];
		const dual = kind.kind === 'data' ? formatDefinition(kind.format).createDualReader : undefined;
		// Two data files that write the same keys are refused (overlap.ts).
		if (kind.kind === 'data') accumulator.beginInput(source.name, options.allPairs === true);
		await readSource(
			source,
			index,
			(header, delimiter) => {
				if (kind.kind === 'companion') {
					ledger.startCompanion(source.name, kind.companion, source.storedBytes, source.container);
					return {
						text: createCompanionReader(kind.companion, header, directory, source.name, ledger)
					};
				}
				ledger.startFile(source.name, kind.format, source.storedBytes, source.container);
				if (kind.format === 'baci') noteBaciEdition(source.name, shared);
				const context: ReaderContext = { ...shared, file: source.name, delimiter };
				try {
					if (dual) return dual(header, options, context);
					return { text: formatDefinition(kind.format).createReader(header, options, context) };
				} catch (error) {
					throw inFile(error, source.name); // a column lookup's error names no file
				}
			},
			dual !== undefined && hooks.fast !== false,
			{ accumulator, ledger, directory, progress, hooks, options, format }
		);
		if (kind.kind === 'data') accumulator.endInput();
	}
	progress.finish();
	// Checks that need every file (Trade Map: an exports and an imports table make one dataset).
	const ending = formatDefinition(format).finishRead?.(accumulator);

	if (ledger.rowsUsed === 0) {
		throw nothingUsedError({
			files: files.map((f) => f.name).join(', '),
			reporter: chosen && chosen !== options.reporter ? `${chosen} (${options.reporter})` : chosen,
			drops: ledger.mainDrops(DROP_REASONS.length),
			rowsRead: ledger.rowsRead,
			reporterSeen: shared.chosenReporter.seen,
			otherReporters: [...shared.otherReporters].map((i) => accumulator.countryOf(i))
		});
	}
	const keys = accumulator.toTradeKeys();
	// A dropped BACI table names its codes without ISO3 (the built-in names the rest).
	for (const [id, name] of directory.namesOfCodesWithoutIso3()) shared.countryNames.set(id, name);
	const unknown = unknownCountries(keys, shared.unknownCountries, directory, (i) =>
		ledger.rowsOfCountry(i)
	);
	const info = datasetInfo(keys, format, options, plan, shared, unknown);
	if (ending) {
		info.notes.push(...ending.notes);
		if (ending.valueUnitInFile) info.valueUnitInFile = ending.valueUnitInFile;
	}
	return { keys, ledger: ledger.build(unknown), info };
}

/** Facts about the keys read, for the UI. */
function datasetInfo(
	keys: TradeKeys,
	format: FormatId,
	options: ReadOptions,
	plan: PlannedSource[],
	shared: {
		countryNames: Map<string, string>;
		hsEditions: Set<string>;
		statedEditions: Map<number, Set<string>>;
		fileWideEditions: Set<string>;
	},
	unknown: UnknownCountry[]
): DatasetInfo {
	const years = [...new Set(keys.year)].sort((a, b) => a - b);
	const ids = (column: Uint16Array): string[] =>
		[...new Set(column)].map((i) => keys.countries[i]).sort();
	const partners = ids(keys.partner);
	const reporters = ids(keys.reporter);
	const used = new Set([...partners, ...reporters]);
	const hasCompanion = (id: CompanionId) =>
		plan.some((p) => p.kind.kind === 'companion' && p.kind.companion === id);
	let anyQuantity = false;
	for (let k = 0; k < keys.count && !anyQuantity; k++) {
		anyQuantity =
			keys.exportQty[k] === keys.exportQty[k] || keys.importQty[k] === keys.importQty[k];
	}
	return {
		format,
		...formatDefinition(format).facts(options),
		reporters,
		partners,
		years,
		keys: keys.count,
		missingCompanions: missingCodeTables(format, unknown, hasCompanion),
		notes: [
			...(anyQuantity ? [] : (['no-quantities'] as const)),
			...(reporters.some(isCustomsUnion) ? (['customs-union-reporter'] as const) : [])
		],
		// Comtrade's H0…H6 of the rows used: said only where the files say it.
		...(shared.hsEditions.size > 0 ? { hsEditions: [...shared.hsEditions].sort() } : {}),
		yearEditions: yearEditions(years, shared),
		countryNames: Object.fromEntries([...shared.countryNames].filter(([id]) => used.has(id)))
	};
}

/**
 * BACI states its edition in the file name (BACI_HS17_Y2022_V202401.csv): for the year the
 * name gives, or for every year of the read when it gives none.
 */
function noteBaciEdition(
	name: string,
	shared: { statedEditions: Map<number, Set<string>>; fileWideEditions: Set<string> }
): void {
	const edition = editionOfBaciFileName(name);
	if (edition === null) return;
	const year = /_Y(\d{4})(?:_|\.|$)/i.exec(name) ?? /baci\d\d_(\d{4})/i.exec(name);
	if (!year) {
		shared.fileWideEditions.add(edition);
		return;
	}
	const codes = shared.statedEditions.get(Number(year[1])) ?? new Set<string>();
	codes.add(edition);
	shared.statedEditions.set(Number(year[1]), codes);
}

/**
 * Each year's edition (METHODS 8): the one its files state (the oldest if they state several),
 * else the edition in force that year.
 */
function yearEditions(
	years: number[],
	shared: { statedEditions: Map<number, Set<string>>; fileWideEditions: Set<string> }
): YearEdition[] {
	return years.map((year) => {
		const stated = [...(shared.statedEditions.get(year) ?? []), ...shared.fileWideEditions];
		const oldest = oldestEdition(stated as HsEdition[]);
		return oldest === null
			? { year, edition: editionInForce(year), stated: false }
			: { year, edition: oldest, stated: true };
	});
}
