/**
 * The panel-regression contract: what goes in (one row per entity × period) and what comes out
 * (plain JSON-serialisable data, so it crosses the worker boundary as is). Terms carry R's names
 * (`(Intercept)`, `log(gdp)`, `factor(year)2001`) so results compare key by key with `plm`.
 */
import type { Matrix } from './linalg';

/** The three estimators, named as `plm(model = …)`. */
export type PanelModelName = 'pooling' | 'within' | 'random';

/** One regressor column of the input, with the name it is reported under. */
export interface PanelColumn {
	name: string;
	values: ArrayLike<number>;
}

/** One row per observation: entity and time ids, the dependent variable and the regressors. */
export interface PanelInput {
	entity: readonly (string | number)[];
	time: readonly (string | number)[];
	/** Name of the dependent variable (for messages). */
	yName: string;
	y: ArrayLike<number>;
	regressors: readonly PanelColumn[];
}

/** Choices beyond the data. */
export interface PanelOptions {
	/** Add year dummies `factor(<timeName>)<year>` (first period as reference) to every model. */
	timeEffects?: boolean;
	/** Name of the time variable in dummy names (default `time`). */
	timeName?: string;
}

/** Why a term is missing from a model. */
export type DropReason =
	| 'constant' // the same value in every row: confounded with the intercept
	| 'collinear' // a linear combination of the terms before it
	| 'varies-only-by-time' // confounded with the year effects (e.g. the reporter's GDP)
	| 'no-within-variation'; // constant within every entity: removed by fixed effects (e.g. distance)

/** A term a model could not estimate, and why. */
export interface DroppedTerm {
	term: string;
	reason: DropReason;
}

/** Periods observed per entity. */
export interface PeriodCounts {
	/** Fewest periods of any entity. */
	min: number;
	/** Most periods of any entity. */
	max: number;
	/** Distinct periods in the whole panel. */
	distinct: number;
}

/** R's `summary()` of a vector: the six numbers it prints. */
export interface SixNumberSummary {
	min: number;
	q1: number;
	median: number;
	mean: number;
	q3: number;
	max: number;
}

/** Swamy–Arora variance components and the quasi-demeaning weights they give. */
export interface RandomEffectsComponents {
	/** σ²_ν, idiosyncratic variance (plm `sigma2["idios"]`). */
	sigma2Idiosyncratic: number;
	/** σ²_μ, entity-effect variance (plm `sigma2["id"]`), 0 when the estimate was negative. */
	sigma2Entity: number;
	/** θ of a balanced panel; null when unbalanced (θ differs by entity). */
	theta: number | null;
	/** θ_i per entity, in `PanelEstimates.entityIds` order. */
	thetaByEntity: number[];
	/** `summary(theta)` over observations, as plm prints it for unbalanced panels. */
	thetaSummary: SixNumberSummary;
}

/** One estimated model. Arrays are parallel to `terms`. */
export interface PanelFit {
	ok: true;
	model: PanelModelName;
	terms: string[];
	coef: number[];
	/** Classical standard errors (plm's `vcov(model)`). */
	se: number[];
	/** Cluster-robust by entity: `vcovHC(model, method = "arellano", type = "HC1")`. */
	seCluster: number[];
	/** coef / se. */
	t: number[];
	/** Two-sided Student-t p-values with `dfResidual` degrees of freedom (as `summary.plm`). */
	p: number[];
	/** The same with the cluster-robust standard errors. */
	pCluster: number[];
	vcov: Matrix;
	vcovCluster: Matrix;
	/** R² of the model on its transformed data (plm's `r.squared`, type "cor"). */
	r2: number;
	nobs: number;
	entities: number;
	periods: PeriodCounts;
	balanced: boolean;
	dfResidual: number;
	/** Residual variance SSR / dfResidual behind the classical standard errors. */
	sigma2: number;
	dropped: DroppedTerm[];
	/** Random effects only. */
	components?: RandomEffectsComponents;
}

/** Codes of a model that cannot be estimated on this panel. */
export type PanelFailureCode =
	| 'no-regressors' // every term was dropped
	| 'no-within-variation' // fixed effects: no regressor varies within entities (one period)
	| 'no-degrees-of-freedom' // as many parameters as observations
	| 'too-few-entities' // random effects: the between model has as many coefficients as entities
	| 'needs-within'; // random effects: σ²_ν comes from the within model, which failed

/** A model that could not be estimated, with an English message (the UI translates the code). */
export interface PanelFailure {
	ok: false;
	model: PanelModelName;
	code: PanelFailureCode;
	message: string;
	dropped: DroppedTerm[];
}

/** A model's outcome. */
export type PanelResult = PanelFit | PanelFailure;

/** `phtest(within, random)` on the coefficients both estimate (intercept excluded). */
export interface HausmanTest {
	ok: true;
	chisq: number;
	df: number;
	p: number;
	terms: string[];
}

/** Why the Hausman test was not computed. */
export interface HausmanSkipped {
	ok: false;
	code: 'model-failed' | 'no-common-terms' | 'singular-difference';
	message: string;
}

/** Everything `estimatePanel` returns. */
export interface PanelEstimates {
	pooling: PanelResult;
	within: PanelResult;
	random: PanelResult;
	hausman: HausmanTest | HausmanSkipped;
	/** Entity ids in the order of `thetaByEntity`. */
	entityIds: string[];
}

/** Codes of an input the estimators refuse. */
export type PanelDataErrorCode =
	| 'empty' // no rows
	| 'length-mismatch' // columns of different lengths
	| 'not-finite' // a missing, NaN or infinite value (details name the row and variable)
	| 'missing-id' // an empty entity or time id
	| 'duplicate-observation'; // the same entity and period twice

/** A panel the estimators refuse; `row` is 0-based into the input arrays. */
export class PanelDataError extends Error {
	constructor(
		readonly code: PanelDataErrorCode,
		message: string,
		readonly row?: number,
		readonly variable?: string
	) {
		super(message);
		this.name = 'PanelDataError';
	}
}
