/** The body of each section and subsection of the Methods page, by its heading's id. */
import type { Component } from 'svelte';
import type { PartProps } from '../props';
import type { HeadingId } from '../sections';
import Aggregates from './Aggregates.svelte';
import Beyond from './Beyond.svelte';
import CifFob from './CifFob.svelte';
import Determinants from './Determinants.svelte';
import DrillDown from './DrillDown.svelte';
import Ff from './Ff.svelte';
import Filters from './Filters.svelte';
import Ghm from './Ghm.svelte';
import Groups from './Groups.svelte';
import GrubelLloyd from './GrubelLloyd.svelte';
import Heatmap from './Heatmap.svelte';
import Ledger from './Ledger.svelte';
import Marginal from './Marginal.svelte';
import PaperTables from './PaperTables.svelte';
import PriceRanges from './PriceRanges.svelte';
import Quality from './Quality.svelte';
import Robustness from './Robustness.svelte';
import Sectors from './Sectors.svelte';
import Sensitivity from './Sensitivity.svelte';
import Series from './Series.svelte';
import Stability from './Stability.svelte';
import Sources from './Sources.svelte';
import Table5 from './Table5.svelte';
import Unclassified from './Unclassified.svelte';
import Unit from './Unit.svelte';

/** Every heading has its body (a missing one fails the type check); the page puts the heading. */
export const PARTS: Record<HeadingId, Component<PartProps>> = {
	unit: Unit,
	'grubel-lloyd': GrubelLloyd,
	ghm: Ghm,
	ff: Ff,
	unclassified: Unclassified,
	aggregates: Aggregates,
	'paper-tables': PaperTables,
	'table-5': Table5,
	beyond: Beyond,
	series: Series,
	heatmap: Heatmap,
	'drill-down': DrillDown,
	sensitivity: Sensitivity,
	stability: Stability,
	'price-ranges': PriceRanges,
	marginal: Marginal,
	quality: Quality,
	groups: Groups,
	filters: Filters,
	determinants: Determinants,
	sectors: Sectors,
	'cif-fob': CifFob,
	robustness: Robustness,
	ledger: Ledger,
	sources: Sources
};
