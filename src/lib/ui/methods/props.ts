/** What the route hands every language version of the Methods page, and what each part gets. */
import type { HeadingTitles } from './sections';
import type { ThresholdTexts } from './thresholds';

// The thresholds the route hands over are defined with what formats them.
export type { MethodsProps } from './thresholds';

/** What each part of a language version gets: its heading texts and the thresholds, formatted. */
export interface PartProps {
	titles: HeadingTitles;
	texts: ThresholdTexts;
}
