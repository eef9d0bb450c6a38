/**
 * What the unit-value screen took out of classification over the whole analysis (METHODS 7.1:
 * "the ledger counts screened keys and their value"). The read's ledger cannot say it: the screen
 * runs at classification, under its settings, on the keys at the level classified.
 */
import { emptySplit, ffSplit, ghmSplit, keyRatio, keysForClassification } from './classify';
import { sectorIndexOfProduct } from '../codes/sectors';
import type { ClassifySettings, UvScreen } from '../model/types';
import type { TradeKeys } from '../model/types';

export interface ScreenTally {
	screen: UvScreen;
	/** Keys whose R is defined and that have an outlier flow: R undefined by the screen. */
	keys: number;
	/** Their trade T = X + M (the dataset's currency). */
	trade: number;
	/** The part of it each method puts in "unclassified — unit-value outlier": GHM's overlap, FF's two-way trade. */
	ghmOutlier: number;
	ffOutlier: number;
}

/** The screen's tally under `settings`; null when the settings screen nothing. */
export function screenTally(readKeys: TradeKeys, settings: ClassifySettings): ScreenTally | null {
	const screen = settings.uvScreen;
	if (!screen) return null;
	const { keys, screened } = keysForClassification(readKeys, settings);
	const ghm = emptySplit();
	const ff = emptySplit();
	let count = 0;
	let trade = 0;
	for (let k = 0; k < keys.count; k++) {
		if (screened === null || screened[k] === 0) continue;
		const r = keyRatio(keys, k, settings.cifFobFactor);
		// As classifyKeys: keys without a sector have no cell; an undefined R is not the screen's doing.
		if (Number.isNaN(r) || sectorIndexOfProduct(keys.product[k]) < 0) continue;
		const [x, m] = [keys.exports[k], keys.imports[k]];
		count++;
		trade += x + m;
		ghmSplit(x, m, r, settings.alpha, ghm, true);
		ffSplit(x, m, r, settings.alpha, settings.theta, ff, true);
	}
	return { screen, keys: count, trade, ghmOutlier: ghm.outlier, ffOutlier: ff.outlier };
}
