/**
 * The questions views put to the worker, answered from the kept keys (no re-read). The session
 * implements them with the current classification settings and product scope; view components
 * take this interface, so they can be tested with a stand-in.
 */
import type {
	MarginalCell,
	MarginalQuery,
	ProductPage,
	ProductQuery,
	SensitivityResult
} from '../engine/queries';
import type { Selection } from '../engine/selection';
import type { Cell } from '../engine/types';

export interface ViewQueries {
	/** A page of the product drill-down. */
	products(query: ProductQuery): Promise<ProductPage>;
	/** Class shares as α and θ run over their grids. */
	sensitivity(selection: Selection): Promise<SensitivityResult>;
	/** Per partner × sector sums for Brülhart's marginal IIT between two years. */
	marginal(query: MarginalQuery): Promise<MarginalCell[]>;
	/** The cells classified at another α (same θ, CIF/FOB factor and product scope): Table 5. */
	cellsAt(alpha: number): Promise<Cell[]>;
}
