/**
 * The regression table of the "Determinants" view, laid out like the paper's Tables 6–7: one row
 * per term of equation (5), one column per method (GHM, FF) × model (pooled, fixed, random), and
 * the footnotes that explain every missing cell. Pure: no DOM, no Svelte, no translation.
 */
import type {
	DeterminantsFit,
	DeterminantsResult,
	HausmanSkipped,
	HausmanTest,
	ObservationDropReason,
	PanelDropReason,
	PanelFailureCode,
	PanelFit,
	PanelModelName,
	PanelResult
} from '../../../engine';
import { starsOf } from './stars';

/** The terms of equation (5) in the paper's row order (R's names, as the engine reports them). */
export const TERM_KEYS = [
	'log(GDP_i)',
	'log(GDP_j)',
	'log(DIST)',
	'log(DIF)',
	'(Intercept)'
] as const;
/** One term row of the table. */
export type TermKey = (typeof TERM_KEYS)[number];

/** The sign the paper expects of a coefficient; null where it states none (the intercept). */
export type ExpectedSign = '+' | '-' | null;

/**
 * The paper's expected signs (section 3.4 and the "Sinal Esperado" column of Tables 6–7): market
 * size raises VIIT (b1, b2 > 0), distance lowers it (b3 < 0), and a larger gap in GDP per capita,
 * the proxy of factor endowments, raises it (Falvey–Kierzkowski: b4 > 0).
 */
export const EXPECTED_SIGNS: Record<TermKey, ExpectedSign> = {
	'log(GDP_i)': '+',
	'log(GDP_j)': '+',
	'log(DIST)': '-',
	'log(DIF)': '+',
	'(Intercept)': null
};

/** The year dummies' names start with this (`factor(year)2002`); the table summarises them. */
export const YEAR_TERM_PREFIX = 'factor(year)';

/** The estimators, in the paper's column order. */
export const MODEL_NAMES: readonly PanelModelName[] = ['pooling', 'within', 'random'];

/** The two methods, side by side. */
export const DETERMINANT_METHODS = ['ghm', 'ff'] as const;
/** A method of the view. */
export type DeterminantsMethod = (typeof DETERMINANT_METHODS)[number];

/** Which standard errors the cells show (and their stars follow). */
export type StandardErrors = 'classical' | 'cluster';

/** Why a whole column is empty: the estimator's failure, or no observation left for the method. */
export type ColumnFailure = PanelFailureCode | 'no-observations';

/** A footnote explaining missing cells, marked a, b, c … in order of first use. */
export type TableNote =
	| { mark: string; kind: 'dropped'; reason: PanelDropReason }
	| { mark: string; kind: 'failed'; code: ColumnFailure }
	| { mark: string; kind: 'absorbed' };

/** One cell: an estimate, a term the model dropped, a term it does not have, or a failed model. */
export type EstimateCell =
	| { kind: 'estimate'; coef: number; se: number; p: number; stars: string }
	| { kind: 'dropped'; mark: string }
	| { kind: 'absent'; mark: string | null }
	| { kind: 'failed'; mark: string };

/** One column: a method's model, with its summary statistics (null when it failed). */
export interface ModelColumn {
	key: string;
	method: DeterminantsMethod;
	model: PanelModelName;
	/** Mark of the note explaining why the model has no estimates; null when it has. */
	failureMark: string | null;
	nobs: number | null;
	entities: number | null;
	r2: number | null;
	/** Whether year dummies were estimated; null when the model failed. */
	yearEffects: boolean | null;
}

/** One term's row: the expected sign and a cell per column. */
export interface TermRow {
	term: TermKey;
	expected: ExpectedSign;
	cells: EstimateCell[];
}

/** The Hausman test of one method, or why it is missing. */
export type HausmanLine =
	| { method: DeterminantsMethod; ok: true; test: HausmanTest; fixedPreferred: boolean }
	| { method: DeterminantsMethod; ok: false; code: HausmanSkipped['code'] | 'no-observations' };

/** The whole table. */
export interface DeterminantsTable {
	columns: ModelColumn[];
	rows: TermRow[];
	hausman: HausmanLine[];
	notes: TableNote[];
}

/** The level at which the Hausman test rejects random effects in favour of fixed effects. */
export const HAUSMAN_LEVEL = 0.05;

const MARKS = 'abcdefghijklmnopqrstuvwxyz';

/** Hands out one mark per distinct note, in order of first use. */
function noteBook() {
	const notes: TableNote[] = [];
	const byKey = new Map<string, string>();
	const markOf = (key: string, make: (mark: string) => TableNote): string => {
		const known = byKey.get(key);
		if (known) return known;
		const mark = MARKS[notes.length] ?? String(notes.length + 1);
		byKey.set(key, mark);
		notes.push(make(mark));
		return mark;
	};
	return { notes, markOf };
}

