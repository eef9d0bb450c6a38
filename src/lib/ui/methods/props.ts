/** What the route hands the Methods page, and what each of its parts gets. */
import type { MethodsContent } from './content/types';
import type { ThresholdTexts } from './thresholds';

// The thresholds the route hands over are defined with what formats them.
export type { MethodsProps } from './thresholds';

/** What each part of the page gets: the page's content in its language and the thresholds, formatted. */
export interface PartProps {
	content: MethodsContent;
	texts: ThresholdTexts;
}
