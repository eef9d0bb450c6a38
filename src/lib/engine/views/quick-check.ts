/**
 * The quick check of a basket: per partner market, the basket's trade, IIT index, VIIT-sup and
 * VIIT-inf shares of two-way trade, relative quality premium and IIT trend, and the markets
 * ranked where the basket sells up-market and where it competes on price. Every figure comes from
 * the shared paths (dimensionTable, qualityTable, annualSeries): nothing is summed again here.
 */
import { qualityTable, type QualityRow } from './quality';
import { annualSeries, type YearPoint } from './series';
import type { Dimension } from '../model/selection';
import type { Cell } from '../model/types';
import { dimensionTable, ratio, type GroupRow, type Method, type ViewFilter } from './tables';

/** A market enters the rankings only with at least this share of the basket's trade (1 %). */
export const MIN_TRADE_SHARE = 0.01;

/** Markets shown in each ranking at most. */
export const RANKING_LENGTH = 10;

/** Which way a market's basket trade leans: more VIIT-sup, more VIIT-inf, or neither. */
export type MarketLeaning = 'up-market' | 'price' | 'balanced' | 'none';

/** The IIT index over the selected years (method's index, years with trade only). */
export interface IitTrend {
	/** IIT_t / T_t per year of the filter; NaN in years without trade. */
	indices: number[];
	/** First and last years with trade, and their indices; NaN/null when no year has trade. */
	firstYear: number | null;
	lastYear: number | null;
	first: number;
	last: number;
	/** last − first (index points, as a ratio); NaN with fewer than two years of trade. */
	change: number;
	/** Least-squares slope of the index on the year (ratio per year); NaN with fewer than two years. */
	slope: number;
}

/** One partner market of the basket. */
export interface MarketCheck {
	/** Partner id ('total' for the whole basket). */
	id: string;
	/** Annual average total trade T (exports + imports) of the basket with the market. */
	trade: number;
	/** The market's share of the basket's trade (annual averages). */
	tradeShare: number;
	/** Annual average two-way (IIT) volume of the method. */
	iit: number;
	/** The method's annual average IIT index (mean over years with trade of IIT_t / T_t). */
	iitIndex: number;
	/** VIIT-sup / IIT and VIIT-inf / IIT over the period: shares of two-way trade. NaN without IIT. */
	viitSupShare: number;
	viitInfShare: number;
	/** exp(mean ln R) − 1, value-weighted; NaN when no key has a defined R. */
	premium: number;
	/** Share of the market's trade the premium covers. */
	qualityCoverage: number;
	trend: IitTrend;
	leaning: MarketLeaning;
	/** Whether the market has enough trade to be ranked (tradeShare ≥ the threshold). */
	ranked: boolean;
}

/** The whole quick check. */
export interface QuickCheck {
	method: Method;
	years: number[];
	/** Markets with trade, largest trade first. */
	markets: MarketCheck[];
	/** The whole basket as one market. */
	total: MarketCheck;
	/** The threshold as a share of the basket's trade, and in currency (annual average). */
	minTradeShare: number;
	minTrade: number;
	/** VIIT-sup dominant markets over the threshold, highest VIIT-sup share first. */
	upMarket: MarketCheck[];
	/** VIIT-inf dominant markets over the threshold, highest VIIT-inf share first. */
	price: MarketCheck[];
}

const PARTNERS: Dimension = { kind: 'partner' };

/** Least-squares slope of y on x over the points given; NaN with fewer than two. */
export function slopeOf(xs: readonly number[], ys: readonly number[]): number {
	const n = xs.length;
	if (n < 2) return NaN;
	const meanX = xs.reduce((s, x) => s + x, 0) / n;
	const meanY = ys.reduce((s, y) => s + y, 0) / n;
	let num = 0;
	let den = 0;
	for (let i = 0; i < n; i++) {
		num += (xs[i] - meanX) * (ys[i] - meanY);
		den += (xs[i] - meanX) ** 2;
	}
	return den === 0 ? NaN : num / den;
}

