/** Significance stars of the regression table: *** at 1 %, ** at 5 %, * at 10 % (two-sided p). */

/** The levels the stars mark, most significant first. */
export const SIGNIFICANCE_LEVELS = [0.01, 0.05, 0.1] as const;

/** The stars a p-value earns: three below 1 %, two below 5 %, one below 10 %, none otherwise. */
export function starsOf(p: number): string {
	if (!Number.isFinite(p)) return '';
	const index = SIGNIFICANCE_LEVELS.findIndex((level) => p < level);
	return index < 0 ? '' : '*'.repeat(SIGNIFICANCE_LEVELS.length - index);
}
