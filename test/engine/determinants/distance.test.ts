/** Great-circle distances between capitals, checked against values worked by hand. */
import { describe, expect, it } from 'vitest';
import { CAPITALS, capitalOf } from '../../../src/lib/engine/codes/capitals';
import { knownCountryIds } from '../../../src/lib/engine/codes/countries';
import { GROUP_IDS, GROUP_MEMBERS } from '../../../src/lib/engine/codes/groups';
import {
	EARTH_RADIUS_KM,
	capitalDistanceKm,
	greatCircleKm
} from '../../../src/lib/engine/determinants/distance';

/** Spherical law of cosines: another route to the same great-circle distance. */
function lawOfCosinesKm(a: readonly [number, number], b: readonly [number, number]): number {
	const rad = Math.PI / 180;
	const cosine =
		Math.sin(a[0] * rad) * Math.sin(b[0] * rad) +
		Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.cos((b[1] - a[1]) * rad);
	return EARTH_RADIUS_KM * Math.acos(cosine);
}

describe('greatCircleKm', () => {
	it('measures a quarter of the equator as R·π/2', () => {
		// (0°, 0°) to (0°, 90°): the arc is a quarter circle, 6371.0088 × 1.5707963 = 10 007.557 km.
		expect(greatCircleKm([0, 0], [0, 90])).toBeCloseTo(10007.557, 2);
		expect(greatCircleKm([0, 0], [0, 90])).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 2, 9);
	});

	it('measures antipodes as half the circumference, R·π = 20 015.115 km', () => {
		expect(greatCircleKm([10, 20], [-10, -160])).toBeCloseTo(20015.115, 2);
		expect(greatCircleKm([90, 0], [-90, 0])).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 9);
	});

	it('measures a meridian arc of 1° as R·π/180 = 111.195 km', () => {
		expect(greatCircleKm([45, 7], [46, 7])).toBeCloseTo(111.195, 3);
	});

	it('is zero for a point and itself, and symmetric', () => {
		expect(greatCircleKm([-15.7814, -47.918], [-15.7814, -47.918])).toBe(0);
		expect(greatCircleKm([52.5, 13.4], [-33.9, 151.2])).toBe(
			greatCircleKm([-33.9, 151.2], [52.5, 13.4])
		);
	});

	it('agrees with the law of cosines on pairs of capitals', () => {
		for (const [a, b] of [
			['BRA', 'USA'],
			['DEU', 'JPN'],
			['ARG', 'NZL'],
			['MEX', 'KOR']
		]) {
			const from = CAPITALS[a];
			const to = CAPITALS[b];
			expect(greatCircleKm(from, to)).toBeCloseTo(lawOfCosinesKm(from, to), 6);
		}
	});
});

describe('capitalDistanceKm', () => {
	it('puts Brasília ≈ 2 330 km from Buenos Aires (within 1 %), whatever the direction', () => {
		// Brasília (−15.7814, −47.918), Buenos Aires (−34.6006, −58.3995): by the law of
		// cosines, R · acos(0.957 02…) = 2 339.65 km.
		const km = capitalDistanceKm('BRA', 'ARG');
		expect(km).not.toBeNull();
		expect(Math.abs((km as number) - 2330) / 2330).toBeLessThan(0.01);
		expect(km).toBeCloseTo(2339.65, 1);
		expect(capitalDistanceKm('ARG', 'BRA')).toBe(km);
	});

	it('is zero for the same country, and reads ids in any case', () => {
		expect(capitalDistanceKm('BRA', 'BRA')).toBe(0);
		expect(capitalDistanceKm('bra', ' ARG ')).toBe(capitalDistanceKm('BRA', 'ARG'));
	});

	it('puts a former state at its successor’s capital', () => {
		expect(capitalDistanceKm('CSK', 'CZE')).toBe(0);
		expect(capitalDistanceKm('SUN', 'RUS')).toBe(0);
	});

	it('is null when a country has no capital in the table', () => {
		expect(capitalDistanceKm('BRA', 'BR249')).toBeNull();
		expect(capitalDistanceKm('XXX', 'BRA')).toBeNull();
		expect(capitalOf('toString')).toBeUndefined();
	});
});

describe('CAPITALS', () => {
	it('covers every member of the built-in groups (OECD, EU27, Mercosur, BRICS, G20)', () => {
		const members = GROUP_IDS.flatMap((group) => GROUP_MEMBERS[group].map((m) => m.country));
		const countries = members.filter((id) => /^[A-Z]{3}$/.test(id));
		expect(countries.filter((id) => !capitalOf(id))).toEqual([]);
	});

	it('covers all but a few territories of the country table', () => {
		const missing = knownCountryIds().filter((id) => /^[A-Z]{3}$/.test(id) && !capitalOf(id));
		// Small territories Natural Earth's 1:110m file does not place (listed in the report).
		expect(missing.length).toBeLessThanOrEqual(36);
		for (const id of ['BRA', 'USA', 'CHN', 'DEU', 'IND', 'ZAF', 'FRA', 'NOR']) {
			expect(capitalOf(id), id).toBeDefined();
		}
	});

	it('holds latitudes and longitudes in range, with at most 4 decimals', () => {
		for (const [id, [lat, lon]] of Object.entries(CAPITALS)) {
			expect(Math.abs(lat), id).toBeLessThanOrEqual(90);
			expect(Math.abs(lon), id).toBeLessThanOrEqual(180);
			expect(Math.round(lat * 1e4) / 1e4, id).toBe(lat);
			expect(Math.round(lon * 1e4) / 1e4, id).toBe(lon);
		}
	});
});
