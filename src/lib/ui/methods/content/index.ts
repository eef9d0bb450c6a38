/** The Methods page's content in each language, and the heading texts its TOC lists. */
import type { Locale } from '../../../i18n';
import { HEADING_IDS, type HeadingTitles } from '../sections';
import { en } from './en';
import { es } from './es';
import { pt } from './pt';
import type { MethodsContent } from './types';

export type { MethodsContent } from './types';

export const METHODS_CONTENT: Record<Locale, MethodsContent> = { 'pt-BR': pt, en, es };

/** The text of every heading, by id. */
export function headingTitles(content: MethodsContent): HeadingTitles {
	return Object.fromEntries(HEADING_IDS.map((id) => [id, content[id].heading])) as HeadingTitles;
}
