/**
 * The robustness table (METHODS 7.6): the selection classified under the paper's settings and
 * under each single change of them, from the kept keys (no re-read). Every row sees the keys as
 * classification does (keysForClassification's steps) and adds as the GHM and FF splits do
 * (robustness-sums.ts), so the paper's row is exactly what the tables show for the same
 * selection and settings. Rows that classify the same keys share one pass over them.
 */
import { editionsFound } from '../codes/hs-editions/harmonize';
import { keysInOneEdition } from './harmonized-keys';
import { keysAtLevel } from './aggregate-level';
import { keysValuedAs } from './fob-valuation';
import { keySetSums } from './robustness-sums';
import { screenUnitValuesEach, uvScreenText } from './uv-screen';
import type { Selection } from '../model/selection';
import type { ClassSplit, ClassifySettings, TradeKeys, YearEdition } from '../model/types';
import { groupRow, ratio, type GroupSums } from '../views/tables';

/** The rows, in the order of the table: the paper's settings first, then one change each. */
export const ROBUSTNESS_ROW_IDS = [
	'paper',
	'alpha-25',
	'theta-05',
	'theta-20',
	'uv-screen-quantile',
	'uv-screen-mean',
	'fob-where-reported',
	'level-hs4',
	'hs-editions'
] as const;
export type RobustnessRowId = (typeof ROBUSTNESS_ROW_IDS)[number];

/** The paper's settings (α 15 %, θ 10 %, no CIF/FOB factor, no screen, HS6, codes as read). */
export const PAPER_SETTINGS: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

/** The screens' parameters the table uses: METHODS 7.1's defaults. */
export const ROBUSTNESS_SCREENS = {
	quantile: { rule: 'quantile', p: 0.05 },
	mean: { rule: 'mean', k: 5 }
} as const;

/** One row's settings: classify settings, and whether the keys are first put in one HS edition. */
interface Variant {
	id: RobustnessRowId;
	settings: ClassifySettings;
	harmonize: boolean;
}

const VARIANTS: readonly Variant[] = [
	{ id: 'paper', settings: PAPER_SETTINGS, harmonize: false },
	{ id: 'alpha-25', settings: { ...PAPER_SETTINGS, alpha: 0.25 }, harmonize: false },
	{ id: 'theta-05', settings: { ...PAPER_SETTINGS, theta: 0.05 }, harmonize: false },
	{ id: 'theta-20', settings: { ...PAPER_SETTINGS, theta: 0.2 }, harmonize: false },
	{
		id: 'uv-screen-quantile',
		settings: { ...PAPER_SETTINGS, uvScreen: ROBUSTNESS_SCREENS.quantile },
		harmonize: false
	},
	{
		id: 'uv-screen-mean',
		settings: { ...PAPER_SETTINGS, uvScreen: ROBUSTNESS_SCREENS.mean },
		harmonize: false
	},
	{
		id: 'fob-where-reported',
		settings: { ...PAPER_SETTINGS, fobWhereReported: true },
		harmonize: false
	},
	{ id: 'level-hs4', settings: { ...PAPER_SETTINGS, level: 'hs4' }, harmonize: false },
	{ id: 'hs-editions', settings: PAPER_SETTINGS, harmonize: true }
];

/** One method's figures in a row: the IIT index and each class's share of trade. */
export interface RobustnessFigures {
	/** The paper's Table 2 index: the mean over years with trade of IIT_t / T_t. */
	iitIndex: number;
	/** Shares of the period's trade (Σ class / Σ T); the six add up to 1 with one-way trade. */
	oneWay: number;
	hiit: number;
	viitSup: number;
	viitInf: number;
	/** Unclassified for want of comparable quantities. */
	unclassified: number;
	/** Unclassified because the unit-value screen took R out (0 without the screen). */
	outlier: number;
}

export interface RobustnessRow {
	id: RobustnessRowId;
	/** The one setting the row changes, as the CLI writes it (`alpha=0.25`); `paper` for the first. */
	change: string;
	/** Annual average trade T (USD, the data's currency). */
	trade: number;
	ghm: RobustnessFigures;
	ff: RobustnessFigures;
	/** GLC and Aquino's Q (METHODS 7.3): means over the years where they are defined. */
	glc: number;
	aquinoQ: number;
	/** The change has nothing to act on here (no FOB import value reported, one HS edition): the row repeats the paper's. */
	noEffect: boolean;
}

export interface RobustnessTable {
	rows: RobustnessRow[];
	years: number[];
}

/** The row's change as text (what the CLI's flags would say). */
function changeText(variant: Variant): string {
	const { id, settings } = variant;
	switch (id) {
		case 'paper':
			return 'paper';
		case 'alpha-25':
			return `alpha=${settings.alpha}`;
		case 'theta-05':
		case 'theta-20':
			return `theta=${settings.theta}`;
		case 'uv-screen-quantile':
		case 'uv-screen-mean':
			return `uv-screen=${uvScreenText(settings.uvScreen!)}`;
		case 'fob-where-reported':
			return 'fob-where-reported';
		case 'level-hs4':
			return 'level=hs4';
		case 'hs-editions':
			return 'hs-editions=convert';
	}
}

