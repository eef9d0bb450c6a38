/**
 * The engine's door: everything the worker, the CLI, the state and the UI use from the engine,
 * and nothing else (eslint.config.js refuses imports of the engine's inner modules from outside).
 * The engine's folders follow a row's flow: model (the shared types), codes (countries, sectors,
 * products), read (files → keys), classify (keys → classes), views (the tables and charts' data),
 * share (the results link and file format), world (all pairs), panel and determinants (the
 * regressions).
 */

// model
export { parseBasketPattern, parseBasketText } from './model/basket';
export type { Basket } from './model/basket';
export { formatChapters, parseChapters } from './model/chapters';
export { hasControlCharacters } from './model/control-characters';
export { AbortError, inFile, isCancellation, TradeFileError } from './model/errors';
export type { TradeErrorCode } from './model/errors';
export type {
	KeyClass,
	MarginalCell,
	MarginalQuery,
	ProductPage,
	ProductQuery,
	ProductRow,
	ProductSortKey,
	SensitivityResult,
	ShareSeries
} from './model/queries';
export { ALL_PARTNERS, ALL_PRODUCTS, partnerSetOfRow } from './model/selection';
export type {
	Dimension,
	DrillTarget,
	PartnerSet,
	ProductScope,
	Selection
} from './model/selection';
export {
	COLUMN_ROLES,
	COMPANION_IDS,
	DATASET_NOTES,
	DROP_REASONS,
	FORMAT_IDS,
	PRODUCT_LEVELS,
	SECTOR_IDS,
	SKIP_REASONS
} from './model/types';
export type {
	Cell,
	ClassifySettings,
	HsEditionsChoice,
	ClassSplit,
	ColumnMapping,
	ColumnRole,
	CompanionId,
	Currency,
	DatasetInfo,
	DropReason,
	DropTally,
	FormatChoice,
	FormatId,
	ImportValuation,
	Ledger,
	LedgerFile,
	ProductLevel,
	Progress,
	QuantityBasis,
	ReadOptions,
	SectorId,
	SkipReason,
	TradeKeys,
	UvScreen,
	YearEdition,
	EditionConversion
} from './model/types';

// codes
export { fallbackCountryName, iso2OfCountry, knownCountryIds } from './codes/countries';
export { reporterId } from './codes/customs-unions';
export { GROUP_IDS, GROUP_MEMBERS } from './codes/groups';
export type { CustomGroup, GroupId, Membership } from './codes/groups';
export { convertKeysToEdition, convertProduct } from './codes/hs-editions/convert';
export { editionsFound, harmonizeEditions } from './codes/hs-editions/harmonize';
export { codesAsReadLookup, type CodesAsRead } from './codes/hs-editions/codes-as-read';
export type { EditionHarmony } from './codes/hs-editions/harmonize';
export type {
	ConversionCounts,
	ConvertedKeys,
	ConvertedProduct
} from './codes/hs-editions/convert';
export {
	editionIndex,
	editionInForce,
	editionOfBaciFileName,
	editionOfClassificationCode,
	HS_EDITION_YEARS,
	HS_EDITIONS,
	oldestEdition
} from './codes/hs-editions/editions';
export type { EditionRef, HsEdition } from './codes/hs-editions/editions';
export { countryName, sortCountries } from './codes/local-names';
export type { CountryNames } from './codes/local-names';
export { countCoveredHs6, parseNomenclature, searchNomenclature } from './codes/nomenclature';
export type { Nomenclature } from './codes/nomenclature';

// read
export { readTradeFiles } from './read/analyze';
export type { InputFile, ReadResult } from './read/analyze';
export { CsvRowReader } from './read/csv';
export type { Delimiter } from './read/csv';
export { guessMapping, headerSignature, mappingFits } from './read/formats/custom';
export { MIN_SLICE_BYTES } from './read/parallel/read-in-slices';
export type { SlicePool } from './read/parallel/read-in-slices';
export { readSlice, sliceBuffers } from './read/parallel/slice';
export type { SliceRequest, SliceResult } from './read/parallel/slice';
export { previewFiles } from './read/preview';
export type { FilePreview } from './read/preview';

// classify
export { classifyKeys, keysForClassification, keysValuedAtLevel } from './classify/classify';
export { screenUnitValues, uvScreenText } from './classify/uv-screen';
export { keysAtLevel } from './classify/aggregate-level';
export { keysValuedAs, keysWithFobValuation } from './classify/fob-valuation';
export { productPage } from './classify/drilldown';
export { prepareDrillDown } from './classify/key-order';
export { subsetKeys } from './classify/key-subset';
export { marginalCells } from './classify/marginal';
export { thresholdSensitivity } from './classify/sensitivity';
export {
	PAPER_SETTINGS,
	ROBUSTNESS_ROW_IDS,
	ROBUSTNESS_SCREENS,
	robustnessTable,
	type RobustnessFigures,
	type RobustnessRow,
	type RobustnessRowId,
	type RobustnessTable
} from './classify/robustness';
export { aquinoQ } from './classify/imbalance';
export { screenTally, type ScreenTally } from './classify/screen-tally';
export { aquinoQByRow, OTHERS_ROW, TOTAL_ROW, type AquinoQByRow } from './classify/imbalance-rows';
export { ROBUSTNESS_CSV_HEADER, robustnessToCsv } from './views/robustness-csv';
export { classStability } from './classify/class-stability';
export type {
	ClassStabilityResult,
	ClassTransitions,
	StabilityYearPair
} from './classify/class-stability';

