/**
 * The Methods page in English: the same keys as the reference, pt.ts, where the inline markup of
 * the prose is described.
 */
import type { MethodsContent } from './types';

export const en: MethodsContent = {
	page: {
		title: 'Methods',
		intro:
			'This page explains every number IIT Explorer shows: where it comes from, how it is computed and how to read it. The formulas carry the thresholds in use; to change them, use the settings of the [analysis](/).',
		thresholdLabels: {
			title: 'Thresholds in use',
			alpha: 'Dispersion factor',
			theta: 'Overlap threshold (FF)',
			cifFobFactor: 'CIF/FOB factor'
		},
		tocLabel: 'On this page'
	},
	terms: {
		iit: 'IIT',
		hiit: 'HIIT',
		viit: 'VIIT',
		viitSup: 'VIIT-sup',
		viitInf: 'VIIT-inf',
		unclassified: 'unclassified',
		oneWay: 'one-way',
		twoWay: 'two-way',
		iitIndex: 'IIT index',
		viitSupShare: 'VIIT-sup share',
		and: 'and',
		notDefined: 'undefined'
	},
	unit: {
		heading: 'The unit of analysis',
		lead: 'Every number in the app starts from the same building block: the trade in one product between two countries in one year.',
		key: "A [dfn:key] is the combination (year, reporting country, partner, 6-digit Harmonized System product, HS6). For each key the app keeps the reporter's exports *X* to the partner, the reporter's imports *M* from the partner, and the quantities *qX* and *qM* of those two flows. Rows with the same key are added up: months, customs regimes, modes of transport and the several 8-digit national codes (NCM, CN) under one HS6. The product code always has 6 characters (BACI writes `10121` for `010121`).",
		currency:
			"Values stay in the data's currency, never converted: US dollars in every format except Eurostat Comext, which is in euros. Files in thousands (BACI, WITS, Trade Map) are multiplied by 1,000.",
		quantities:
			"Quantities follow one [dfn:quantity basis] per analysis: the reported unit (items, litres, pairs…) or net weight in kg. Each format's default: metric tons in BACI; net weight (`KG_LIQUIDO`) in Comex Stat, because the units of `QT_ESTAT` differ between the NCM codes under one HS6; net weight in Comext; the reported unit in UN Comtrade and WITS. A sum of quantities is [em:missing] if any row added had a value but no usable quantity, or a different unit: a partial sum would bias the unit value. Comtrade's “No Quantity” (unit code `-1` with quantity 0) is missing, not zero.",
		formula: {
			total: 'total trade of the key',
			exportUnitValue: 'export unit value',
			importUnitValue: 'import unit value',
			unitValueRatio: 'unit-value ratio'
		},
		reading:
			'Keys with *T* = 0 are ignored. *R* > 1 means the reporter sells the product dearer, per unit, than it buys it from the partner; the literature reads this as higher quality. *R* < 1 indicates lower quality. *R* is computed in double precision (IEEE 754) in exactly the order of the formula.'
	},
	'grubel-lloyd': {
		heading: 'Grubel–Lloyd',
		lead: "The Grubel–Lloyd index tells how much of a product's trade goes both ways: 1 when the country exports and imports the same value, 0 when it only exports or only imports.",
		formula: {
			overlap: 'overlap'
		},
		aggregate:
			"For a set of keys (a partner, a sector, a year), the aggregate GL is Σ*O* / Σ*T*: the products' GL weighted by their trade. Example: *X* = 80 and *M* = 20 give *O* = 40, *T* = 100 and GL = 0.40."
	},
	ghm: {
		heading: 'GHM (Greenaway, Hine and Milner)',
		lead: "GHM splits each product's trade in two — the overlap, which is intra-industry trade (IIT), and the imbalance, which is one-way trade — and classifies the overlap by quality, comparing unit values.",
		overlap:
			'The imbalance |*X* − *M*| is one-way (inter-industry) trade. The overlap *O* is classified by *R* with the dispersion factor α, bounds included:',
		formula: {
			horizontal: 'horizontal',
			verticalSuperior: 'vertical, superior',
			verticalInferior: 'vertical, inferior'
		},
		inUse:
			'In use: α = {alpha}, so HIIT when {ghmBand}. The paper uses α = 15% in Tables 1 to 4 and 25% as well in Table 5; Greenaway, Hine and Milner and Abd-el-Rahman (1991) use both values. An α of 15% means export and import unit values differ by at most 15%. Per product, one-way + HIIT + VIIT-sup + VIIT-inf + unclassified = *T*.',
		example:
			'Example: *X* = 80, *M* = 20, *qX* = 10 and *qM* = 4 give *UVx* = 8, *UVm* = 5 and *R* = 1.6 > 1.15: at α = 15%, the 40 of overlap are VIIT-sup and the remaining 60 are one-way trade.',
		paperNote:
			"A note for readers checking the paper: its equation (3) has 1 − α as the lower bound, but its text describes VIIT-inf as a ratio “below the inverse of 1.15”. Here GHM follows equation (3), 1 − α; the bound 1/(1 + α) is FF's."
	},
	ff: {
		heading: 'FF (Fontagné and Freudenberg)',
		lead: "FF decides, product by product, whether trade really goes both ways — the smaller flow must be more than θ times the larger — and if so classifies all of the product's trade, not just the overlap.",
		formula: {
			strictly: 'strictly',
			orOneFlowZero: 'or one flow zero',
			twoWayClassifiedBy: 'two-way trade is classified by'
		},
		inUse:
			'In use: θ = {theta} and α = {alpha}, so HIIT when {ffBand}. In the paper θ = 10% (equation 2): below that, according to Fontagné and Freudenberg (1997), the minority flow is not a structural feature of trade. The inequality is strict: a product whose min/max equals θ exactly is one-way. Under FF, one-way + HIIT + VIIT-sup + VIIT-inf + unclassified = *T*.',
		asymmetry:
			'Why the band is asymmetric: at α = 25%, the GHM band runs from 0.75 to 1.25. Its right side lets the export be up to 1.25 times dearer than the import; its left side, *R* = 0.75, lets the import be 1/0.75 = 1.33 times dearer than the export. Fontagné and Freudenberg point out this inconsistency, and the paper repeats their argument: the band 1/(1 + α) ≤ *R* ≤ 1 + α treats both directions alike (neither unit value may exceed the other by more than α). At 15% it runs from 0.87 to 1.15; at 25%, from 0.80 to 1.25.',
		example:
			"In the example above, min/max = 20/80 = 0.25 > 0.10: the product is two-way and, with *R* = 1.6, the whole 100 goes to VIIT-sup, against 40 under GHM. This is why FF's IIT volumes are larger (in the paper, about 65% larger than GHM's)."
	},
	unclassified: {
		heading: 'Unclassified trade',
		lead: "When unit prices cannot be compared, the app does not guess: that product's intra-industry trade is “unclassified”, counted and shown.",
		undefinedRatio:
			"*R* is undefined when a quantity is missing, zero or negative, or when the two flows are in different units (kg on one side, items on the other). Under GHM the product's overlap *O* goes to “unclassified”; under FF, the whole *T* of a two-way product. This trade is never dropped: it stays in IIT (IIT = HIIT + VIIT + unclassified) and in the IIT index, and the classes still add up to total trade.",
		shares:
			'The shares HIIT/IIT and VIIT/IIT are given over all IIT, with the unclassified share beside them; they are also given over the classified part, HIIT/(HIIT + VIIT) and VIIT/(HIIT + VIIT), for comparison with studies that drop unclassified trade. The Trade Map files the app reads carry no quantities: all their IIT is unclassified, and only the IIT index is meaningful.'
	},
	aggregates: {
		heading: 'Aggregates: index, composition and averages',
		lead: 'The tables add keys up into groups — a partner, a sector, a partner × sector pair — and summarise the chosen years in two ways, each answering a different question.',
		classes:
			'Within a group, every dollar (or euro, in Comext) of total trade lands in exactly one class, so the classes add up to the total:',
		composition: 'The composition is a ratio of sums over the chosen period:',
		years: 'The chosen years *Y* are summarised in two ways:',
		formula: {
			aggregateGl: 'under GHM, the aggregate GL',
			classifiedPart: 'classified part',
			averageVolume: 'annual average volume',
			yearWithoutTrade: 'a year without trade',
			averageIndex: 'annual average index',
			meanOf: 'mean of',
			overYearsWith: 'over years with'
		},
		averages:
			"The average volume answers “how much per year, on average” (the paper's Tables 1 and 4). The average index is the mean of the annual indices, which is how the paper's Table 2 reads: every year weighs the same whatever its trade, so it is not the IIT volume divided by the trade volume. Example: IIT of 10 in *T* = 100 one year (10%) and of 90 in *T* = 300 the next (30%) give an average index of 20%, while the ratio of the totals is 100/400 = 25%. A share of nothing (VIIT-sup/VIIT with no VIIT, for instance) is undefined and shows as “–”, not as zero.",
		rows: "Rows are ordered by GHM annual average IIT volume, largest first. With a limit of N rows, the partners beyond the first N are added into the **Others** row as one group (its index is that of their pooled trade). Below it, **Others (mean, as in the paper)** gives the same partners as the paper's Table 2 does: each column the mean over the partners left out, as the Mean row does for all of them. The **Mean** row is the simple mean of each column over all partners (or sectors) with trade, shown or not, like the paper's “Média” row. The **Total** row treats the whole selection as a single group."
	},
	'paper-tables': {
		heading: "The paper's tables",
		lead: 'Tables 1 to 5 and Figures 1 to 3 of Castellano, Oliveira and Bittencourt are views of the app: with the same data, every number can be checked.',
		study:
			"The paper studies Brazil's trade with the 35 OECD countries from 2001 to 2016, with Trade Map data at HS6, grouped into the 15 sectors below.",
		views: {
			caption: "The paper's tables and figures and the matching views",
			paper: 'Paper',
			inApp: 'In the app',
			rows: {
				table1: {
					name: 'Table 1',
					view: 'By partner: annual average volume of IIT, HIIT and VIIT, under GHM and FF; the top N, “Others”, “Mean” and “Total”.'
				},
				table2: {
					name: 'Table 2',
					view: 'By partner: annual average IIT index and HIIT/IIT and VIIT/IIT composition, GHM and FF.'
				},
				table3: {
					name: 'Table 3',
					view: 'By partner: VIIT-inf/VIIT and VIIT-sup/VIIT, GHM and FF.'
				},
				table4: {
					name: 'Table 4',
					view: 'The same columns, by sector.'
				},
				figure1: {
					name: 'Figure 1',
					view: 'Annual average IIT index by sector.'
				},
				figure2: {
					name: 'Figure 2',
					view: 'HIIT and VIIT by sector (GHM).'
				},
				figure3: {
					name: 'Figure 3',
					view: 'VIIT-inf and VIIT-sup by sector (GHM).'
				},
				table5: {
					name: 'Table 5',
					view: 'Sector × partner cells where VIIT-sup exceeds VIIT-inf, at α = 15% and 25% (below).'
				}
			}
		}
	},
	'table-5': {
		heading: 'Table 5: where superior vertical trade prevails',
		lead: 'Table 5 shows where the reporter sold, on average, dearer products than it bought: the sector × partner pairs where superior vertical trade exceeds inferior.',
		formula: {
			tRunsOver: 't runs over the chosen years',
			cellListedWhen: 'a sector × partner cell is listed when this share > 50%,',
			thatIsWhen: 'that is, when',
			overThePeriod: 'over the period'
		},
		alphas:
			'As in the paper, it is computed at two dispersion factors, α = 15% and α = 25% (other pairs can be chosen), under GHM; FF is offered too. A cell is listed when it dominates at one α at least, with a mark where it does not; the sectors with VIIT in which the reporter dominates with no partner are listed apart (in the paper, textiles). A larger α widens the horizontal band and takes trade out of VIIT on both sides, so the share can go up or down.'
	},
	beyond: {
		heading: 'Beyond the paper',
		lead: 'These views are not in the paper. They use the same keys and the same classes, so their numbers agree with the tables.'
	},
	series: {
		heading: 'Annual series',
		lead: 'Shows how intra-industry trade changes year by year, instead of a period average.',
		formula: {
			undefinedWhen: 'undefined when',
			iitVolume: 'IIT volume'
		},
		lines:
			"For the whole selection and for the chosen partners, groups or sectors; GHM as solid lines, FF dashed. The mean of the annual indices over the years with trade is exactly the tables' annual average index."
	},
	heatmap: {
		heading: 'Partner × sector heatmap',
		lead: 'Shows, on a grid, which partner and sector combinations hold intra-industry trade.',
		cells:
			"Each cell summarises one partner's (or group's) trade in one sector over the period, with the tables' formulas: the annual average IIT index or the VIIT-sup/VIIT share, under the chosen method. The rows are the top N partners by GHM IIT volume, in the table's order; an empty cell has no trade. Each cell opens its products."
	},
	'drill-down': {
		heading: 'Products: the detail behind every number',
		lead: 'Shows, product by product, the keys behind any number in a table.',
		columns:
			'For each key: year, partner, HS6 product, sector, *X*, *M*, the quantities and their units, *UVx*, *UVm*, *R* (with the CIF/FOB factor applied), GL, the GHM class (that of the overlap; one-way when *X* or *M* is zero) and the FF class. The list can be sorted, searched by code or partner name, and downloaded as CSV.',
		totals:
			"The list's totals — *X*, *M*, *T* and each class — are sums over the chosen years and reconcile with the tables: divided by the number of years |*Y*| they give the annual average volumes of the cell you started from."
	},
	sensitivity: {
		heading: 'Threshold sensitivity',
		lead: 'Shows how much the results depend on the chosen thresholds.',
		why: "The thresholds (15% or 25% for α, 10% for θ) are conventions, and the literature's main criticism of these methods is precisely that they are arbitrary. This view redoes the classification over a grid of values, to see whether a conclusion — “VIIT is mostly inferior”, say — survives other choices:",
		formula: {
			alphaGrid: 'from 5% to 50%, in 1-point steps',
			thetaGrid: 'from 0 to 50%, in 1-point steps',
			with: 'with',
			share: 'share',
			tradeInClass: 'trade in class'
		},
		reading:
			"The fixed θ and α are the values in use; the sums run over the selection and its years, and the five shares add up to 100%. Each grid point is exactly the tables' classification at that threshold. Raising α widens the horizontal band: HIIT can only grow and VIIT only shrink; one-way and unclassified trade do not depend on α. Raising θ only moves FF trade from two-way to one-way; GHM does not use θ."
	},
	stability: {
		heading: 'Class stability',
		lead: 'Shows whether a product stays in the same class from one year to the next.',
		pairs:
			'It compares the keys (reporter, partner and HS6 product, or HS4 heading when classifying at HS4) with trade *T* > 0 in two consecutive years *t* and *t*+1 of the selection; a year without trade breaks the comparison. Under FF each key has one class each year (one-way, HIIT, VIIT-sup, VIIT-inf, unclassified), and the keys that are two-way in at least one of the two years count. Under GHM it compares the class of the overlap (HIIT, VIIT-sup, VIIT-inf, unclassified), and the keys with an overlap in both years count. With the unit-value screen on, outliers are a class of their own.',
		reading:
			"The transition matrix sums each key's trade *T* in year *t*+1, row = class in *t*, column = class in *t*+1, over every pair of years; the stable share is the diagonal's. It uses the tables' α, θ and CIF/FOB factor. Nielsen and Lüthje (2002) found product classes unstable from one year to the next: a low stable share calls for care when reading a product's class in a single year."
	},
	'price-ranges': {
		heading: 'World price ranges',
		lead: 'On the World page (a BACI year with every pair), each export flow is compared with the world price of its product: up-market, middle or down-market (Fontagné, Freudenberg and Péridy 1997, as in CEPII’s trade-types database).',
		reference:
			'The [dfn:reference unit value] of each year and HS6 product is the median of the unit values of all its flows with a usable quantity, weighted by each flow’s value (the lower median when the weight splits exactly in half).',
		ranges:
			'A flow is *up-market* when *UV* > (1 + α)·ref, *down-market* when *UV* < ref / (1 + α), and *middle* otherwise; without a usable quantity it is *unranked*. The page shows, per exporter (and per exporter × partner, × sector), the shares of export value in each range; a pair’s detail lists its largest flows with their reference unit value. From the command line: `npm run cli -- price-ranges FILE --out ranges.csv`.'
	},
	marginal: {
		heading: "Marginal IIT (Brülhart's A index)",
		lead: "Marginal IIT looks at the change in trade between two years: if a product's exports and imports grew (or fell) together, the change was intra-industry.",
		formula: {
			year: 'year'
		},
		index:
			"This is Brülhart's (1994) A index, product by product (HS6) and partner by partner, added up by partner, group or sector. The aggregate A is the mean of the *A_i* weighted by |Δ*X_i*| + |Δ*M_i*|. It runs from 0 to 1: 1 when exports and imports changed by the same amount; 0 when the change was all on one side or in opposite directions. It is undefined when nothing changed. A product traded in only one of the years counts as zero in the other.",
		example:
			'Example: product 1 goes from *X* = 100, *M* = 50 to *X* = 150, *M* = 100 (Δ*X* = Δ*M* = 50, *A_1* = 1); product 2 only appears in year B, with *X* = 30 (Δ*X* = 30, Δ*M* = 0, *A_2* = 0). Then *A* = 1 − (0 + 30) / (100 + 30) = 100/130 ≈ 0.77.',
		why: 'Why it matters: Brülhart argues that the cost of adjusting to trade opening depends on the structure of the change in trade, not on the level of IIT in one year. A high A suggests that workers and capital move within the same industries, with lower adjustment costs. A uses no quantities and no thresholds (α, θ or CIF/FOB factor). For country groups, the membership of year B counts.'
	},
	quality: {
		heading: 'Relative quality index',
		lead: 'Sums up in one number how much dearer (or cheaper) the reporter sells than it buys the same products from the same partners.',
		formula: {
			keysWith: 'keys with',
			defined: 'defined',
			weights: 'weights',
			mean: 'mean',
			spread: 'spread',
			premium: 'premium'
		},
		premium:
			"The premium is the typical price gap between exports and imports: +34% means that, in a value-weighted geometric mean, the reporter sells 34% dearer per unit than it buys; a negative premium means products sold cheaper. The spread *s*, in log points, tells how different the products are: a mean near zero with a large *s* hides both much superior and much inferior products. The [dfn:coverage] is Σ*w* divided by the row's total trade: the part of trade that could be compared.",
		example:
			'Example: one key with *R* = 2 and *T* = 100 and another with *R* = 0.5 and *T* = 300 give *m* = (100 − 300) · ln 2 / 400 ≈ −0.347, premium = 2^{−1/2} − 1 ≈ −29.3% and *s* = ln 2 · √3 / 2 ≈ 0.600.',
		thresholds:
			'The index uses no threshold, so it depends on neither α nor θ: two products with *R* = 1.14 and 1.16 fall in different classes under GHM at 15%, but weigh almost the same here. It does depend on the CIF/FOB factor *f*: every *R* is multiplied by *f*, so *m* rises by exactly ln *f* and *s* does not change.'
	},
	groups: {
		heading: 'Country groups as partners',
		lead: "A group of countries (OECD, European Union, Mercosur…) can take the place of a partner; its figures are the sums of its members' bilateral figures.",
		bilateral:
			"So a group's IIT is the sum of bilateral IIT, not the IIT of the group's pooled trade. If Brazil exports 100 of a product to one country and imports 100 of the same product from another, there is no IIT with either, and the group shows zero too, although the pooled trade looks perfectly two-way: overlap is measured country by country, as in the paper.",
		membership:
			"A country counts in a group only in the years it was a member: the OECD by accession year; the EU27 with its 2020 composition (Eurostat's EU27_2020) in every year; Mercosur, BRICS and the G20 as in the table below. Custom groups (a name and a list of countries) hold for every year. For marginal IIT the membership of the later year counts. The paper analyses the 35 OECD members over the whole 2001–2016 period; to reproduce it, use a custom group with those 35 countries.",
		table: {
			caption: 'Members of each group and the years they count',
			group: 'Group',
			members: 'Members (years)',
			everyYear: 'Every year'
		}
	},
	filters: {
		heading: 'Filters',
		lead: 'The filters choose what goes into every view at once.',
		scope:
			'Sectors, HS chapters, years and partners (a country, a group or all) apply to the tables, the charts, the heatmap, the products, the sensitivity, marginal IIT and the quality index, so the numbers of all views agree. Sectors and chapters apply together: a product must be in a chosen sector and in a chosen chapter. The year range is inclusive, and |*Y*| counts every year of the range, even those without trade. Marginal IIT uses the two years chosen in it.'
	},
	determinants: {
		heading: 'Determinants of vertical IIT (panel regression)',
		lead: 'Shows what explains the volume of vertical intra-industry trade between the reporter and each partner, with the three estimates of the paper’s Tables 6 and 7, by GHM and FF side by side.',
		equation: 'The paper’s equation (5), for reporter *i*, partner *j* and year *t*:',
		formula: {
			gdp: 'GDP',
			gdpPerCapita: 'GDPpc',
			fixedEffects: 'FE',
			randomEffects: 'RE'
		},
		variables:
			'VIIT_{ijt} = VIIT-sup + VIIT-inf of the partner in the year, summed over the chosen sectors and chapters, by GHM and by FF at α = {alpha} (FF with θ = {theta}). The year intercepts *a_{t}* are optional (on by default, as in the paper) and left out of the table; θ_{ij} is the unobserved heterogeneity of each country pair. GDP, GDP per capita and distance come from the covariates files the user provides (below).',
		covariates:
			'**Covariates.** Several files can be dropped at once; each one’s kind is read from its header and they are merged by country (ISO3) and year. (1) The view’s *template* (ISO3, year, GDP, GDP per capita and, optionally, the distance in km to the reporter), already filled with the partners and years of the analysis. (2) CEPII GeoDist’s *dist_cepii* (Mayer and Zignago, 2011): the reporter’s rows give the distance to each partner, in the measure chosen — `dist` (between the main cities, the default), `distcap` (between capitals) or `distw` (weighted by population); `.` is missing; CEPII’s old codes are read as today’s (ROM Romania, ZAR DR Congo, PAL West Bank and Gaza, TMP Timor-Leste, YUG Serbia). Its country file, *geo_cepii*, holds no bilateral distances and is refused. (3) World Bank *WDI* downloads, long (DataBank: Series Code, Country Code, Time, Value) or wide (the WDI CSV with its preamble, or DataBank with years across): NY.GDP.MKTP.* is GDP, NY.GDP.PCAP.* GDP per capita; `..` is missing; regions and income groups (WLD, EUU, HIC…) and DataBank’s footer notes are set aside and counted. One series per variable is used in all files: constant US$ before current US$ before PPP (constant prices keep dollar inflation out of ln GDP); the one used is stated beside the results. Where GDP per capita is missing but GDP and population (SP.POP.TOTL) are given, it is GDP ÷ population. World Bank figures come before the template’s, and dist_cepii’s distances before the template’s; otherwise the first file counts. Every row is used or counted with its reason and first lines; GDP must be in one currency and basis throughout.',
		signs:
			'Expected signs, the paper’s: *b1*, *b2* > 0 (market size raises VIIT), *b3* < 0 (distance, as a transport cost, lowers it) and *b4* > 0 (in Falvey and Kierzkowski’s theory, differences in factor endowments, measured by the gap in income per capita, lead to trade in different qualities).',
		observations:
			'Each observation is a partner in a year. Those with VIIT = 0 have no logarithm and are dropped and counted; so are those without the reporter’s or the partner’s GDP that year, those with equal GDP per capita (DIF = 0) and those without a distance. The view says how many of each.',
		estimators: {
			heading: 'Estimators',
			pooled: '**Pooled OLS**: least squares over all observations, ignoring θ_{ij}.',
			fixed:
				'**Fixed effects** (within): each variable minus its partner mean; it estimates only what varies within each partner. There is no common intercept, and distance, constant per partner, leaves the model.',
			random:
				'**Random effects** (Swamy and Arora, 1972): each variable minus θ_{i} times its partner mean, with θ_{i} = 1 − √(σ²_{ν} / (σ²_{ν} + T_{i} σ²_{μ})); σ²_{ν} comes from the fixed-effects residuals and σ²_{μ} from the between-partner regression. In unbalanced panels θ_{i} varies with each partner’s number of years T_{i}, as in plm.'
		},
		hausman:
			'The **Hausman test** (1978) compares fixed and random effects on the coefficients both estimate, with the full covariance matrix of the difference:',
		hausmanReading:
			'With p < 0.05 fixed effects are preferred (random effects would be biased); otherwise random effects are not rejected.',
		standardErrors:
			'Standard errors can be classical or cluster-robust by partner (Arellano, 1987) with the HC1 correction n/(n − k), as plm’s `vcovHC(method = "arellano", type = "HC1")`; the robust ones are the default, as in the paper. Stars mark p < 0.01 (\\*\\*\\*), p < 0.05 (\\*\\*) and p < 0.10 (\\*), two-sided, with the model’s residual degrees of freedom. A variable perfectly collinear with the others is dropped with a note saying why: the reporter’s GDP, for instance, varies only by year and is confounded with the year effects; distance does not vary within partners and vanishes under fixed effects. The decomposition is QR with pivoting, never a direct inverse of X′X.',
		validation:
			'The estimates agree with R’s plm 2.6 (Croissant and Millo, 2008) to 6 significant digits — coefficients, both kinds of standard errors, R² and the Hausman test — checked on the Grunfeld data. R² is that of the model on its transformed data, as plm’s.',
		distances:
			'**Distances.** Without a distance column in the file, the great-circle distance (the haversine formula with the mean Earth radius, 6,371.0088 km) between the two countries’ capitals is used, with coordinates from Natural Earth, Populated Places 1:110m (public domain); where a country has several capitals, the seat of government (Amsterdam, La Paz, Pretoria). A distance in the files, when given (dist_cepii, or the template’s column), takes precedence.'
	},
	sectors: {
		heading: 'The 15 sectors and their HS chapters',
		lead: 'Products are grouped into 15 sectors by HS chapter (the first two digits of the code), as in the paper.',
		table: {
			caption: 'Sectors and HS chapters',
			sector: 'Sector',
			chapters: 'Chapters'
		},
		stoneGlass:
			'The paper calls the sector of chapters 68–71 “Ferro/Vidro” (iron/glass). These chapters cover stone, cement, ceramics, glass, pearls, precious stones and precious metals; iron and steel are in Metals (72–83). Hence the name “Stone & glass” here.'
	},
	'cif-fob': {
		heading: 'CIF and FOB',
		lead: 'Imports are usually recorded with freight and insurance and exports without them; this makes import unit values look higher and pushes trade towards “inferior”.',
		valuation:
			"Exports are always FOB (the value at the exporter's border). Imports are CIF (cost, insurance and freight to the importer's border) in UN Comtrade, in WITS and in Trade Map, which use Comtrade data, and in Eurostat Comext imports. They are FOB in BACI, where CEPII removes freight and insurance costs when reconciling flows, and in Comex Stat (`VL_FOB` in both directions). The app states the valuation of the file read.",
		factor:
			'With CIF imports, *UVm* includes freight and insurance, *R* is lower and some trade moves from VIIT-sup or HIIT to VIIT-inf. The [dfn:CIF/FOB factor] *f* (the ratio of the CIF to the FOB value, for instance 1.05 when freight and insurance add 5%) divides import values before unit values are compared:',
		inUse:
			"In use: *f* = {cifFobFactor} (1 = no correction; keep 1 with FOB data such as BACI and Comex Stat). The factor only changes the price comparison: *R*, the HIIT, VIIT-sup and VIIT-inf classes and the quality index. It never changes trade values, GL, FF's two-way test, volumes or marginal IIT. The paper used Trade Map data, with CIF imports: part of the predominance of VIIT-inf may come from freight and insurance, which the sensitivity view and the factor let you check."
	},
	robustness: {
		heading: 'Robustness options',
		lead: 'Four options, the first three off by default (the paper’s figures), redo the classification another way. When one is on it is named above every view (“Options in force: …”), in the report and in links; no dollar is lost: what an option takes out of classification goes to a named part of “unclassified”.',
		screen:
			'[dfn:Unit-value screen]. A key’s unit value (that of its exports or of its imports) is an outlier, per group (year, product at the level classified, quantity unit), outside \\[*Q*(*p*), *Q*(1 − *p*)\\], the group’s quantiles (as R’s `quantile(type = 7)`; groups of fewer than 5 values are not screened), or above *k* times the group’s mean or below the mean divided by *k* (Hallak 2006). The trade (GHM: the overlap; FF: the two-way trade) of a key with an outlier goes to “unclassified — unit-value outlier”, shown apart in the tables; the Ledger counts the keys screened and their trade. In the app: Settings → Robustness options → Unit-value screen, choosing quantiles (*p* = 0.05 by default) or mean multiple (*k* = 5 by default).',
		valuation:
			'[dfn:FOB where reported]. When a row carries an FOB import value (Comtrade+ `fobvalue`, legacy Comtrade `FOB Trade Value (US$)`), the option uses it for that row, and the CIF/FOB factor only divides rows without one. The Ledger shows the import value valued each way. In the app: tick “FOB where reported” in the Robustness options; the box is enabled only when a file read reports FOB imports.',
		level:
			'[dfn:Classification level]. “HS4” sums the keys to (year, reporter, partner, 4-digit heading) — values and quantities, under the rule for missing quantities — before GHM and FF are applied. In the app: Robustness options → Classification level → HS4.',
		editions:
			'[dfn:HS editions]. When the years read are in more than one HS edition (the 2007, 2012, 2017 and 2022 editions changed codes), every key is converted to the oldest edition present with UNSD’s correspondence tables, and the dataset facts say how many keys changed code: on by default, as METHODS 8 asks. To classify the codes as read instead: Robustness options → Mixed HS editions → Keep the codes as read (offered only when the editions are mixed).'
	},
	ledger: {
		heading: 'What is dropped and why',
		lead: 'No row disappears unexplained: every row read is either used or counted as dropped, with its reason.',
		tab: 'The Ledger tab shows, for each analysis, the rows read, used and dropped by reason (with the line numbers of the first rows of each reason), the values read, used and dropped, and the archive entries set aside (a readme, the product table). The ledger can be downloaded as CSV or JSON. The accounts balance:',
		formula: {
			rowsRead: 'rows read',
			rowsUsed: 'rows used',
			rowsDropped: 'rows dropped',
			byReason: 'by reason',
			valueRead: 'value read',
			valueUsed: 'value used',
			valueDropped: 'value dropped',
			overAllKeys: 'over all keys'
		},
		reasons:
			"The value dropped adds up the rows whose value could be read; the last equality holds up to floating-point rounding. The reasons: “World” partners and regional aggregates would count trade twice; so would HS2 and HS4 totals; re-exports and re-imports are left out by default (a setting includes them) because they are not the country's own production; a country's trade with itself is not international trade. The full list:",
		errors:
			'An error in a file (unreadable, wrong format, a required column missing) stops the analysis with a message naming the file, line and column; the app never shows partial results silently.'
	},
	sources: {
		heading: 'References and data sources',
		lead: 'The methods, the paper reproduced and the databases the app reads.',
		methodsHeading: 'Methods and paper',
		methods: [
			'Abd-el-Rahman, K. (1991). Firms’ competitive and national comparative advantages as joint determinants of trade composition. [cite:Weltwirtschaftliches Archiv], 127.',
			'Arellano, M. (1987). Computing robust standard errors for within-groups estimators. [cite:Oxford Bulletin of Economics and Statistics], 49(4), 431–434. doi:10.1111/j.1468-0084.1987.mp49004006.x',
			'Brülhart, M. (1994). Marginal intra-industry trade: measurement and relevance for the pattern of industrial adjustment. [cite:Weltwirtschaftliches Archiv], 130(3), 600–613. doi:10.1007/BF02707615',
			'Castellano, E. F. de A., Oliveira, C. C. A. de, & Bittencourt, M. V. L. Análise da qualidade do comércio entre Brasil e países da OCDE \\[The quality of trade between Brazil and OECD countries\\]. Federal University of Paraná (UFPR; PPGDE/UFPR). Area 5: International Economics; JEL F10, F14, F15. Trade Map data, 2001–2016.',
			'Croissant, Y., & Millo, G. (2008). Panel data econometrics in R: the plm package. [cite:Journal of Statistical Software], 27(2), 1–43. doi:10.18637/jss.v027.i02',
			'Falvey, R. E., & Kierzkowski, H. (1987). Product quality, intra-industry trade and (im)perfect competition. In H. Kierzkowski (Ed.), [cite:Protection and Competition in International Trade]. Oxford: Basil Blackwell.',
			'Fontagné, L., & Freudenberg, M. (1997). Intra-industry trade: methodological issues reconsidered. [cite:CEPII Working Paper] 97-01.',
			'Greenaway, D., Hine, R. C., & Milner, C. (1994). Country-specific factors and the pattern of horizontal and vertical intra-industry trade in the UK. [cite:Weltwirtschaftliches Archiv], 130(1). doi:10.1007/BF02706010',
			'Greenaway, D., Hine, R. C., & Milner, C. (1995). Vertical and horizontal intra-industry trade: a cross industry analysis for the United Kingdom. [cite:The Economic Journal], 105(433). doi:10.2307/2235113',
			'Grubel, H. G., & Lloyd, P. J. (1975). [cite:Intra-Industry Trade: The Theory and Measurement of International Trade in Differentiated Products]. London: Macmillan.',
			'Hausman, J. A. (1978). Specification tests in econometrics. [cite:Econometrica], 46(6), 1251–1271. doi:10.2307/1913827',
			'Nielsen, J. U.-M., & Lüthje, T. (2002). Tests of the empirical classification of horizontal and vertical intra-industry trade. [cite:Weltwirtschaftliches Archiv], 138(4), 587–604.',
			'Swamy, P. A. V. B., & Arora, S. S. (1972). The exact finite sample properties of the estimators of coefficients in the error components regression models. [cite:Econometrica], 40(2), 261–275. doi:10.2307/1909405'
		],
		journalRenamed:
			'[cite:Weltwirtschaftliches Archiv] is now called [cite:Review of World Economics].',
		dataHeading: 'Data',
		data: [
			'BACI — CEPII. Gaulier, G., & Zignago, S. (2010). BACI: International Trade Database at the Product-Level. The 1994–2007 Version. [cite:CEPII Working Paper] 2010-23.',
			'UN Comtrade (Comtrade+ and the legacy version) — United Nations Statistics Division.',
			"Comex Stat — Brazil's Ministry of Development, Industry, Trade and Services (MDIC), Foreign Trade Secretariat (SECEX).",
			'Eurostat Comext — European Commission.',
			'WITS (World Integrated Trade Solution) — World Bank.',
			"Trade Map — International Trade Centre (ITC); the paper's source.",
			'GeoDist (dist_cepii) — CEPII. Mayer, T., & Zignago, S. (2011). Notes on CEPII’s distances measures: the GeoDist database. [cite:CEPII Working Paper] 2011-25.',
			'World Development Indicators (WDI) — World Bank: GDP (NY.GDP.MKTP.*), GDP per capita (NY.GDP.PCAP.*), population (SP.POP.TOTL).',
			'Capitals of the built-in distances: Natural Earth, Populated Places 1:110m (naturalearthdata.com, public domain).',
			'Country borders of the map view: Natural Earth, Admin 0 – Countries 1:110m (naturalearthdata.com, public domain).',
			"Country codes: the BACI country table, release V202201 (CEPII, Etalab Open Licence 2.0). Country names: your browser's own list (Intl.DisplayNames)."
		]
	}
};
