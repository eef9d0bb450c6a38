/**
 * The quick check's words and table: the market-by-market sentences, the ranking lines, the
 * trend of the IIT index (arrow, text and sparkline) and the DataTable model. Pure: no DOM.
 */
import type {
	ClassifySettings,
	Currency,
	IitTrend,
	MarketCheck,
	Method,
	QuickCheck
} from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import { rowName } from '../../results/names';
import type { DataColumn, DataRow } from '../../tables/data-table';
import { finiteOrNull } from '../shared/dimension';

/** Which way the IIT index went over the years; 'none' with fewer than two years of trade. */
export type TrendDirection = 'up' | 'down' | 'flat' | 'none';

/** Below half a percentage point a year the index counts as steady (it would print as 0.0). */
export const FLAT_SLOPE = 0.0005;

/** Digits the trend's first and last index are printed with. */
const TREND_DIGITS = 0;

/**
 * The direction of a trend, from its least-squares slope; 'flat' too when the first and last
 * index print the same, so that no line reads "rising: 64 % in 2021, 64 % in 2022".
 */
export function trendDirection(trend: IitTrend): TrendDirection {
	if (!Number.isFinite(trend.slope)) return 'none';
	if (Math.abs(trend.slope) < FLAT_SLOPE) return 'flat';
	if (i18n.percent(trend.first, TREND_DIGITS) === i18n.percent(trend.last, TREND_DIGITS)) {
		return 'flat';
	}
	return trend.slope > 0 ? 'up' : 'down';
}

/** The arrow shown beside a trend. */
export const TREND_ARROWS: Record<TrendDirection, string> = {
	up: '↑',
	down: '↓',
	flat: '→',
	none: '·'
};

/** The trend in words: "Índice CII em alta: 60 % em 2020, 80 % em 2022". */
export function trendText(trend: IitTrend): string {
	const direction = trendDirection(trend);
	if (direction === 'none') return i18n.t('quickCheck.trend.none');
	return i18n.t(`quickCheck.trend.${direction}`, {
		first: i18n.percent(trend.first, TREND_DIGITS),
		last: i18n.percent(trend.last, TREND_DIGITS),
		firstYear: String(trend.firstYear),
		lastYear: String(trend.lastYear)
	});
}

/**
 * SVG polyline points of the yearly index in a `width` × `height` box, the index on a fixed 0–1
 * scale (so markets compare at a glance); years without trade break nothing, they are skipped.
 */
export function sparklinePoints(indices: readonly number[], width: number, height: number): string {
	const step = indices.length > 1 ? width / (indices.length - 1) : 0;
	const round = (value: number) => Math.round(value * 10) / 10;
	return indices
		.map((index, i) => ({ index, x: indices.length > 1 ? i * step : width / 2 }))
		.filter((point) => Number.isFinite(point.index))
		.map((point) => `${round(point.x)},${round(height - point.index * height)}`)
		.join(' ');
}

/** The method's name and its band, as the screen states it. */
export function methodScope(method: Method, classify: ClassifySettings): string {
	return i18n.t('quickCheck.explain', {
		alpha: i18n.percent(classify.alpha, 0),
		method: i18n.t(`method.${method}`),
		twoWay:
			method === 'ghm'
				? i18n.t('quickCheck.twoWay.ghm')
				: i18n.t('quickCheck.twoWay.ff', { theta: i18n.percent(classify.theta, 0) })
	});
}

/**
 * One plain line for a market that names each of its numbers, e.g. "Germany: $150.0 a year of
 * basket trade, $100.0 of it two-way; 62 % of the two-way trade is sold dearer than it is bought
 * back, and 18 % is sold cheaper." Money in the data's currency (USD unless told).
 */
export function marketSentence(
	market: MarketCheck,
	classify: ClassifySettings,
	currency: Currency = 'USD'
): string {
	const partner = rowName(market.id);
	const trade = i18n.money(market.trade, currency, true);
	const twoWay = i18n.money(market.iit, currency, true);
	if (!(market.iit > 0)) return i18n.t('quickCheck.sentence.oneWay', { partner, trade });
	if (market.leaning === 'none') {
		return i18n.t('quickCheck.sentence.noViit', {
			partner,
			trade,
			twoWay,
			alpha: i18n.percent(classify.alpha, 0)
		});
	}
	return i18n.t('quickCheck.sentence', {
		partner,
		trade,
		twoWay,
		sup: i18n.percent(market.viitSupShare, 0),
		inf: i18n.percent(market.viitInfShare, 0)
	});
}

/**
 * A line of a ranking: the market, the share of its two-way trade that ranks it, and that
 * two-way trade (the share's base, not the market's total trade).
 */
export function rankingItem(
	market: MarketCheck,
	list: 'upMarket' | 'price',
	currency: Currency
): string {
	return i18n.t('quickCheck.rankingItem', {
		partner: rowName(market.id),
		share: i18n.percent(list === 'upMarket' ? market.viitSupShare : market.viitInfShare, 0),
		twoWay: i18n.money(market.iit, currency, true)
	});
}

/** The threshold sentence, with the share and its value. */
export function thresholdText(check: QuickCheck, currency: Currency): string {
	return i18n.t('quickCheck.threshold', {
		share: i18n.percent(check.minTradeShare, 0),
		money: i18n.money(check.minTrade, currency, true)
	});
}

/** The markets that may get a sentence: those over the threshold, largest trade first. */
export function sentenceMarkets(check: QuickCheck): MarketCheck[] {
	return check.markets.filter((market) => market.ranked);
}

/** Markets with a sentence under the quadrant: the largest few, so the page stays short. */
export const TOP_MARKETS = 5;

/** The largest markets over the threshold (by trade), at most `count`. */
export function topMarkets(check: QuickCheck, count = TOP_MARKETS): MarketCheck[] {
	return sentenceMarkets(check).slice(0, count);
}

/** The keys of the quick-check table's columns (also their message keys). */
type ColumnKey =
	| 'partner'
	| 'trade'
	| 'tradeShare'
	| 'iitIndex'
	| 'viitSup'
	| 'viitInf'
	| 'premium'
	| 'change'
	| 'slope';

/** The columns of the quick-check table. */
export function quickCheckColumns(): DataColumn[] {
	const column = (key: ColumnKey, kind: DataColumn['kind']): DataColumn => ({
		key,
		label: i18n.t(`quickCheck.col.${key}`),
		kind
	});
	return [
		column('partner', 'text'),
		column('trade', 'money'),
		column('tradeShare', 'percent'),
		column('iitIndex', 'percent'),
		column('viitSup', 'percent'),
		column('viitInf', 'percent'),
		column('premium', 'signedPercent'),
		column('change', 'number'),
		column('slope', 'number')
	];
}

/** A table row: raw numbers (index changes in percentage points), null where undefined. */
function tableRow(market: MarketCheck, summary: boolean): DataRow {
	return {
		id: market.id,
		cells: {
			partner: rowName(market.id),
			trade: market.trade,
			tradeShare: finiteOrNull(market.tradeShare),
			iitIndex: finiteOrNull(market.iitIndex),
			viitSup: finiteOrNull(market.viitSupShare),
			viitInf: finiteOrNull(market.viitInfShare),
			premium: finiteOrNull(market.premium),
			change: finiteOrNull(market.trend.change * 100),
			slope: finiteOrNull(market.trend.slope * 100)
		},
		summary: summary || undefined
	};
}

/** Every market (largest trade first) and the whole basket last. */
export function quickCheckRows(check: QuickCheck): DataRow[] {
	return [...check.markets.map((market) => tableRow(market, false)), tableRow(check.total, true)];
}
