/**
 * Swamy–Arora variance components of the one-way (entity) error-components model, exactly as
 * plm 2.6 computes them in `ercomp()` (R/tool_ercomp.R, method "swar"):
 *
 *   q_w = SSR of the within model,       q_b = Σ_i T_i ê_i² of the "Between" model (OLS of the
 *   entity means on [1, x̄_i], each entity's row repeated T_i times, i.e. weighted by T_i);
 *   σ²_ν = q_w / (N − n − K_w),          σ²_μ = (q_b − m_ν σ²_ν) / m_μ, truncated at 0,
 *
 * where, for a balanced panel (dfcor = 2): m_ν = n − K_b − 1 and m_μ = T · m_ν (K_b the Between
 * model's slopes), and for an unbalanced one (dfcor = 3, Baltagi & Chang 1994; Baltagi,
 * *Econometric Analysis of Panel Data*, §9.2): m_ν = n − K − 1 (K the slopes of the pooled model
 * matrix) and m_μ = N − tr[(Z_B'Z_B)⁻¹ Z_S'Z], which is N − tr[(Σ T_i z̄z̄')⁻¹ Σ T_i² z̄z̄'].
 * Both give the same numbers on a balanced panel. Then θ_i = 1 − √(σ²_ν / (σ²_ν + T_i σ²_μ)).
 */
import { invertUpper, qrDecompose, qrCoefficients } from './linalg';
import { isConstant, type Panel } from './structure';
import { entityMeans } from './transform';

/** The variance components and θ per entity. */
export interface SwamyArora {
	sigma2Idiosyncratic: number;
	sigma2Entity: number;
	thetaByEntity: Float64Array;
}

/** What the components need from the other fits. */
export interface SwamyAroraInputs {
	/** Residual sum of squares and number of coefficients of the within model. */
	withinSsr: number;
	withinRank: number;
	/** Pooled model columns (intercept first) in QR check order, and the pooled slopes K. */
	pooledColumns: Float64Array[];
	pooledSlopes: number;
}

/** Why the components cannot be estimated. */
export type SwamyAroraFailure = 'no-degrees-of-freedom' | 'too-few-entities';

/** σ²_ν, σ²_μ and θ_i, or why they cannot be estimated. */
export function swamyArora(
	panel: Panel,
	inputs: SwamyAroraInputs
): SwamyArora | { failure: SwamyAroraFailure } {
	const n = panel.entityIds.length;
	const nobs = panel.nobs;
	const dfIdios = nobs - n - inputs.withinRank;
	if (dfIdios <= 0) return { failure: 'no-degrees-of-freedom' };
	const sigma2Idiosyncratic = inputs.withinSsr / dfIdios;

	const meanColumns = inputs.pooledColumns.map((column) => entityMeans(column, panel));
	// plm's swar_Between_check: the Between model (its constant columns removed, the intercept
	// kept) needs fewer coefficients than entities.
	const betweenTerms = 1 + meanColumns.slice(1).filter((means) => !isConstant(means)).length;
	if (betweenTerms >= n) return { failure: 'too-few-entities' };

	// The Between regression on n rows weighted by √T_i: the same fit as plm's T_i repeated rows.
	const weights = Float64Array.from(panel.sizes, (t) => Math.sqrt(t));
	const weighted = meanColumns.map((means) => means.map((m, e) => m * weights[e]));
	const yMeans = entityMeans(panel.y, panel);
	const yWeighted = yMeans.map((m, e) => m * weights[e]);
	const qr = qrDecompose(weighted);
	const coef = qrCoefficients(qr, yWeighted);
	let quadBetween = 0;
	for (let e = 0; e < n; e++) {
		let fitted = 0;
		qr.kept.forEach((j, k) => (fitted += weighted[j][e] * coef[k]));
		quadBetween += (yWeighted[e] - fitted) ** 2;
	}

	const betweenRank = qr.kept.length;
	const mNu = panel.balanced ? n - betweenRank : n - inputs.pooledSlopes - 1;
	const mMu =
		nobs -
		betweenTrace(
			panel,
			qr.kept.map((j) => meanColumns[j]),
			invertUpper(qr.r)
		);
	const raw = (quadBetween - mNu * sigma2Idiosyncratic) / mMu;
	const sigma2Entity = raw > 0 ? raw : 0;
	const thetaByEntity = Float64Array.from(
		panel.sizes,
		(t) => 1 - Math.sqrt(sigma2Idiosyncratic / (sigma2Idiosyncratic + t * sigma2Entity))
	);
	return { sigma2Idiosyncratic, sigma2Entity, thetaByEntity };
}

/**
 * tr[(Σ T_i z̄_i z̄_i')⁻¹ Σ T_i² z̄_i z̄_i'] = ‖C R⁻¹‖²_F with rows c_i = T_i z̄_i and R the
 * triangle of the weighted Between design (R'R = Σ T_i z̄ z̄').
 */
function betweenTrace(panel: Panel, keptMeans: Float64Array[], rInverse: number[][]): number {
	const k = keptMeans.length;
	let trace = 0;
	for (let e = 0; e < panel.entityIds.length; e++) {
		const t = panel.sizes[e];
		for (let j = 0; j < k; j++) {
			let s = 0;
			for (let m = 0; m <= j; m++) s += t * keptMeans[m][e] * rInverse[m][j];
			trace += s * s;
		}
	}
	return trace;
}
