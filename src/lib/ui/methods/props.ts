/** What the route hands every language version of the Methods page, and what each part gets. */
import type { HeadingTitles } from './sections';
import type { ThresholdTexts } from './thresholds';

/** The thresholds in use, from the settings. */
export interface MethodsProps {
	/** Dispersion factor α in (0, 1). */
	alpha: number;
	/** FF overlap threshold θ in [0, 1). */
	theta: number;
	/** CIF/FOB factor dividing import values before unit values are compared; 1 = none. */
	cifFobFactor: number;
}

/** What each part of a language version gets: its heading texts and the thresholds, formatted. */
export interface PartProps {
	titles: HeadingTitles;
	texts: ThresholdTexts;
}
