/** The user's choices. Read options, classify settings and view choices are kept apart because changing each costs differently. */
import {
	ALL_PARTNERS,
	type Basket,
	type ClassifySettings,
	type ColumnMapping,
	type CustomGroup,
	type Dimension,
	type FormatChoice,
	type PartnerSet,
	type ProductLevel,
	type HsEditionsChoice,
	type ProductScope,
	type QuantityBasis,
	type ReadOptions,
	type SectorId,
	type UvScreen
} from '../engine';
import { DEFAULT_LEVEL, isValidUvScreen } from './classify-options';

export type MethodChoice = 'ghm' | 'ff' | 'both';
export type Method = 'ghm' | 'ff';
/** α values of the paper, offered as buttons. */
export const ALPHA_PRESETS = [0.15, 0.25] as const;
export const DEFAULT_REPORTER = 'BRA';
/** What the rows of partner views are: partner countries or country groups. */
export type RowsKind = 'partner' | 'group';

/** Clamp into an open or half-open interval; returns `fallback` for NaN. */
function within(value: number, min: number, max: number, fallback: number): number {
	if (!Number.isFinite(value) || value < min || value > max) return fallback;
	return value;
}

/**
 * The settings. A choice that any value may take is a plain field; one that must be valid (α, θ,
 * the factor, top N, the product filters) has a setter that keeps the last valid value.
 */
export class AnalysisSettings {
	method = $state<MethodChoice>('both');
	#alpha = $state(0.15);
	#theta = $state(0.1);
	#cifFobFactor = $state(1);
	// The robustness options (METHODS 7.1, 7.2, 7.4): off, HS6, off as in the paper.
	#uvScreen = $state.raw<UvScreen | null>(null);
	level = $state<ProductLevel>(DEFAULT_LEVEL);
	/** Only changes anything when a file reported FOB import values (the ledger's importValuation). */
	fobWhereReported = $state(false);
	/** Mixed HS editions converted to the oldest (METHODS 8's default), or codes kept as read. */
	hsEditions = $state<HsEditionsChoice>('convert');
	reporter = $state(DEFAULT_REPORTER);
	quantityBasis = $state<QuantityBasis>('auto');
	/**
	 * `auto` recognises each file by its header; `custom` reads every data file through the
	 * mapping (chosen when the user maps the columns of a file of a known format).
	 */
	format = $state<FormatChoice>('auto');
	/**
	 * The column mapping for files of no known format (applies to files with its header
	 * signature). Replaced whole when the user applies a mapping, never edited in place.
	 */
	mapping = $state.raw<ColumnMapping | null>(null);
	includeReExports = $state(false);
	/** First and last year of the view; null means the data's first / last year. */
	yearFrom = $state<number | null>(null);
	yearTo = $state<number | null>(null);
	#topN = $state(15);
	// Filters every view shares; sectors and chapters change the cells (the worker applies them).
	#sectors = $state.raw<SectorId[] | null>(null);
	#chapters = $state.raw<number[] | null>(null);
	/** The partners every view covers: all, one country, or a group. */
	partners = $state.raw<PartnerSet>(ALL_PARTNERS);
	rowsKind = $state<RowsKind>('partner');
	/** Groups the user built; they are rows of the group dimension and can be chosen as partners. */
	customGroups = $state.raw<CustomGroup[]>([]);
	// A consortium's basket of products: a product filter like sectors and chapters.
	#basket = $state.raw<Basket | null>(null);

	/** The methods to show, in column order. */
	get methods(): Method[] {
		return this.method === 'both' ? ['ghm', 'ff'] : [this.method];
	}

	get alpha(): number {
		return this.#alpha;
	}
	/** α must lie in (0, 1); other values are ignored (the input shows its own validity). */
	set alpha(value: number) {
		if (value > 0 && value < 1) this.#alpha = value;
	}

	get theta(): number {
		return this.#theta;
	}
	set theta(value: number) {
		this.#theta = within(value, 0, 0.999999, this.#theta);
	}

	get cifFobFactor(): number {
		return this.#cifFobFactor;
	}
	set cifFobFactor(value: number) {
		if (Number.isFinite(value) && value > 0) this.#cifFobFactor = value;
	}

	/** The unit-value screen; null = off. An invalid p or k is ignored, like an invalid α. */
	get uvScreen(): UvScreen | null {
		return this.#uvScreen;
	}
	set uvScreen(value: UvScreen | null) {
		if (value === null || isValidUvScreen(value)) this.#uvScreen = value;
	}

	get topN(): number {
		return this.#topN;
	}
	set topN(value: number) {
		if (Number.isInteger(value) && value > 0) this.#topN = value;
	}

	/** Sectors the views cover; null = all. */
	get sectors(): SectorId[] | null {
		return this.#sectors;
	}
	set sectors(value: SectorId[] | null) {
		this.#sectors = value && value.length > 0 ? value : null;
	}

	/** HS chapters (1–99) the views cover; null = all. */
	get chapters(): number[] | null {
		return this.#chapters;
	}
	set chapters(value: number[] | null) {
		this.#chapters = value && value.length > 0 ? value : null;
	}

	/** The basket the views are limited to; null = every product. */
	get basket(): Basket | null {
		return this.#basket;
	}
	set basket(value: Basket | null) {
		this.#basket = value && value.patterns.length > 0 ? value : null;
	}

	#scope: ProductScope = $derived.by(() => ({
		sectors: this.#sectors,
		chapters: this.#chapters,
		basket: this.#basket?.patterns ?? null
	}));

	/** Changing the product scope reclassifies in the worker (chapters are not in the cells). */
	get scope(): ProductScope {
		return this.#scope;
	}

	#dimension: Dimension = $derived.by(() =>
		this.rowsKind === 'group' ? { kind: 'group', custom: this.customGroups } : { kind: 'partner' }
	);

	/** The rows of partner views: countries, or groups (built-in and custom). */
	get dimension(): Dimension {
		return this.#dimension;
	}

	#readOptions: ReadOptions = $derived.by(() => ({
		format: this.format,
		reporter: this.reporter,
		quantityBasis: this.quantityBasis,
		includeReExports: this.includeReExports,
		mapping: this.mapping
	}));

	// An option at its default is left out, as the engine reads absent: the paper's settings stay
	// the same object shape they always were.
	#classifySettings: ClassifySettings = $derived.by(() => ({
		alpha: this.#alpha,
		theta: this.#theta,
		cifFobFactor: this.#cifFobFactor,
		...(this.#uvScreen ? { uvScreen: this.#uvScreen } : {}),
		...(this.level !== DEFAULT_LEVEL ? { level: this.level } : {}),
		...(this.fobWhereReported ? { fobWhereReported: true } : {}),
		...(this.hsEditions === 'off' ? { hsEditions: 'off' as const } : {})
	}));

	/** Changing any of these means reading the files again (a new object only when one changes). */
	get readOptions(): ReadOptions {
		return this.#readOptions;
	}

	/** Changing any of these only reclassifies the kept keys. */
	get classifySettings(): ClassifySettings {
		return this.#classifySettings;
	}
}