type Book = ReturnType<typeof noteBook>;

function cellOf(
	result: PanelResult,
	term: TermKey,
	standardErrors: StandardErrors,
	book: Book
): EstimateCell {
	const dropped = result.dropped.find((entry) => entry.term === term);
	if (dropped) {
		const reason = dropped.reason;
		return {
			kind: 'dropped',
			mark: book.markOf(`dropped:${reason}`, (mark) => ({ mark, kind: 'dropped', reason }))
		};
	}
	if (!result.ok) return { kind: 'failed', mark: failureMark(result.code, book) };
	const index = result.terms.indexOf(term);
	if (index < 0) {
		// plm's within model has no common intercept: each partner has its own.
		const absorbed = term === '(Intercept)' && result.model === 'within';
		return {
			kind: 'absent',
			mark: absorbed ? book.markOf('absorbed', (mark) => ({ mark, kind: 'absorbed' })) : null
		};
	}
	const cluster = standardErrors === 'cluster';
	const p = cluster ? result.pCluster[index] : result.p[index];
	return {
		kind: 'estimate',
		coef: result.coef[index],
		se: cluster ? result.seCluster[index] : result.se[index],
		p,
		stars: starsOf(p)
	};
}

function failureMark(code: ColumnFailure, book: Book): string {
	return book.markOf(`failed:${code}`, (mark) => ({ mark, kind: 'failed', code }));
}

function columnOf(
	method: DeterminantsMethod,
	model: PanelModelName,
	result: PanelResult | null,
	book: Book
): ModelColumn {
	const key = `${method}-${model}`;
	if (!result || !result.ok) {
		const code: ColumnFailure = result ? result.code : 'no-observations';
		return {
			key,
			method,
			model,
			failureMark: failureMark(code, book),
			nobs: null,
			entities: null,
			r2: null,
			yearEffects: null
		};
	}
	const fit: PanelFit = result;
	return {
		key,
		method,
		model,
		failureMark: null,
		nobs: fit.nobs,
		entities: fit.entities,
		r2: fit.r2,
		yearEffects: fit.terms.some((term) => term.startsWith(YEAR_TERM_PREFIX))
	};
}

function hausmanOf(method: DeterminantsMethod, fit: DeterminantsFit): HausmanLine {
	const hausman = fit.estimates?.hausman;
	if (!hausman) return { method, ok: false, code: 'no-observations' };
	if (!hausman.ok) return { method, ok: false, code: hausman.code };
	return { method, ok: true, test: hausman, fixedPreferred: hausman.p < HAUSMAN_LEVEL };
}

/** The paper's table from the worker's answer, with the chosen standard errors and their stars. */
export function determinantsTable(
	result: DeterminantsResult,
	standardErrors: StandardErrors
): DeterminantsTable {
	const book = noteBook();
	const results = DETERMINANT_METHODS.flatMap((method) =>
		MODEL_NAMES.map((model) => ({
			method,
			model,
			result: result[method].estimates?.[model] ?? null
		}))
	);
	const columns = results.map(({ method, model, result: outcome }) =>
		columnOf(method, model, outcome, book)
	);
	const rows = TERM_KEYS.map((term) => ({
		term,
		expected: EXPECTED_SIGNS[term],
		cells: results.map(({ result: outcome }, index): EstimateCell =>
			outcome
				? cellOf(outcome, term, standardErrors, book)
				: { kind: 'failed', mark: columns[index].failureMark ?? '' }
		)
	}));
	const hausman = DETERMINANT_METHODS.map((method) => hausmanOf(method, result[method]));
	return { columns, rows, hausman, notes: book.notes };
}

/** How many observations a method used and why the others were dropped. */
export interface ObservationSummary {
	method: DeterminantsMethod;
	candidates: number;
	used: number;
	/** VIIT = 0: cannot be logged. */
	zeroViit: number;
	/** No GDP for the reporter or the partner that year. */
	missingCovariates: number;
	/** Equal GDP per capita: ln DIF undefined. */
	zeroDif: number;
	noDistance: number;
}

/** The counts behind the line "n observations without VIIT dropped; m without covariates". */
export function observationSummary(fit: DeterminantsFit): ObservationSummary {
	const count = (reason: ObservationDropReason) => fit.dropped[reason] ?? 0;
	const dropped = Object.values(fit.dropped).reduce((sum, rows) => sum + (rows ?? 0), 0);
	return {
		method: fit.method,
		candidates: fit.candidates,
		used: fit.candidates - dropped,
		zeroViit: count('zero-viit'),
		missingCovariates: count('missing-reporter-covariates') + count('missing-partner-covariates'),
		zeroDif: count('zero-dif'),
		noDistance: count('no-distance')
	};
}
