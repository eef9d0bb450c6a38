/** The price-range tables' texts in the current language (RangeLabels for price-ranges-model.ts). */
import { i18n } from '../../state/locale.svelte';
import { rowName } from '../results/names';
import type { RangeLabels } from './price-ranges-model';

/** Every text the price-range tables need. */
export function rangeLabels(): RangeLabels {
	return {
		country: (id) => i18n.country(id),
		sector: (id) => rowName(id),
		range: (range) => i18n.t(`world.ranges.range.${range}`),
		exporter: i18n.t('world.ranges.col.exporter'),
		exports: i18n.t('world.ranges.col.exports'),
		up: i18n.t('world.ranges.col.up'),
		middle: i18n.t('world.ranges.col.middle'),
		down: i18n.t('world.ranges.col.down'),
		unranked: i18n.t('world.ranges.col.unranked'),
		world: i18n.t('world.ranges.row.world'),
		flow: i18n.t('world.ranges.pair.col.flow'),
		directionTotal: (from, to) => i18n.t('world.ranges.pair.row.total', { from, to }),
		product: i18n.t('world.ranges.pair.col.product'),
		direction: i18n.t('world.ranges.pair.col.direction'),
		value: i18n.t('world.ranges.pair.col.value'),
		unit: i18n.t('world.ranges.pair.col.unit'),
		unitValue: i18n.t('world.ranges.pair.col.unitValue'),
		reference: i18n.t('world.ranges.pair.col.reference'),
		ratio: i18n.t('world.ranges.pair.col.ratio'),
		rangeColumn: i18n.t('world.ranges.pair.col.range')
	};
}
