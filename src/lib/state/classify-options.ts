/**
 * The robustness options the app offers (METHODS 7.1, 7.2, 7.4): their defaults, which values
 * are valid (the engine's own bounds, so a setting the app keeps never makes the worker throw),
 * and their text in links. Shared by the settings, the links and the controls.
 */
import { type ClassifySettings, type ProductLevel, type UvScreen, uvScreenText } from '../engine';

/** The defaults the controls offer when a rule is chosen (METHODS 7.1). */
export const DEFAULT_QUANTILE_P = 0.05;
export const DEFAULT_MEAN_K = 5;

/** p ∈ (0, 0.5) for quantiles, a finite k > 1 for the mean multiple, as the engine requires. */
export function isValidUvScreen(screen: UvScreen): boolean {
	return screen.rule === 'quantile'
		? screen.p > 0 && screen.p < 0.5
		: Number.isFinite(screen.k) && screen.k > 1;
}

/** The screen as a link writes it: `quantile:0.05`, `mean:5` (the CLI's and the exports' own text). */
export const uvScreenParam = (screen: UvScreen): string => uvScreenText(screen);

// Decimals as String(number) writes them (exponents too); no signs, hex or spaces.
const SCREEN_PARAM = /^(quantile|mean):((?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)$/;
const MAX_PARAM = 48;

/** The screen of a link's text; null when absent or invalid (the screen then stays off). */
export function readUvScreenParam(text: string | null): UvScreen | null {
	const match = text === null || text.length > MAX_PARAM ? null : SCREEN_PARAM.exec(text);
	if (!match) return null;
	const value = Number(match[2]);
	const screen: UvScreen =
		match[1] === 'quantile' ? { rule: 'quantile', p: value } : { rule: 'mean', k: value };
	return isValidUvScreen(screen) ? screen : null;
}

/** Whether two screens are the same (null for off). */
export function sameUvScreen(a: UvScreen | null, b: UvScreen | null): boolean {
	if (a === null || b === null) return a === b;
	return uvScreenParam(a) === uvScreenParam(b);
}

export const DEFAULT_LEVEL: ProductLevel = 'hs6';

/**
 * The cells CSV's file name: the reporter and every classify setting the numbers depend on, the
 * robustness options only when on (`iit-cells-BRA-alpha0.15-theta0.1-uv-mean5-hs4-fob`), so two
 * downloads under different options never share a name.
 */
export function cellsFileName(reporter: string, settings: ClassifySettings): string {
	const parts = [`iit-cells-${reporter}`, `alpha${settings.alpha}`, `theta${settings.theta}`];
	if (settings.cifFobFactor !== 1) parts.push(`cif${settings.cifFobFactor}`);
	const screen = settings.uvScreen;
	if (screen)
		parts.push(screen.rule === 'quantile' ? `uv-quantile${screen.p}` : `uv-mean${screen.k}`);
	if (settings.level === 'hs4') parts.push('hs4');
	if (settings.fobWhereReported) parts.push('fob');
	if (settings.hsEditions === 'off') parts.push('hs-as-read');
	return parts.join('-');
}
