/**
 * The Methods page's display formulas, written once: the math and its layout are here, the words
 * in them come from the page's language (content/, its `terms` and each section's `formula`).
 */
import type { MethodsContent } from './content/types';
import type { ThresholdTexts } from './thresholds';

type Terms = MethodsContent['terms'];
type Words<Id extends keyof MethodsContent> = MethodsContent[Id] extends { formula: infer W }
	? W
	: never;

/**
 * Rows of cells as aligned lines: every cell but a row's last is padded to the widest such cell
 * of its column plus `gap` spaces, so translated labels still line up in the monospaced box.
 */
export function alignColumns(rows: readonly (readonly string[])[], gap: number): string[] {
	const width = (cell: string) => [...cell].length;
	const widths: number[] = [];
	for (const row of rows)
		row.slice(0, -1).forEach((cell, column) => {
			widths[column] = Math.max(widths[column] ?? 0, width(cell));
		});
	return rows.map((row) =>
		row
			.map((cell, column) =>
				column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - width(cell) + gap)
			)
			.join('')
	);
}

const lines = (...parts: (string | string[])[]): string => parts.flat().join('\n');
const indent = (rows: string[], by: string): string[] => rows.map((row) => by + row);

/** T, the unit values and their ratio R. */
export function unitValues(words: Words<'unit'>): string {
	return lines(
		`T   = X + M                  ${words.total}`,
		`UVx = X / qX                 ${words.exportUnitValue}`,
		`UVm = M / qM                 ${words.importUnitValue}`,
		`R   = (X / qX) / (M / qM)    ${words.unitValueRatio}`
	);
}

/** The overlap and the Grubel–Lloyd index. */
export function grubelLloyd(terms: Terms, words: Words<'grubel-lloyd'>): string {
	return lines(
		`O  = 2·min(X, M) = T − |X − M|     ${words.overlap} (${terms.iit})`,
		'GL = O / T = 1 − |X − M| / (X + M)'
	);
}

/** GHM's classes of the overlap by R. */
export function ghmClasses(terms: Terms, words: Words<'ghm'>): string {
	const [hiit, viitSup, viitInf] = alignColumns(
		[
			[terms.hiit, `(${words.horizontal}):`],
			[terms.viitSup, `(${words.verticalSuperior}):`],
			[terms.viitInf, `(${words.verticalInferior}):`]
		],
		2
	);
	return lines(
		alignColumns(
			[
				[hiit, '1 − α ≤ R ≤ 1 + α'],
				[viitSup, 'R > 1 + α'],
				[viitInf, 'R < 1 − α'],
				[`${terms.unclassified}:`, `O > 0 ${terms.and} R ${terms.notDefined}`]
			],
			3
		)
	);
}

/** FF's two-way test and its classes of the whole trade by R. */
export function ffClasses(terms: Terms, words: Words<'ff'>): string {
	return lines(
		alignColumns(
			[
				[`${terms.twoWay}:`, `min(X, M) / max(X, M) > θ     (${words.strictly})`],
				[`${terms.oneWay}:`, `min(X, M) / max(X, M) ≤ θ     (${words.orOneFlowZero})`]
			],
			2
		),
		'',
		`${words.twoWayClassifiedBy} R:`,
		indent(
			alignColumns(
				[
					[`${terms.hiit}:`, '1/(1 + α) ≤ R ≤ 1 + α'],
					[`${terms.viitSup}:`, 'R > 1 + α'],
					[`${terms.viitInf}:`, 'R < 1/(1 + α)'],
					[`${terms.unclassified}:`, `R ${terms.notDefined}`]
				],
				2
			),
			'  '
		)
	);
}

/** How the classes of a group add up, and what IIT and its index are. */
export function aggregateClasses(terms: Terms, words: Words<'aggregates'>): string {
	const { oneWay, hiit, viit, viitSup, viitInf, unclassified, iit } = terms;
	return lines(
		`GHM:  ${oneWay} = Σ|X − M|`,
		`      ${hiit} + ${viitSup} + ${viitInf} + ${unclassified} = Σ O`,
		`FF:   ${oneWay} + ${hiit} + ${viitSup} + ${viitInf} + ${unclassified} = Σ T`,
		'',
		alignColumns(
			[
				[iit, `= ${hiit} + ${viit} + ${unclassified}`],
				[viit, `= ${viitSup} + ${viitInf}`],
				[terms.iitIndex, `= ${iit} / T         (${words.aggregateGl} Σ O / Σ T)`]
			],
			1
		)
	);
}

/** The composition shares. */
export function aggregateComposition(terms: Terms, words: Words<'aggregates'>): string {
	const { hiit, viit, viitSup, viitInf, unclassified, iit } = terms;
	return lines(
		`${hiit} / ${iit},   ${viit} / ${iit},   ${unclassified} / ${iit}`,
		`${hiit} / (${hiit} + ${viit}),   ${viit} / (${hiit} + ${viit})   (${words.classifiedPart})`,
		`${viitSup} / ${viit},   ${viitInf} / ${viit}`
	);
}

