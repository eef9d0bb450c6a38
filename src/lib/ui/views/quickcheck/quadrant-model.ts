/**
 * The quick check's quadrant as chart data: the markets over the threshold that have both a
 * price premium and two-way trade, in the current language. Pure: no DOM.
 */
import type { Currency, MarketCheck, QuickCheck } from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import type { QuadrantChartData, QuadrantPoint } from '../../charts/quadrant';
import { rowName } from '../../results/names';
import { sentenceMarkets } from './quick-check-model';

/** A market can be placed only with a defined premium and a VIIT-sup share (two-way trade). */
export function onQuadrant(market: MarketCheck): boolean {
	return Number.isFinite(market.premium) && Number.isFinite(market.viitSupShare);
}

function point(market: MarketCheck, currency: Currency): QuadrantPoint {
	const name = rowName(market.id);
	return {
		id: market.id,
		name,
		x: market.premium,
		y: market.viitSupShare,
		size: market.trade,
		tooltip: i18n.t('quickCheck.quadrant.point', {
			partner: name,
			premium: i18n.signedPercent(market.premium, 0),
			sup: i18n.percent(market.viitSupShare, 0),
			trade: i18n.money(market.trade, currency, true)
		})
	};
}

/** The quadrant of the markets over the threshold, and the names of those it cannot place. */
export function quadrantData(
	check: QuickCheck,
	currency: Currency
): { chart: QuadrantChartData; left: string[] } {
	const markets = sentenceMarkets(check);
	const points = markets.filter(onQuadrant).map((market) => point(market, currency));
	return {
		chart: {
			points,
			xName: i18n.t('quickCheck.quadrant.x'),
			yName: i18n.t('quickCheck.quadrant.y'),
			names: {
				upperLeft: i18n.t('quickCheck.quadrant.upCheap'),
				upperRight: i18n.t('quickCheck.quadrant.upDear'),
				lowerLeft: i18n.t('quickCheck.quadrant.downCheap'),
				lowerRight: i18n.t('quickCheck.quadrant.downDear')
			},
			formatX: (ratio) => i18n.signedPercent(ratio, 0),
			formatY: (ratio) => i18n.percent(ratio, 0),
			description: i18n.t('quickCheck.quadrant.description', {
				points: points.map((p) => `${p.tooltip}.`).join(' ')
			})
		},
		left: markets.filter((market) => !onQuadrant(market)).map((market) => rowName(market.id))
	};
}