/** Whether the variant's change finds anything to act on in the keys read. */
function hasEffect(variant: Variant, keys: TradeKeys, yearEditions: readonly YearEdition[]) {
	if (variant.harmonize) return editionsFound(yearEditions).length > 1;
	if (variant.settings.fobWhereReported) return keys.reportedFob !== undefined;
	return true;
}

function figures(sums: GroupSums, method: 'ghm' | 'ff', iitIndex: number): RobustnessFigures {
	const period: ClassSplit = { ...sums[0][method] };
	let trade = sums[0].trade;
	for (let y = 1; y < sums.length; y++) {
		const split = sums[y][method];
		period.oneWay += split.oneWay;
		period.hiit += split.hiit;
		period.viitSup += split.viitSup;
		period.viitInf += split.viitInf;
		period.unclassified += split.unclassified;
		period.outlier += split.outlier;
		trade += sums[y].trade;
	}
	return {
		iitIndex,
		oneWay: ratio(period.oneWay, trade),
		hiit: ratio(period.hiit, trade),
		viitSup: ratio(period.viitSup, trade),
		viitInf: ratio(period.viitInf, trade),
		unclassified: ratio(period.unclassified, trade),
		outlier: ratio(period.outlier, trade)
	};
}

/** One set of keys and the rows that classify it (same level, valuation and edition). */
interface KeySet {
	keys: TradeKeys;
	variants: Variant[];
	/** Per variant, its screen flags on these keys (null without a screen). */
	screened: (Uint8Array | null)[];
}

/** The rows of the variants that share a key set, from one pass over its keys. */
function keySetRows(set: KeySet, selection: Selection, years: number[]): RobustnessRow[] {
	const { keys, variants, screened } = set;
	const { sums, aquinoQ } = keySetSums(
		keys,
		selection,
		years.length,
		variants[0].settings.cifFobFactor,
		variants.map(({ settings }, v) => ({
			alpha: settings.alpha,
			theta: settings.theta,
			screened: screened[v]
		}))
	);
	return variants.map((variant, v) => {
		const row = groupRow(variant.id, sums[v]);
		return {
			id: variant.id,
			change: changeText(variant),
			trade: row.trade,
			ghm: figures(sums[v], 'ghm', row.ghm.iitIndex),
			ff: figures(sums[v], 'ff', row.ff.iitIndex),
			glc: row.glc,
			aquinoQ,
			noEffect: false
		};
	});
}

/**
 * The key sets of the variants that act: the keys read for the paper's, α, θ and both screens
 * (the screens flag these very keys, gathered once for both rules), and one set each for FOB,
 * HS4 and the edition conversion when there is something to convert or revalue.
 */
function keySets(
	readKeys: TradeKeys,
	yearEditions: readonly YearEdition[],
	acting: Variant[]
): KeySet[] {
	const asRead: Variant[] = [];
	const others: KeySet[] = [];
	for (const variant of acting) {
		const { settings } = variant;
		if (variant.harmonize) {
			const keys = keysInOneEdition(readKeys, yearEditions);
			others.push({ keys, variants: [variant], screened: [null] });
		} else if (settings.level || settings.fobWhereReported) {
			const keys = keysAtLevel(keysValuedAs(readKeys, settings), settings.level ?? 'hs6');
			others.push({ keys, variants: [variant], screened: [null] });
		} else asRead.push(variant);
	}
	const screens = asRead.flatMap(({ settings }) => (settings.uvScreen ? [settings.uvScreen] : []));
	const flags = screenUnitValuesEach(readKeys, screens);
	let next = 0;
	const screened = asRead.map(({ settings }) => (settings.uvScreen ? flags[next++] : null));
	return [{ keys: readKeys, variants: asRead, screened }, ...others];
}

/**
 * The robustness table of a selection of the kept keys: its years are yearFrom … yearTo (as the
 * tables' filter), and `yearEditions` are the dataset's (DatasetInfo.yearEditions) for the HS
 * editions row. Throws RangeError on an empty year range.
 */
export function robustnessTable(
	keys: TradeKeys,
	selection: Selection,
	yearEditions: readonly YearEdition[] = []
): RobustnessTable {
	if (!(selection.yearTo >= selection.yearFrom)) {
		throw new RangeError(`empty year range ${selection.yearFrom}–${selection.yearTo}`);
	}
	const years: number[] = [];
	for (let year = selection.yearFrom; year <= selection.yearTo; year++) years.push(year);
	const acting = VARIANTS.filter((variant) => hasEffect(variant, keys, yearEditions));
	const computed = new Map<RobustnessRowId, RobustnessRow>();
	for (const set of keySets(keys, yearEditions, acting)) {
		for (const row of keySetRows(set, selection, years)) computed.set(row.id, row);
	}
	const paper = computed.get('paper')!;
	// A change with nothing to act on gives the paper's figures: said, not recomputed.
	const rows = VARIANTS.map(
		(variant) =>
			computed.get(variant.id) ?? {
				...paper,
				id: variant.id,
				change: changeText(variant),
				noEffect: true
			}
	);
	return { rows, years };
}
