/** English. Typed against the Portuguese reference: a missing or extra key fails the type check. */
import type { Messages } from './pt-BR';
import * as viewsPart from './parts/views';
import * as workerViewsPart from './parts/worker-views';
import * as cellViewsPart from './parts/cell-views';
import * as chartsPart from './parts/charts';
import * as basketsPart from './parts/baskets';
import * as quickCheckPart from './parts/quick-check';
import * as determinantsPart from './parts/determinants';
import * as determinantsErrorsPart from './parts/determinants-errors';
import * as privacyPart from './parts/privacy';
import * as sharePart from './parts/share';
import * as shareLinksPart from './parts/share-links';
import * as startPart from './parts/start';
import * as worldPart from './parts/world';
import * as worldPriceRangesPart from './parts/world-price-ranges';
import * as readErrorsPart from './parts/read-errors';
import * as lineLimitPart from './parts/line-limit';
import * as csvPart from './parts/csv';
import * as stabilityPart from './parts/stability';
import * as classifyOptionsPart from './parts/classify-options';
import * as imbalancePart from './parts/imbalance';
import * as layoutPart from './parts/layout';
import * as mapPart from './parts/map';

export const en: Messages = {
	...viewsPart.en,
	...workerViewsPart.en,
	...cellViewsPart.en,
	...chartsPart.en,
	...basketsPart.en,
	...quickCheckPart.en,
	...sharePart.en,
	...shareLinksPart.en,
	...privacyPart.en,
	...determinantsPart.en,
	...determinantsErrorsPart.en,
	...startPart.en,
	...worldPart.en,
	...worldPriceRangesPart.en,
	...readErrorsPart.en,
	...lineLimitPart.en,
	...csvPart.en,
	...stabilityPart.en,
	...classifyOptionsPart.en,
	...imbalancePart.en,
	...layoutPart.en,
	...mapPart.en,
	'app.name': 'IIT Explorer',
	'app.tagline': 'The quality of intra-industry trade, computed in your browser',
	'nav.home': 'Analysis',
	'nav.methods': 'Methods',
	'nav.skip': 'Skip to content',
	'lang.label': 'Language',
	'footer.privacy':
		'Your data never leaves the browser: nothing is uploaded, nothing is logged. Files are read and analysed on this computer.',

	'drop.title': 'Trade files',
	'drop.hint':
		'Drag trade files here — BACI, UN Comtrade, Comex Stat, Comext, WITS, Trade Map or any CSV — or',
	'drop.button': 'choose files',
	'drop.accepts':
		'Accepts .csv, .tsv, .txt, .gz and .zip, and Trade Map’s .xls (a web page table); several files of one format at once (Comex Stat: EXP_ and IMP_ files with PAIS.csv; Trade Map: an exports and an imports table).',
	'drop.selected': 'Analysing: {names}',

	'settings.title': 'Settings',
	'settings.method': 'Method',
	'method.ghm': 'GHM',
	'method.ff': 'FF',
	'method.both': 'GHM and FF',
	'settings.alpha': 'Dispersion factor α',
	'settings.alphaFree': 'Other value of α (%)',
	'settings.theta': 'Overlap threshold θ (FF)',
	'settings.cifFob': 'CIF/FOB factor for imports',
	'settings.cifFobCif':
		"The imports in these files are valued CIF: use a factor above 1 (the IMF's usual rule of thumb is 1.10).",
	'settings.cifFobHelp':
		'Divides import values before unit values are compared, to take freight and insurance out of CIF imports; 1 = none. Trade values themselves are not changed.',
	'settings.reporter': 'Reporting country',
	'settings.yearFrom': 'From',
	'settings.yearTo': 'To',
	'settings.years': 'Period',
	'settings.quantityBasis': 'Quantity for unit values',
	'quantity.auto': "The format's default",
	'quantity.reported': 'Reported unit',
	'quantity.net-weight': 'Net weight',
	'quantity.autoOf': 'Format default: {unit}',
	'unit.t': 'net weight in metric tons',
	'unit.kg': 'net weight in kg',
	'unit.reported': "each product's reported unit",
	'settings.reExports': 'Include re-exports and re-imports',
	'settings.reExportsHelp': 'Off by default: re-exported goods were made elsewhere.',
	'settings.topN': 'Partners in the table',
	'settings.readGroup': 'Reading (a change re-reads the files)',
	'settings.classifyGroup': 'Classification',
	'settings.viewGroup': 'Display',

	'progress.reading': 'Reading {file} ({index} of {count})',
	'progress.classifying': 'Classifying…',
	'progress.rows': '{rows} rows',
	'progress.rate': '{rate} rows/s',
	'progress.cancel': 'Cancel',

	'tabs.label': 'Results',
	'results.empty': 'No results yet. Choose files to begin.',
	'results.methodGhm': 'GHM (α = {alpha})',
	'results.methodFf': 'FF (α = {alpha}, θ = {theta})',
	'table.partnerCaption': '{reporter}: trade by partner, annual average {from}–{to}',
	'table.sectorCaption': '{reporter}: trade by sector, annual average {from}–{to}',
	'table.unitNote':
		'Volumes: annual average in {unit}. Index: mean of the annual indices. Shares over the period.',
	'table.unit.1': '{currency}',
	'table.unit.1000': 'thousand {currency}',
	'table.unit.1000000': 'million {currency}',
	'colset.label': 'Table columns',
	'colset.volumes': 'Volumes',
	'colset.index': 'Index and composition',
	'colset.quality': 'Quality of VIIT',
	'col.partner': 'Partner',
	'col.sector': 'Sector',
	'col.trade': 'Total trade',
	'col.iit': 'IIT',
	'col.hiit': 'HIIT',
	'col.viit': 'VIIT',
	'col.iitIndex': 'IIT index',
	'col.hiitShare': 'HIIT/IIT',
	'col.viitShare': 'VIIT/IIT',
	'col.viitInfShare': 'VIIT-inf/VIIT',
	'col.viitSupShare': 'VIIT-sup/VIIT',
	'col.unclassifiedShare': 'Unclassified/IIT',
	'row.others': 'Others',
	'row.others-mean': 'Others (mean, as in the paper)',
	'row.mean': 'Mean',
	'row.total': 'Total',

	'chart.iitPartner': 'Intra-industry trade index by partner',
	'chart.compositionSector':
		'Composition of intra-industry trade by sector ({currency}, annual average)',
	'chart.qualitySector': 'Quality of vertical trade by sector (% of VIIT)',
	'chart.iitIndex': 'IIT index',
	'chart.hiit': 'Horizontal',
	'chart.viit': 'Vertical',
	'chart.unclassified': 'Unclassified',
	'chart.viitInf': 'Vertical inferior',
	'chart.viitSup': 'Vertical superior',

	'ledger.title': 'Reading ledger',
	'ledger.file': 'File',
	'ledger.format': 'Format',
	'ledger.size': 'Size',
	'ledger.rows': 'Rows',
	'ledger.rowsRead': 'Rows read',
	'ledger.rowsUsed': 'Rows used',
	'ledger.rowsDropped': 'Rows dropped',
	'ledger.reason': 'Reason',
	'ledger.value': 'Value ({currency})',
	'ledger.firstLines': 'First lines',
	'ledger.valueRead': 'Value read',
	'ledger.valueUsed': 'Value used',
	'ledger.valueDropped': 'Value dropped',
	'ledger.noDrops': 'No rows were dropped.',
	'ledger.dropsCaption': 'Rows dropped, by reason',
	'ledger.filesCaption': 'Files read',
	'ledger.years': 'Years: {years}. Partners: {partners}. Keys: {keys}.',
	'ledger.role': 'Flow',
	'ledger.container': 'Stored as',
	'ledger.encoding': 'Encoding',
	'ledger.skippedCaption': 'Archive entries set aside',
	'ledger.skippedReason': 'Why',
	'ledger.downloadCsv': 'Download the ledger (CSV)',
	'ledger.downloadJson': 'Download the ledger (JSON)',
	'ledger.unknownCaption': 'Country codes no table knows (their rows are among the rows used)',
	'ledger.code': 'Code',
	'ledger.valuationCaption':
		'Import value used, valued each way (the option "FOB where reported" uses the FOB value where a row reports one)',
	'ledger.valuation': 'Import rows',
	'ledger.fobReported': 'Report an FOB value',
	'ledger.cifOnly': 'No FOB value (CIF)',
	'ledger.valueFob': 'FOB value ({currency})',
	'ledger.valueAsRead': 'Value as read, CIF ({currency})',
	'role.exports': 'exports',
	'role.imports': 'imports',
	'container.plain': 'text',
	'container.gzip': 'gzip',
	'container.zip': 'in a zip',
	'format.baci': 'BACI (CEPII)',
	'format.comtrade-plus': 'UN Comtrade+',
	'format.comtrade-legacy': 'UN Comtrade (legacy, before 2023)',
	'format.comex-stat': 'Comex Stat (Brazil)',
	'format.comext': 'Eurostat Comext',
	'format.wits': 'WITS (World Bank)',
	'format.trade-map': 'ITC Trade Map',
	'format.custom': 'CSV with mapped columns',
	'format.baci-country-codes': 'BACI country codes',
	'format.comex-countries': 'Comex Stat countries (PAIS.csv)',
	'format.baci-product-codes': 'BACI product codes',

	'download.csv': 'Download results (CSV)',
	'facts.title': 'Data read',
	'facts.format': 'Format',
	'facts.files': 'Files',
	'facts.companions': 'Code tables used',
	'facts.skipped': 'Set aside',
	'facts.coverage': 'Coverage',
	'facts.currency': 'Currency',
	'facts.currencyEur':
		'Values are in euros, as the file gives them: every amount on this page is in EUR.',
	'facts.valueUnit': 'Values in the file',
	'facts.valuation': 'Imports valued',
	'facts.cif':
		'CIF: they include freight and insurance, which raises import unit values and pushes trade towards “inferior”. The CIF/FOB factor in the settings corrects for it (now: {factor}).',
	'facts.fob': 'FOB, like exports: unit values are comparable as they are.',
	'facts.quantity': 'Quantity for unit values',
	'facts.missingPais':
		"Some CO_PAIS codes are not in the built-in list: drop PAIS.csv (Comex Stat's country table) with the EXP_/IMP_ files to name them.",
	'facts.missingBaciCodes':
		"To name them, drop the BACI release's country table (country_codes_V….csv, in the BACI zip) with the data.",
	'facts.noQuantities':
		'The files have no usable quantities, so no unit value can be computed: all intra-industry trade stays unclassified (only the IIT index is meaningful).',
	'facts.customsUnion':
		'The European Union reports here as one, like a country: its partners are the countries outside it, and trade among its members is not part of its figures.',
	'facts.valueUnitAssumed':
		'The file does not state the unit of its values: Trade Map’s own, thousand US dollars, is used.',
	'facts.hsEditions': 'HS editions: {editions}',
	'facts.editionConversion':
		"Codes converted to {target} with UNSD's correspondence tables, so that every year is in one edition: {keys} keys changed code.",
	'facts.unknownCountries':
		'Country codes no table knows: {countries}. Their trade is kept, each code as a partner of its own, and counted in no country group.',
	'facts.unknownCountry': '{code} ({rows} rows, {value})',
	'notice.reporterSwitched':
		'The file only holds trade reported by {to}, so the reporting country was changed from {from} to {to}.',
	'mapping.open': 'Map columns',
	'mapping.title': 'Which column holds what?',
	'mapping.intro':
		'Pick the column of each item of {file}, looking at the first rows below; the choices are pre-filled from the column names.',
	'mapping.knownFormat':
		'This file was recognised as {format}. With a mapping it is read as a plain CSV instead.',
	'mapping.loading': 'Reading the first rows…',
	'mapping.failed': 'The first rows could not be read to map the columns.',
	'mapping.file': 'File',
	'mapping.preview': 'First rows of {file}',
	'mapping.columns': 'Columns',
	'mapping.values': 'Values',
	'mapping.layout': 'Exports and imports',
	'mapping.layout.flow-column': 'A flow column (export / import) and one value column',
	'mapping.layout.split-columns': 'Separate columns for export and import values',
	'mapping.role.year': 'Year',
	'mapping.role.reporter': 'Reporting country',
	'mapping.role.partner': 'Partner country',
	'mapping.role.product': 'Product code (HS)',
	'mapping.role.flow': 'Flow (export / import)',
	'mapping.role.value': 'Trade value',
	'mapping.role.exportValue': 'Export value',
	'mapping.role.importValue': 'Import value',
	'mapping.role.quantity': 'Quantity',
	'mapping.role.exportQuantity': 'Export quantity',
	'mapping.role.importQuantity': 'Import quantity',
	'mapping.role.unit': 'Quantity unit',
	'mapping.optional': 'optional',
	'mapping.choose': '— choose a column —',
	'mapping.none': '— none —',
	'mapping.chosenReporter': '— every row: {country} —',
	'mapping.noUnit': '— one unit for all rows —',
	'mapping.unnamed': 'column {n}',
	'mapping.flowCodes':
		'Flow codes read: X/M, E/I, 2/1 (export 2, import 1), Export/Import and the same words in Portuguese and Spanish; re-exports RX/RM (3/4).',
	'mapping.scale': 'Values are in',
	'mapping.scale.1': 'units',
	'mapping.scale.1000': 'thousands',
	'mapping.scale.1000000': 'millions',
	'mapping.currency': 'Currency',
	'mapping.valuation': 'Imports valued',
	'mapping.valuation.CIF': 'CIF (with freight and insurance)',
	'mapping.valuation.FOB': 'FOB (like exports)',
	'mapping.decimalComma': 'Decimal comma (1.234,5)',
	'mapping.missing': 'Still to choose: {roles}.',
	'mapping.shared': 'One column is chosen for more than one item: {roles}.',
	'mapping.remember':
		'The mapping is remembered on this device: files with the same header are read at once next time.',
	'mapping.apply': 'Analyse with this mapping',
	'mapping.close': 'Close',
	'mapping.remembered': 'Read with the column mapping you made earlier for this header.',
	'mapping.change': 'Change the mapping',

	'error.title': 'The analysis could not be completed',
	'error.place': 'File {file}',
	'error.line': 'line {line}',
	'error.column': 'column {column}',
	'error.empty-file': 'The file is empty (or has only a header).',
	'error.not-text': 'The file is not a text table: its content is binary (an image, a PDF…).',
	'error.unknown-format':
		'The header matches no known format (BACI, UN Comtrade, Comex Stat, Comext, WITS, Trade Map): map its columns below.',
	'error.missing-column': 'A column this format requires is missing.',
	'error.reporter-required':
		'Choose a reporting country: the file does not say which way trade flows without one.',
	'error.unknown-reporter': 'The chosen reporting country is not a known country.',
	'error.reporter-not-in-file':
		'The file has no trade reported by {reporter}. It is reported by {reporters}: choose that reporting country.',
	'error.no-rows-used': 'No row could be used: every row was dropped (the ledger says why).',
	'error.mixed-formats':
		'The files are in different formats ({format} and {expected}); analyse one format at a time (EUR and USD values are never mixed).',
	'error.spreadsheet':
		'This is an Excel workbook ({kind}), not a CSV: open it, save the sheet as CSV and drop the CSV.',
	'error.bad-archive':
		'The compressed file cannot be read to its end: it is damaged, password-protected or incomplete.',
	'error.empty-archive': 'The zip file holds no CSV or text table (it holds: {entries}).',
	'error.truncated-file':
		'The file ends in the middle of a row: it was cut short (download it again).',
	'error.mixed-periods':
		'Year {year} has both monthly and annual rows; they would be counted twice. Analyse one or the other.',
	'error.unknown-flow-file':
		'Cannot tell whether this Comex Stat file holds exports or imports: keep its name EXP_YYYY.csv or IMP_YYYY.csv.',
	'error.incomplete-table': 'This table lacks what the method needs: {missing}.',
	'error.bad-mapping':
		'The column mapping does not fit this file (missing or outside the header: {missing}): check it below.',
	'error.too-many-keys':
		'The files hold more than {limit} distinct (year, reporter, partner, product) keys, more than memory allows: read fewer years (or, on the analysis page, choose one reporter).',
	'error.crash':
		'The analysis process stopped unexpectedly. Try again; if it persists, the file may be too large for the available memory.',
	'error.silent':
		'The analysis process stopped answering during the read (nothing for {seconds} s) and was stopped. Try again; if it persists, the file may be too large for the available memory.',
	'error.unexpected': 'Unexpected error: {message}',
	'error.demo': 'The demo data could not be loaded.',
	'error.details': 'Details',
	'cancelled.notice': 'Analysis cancelled. The previous results were discarded.',
	'demo.badge': 'Synthetic demo data',
	'demo.loading': 'Loading the demo data…',

	'skip.not-a-trade-table': 'not a recognised trade table',
	'skip.product-names': 'product names table (not needed)',
	'skip.not-text': 'not text',
	'skip.document': 'document (PDF, Word)',
	'skip.spreadsheet': 'spreadsheet: save it as CSV to use it',
	'skip.image': 'image',
	'skip.xml': 'XML file',
	'skip.nested-archive': 'an archive inside the archive: unpack it first',
	'skip.system-file': 'system or hidden file',
	'skip.empty': 'empty',
	'drop.malformed-row': 'Malformed row (wrong number of fields)',
	'drop.invalid-year': 'Invalid year',
	'drop.invalid-value': 'Value empty or not a number',
	'drop.negative-value': 'Negative value',
	'drop.zero-value': 'Zero value',
	'drop.invalid-product': 'Invalid product code',
	'drop.not-hs-product':
		'Not an HS product (chapters 77, 98, 99: special transactions such as NCM 99999999; 9999AA; TOTAL)',
	'drop.not-hs6': 'HS2/HS4 total (not HS6)',
	'drop.breakdown-row': 'Repeated breakdown (customs regime, transport, 2nd partner)',
	'drop.world-partner': 'Partner “World”',
	'drop.aggregate-partner': 'Aggregate partner (areas “nes”, regional totals)',
	'drop.invalid-country': 'Empty or unreadable country code',
	'drop.self-trade': 'A country trading with itself',
	'drop.re-export': 'Re-export or re-import',
	'drop.unknown-flow': 'Flow that is neither export nor import',
	'drop.gross-flow': '“Gross” flow (exports + re-exports): would double count',
	'drop.confidential-product': 'Confidential product code',
	'drop.other-reporter': 'Row of another reporting country',

	'sector.animal': 'Animal products',
	'sector.vegetable': 'Vegetable products',
	'sector.foodstuffs': 'Foodstuffs',
	'sector.mineral': 'Mineral products',
	'sector.chemicals': 'Chemicals',
	'sector.plastics': 'Plastics & rubber',
	'sector.hides': 'Hides, skins & leather',
	'sector.wood': 'Wood products',
	'sector.textiles': 'Textiles',
	'sector.footwear': 'Footwear',
	'sector.stone_glass': 'Stone & glass',
	'sector.metals': 'Metals',
	'sector.machinery': 'Machinery & electrical',
	'sector.transport': 'Transportation',
	'sector.misc': 'Miscellaneous'
};
