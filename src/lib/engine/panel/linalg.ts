/**
 * Small dense linear algebra for the panel estimators: matrices are stored by column
 * (`Float64Array` per column), as least squares works on columns. Least squares goes through a
 * Householder QR with R's limited column pivoting (LINPACK dqrdc2, as `lm` uses): columns are
 * taken in order, and one whose remaining norm is below `tol` × its original norm is aliased and
 * skipped, so the later of two collinear columns is the one dropped. X'X is never inverted:
 * (X'X)⁻¹ = R⁻¹R⁻ᵀ.
 */

/** R's default rank tolerance in `lm` (dqrdc2). */
export const QR_TOLERANCE = 1e-7;

/** A square or rectangular matrix by rows (small: k × k covariance matrices). */
export type Matrix = number[][];

/** A pivoted Householder QR of an n × p matrix given by columns. */
export interface QrDecomposition {
	/** Rows of the decomposed matrix. */
	rows: number;
	/** Indices (into the input columns) of the columns kept, in order: the rank is its length. */
	kept: number[];
	/** Indices of the aliased columns (linearly dependent on earlier ones), in order. */
	aliased: number[];
	/** R as rank × rank upper triangle, by rows (R[i][j], j ≥ i), over the kept columns. */
	r: Matrix;
	/** Householder vectors v_j (length rows, zero above j) with H_j = I − 2 v vᵀ / vᵀv. */
	reflectors: Float64Array[];
}

/** Euclidean norm of `v[from..]`. */
function tailNorm(v: Float64Array, from: number): number {
	// Scaled sum of squares: no overflow or underflow for extreme magnitudes.
	let scale = 0;
	let sum = 1;
	for (let i = from; i < v.length; i++) {
		const a = Math.abs(v[i]);
		if (a === 0) continue;
		if (scale < a) {
			sum = 1 + sum * (scale / a) ** 2;
			scale = a;
		} else sum += (a / scale) ** 2;
	}
	return scale * Math.sqrt(sum);
}

/** Applies reflector H = I − 2 v vᵀ / vᵀv to `x` in place (v is zero above `from`). */
function reflect(v: Float64Array, from: number, x: Float64Array): void {
	let vv = 0;
	let vx = 0;
	for (let i = from; i < v.length; i++) {
		vv += v[i] * v[i];
		vx += v[i] * x[i];
	}
	if (vv === 0) return;
	const f = (2 * vx) / vv;
	for (let i = from; i < v.length; i++) x[i] -= f * v[i];
}

/** QR of the columns with R's limited pivoting and relative tolerance `tol`. */
export function qrDecompose(columns: readonly Float64Array[], tol = QR_TOLERANCE): QrDecomposition {
	const rows = columns.length > 0 ? columns[0].length : 0;
	const kept: number[] = [];
	const aliased: number[] = [];
	const reflectors: Float64Array[] = [];
	const rColumns: Float64Array[] = [];
	for (let j = 0; j < columns.length; j++) {
		const x = Float64Array.from(columns[j]);
		const original = tailNorm(x, 0);
		for (let h = 0; h < reflectors.length; h++) reflect(reflectors[h], h, x);
		const at = kept.length;
		const rest = at < rows ? tailNorm(x, at) : 0;
		// dqrdc2 compares against the original norm, or 1 for an all-zero column.
		if (!(rest >= tol * (original === 0 ? 1 : original)) || at >= rows) {
			aliased.push(j);
			continue;
		}
		const alpha = x[at] > 0 ? -rest : rest;
		const v = new Float64Array(rows);
		for (let i = at; i < rows; i++) v[i] = x[i];
		v[at] -= alpha;
		reflectors.push(v);
		for (let i = at + 1; i < rows; i++) x[i] = 0;
		x[at] = alpha;
		kept.push(j);
		rColumns.push(x.slice(0, at + 1));
	}
	const rank = kept.length;
	const r: Matrix = Array.from({ length: rank }, (_, i) =>
		Array.from({ length: rank }, (_, j) => (j >= i ? rColumns[j][i] : 0))
	);
	return { rows, kept, aliased, r, reflectors };
}

