/**
 * Panel regressions exact to R's plm 2.6: pooled OLS, fixed effects (within), random effects
 * (Swamy–Arora) and the Hausman test, with classical and entity-clustered (Arellano, HC1)
 * standard errors. Pure TypeScript: runs in the worker and in Node.
 */
import { estimatePooling, estimateRandom, estimateWithin } from './estimators';
import type { FitDetails } from './fit';
import { hausmanTest } from './hausman';
import { buildPanel } from './structure';
import type { PanelEstimates, PanelFailure, PanelInput, PanelOptions, PanelResult } from './types';

export * from './types';
export { chiSquareUpper, normalTwoSided, studentTwoSided } from './distributions';

/** The fit part of an estimator's outcome. */
function resultOf(outcome: FitDetails | PanelFailure): PanelResult {
	return 'fit' in outcome ? outcome.fit : outcome;
}

/**
 * Estimates pooling, within and random effects on the panel and tests within against random.
 * Throws PanelDataError when the input has missing or non-finite values, empty ids or repeated
 * (entity, period) pairs; a model that cannot be estimated comes back as a PanelFailure.
 */
export function estimatePanel(input: PanelInput, options: PanelOptions = {}): PanelEstimates {
	const panel = buildPanel(input, options);
	const pooling = estimatePooling(panel);
	const within = estimateWithin(panel);
	const random = estimateRandom(panel, pooling, within);
	const results = {
		pooling: resultOf(pooling),
		within: resultOf(within),
		random: resultOf(random)
	};
	return {
		...results,
		hausman: hausmanTest(results.within, results.random),
		entityIds: panel.entityIds
	};
}
