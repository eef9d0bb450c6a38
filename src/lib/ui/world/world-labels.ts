/** The world tables' texts in the current language (WorldLabels for world-model.ts). */
import type { PairMetric, WorldMethod } from '../../engine';
import { i18n } from '../../state/locale.svelte';
import { rowName } from '../results/names';
import type { WorldLabels } from './world-model';

/** The name of a metric under a method (IIT reads as two-way trade under FF). */
export function metricName(metric: PairMetric, method: WorldMethod): string {
	return metric === 'iit' ? i18n.t(`world.metric.iit.${method}`) : i18n.t(`world.metric.${metric}`);
}

/** The display name of a method. */
export function methodName(method: WorldMethod): string {
	return i18n.t(`method.${method}`);
}

/** Every text the world tables need, for `method`. */
export function worldLabels(method: WorldMethod): WorldLabels {
	return {
		country: (id) => i18n.country(id),
		sector: (id) => rowName(id),
		metric: (metric) => metricName(metric, method),
		pair: i18n.t('world.col.pair'),
		sectorColumn: i18n.t('world.col.sector'),
		trade: i18n.t('world.col.trade'),
		gl: i18n.t('world.col.gl'),
		yearTotal: (year) => i18n.t('world.row.year', { year }),
		total: i18n.t('world.row.total')
	};
}
