/**
 * Least squares on (possibly transformed) panel columns, as `lm` does it inside `plm`: QR with
 * R's pivoting, aliased columns left out, classical covariance s²(X'X)⁻¹ and the Arellano
 * cluster-robust sandwich by entity with HC1 scaling.
 */
import {
	columnsTimes,
	multiply,
	qrCoefficients,
	qrDecompose,
	scale,
	unscaledCovariance,
	type Matrix
} from './linalg';

/** A least-squares fit over the kept columns (in the order they were given). */
export interface LeastSquares {
	/** Indices of the input columns estimated; the others were aliased. */
	kept: number[];
	aliased: number[];
	coef: number[];
	residuals: Float64Array;
	fitted: Float64Array;
	ssr: number;
	/** (X'X)⁻¹ over the kept columns. */
	unscaled: Matrix;
}

/** OLS of y on the columns; aliased columns (dependent on earlier ones) are left out. */
export function leastSquares(columns: readonly Float64Array[], y: Float64Array): LeastSquares {
	const qr = qrDecompose(columns);
	const keptColumns = qr.kept.map((j) => columns[j]);
	const coef = qrCoefficients(qr, y);
	const fitted = columnsTimes(keptColumns, coef);
	const residuals = Float64Array.from(y, (v, i) => v - fitted[i]);
	let ssr = 0;
	for (const e of residuals) ssr += e * e;
	return {
		kept: qr.kept,
		aliased: qr.aliased,
		coef,
		residuals,
		fitted,
		ssr,
		unscaled: unscaledCovariance(qr)
	};
}

/**
 * plm's `vcovHC(method = "arellano", type = "HC1")`: (X'X)⁻¹ [Σ_g X_g'u_g u_g'X_g] (X'X)⁻¹ ×
 * n / (n − k), where k is the number of estimated coefficients of this model (tool_vcovG.R:
 * the residuals are scaled by √(n / (n − k)) before the outer products).
 */
export function clusterCovariance(
	columns: readonly Float64Array[],
	residuals: Float64Array,
	unscaled: Matrix,
	clusterOf: Int32Array,
	clusters: number
): Matrix {
	const k = columns.length;
	const n = residuals.length;
	// Score sums per cluster: s_g = Σ_{i ∈ g} x_i u_i.
	const scores = Array.from({ length: clusters }, () => new Float64Array(k));
	for (let j = 0; j < k; j++) {
		const column = columns[j];
		for (let i = 0; i < n; i++) scores[clusterOf[i]][j] += column[i] * residuals[i];
	}
	const meat: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (const s of scores) {
		for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a][b] += s[a] * s[b];
	}
	const sandwich = multiply(multiply(unscaled, meat), unscaled);
	return scale(sandwich, n / (n - k));
}

/** Squared correlation of y and ŷ: plm's `r.squared(type = "cor")` on the transformed data. */
export function squaredCorrelation(y: Float64Array, fitted: Float64Array): number {
	const n = y.length;
	let my = 0;
	let mf = 0;
	for (let i = 0; i < n; i++) {
		my += y[i];
		mf += fitted[i];
	}
	my /= n;
	mf /= n;
	let syy = 0;
	let sff = 0;
	let syf = 0;
	for (let i = 0; i < n; i++) {
		const dy = y[i] - my;
		const df = fitted[i] - mf;
		syy += dy * dy;
		sff += df * df;
		syf += dy * df;
	}
	return (syf * syf) / (syy * sff);
}