/** The trend of the yearly IIT index, from the method's yearly points. */
export function iitTrend(years: readonly number[], points: readonly YearPoint[]): IitTrend {
	const indices = points.map((point) => (point.trade > 0 ? point.iitIndex : NaN));
	const traded = years.map((year, i) => ({ year, index: indices[i] }));
	const withTrade = traded.filter((point) => !Number.isNaN(point.index));
	const firstPoint = withTrade[0];
	const lastPoint = withTrade[withTrade.length - 1];
	const enough = withTrade.length >= 2;
	return {
		indices,
		firstYear: firstPoint?.year ?? null,
		lastYear: lastPoint?.year ?? null,
		first: firstPoint?.index ?? NaN,
		last: lastPoint?.index ?? NaN,
		change: enough ? lastPoint.index - firstPoint.index : NaN,
		slope: slopeOf(
			withTrade.map((point) => point.year),
			withTrade.map((point) => point.index)
		)
	};
}

/** Which of VIIT-sup and VIIT-inf is larger; 'none' without vertical trade. */
function leaningOf(viitSup: number, viitInf: number): MarketLeaning {
	if (viitSup === 0 && viitInf === 0) return 'none';
	if (viitSup > viitInf) return 'up-market';
	if (viitInf > viitSup) return 'price';
	return 'balanced';
}

/** One market's figures from its table row, quality row and yearly points. */
function marketCheck(
	row: GroupRow,
	quality: QualityRow | undefined,
	years: readonly number[],
	points: readonly YearPoint[],
	method: Method,
	basketTrade: number,
	minTrade: number
): MarketCheck {
	const figures = row[method];
	return {
		id: row.id,
		trade: row.trade,
		tradeShare: ratio(row.trade, basketTrade),
		iit: figures.iit,
		iitIndex: figures.iitIndex,
		viitSupShare: ratio(figures.volume.viitSup, figures.iit),
		viitInfShare: ratio(figures.volume.viitInf, figures.iit),
		premium: quality?.premium ?? NaN,
		qualityCoverage: quality?.coverage ?? NaN,
		trend: iitTrend(years, points),
		leaning: leaningOf(figures.volume.viitSup, figures.volume.viitInf),
		ranked: row.trade > 0 && row.trade >= minTrade
	};
}

/** Larger `share` first; ties by larger trade, then id, so the order never depends on input order. */
function byShare(share: (market: MarketCheck) => number) {
	return (a: MarketCheck, b: MarketCheck): number =>
		share(b) - share(a) || b.trade - a.trade || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The quick check of the cells given (already the basket's only) for one method. Markets below
 * `minTradeShare` of the basket's annual average trade are listed but never ranked.
 */
export function quickCheck(
	cells: readonly Cell[],
	filter: ViewFilter,
	method: Method,
	minTradeShare = MIN_TRADE_SHARE,
	rankingLength = RANKING_LENGTH
): QuickCheck {
	const table = dimensionTable(cells, filter, PARTNERS);
	const quality = qualityTable(cells, filter, PARTNERS);
	const qualityById = new Map(quality.rows.map((row) => [row.id, row]));
	const ids = table.rows.map((row) => row.id);
	const series = annualSeries(cells, filter, PARTNERS, [...ids, 'total']);
	const pointsById = new Map(series.lines.map((line) => [line.id, line[method]]));
	const basketTrade = table.total.trade;
	const minTrade = basketTrade * minTradeShare;

	const check = (row: GroupRow, q: QualityRow | undefined) =>
		marketCheck(row, q, series.years, pointsById.get(row.id) ?? [], method, basketTrade, minTrade);
	const markets = table.rows
		.map((row) => check(row, qualityById.get(row.id)))
		.sort((a, b) => b.trade - a.trade || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const rankable = markets.filter((market) => market.ranked);
	return {
		method,
		years: series.years,
		markets,
		total: { ...check(table.total, quality.total), ranked: false },
		minTradeShare,
		minTrade,
		upMarket: rankable
			.filter((market) => market.leaning === 'up-market')
			.sort(byShare((market) => market.viitSupShare))
			.slice(0, rankingLength),
		price: rankable
			.filter((market) => market.leaning === 'price')
			.sort(byShare((market) => market.viitInfShare))
			.slice(0, rankingLength)
	};
}
