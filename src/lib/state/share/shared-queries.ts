/**
 * The views' worker questions answered from shared results, on the main thread: with the
 * sender's product rows the engine's own functions run on them (same numbers as the sender's
 * worker); without them only Table 5's α that travel in the link can be answered, and the rest
 * fail with SharedUnavailableError, which the views show as "not in the shared results".
 */
import {
	aquinoQByRow,
	keysValuedAtLevel,
	screenTally,
	classifyKeys,
	type ClassifySettings,
	marginalCells,
	productPage,
	type ProductScope,
	robustnessTable,
	type SharedResults,
	thresholdSensitivity,
	classStability
} from '../../engine';
import type { ViewQueries } from '../view-queries';

/** A view that shared results without product rows cannot show. */
export class SharedUnavailableError extends Error {
	constructor() {
		super('Not in the shared results.');
		this.name = 'SharedUnavailableError';
	}
}

/** The answers of a shared result, with the sender's classification settings and product scope. */
export function sharedQueries(
	shared: SharedResults,
	settings: () => ClassifySettings,
	scope: () => ProductScope
): ViewQueries {
	const { keys } = shared;
	// Async like the worker's answers, so views behave the same (and errors reject, not throw).
	const answer = async <T>(run: () => T): Promise<T> => run();
	const needKeys = () => {
		if (!keys) throw new SharedUnavailableError();
		return keys;
	};
	return {
		products: (query) => answer(() => productPage(needKeys(), settings(), query)),
		sensitivity: (selection) =>
			answer(() => thresholdSensitivity(needKeys(), settings(), selection)),
		// A link carries no HS editions: the editions row says it has nothing to convert.
		robustness: (selection) => answer(() => robustnessTable(needKeys(), selection, [])),
		// Without product rows Q is simply absent (NaN in the tables), not an error: the tables stay.
		aquinoQ: (selection, dimension, folded) =>
			answer(() =>
				keys ? aquinoQByRow(keysValuedAtLevel(keys, settings()), selection, dimension, folded) : {}
			),
		// Over the product rows the link carries: without them there is nothing to count.
		screenTally: () => answer(() => (keys ? screenTally(keys, settings()) : null)),
		stability: (selection) => answer(() => classStability(needKeys(), settings(), selection)),
		marginal: (query) => answer(() => marginalCells(needKeys(), query)),
		cellsAt: (alpha) =>
			answer(() => {
				const sent = shared.cells.find((set) => set.alpha === alpha);
				if (sent) return sent.cells;
				return classifyKeys(needKeys(), { ...settings(), alpha }, scope());
			}),
		// The regressions need the worker (and a covariates file): not offered on shared results.
		determinants: () =>
			answer(() => {
				throw new SharedUnavailableError();
			})
	};
}