/** The two summaries of the chosen years. */
export function aggregateYears(terms: Terms, words: Words<'aggregates'>): string {
	return lines(
		alignColumns(
			[
				[words.averageVolume, `= Σ_t V_t / |Y|     (${words.yearWithoutTrade} = 0)`],
				[
					words.averageIndex,
					`= ${words.meanOf} ${terms.iit}_t / T_t ${words.overYearsWith} T_t > 0`
				]
			],
			1
		)
	);
}

/** Table 5's share of superior vertical trade and when a cell is listed. */
export function table5Share(terms: Terms, words: Words<'table-5'>): string {
	const share = `${terms.viitSupShare} = `;
	return lines(
		`${share}Σ_t ${terms.viitSup}_t / Σ_t ${terms.viit}_t`,
		`${' '.repeat([...share].length)}(${words.tRunsOver})`,
		words.cellListedWhen,
		`${words.thatIsWhen} ${terms.viitSup} > ${terms.viitInf} ${words.overThePeriod}`
	);
}

/** The annual series. */
export function annualSeries(terms: Terms, words: Words<'series'>): string {
	return lines(
		alignColumns(
			[
				[`${terms.iitIndex}_t`, `= ${terms.iit}_t / T_t   (${words.undefinedWhen} T_t = 0)`],
				[`${terms.viitSupShare}_t`, `= ${terms.viitSup}_t / ${terms.viit}_t`],
				[`${words.iitVolume}_t`]
			],
			1
		)
	);
}

/** The grids of the sensitivity view, at the thresholds in use. */
export function sensitivityGrids(
	terms: Terms,
	words: Words<'sensitivity'>,
	texts: ThresholdTexts
): string {
	const classes = [terms.oneWay, terms.hiit, terms.viitSup, terms.viitInf, terms.unclassified];
	return lines(
		alignColumns(
			[
				[`α ${words.alphaGrid}:`, `GHM ${terms.and} FF, ${words.with} θ = ${texts.theta}`],
				[`θ ${words.thetaGrid}:`, `FF, ${words.with} α = ${texts.alpha}`]
			],
			2
		),
		'',
		`${words.share}_c = ${words.tradeInClass} c / Σ T`,
		`c ∈ {${classes.join(', ')}}`
	);
}

/** Brülhart's marginal IIT index. */
export function marginalIndex(words: Words<'marginal'>): string {
	return lines(
		`${words.year} A < ${words.year} B`,
		'ΔX_i = X_i,B − X_i,A       ΔM_i = M_i,B − M_i,A',
		'',
		'A_i = 1 − |ΔX_i − ΔM_i| / (|ΔX_i| + |ΔM_i|)',
		'A   = 1 − Σ_i |ΔX_i − ΔM_i| / Σ_i (|ΔX_i| + |ΔM_i|)'
	);
}

/** The relative quality index: weighted mean and spread of ln R, and the premium. */
export function qualityIndex(terms: Terms, words: Words<'quality'>): string {
	return lines(
		`${words.keysWith} X > 0, M > 0 ${terms.and} R ${words.defined}; ${words.weights} w = T = X + M`,
		'',
		alignColumns(
			[
				[words.mean, 'm = Σ w · ln R / Σ w'],
				[words.spread, 's = √( Σ w · (ln R)² / Σ w − m² )'],
				[words.premium, 'exp(m) − 1']
			],
			4
		)
	);
}

/** The paper's equation (5). */
export function determinantsEquation(terms: Terms, words: Words<'determinants'>): string {
	const { gdp, gdpPerCapita } = words;
	return lines(
		alignColumns(
			[
				[
					`ln ${terms.viit}_ijt`,
					`= a0 + a_t + b1 ln ${gdp}_it + b2 ln ${gdp}_jt + b3 ln DIST_ij + b4 ln DIF_ijt + θ_ij + u_ijt`
				],
				['DIF_ijt', `= |${gdpPerCapita}_it − ${gdpPerCapita}_jt|`]
			],
			1
		)
	);
}

/** The Hausman statistic. */
export function hausmanTest(words: Words<'determinants'>): string {
	const difference = `(b_${words.fixedEffects} − b_${words.randomEffects})`;
	return `H = ${difference}' [V_${words.fixedEffects} − V_${words.randomEffects}]⁻¹ ${difference} ~ χ²(k)`;
}

/** R with import values divided by the CIF/FOB factor. */
export const CIF_FOB_RATIO = 'R = (X / qX) / ((M / f) / qM) = f · (X / qX) / (M / qM)';

/** The ledger's balances. */
export function ledgerBalances(words: Words<'ledger'>): string {
	return lines(
		alignColumns(
			[
				[words.rowsRead, `= ${words.rowsUsed} + Σ ${words.rowsDropped} (${words.byReason})`],
				[words.valueRead, `= ${words.valueUsed} + ${words.valueDropped}`],
				[words.valueUsed, `= Σ T ${words.overAllKeys}`]
			],
			1
		)
	);
}
