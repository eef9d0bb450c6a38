/**
 * The questions views put to the worker, answered from the kept keys (no re-read). The session
 * implements them with the current classification settings and product scope; view components
 * take this interface, so they can be tested with a stand-in.
 */
import type {
	AquinoQByRow,
	Cell,
	Dimension,
	DeterminantsQuery,
	DeterminantsResult,
	MarginalCell,
	MarginalQuery,
	ProductPage,
	ProductQuery,
	Selection,
	RobustnessTable,
	ScreenTally,
	SensitivityResult,
	ClassStabilityResult
} from '../engine';

/** A determinants question as a view asks it: the session adds the classification settings. */
export type DeterminantsAsk = Omit<DeterminantsQuery, 'settings'>;

export interface ViewQueries {
	/** A page of the product drill-down. */
	products(query: ProductQuery): Promise<ProductPage>;
	/** Class shares as α and θ run over their grids. */
	sensitivity(selection: Selection): Promise<SensitivityResult>;
	/** The robustness table (METHODS 7.6): the paper's settings and each single change of them. */
	robustness(selection: Selection): Promise<RobustnessTable>;
	/**
	 * Aquino's Q (METHODS 7.3) of each row of a partner, group or sector table, its total and the
	 * `folded` rows pooled (the table's Others), at the classification settings.
	 */
	aquinoQ(
		selection: Selection,
		dimension: Dimension,
		folded?: readonly string[]
	): Promise<AquinoQByRow>;
	/** What the unit-value screen took out of classification over all keys; null without a screen. */
	screenTally(): Promise<ScreenTally | null>;
	/** Class transitions between consecutive years, at the classification settings (METHODS 7.5). */
	stability(selection: Selection): Promise<ClassStabilityResult>;
	/** Per partner × sector sums for Brülhart's marginal IIT between two years. */
	marginal(query: MarginalQuery): Promise<MarginalCell[]>;
	/** The cells classified at another α (same θ, CIF/FOB factor and product scope): Table 5. */
	cellsAt(alpha: number): Promise<Cell[]>;
	/** The paper's panel regressions (Tables 6–7) for GHM and FF, at the settings' α. */
	determinants(query: DeterminantsAsk): Promise<DeterminantsResult>;
}