// views
export { cellsCsvLines, cellsToCsv } from './views/cells-csv';
export { CSV_DIALECTS, csvLine, csvLines, plainLineEnd, UTF8_BOM } from './views/csv-field';
export type { CsvDialect } from './views/csv-field';
export { viitSupDominance } from './views/dominance';
export type { DominanceRow, DominanceTable } from './views/dominance';
export { partnerSectorMatrix } from './views/heatmap';
export type { SectorMatrix } from './views/heatmap';
export { ledgerToCsv } from './views/ledger-csv';
export { marginalTable } from './views/marginal-table';
export type { MarginalRow, MarginalTable } from './views/marginal-table';
export { qualityTable } from './views/quality';
export type { QualityRow, QualityTable } from './views/quality';
export { quickCheck } from './views/quick-check';
export type { IitTrend, MarketCheck, QuickCheck } from './views/quick-check';
export { annualSeries } from './views/series';
export type { SeriesLine, YearPoint } from './views/series';
export { dimensionTable, foldedRowIds, inFilter, sectorTable } from './views/tables';
export type {
	GroupRow,
	GroupTable,
	Method,
	MethodFigures,
	PartnerDimension,
	ViewFilter
} from './views/tables';

// share
export { MAX_LINK_CHARS } from './share/bounds';
export {
	encodeFragment,
	isResultsFragment,
	refuseOverlongFragment,
	resultsFileText
} from './share/codec';
export { decodeHere, payloadOfReply, replyTo, transfersOf } from './share/decode-request';
export type { DecodeReply, DecodeRequest } from './share/decode-request';
export { sharedInSlices } from './share/materialize';
export { cellsForView, isSharedView, SHARED_VIEWS, viewFigures } from './share/reduce';
export type { SharedView, ViewOnScreen } from './share/reduce';
export { ShareError } from './share/shared-results';
export type { CellsAtAlpha, SharedPayload, SharedResults } from './share/shared-results';

// world
export { pairDetail } from './world/pair-detail';
export type { PairDetail, PairFigures } from './world/pair-detail';
export { pairMatrix } from './world/pair-matrix';
export type { PairMatrix, PairMatrixOptions } from './world/pair-matrix';
export { PAIR_METRICS, pairShare, topPairs, topShares, WORLD_METHODS } from './world/pair-metrics';
export type { PairMetric, WorldMethod } from './world/pair-metrics';
export { keyBufferBytes } from './world/side-view';
export { PRICE_RANGES, priceRangeOf, priceRanges, validatePriceAlpha } from './world/price-ranges';
export type { PriceRange, PriceRangeRow, RangeSums } from './world/price-ranges';
export { exporterRanges, rangeShares } from './world/price-ranges-exporters';
export type {
	ExporterRanges,
	ExporterRangesFilter,
	RangeShares
} from './world/price-ranges-exporters';
export {
	referenceGroups,
	referenceUnitValue,
	worldReferenceUnitValues
} from './world/price-ranges-reference';
export type { FlowGroups, ReferenceUnitValues } from './world/price-ranges-reference';
export { priceRangesSummary } from './world/price-ranges-summary';
export type {
	ExporterRangeTotals,
	PriceRangesSummary,
	RangeTotals
} from './world/price-ranges-summary';
export { pairPriceRanges } from './world/pair-price-ranges';
export type {
	PairDirection,
	PairPriceRanges,
	PairRangeFlow,
	PairRangeRow
} from './world/pair-price-ranges';

// panel
export { estimatePanel, PanelDataError } from './panel';
export type { HausmanSkipped, HausmanTest, PanelEstimates, PanelInput, PanelResult } from './panel';
export type {
	DropReason as PanelDropReason,
	PanelFailureCode,
	PanelFit,
	PanelModelName
} from './panel/types';

// determinants
export { readCovariateFiles } from './determinants/covariates';
export type { CovariateDropReason } from './determinants/covariates';
export { runDeterminants } from './determinants/run';
export { covariatesTemplate } from './determinants/template';
export { DISTANCE_MEASURES, OBSERVATION_DROP_REASONS } from './determinants/types';
export type {
	CovariatesFile,
	CovariatesFileKind,
	CovariatesLedger,
	DistanceMeasure,
	FigureSource,
	DeterminantsFit,
	DeterminantsQuery,
	DeterminantsResult,
	ObservationDropReason
} from './determinants/types';
