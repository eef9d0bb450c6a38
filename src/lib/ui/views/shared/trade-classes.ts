/**
 * The five classes every dollar lands in (METHODS 2–3), in the order the worker views show them,
 * with the two names each goes by: the ClassSplit field and the KeyClass id.
 */
import type { ClassSplit, KeyClass } from '../../../engine';

/** One class: its ClassSplit field, its KeyClass id (also the `data-col` suffix) and its colour slot. */
export interface TradeClass {
	split: keyof ClassSplit;
	id: KeyClass;
	/** Index into the chart palette: a class keeps its colour in every chart and method. */
	colorIndex: number;
}

/** Horizontal, vertical superior, vertical inferior, unclassified, one-way. */
export const TRADE_CLASSES: readonly TradeClass[] = [
	{ split: 'hiit', id: 'hiit', colorIndex: 0 },
	{ split: 'viitSup', id: 'viit-sup', colorIndex: 1 },
	{ split: 'viitInf', id: 'viit-inf', colorIndex: 2 },
	{ split: 'unclassified', id: 'unclassified', colorIndex: 3 },
	{ split: 'oneWay', id: 'one-way', colorIndex: 4 }
];

/** The message key naming a class. */
export function classLabelKey(id: KeyClass): `keyClass.${KeyClass}` {
	return `keyClass.${id}`;
}

/** "Unclassified — unit-value outlier" (METHODS 7.1): a class only while the screen takes keys out. */
export const OUTLIER_CLASS: TradeClass = { split: 'outlier', id: 'outlier', colorIndex: 5 };

/** The classes to show: the five, and the outliers when there are any (always none without the screen). */
export function tradeClassesShown(hasOutliers: boolean): readonly TradeClass[] {
	return hasOutliers ? [...TRADE_CLASSES, OUTLIER_CLASS] : TRADE_CLASSES;
}
