/**
 * What an exported chart says beside its title (issue 18: method, thresholds, years, source and
 * "IIT Explorer"), so a PNG or SVG shared alone still tells what it shows. A page sets it for the
 * charts below it (a Svelte context); a chart without one is credited to the app alone.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-credit');

/** The app's name: the last words of every credit line. */
export const APP_CREDIT = 'IIT Explorer';

/** Sets the credit line of the charts below (call during a component's init). */
export function setChartCredit(credit: () => string): void {
	setContext(KEY, credit);
}

/** The credit line for the chart being drawn. */
export function chartCredit(): () => string {
	return getContext<(() => string) | undefined>(KEY) ?? (() => APP_CREDIT);
}

/** "GHM and FF · α 15% · θ 10% · 2019–2022 · BACI (CEPII) · IIT Explorer", parts left out when absent. */
export function creditLine(parts: (string | null | undefined)[]): string {
	return [...parts.filter((part): part is string => !!part), APP_CREDIT].join(' · ');
}