/** Qᵀy: the reflectors applied to a copy of y. */
export function qtMultiply(qr: QrDecomposition, y: ArrayLike<number>): Float64Array {
	const z = Float64Array.from(y as ArrayLike<number>);
	qr.reflectors.forEach((v, h) => reflect(v, h, z));
	return z;
}

/** Solves R b = z[0..rank) by back substitution. */
export function backSolve(r: Matrix, z: ArrayLike<number>): number[] {
	const k = r.length;
	const b = new Array<number>(k).fill(0);
	for (let i = k - 1; i >= 0; i--) {
		let s = z[i];
		for (let j = i + 1; j < k; j++) s -= r[i][j] * b[j];
		b[i] = s / r[i][i];
	}
	return b;
}

/** Least-squares coefficients of y on the kept columns (in `qr.kept` order). */
export function qrCoefficients(qr: QrDecomposition, y: ArrayLike<number>): number[] {
	return backSolve(qr.r, qtMultiply(qr, y));
}

/** R⁻¹ for an upper-triangular R (by rows). */
export function invertUpper(r: Matrix): Matrix {
	const k = r.length;
	const inv: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (let j = 0; j < k; j++) {
		inv[j][j] = 1 / r[j][j];
		for (let i = j - 1; i >= 0; i--) {
			let s = 0;
			for (let m = i + 1; m <= j; m++) s += r[i][m] * inv[m][j];
			inv[i][j] = -s / r[i][i];
		}
	}
	return inv;
}

/** (XᵀX)⁻¹ over the kept columns, as R⁻¹R⁻ᵀ. */
export function unscaledCovariance(qr: QrDecomposition): Matrix {
	const ri = invertUpper(qr.r);
	return multiply(ri, transpose(ri));
}

/** Aᵀ. */
export function transpose(a: Matrix): Matrix {
	const rows = a.length;
	const cols = rows > 0 ? a[0].length : 0;
	return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => a[i][j]));
}

/** A B. */
export function multiply(a: Matrix, b: Matrix): Matrix {
	const n = a.length;
	const m = b.length;
	const p = m > 0 ? b[0].length : 0;
	const out: Matrix = Array.from({ length: n }, () => new Array<number>(p).fill(0));
	for (let i = 0; i < n; i++) {
		for (let k = 0; k < m; k++) {
			const aik = a[i][k];
			if (aik === 0) continue;
			for (let j = 0; j < p; j++) out[i][j] += aik * b[k][j];
		}
	}
	return out;
}

/** A scaled by s. */
export function scale(a: Matrix, s: number): Matrix {
	return a.map((row) => row.map((v) => v * s));
}

/** A − B. */
export function subtract(a: Matrix, b: Matrix): Matrix {
	return a.map((row, i) => row.map((v, j) => v - b[i][j]));
}

/** The sub-matrix of rows and columns `indices`. */
export function pick(a: Matrix, indices: readonly number[]): Matrix {
	return indices.map((i) => indices.map((j) => a[i][j]));
}

/**
 * Solves the square system A x = b by QR (no pivoting tolerance beyond exact singularity):
 * null when A is singular to working precision.
 */
export function solveSquare(a: Matrix, b: readonly number[]): number[] | null {
	const k = a.length;
	const columns = Array.from({ length: k }, (_, j) => Float64Array.from(a, (row) => row[j]));
	const qr = qrDecompose(columns, 1e-12);
	if (qr.kept.length < k) return null;
	return qrCoefficients(qr, b);
}

/** Column j of A (by columns) times vector b, accumulated: X b. */
export function columnsTimes(columns: readonly Float64Array[], b: readonly number[]): Float64Array {
	const n = columns.length > 0 ? columns[0].length : 0;
	const out = new Float64Array(n);
	columns.forEach((column, j) => {
		const bj = b[j];
		for (let i = 0; i < n; i++) out[i] += column[i] * bj;
	});
	return out;
}
