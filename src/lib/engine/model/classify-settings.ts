/** The settings that only reclassify the keys already read, with the robustness options (METHODS 7–8). */

/** Options that only reclassify the keys already read (no re-read). */
export interface ClassifySettings {
	/** Dispersion factor α in (0, 1); 0.15 and 0.25 in the paper. */
	alpha: number;
	/** FF overlap threshold θ in [0, 1); 0.10 in the paper. */
	theta: number;
	/** Divides import values before unit values are compared (CIF → FOB); 1 = none. Never changes trade values. */
	cifFobFactor: number;
	/** The unit-value screen (METHODS 7.1); absent or null: off, the paper's figures. */
	uvScreen?: UvScreen | null;
	/** The product level keys are classified at (METHODS 7.4); absent: HS6. */
	level?: ProductLevel;
	/**
	 * "FOB where reported" (METHODS 7.2); absent or false: off, and nothing changes. When on, an
	 * import row that reported an FOB value (TradeKeys.reportedFob) counts at that value instead of
	 * its CIF value everywhere (trade, overlap, unit values), and `cifFobFactor` divides only the
	 * import value of the rows that reported none.
	 */
	fobWhereReported?: boolean;
	/**
	 * When the years read are in several HS editions (METHODS 8): 'convert' (absent: the default)
	 * classifies every key in the oldest edition, 'off' the codes as read. Whoever holds both key
	 * sets (the worker) picks the keys by it; the functions here take the keys picked.
	 */
	hsEditions?: HsEditionsChoice;
}

/** Convert mixed HS editions to the oldest (the default), or keep the codes as read. */
export type HsEditionsChoice = 'convert' | 'off';

/** The unit-value screen's two rules (METHODS 7.1): outside [Q(p), Q(1 − p)], or beyond k times the mean. */
export type UvScreen = { rule: 'quantile'; p: number } | { rule: 'mean'; k: number };

/** The product levels classification can run at (METHODS 7.4). */
export const PRODUCT_LEVELS = ['hs6', 'hs4'] as const;
export type ProductLevel = (typeof PRODUCT_LEVELS)[number];
