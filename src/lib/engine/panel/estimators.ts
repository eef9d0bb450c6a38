/**
 * The three estimators as `plm` runs them, each an OLS on transformed data:
 * pooling on the raw columns with an intercept; within on entity-demeaned columns without one
 * (df = N − n − k); random on quasi-demeaned columns x − θ_i x̄_i, the intercept becoming
 * 1 − θ_i, with θ_i from the Swamy–Arora components.
 */
import { failure, fitModel, type FitDetails } from './fit';
import { variesOnlyByTime, type Panel } from './structure';
import { swamyArora, type SwamyArora } from './swamy-arora';
import { lacksWithinVariation, ones, quasiDemean, within } from './transform';
import type { DropReason, DroppedTerm, PanelFailure, RandomEffectsComponents } from './types';

const INTERCEPT = '(Intercept)';

/** Year dummies enter the QR before the regressors, so a regressor that only varies by year is
 * the term dropped (its coefficient is not identified next to year effects), not a dummy. */
function checkOrder(timeEffect: boolean[], offset: number): number[] {
	const indices = timeEffect.map((_, i) => i + offset);
	return [
		...Array.from({ length: offset }, (_, i) => i),
		...indices.filter((i) => timeEffect[i - offset]),
		...indices.filter((i) => !timeEffect[i - offset])
	];
}

/** Why a regressor is aliased: confounded with year effects, or collinear with other terms. */
function reasonFor(panel: Panel, values: Float64Array, timeEffect: boolean): DropReason {
	const hasTimeEffects = panel.columns.some((c) => c.timeEffect);
	if (!timeEffect && hasTimeEffects && variesOnlyByTime(values, panel))
		return 'varies-only-by-time';
	return 'collinear';
}

/** Pooled OLS with an intercept. */
export function estimatePooling(panel: Panel): FitDetails | PanelFailure {
	const columns = [ones(panel.nobs), ...panel.columns.map((c) => c.values)];
	return fitModel({
		model: 'pooling',
		panel,
		names: [INTERCEPT, ...panel.columns.map((c) => c.name)],
		columns,
		checkOrder: checkOrder(
			panel.columns.map((c) => c.timeEffect),
			1
		),
		y: panel.y,
		dfResidual: (rank) => panel.nobs - rank,
		aliasReason: (i) =>
			i === 0 ? 'collinear' : reasonFor(panel, columns[i], panel.columns[i - 1].timeEffect),
		dropped: panel.screened
	});
}

/** Fixed effects by entity (one-way within); time-invariant terms are dropped by name. */
export function estimateWithin(panel: Panel): FitDetails | PanelFailure {
	const demeaned = panel.columns.map((c) => within(c.values, panel));
	const invariant = panel.columns.filter((c, j) => lacksWithinVariation(c.values, demeaned[j]));
	const dropped: DroppedTerm[] = [
		...panel.screened,
		...invariant.map((c) => ({ term: c.name, reason: 'no-within-variation' as const }))
	];
	const keep = panel.columns.map((c) => !invariant.includes(c));
	const candidates = panel.columns.filter((_, j) => keep[j]);
	if (candidates.length === 0) {
		const message =
			panel.periods.max < 2
				? 'Every entity has a single period: fixed effects need at least two periods for some entity.'
				: 'No regressor varies within entities: fixed effects cannot estimate any coefficient.';
		return failure('within', 'no-within-variation', message, dropped);
	}
	const columns = demeaned.filter((_, j) => keep[j]);
	return fitModel({
		model: 'within',
		panel,
		names: candidates.map((c) => c.name),
		columns,
		checkOrder: checkOrder(
			candidates.map((c) => c.timeEffect),
			0
		),
		y: within(panel.y, panel),
		dfResidual: (rank) => panel.nobs - panel.entityIds.length - rank,
		aliasReason: (i) => reasonFor(panel, candidates[i].values, candidates[i].timeEffect),
		dropped
	});
}

/** Random effects (Swamy–Arora), given the pooling and within fits it builds on. */
export function estimateRandom(
	panel: Panel,
	pooling: FitDetails | PanelFailure,
	withinFit: FitDetails | PanelFailure
): FitDetails | PanelFailure {
	if (!('fit' in withinFit) || !('fit' in pooling)) {
		const message =
			'Random effects take the idiosyncratic variance from the within model, which could not be estimated.';
		return failure('random', 'needs-within', message, panel.screened);
	}
	const order = checkOrder(
		panel.columns.map((c) => c.timeEffect),
		1
	);
	const raw = [ones(panel.nobs), ...panel.columns.map((c) => c.values)];
	const components = swamyArora(panel, {
		withinSsr: withinFit.ls.ssr,
		withinRank: withinFit.ls.kept.length,
		pooledColumns: order.map((i) => raw[i]),
		pooledSlopes: pooling.ls.kept.length - 1
	});
	if ('failure' in components) {
		const message =
			components.failure === 'too-few-entities'
				? `Random effects need more entities (${panel.entityIds.length}) than coefficients of the between model.`
				: 'The within model leaves no degrees of freedom for the idiosyncratic variance.';
		return failure('random', components.failure, message, panel.screened);
	}
	const theta = components.thetaByEntity;
	const columns = raw.map((column) => quasiDemean(column, panel, theta));
	const result = fitModel({
		model: 'random',
		panel,
		names: [INTERCEPT, ...panel.columns.map((c) => c.name)],
		columns,
		checkOrder: order,
		y: quasiDemean(panel.y, panel, theta),
		dfResidual: (rank) => panel.nobs - rank,
		aliasReason: (i) =>
			i === 0 ? 'collinear' : reasonFor(panel, raw[i], panel.columns[i - 1].timeEffect),
		dropped: panel.screened
	});
	if ('fit' in result) result.fit.components = describeComponents(panel, components);
	return result;
}

/** The components as reported: θ itself when balanced, its summary over observations always. */
function describeComponents(panel: Panel, c: SwamyArora): RandomEffectsComponents {
	const perObservation = Float64Array.from(panel.entityOf, (e) => c.thetaByEntity[e]);
	return {
		sigma2Idiosyncratic: c.sigma2Idiosyncratic,
		sigma2Entity: c.sigma2Entity,
		theta: panel.balanced ? c.thetaByEntity[0] : null,
		thetaByEntity: Array.from(c.thetaByEntity),
		thetaSummary: sixNumbers(perObservation)
	};
}

/** R's `summary()` of a numeric vector (quantiles of type 7). */
export function sixNumbers(values: Float64Array): RandomEffectsComponents['thetaSummary'] {
	const sorted = Float64Array.from(values).sort();
	const quantile = (p: number): number => {
		const h = (sorted.length - 1) * p;
		const lo = Math.floor(h);
		const hi = Math.min(lo + 1, sorted.length - 1);
		return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
	};
	let sum = 0;
	for (const v of sorted) sum += v;
	return {
		min: sorted[0],
		q1: quantile(0.25),
		median: quantile(0.5),
		mean: sum / sorted.length,
		q3: quantile(0.75),
		max: sorted[sorted.length - 1]
	};
}
