/**
 * The map view's data: each partner market of the quick check (every partner of the selection,
 * the same years, partners, basket and settings as the partner table, never folded into Others)
 * as a region of the world map with the chosen metric, and the partners that have data but no
 * shape (small islands, "not elsewhere specified"), so nothing drops off the map unsaid. Pure: no DOM.
 */
import type { Currency, MarketCheck, QuickCheck } from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import type { MapChartData } from '../../charts/map';
import { rowName } from '../../results/names';
import type { DataColumn, DataRow } from '../../tables/data-table';

/** What colours the countries: the method's IIT index, VIIT-sup / two-way trade, or the price premium. */
export type MapMetric = 'iitIndex' | 'viitSup' | 'premium';

export const MAP_METRICS: readonly MapMetric[] = ['iitIndex', 'viitSup', 'premium'];

/** One partner drawn on the map. */
export interface MapRegion {
	/** The country id, also the name of its shape in the geometry. */
	id: string;
	name: string;
	/** The metric; null when it is undefined for the partner (no two-way trade, no premium). */
	value: number | null;
	/** Annual average trade with the reporter. */
	trade: number;
	/** The region in words (tooltip, description). */
	label: string;
}

/** A partner with data that the geometry has no shape for. */
export interface UnmappedPartner {
	id: string;
	name: string;
	trade: number;
}

export interface MapData {
	metric: MapMetric;
	/** Partners with a shape, largest trade first. */
	regions: MapRegion[];
	/** Partners without one, largest trade first. */
	unmapped: UnmappedPartner[];
	/** The reporter's id when the geometry has its shape (drawn apart, never coloured). */
	reporter: string | null;
	/** The colour scale's ends: 0–100 % for the shares, symmetric about 0 for the premium. */
	min: number;
	max: number;
}

/** A market's value of the metric; NaN when undefined. */
export function metricValue(market: MarketCheck, metric: MapMetric): number {
	if (metric === 'iitIndex') return market.iitIndex;
	if (metric === 'viitSup') return market.viitSupShare;
	return market.premium;
}

/** The metric's value as the legend and tooltip write it. */
export function formatMetric(metric: MapMetric, value: number): string {
	return metric === 'premium' ? i18n.signedPercent(value, 0) : i18n.percent(value, 0);
}

/** The premium scale's half range: the largest |premium|, up to the next 5 %, at least 5 %. */
export function premiumHalfRange(values: readonly number[]): number {
	const largest = Math.max(0, ...values.map(Math.abs));
	return Math.max(0.05, Math.ceil(Math.round(largest * 1e6) / 5e4) / 20);
}

function region(market: MarketCheck, metric: MapMetric, currency: Currency): MapRegion {
	const value = metricValue(market, metric);
	const defined = Number.isFinite(value);
	const name = rowName(market.id);
	return {
		id: market.id,
		name,
		value: defined ? value : null,
		trade: market.trade,
		label: i18n.t('map.region', {
			partner: name,
			metric: i18n.t(`map.metric.${metric}`),
			value: defined ? formatMetric(metric, value) : i18n.t('map.undefined'),
			trade: i18n.money(market.trade, currency, true)
		})
	};
}

/**
 * The quick check's markets on a map whose shapes are named by `shapes` (country ids). The
 * reporter is never coloured as a partner; a partner without a shape goes to `unmapped`.
 */
export function mapData(
	check: QuickCheck,
	metric: MapMetric,
	reporter: string,
	shapes: ReadonlySet<string>,
	currency: Currency
): MapData {
	const partners = check.markets.filter((market) => market.id !== reporter);
	const regions = partners
		.filter((market) => shapes.has(market.id))
		.map((market) => region(market, metric, currency));
	const unmapped = partners
		.filter((market) => !shapes.has(market.id))
		.map((market) => ({ id: market.id, name: rowName(market.id), trade: market.trade }));
	const values = regions.flatMap((r) => (r.value === null ? [] : [r.value]));
	const half = metric === 'premium' ? premiumHalfRange(values) : 0;
	return {
		metric,
		regions,
		unmapped,
		reporter: shapes.has(reporter) ? reporter : null,
		min: metric === 'premium' ? -half : 0,
		max: metric === 'premium' ? half : 1
	};
}

/** "Hong Kong (HKG), Other Asia, nes (490)": the unmapped partners with their codes. */
export function unmappedText(unmapped: readonly UnmappedPartner[]): string {
	return unmapped
		.map((partner) =>
			partner.name === partner.id ? partner.id : `${partner.name} (${partner.id})`
		)
		.join(', ');
}

/** The chart's data in the current language: the regions, the reporter hatched, the legend's scale. */
export function mapChartData(data: MapData, reporter: string): MapChartData {
	const reporterName = i18n.country(reporter);
	const metricName = i18n.t(`map.metric.${data.metric}`);
	return {
		regions: data.regions.map(({ id, value, label }) => ({ id, value, label })),
		reporter: data.reporter
			? { id: data.reporter, label: i18n.t('map.reporter', { reporter: reporterName }) }
			: null,
		min: data.min,
		max: data.max,
		diverging: data.metric === 'premium',
		metricName,
		format: (value) => formatMetric(data.metric, value),
		noData: (id) => i18n.t('map.noData', { country: i18n.country(id) }),
		description: i18n.t('map.description', {
			reporter: reporterName,
			metric: metricName,
			regions: data.regions.map((region) => `${region.label}.`).join(' ')
		})
	};
}

/** The table under the map: partner, the metric, trade. */
export function mapColumns(metric: MapMetric): DataColumn[] {
	return [
		{ key: 'partner', label: i18n.t('map.col.partner'), kind: 'text' },
		{
			key: 'value',
			label: i18n.t(`map.metric.${metric}`),
			kind: metric === 'premium' ? 'signedPercent' : 'percent'
		},
		{ key: 'trade', label: i18n.t('map.col.trade'), kind: 'money' }
	];
}

/** Every partner with data, those on the map and those off it alike (largest trade first). */
export function mapRows(data: MapData, check: QuickCheck): DataRow[] {
	const shown = new Set([...data.regions.map((r) => r.id), ...data.unmapped.map((u) => u.id)]);
	return check.markets
		.filter((market) => shown.has(market.id))
		.map((market) => {
			const value = metricValue(market, data.metric);
			return {
				id: market.id,
				cells: {
					partner: rowName(market.id),
					value: Number.isFinite(value) ? value : null,
					trade: market.trade
				}
			};
		});
}
