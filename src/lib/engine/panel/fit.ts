/**
 * From transformed columns to a reported model: least squares, the dropped terms, classical and
 * cluster-robust covariances, t statistics, p-values and R², in the terms' display order.
 */
import { studentTwoSided } from './distributions';
import { pick, scale } from './linalg';
import { clusterCovariance, leastSquares, squaredCorrelation, type LeastSquares } from './ols';
import type { Panel } from './structure';
import type { DroppedTerm, DropReason, PanelFailure, PanelFit, PanelModelName } from './types';

/** What one estimator hands to `fitModel`. */
export interface ModelSpec {
	model: PanelModelName;
	panel: Panel;
	/** Candidate terms in display order, and their transformed columns. */
	names: string[];
	columns: Float64Array[];
	/** The order in which columns enter the QR: a later collinear column is the one dropped. */
	checkOrder: number[];
	y: Float64Array;
	/** Residual degrees of freedom given the number of estimated coefficients. */
	dfResidual: (rank: number) => number;
	/** Why column `index` (display order) was aliased. */
	aliasReason: (index: number) => DropReason;
	/** Terms already removed before the fit. */
	dropped: DroppedTerm[];
}

/** A successful fit with the least-squares details estimators need afterwards. */
export interface FitDetails {
	fit: PanelFit;
	ls: LeastSquares;
}

/** Estimates the model, or says why it cannot be estimated. */
export function fitModel(spec: ModelSpec): FitDetails | PanelFailure {
	const { panel, model } = spec;
	const ordered = spec.checkOrder.map((i) => spec.columns[i]);
	const ls = leastSquares(ordered, spec.y);
	const dropped = [
		...spec.dropped,
		...ls.aliased.map((j) => {
			const index = spec.checkOrder[j];
			return { term: spec.names[index], reason: spec.aliasReason(index) };
		})
	];
	const rank = ls.kept.length;
	if (rank === 0) {
		return failure(
			model,
			'no-regressors',
			'Every term was dropped: nothing left to estimate.',
			dropped
		);
	}
	const dfResidual = spec.dfResidual(rank);
	if (dfResidual <= 0) {
		const message = `${rank} coefficients leave no residual degrees of freedom (${dfResidual}).`;
		return failure(model, 'no-degrees-of-freedom', message, dropped);
	}
	// Back to display order: kept positions sorted by their display index.
	const display = ls.kept.map((j) => spec.checkOrder[j]);
	const order = display.map((_, k) => k).sort((a, b) => display[a] - display[b]);
	const sigma2 = ls.ssr / dfResidual;
	const vcovChecked = scale(ls.unscaled, sigma2);
	const clusterChecked = clusterCovariance(
		ls.kept.map((j) => ordered[j]),
		ls.residuals,
		ls.unscaled,
		panel.entityOf,
		panel.entityIds.length
	);
	const vcov = pick(vcovChecked, order);
	const vcovCluster = pick(clusterChecked, order);
	const coef = order.map((k) => ls.coef[k]);
	const se = vcov.map((row, i) => Math.sqrt(row[i]));
	const seCluster = vcovCluster.map((row, i) => Math.sqrt(row[i]));
	const t = coef.map((b, i) => b / se[i]);
	const fit: PanelFit = {
		ok: true,
		model,
		terms: order.map((k) => spec.names[display[k]]),
		coef,
		se,
		seCluster,
		t,
		p: t.map((v) => studentTwoSided(v, dfResidual)),
		pCluster: coef.map((b, i) => studentTwoSided(b / seCluster[i], dfResidual)),
		vcov,
		vcovCluster,
		r2: squaredCorrelation(spec.y, ls.fitted),
		nobs: panel.nobs,
		entities: panel.entityIds.length,
		periods: panel.periods,
		balanced: panel.balanced,
		dfResidual,
		sigma2,
		dropped: sortDropped(dropped, spec.names)
	};
	return { fit, ls };
}

/** A model that cannot be estimated. */
export function failure(
	model: PanelModelName,
	code: PanelFailure['code'],
	message: string,
	dropped: DroppedTerm[]
): PanelFailure {
	return { ok: false, model, code, message, dropped };
}

/** Dropped terms in display order (screened terms not among the names go first). */
function sortDropped(dropped: DroppedTerm[], names: string[]): DroppedTerm[] {
	return [...dropped].sort((a, b) => names.indexOf(a.term) - names.indexOf(b.term));
}
