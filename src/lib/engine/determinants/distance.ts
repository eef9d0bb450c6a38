/**
 * Built-in bilateral distances: the great-circle distance between two countries' capitals
 * (codes/capitals.ts, from Natural Earth), on a sphere of the Earth's mean radius.
 */
import { capitalOf, type LatLon } from '../codes/capitals';

/** Mean Earth radius R₁ = (2a + b) / 3 of WGS 84, in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Haversine distance in km between two points:
 * d = 2R · asin √(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)).
 */
export function greatCircleKm(from: LatLon, to: LatLon): number {
	const phi1 = from[0] * RADIANS_PER_DEGREE;
	const phi2 = to[0] * RADIANS_PER_DEGREE;
	const halfDeltaPhi = (phi2 - phi1) / 2;
	const halfDeltaLambda = ((to[1] - from[1]) * RADIANS_PER_DEGREE) / 2;
	const h =
		Math.sin(halfDeltaPhi) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) ** 2;
	// Rounding can push h a hair above 1 for antipodes; asin would then be NaN.
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** Distance in km between the capitals of two countries; null when either has no capital in the table. */
export function capitalDistanceKm(from: string, to: string): number | null {
	const a = capitalOf(from);
	const b = capitalOf(to);
	return a && b ? greatCircleKm(a, b) : null;
}
