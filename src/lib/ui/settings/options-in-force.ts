/**
 * The robustness options in force, as one sentence beside the numbers they change (METHODS 7:
 * "every option in force is named"). Null when all are at the paper's defaults, so the paper's
 * results read as before.
 */
import type { ClassifySettings } from '../../engine';
import type { MessageKey, MessageParams } from '../../i18n';

/** What the sentence needs of the locale (the app's i18n, or a stand-in in tests). */
export interface OptionsLocale {
	t: (key: MessageKey, params?: MessageParams) => string;
	number: (value: number, digits?: number) => string;
}

/** The options in force as a list of phrases, in the order of METHODS 7. */
export function optionPhrases(settings: ClassifySettings, locale: OptionsLocale): string[] {
	const phrases: string[] = [];
	const screen = settings.uvScreen;
	if (screen?.rule === 'quantile') {
		phrases.push(locale.t('options.inForceQuantile', { p: locale.number(screen.p, 4) }));
	} else if (screen?.rule === 'mean') {
		phrases.push(locale.t('options.inForceMean', { k: locale.number(screen.k, 4) }));
	}
	if (settings.fobWhereReported) phrases.push(locale.t('options.inForceFob'));
	if (settings.level === 'hs4') phrases.push(locale.t('options.inForceHs4'));
	if (settings.hsEditions === 'off') phrases.push(locale.t('options.inForceEditionsOff'));
	return phrases;
}

/** "Options in force: …." or null when none is on. */
export function optionsInForce(settings: ClassifySettings, locale: OptionsLocale): string | null {
	const phrases = optionPhrases(settings, locale);
	return phrases.length === 0 ? null : locale.t('options.inForce', { options: phrases.join('; ') });
}
