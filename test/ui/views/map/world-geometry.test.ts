/**
 * The map's bundled shapes (static/geo/world-110m.json, Natural Earth 1:110m, public domain): a
 * valid GeoJSON collection within its size budget, named by the app's country ids, so that the
 * numeric codes of BACI's big traders land on a shape and the small ones are known to be off it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryIdOfNumericCode } from '../../../../src/lib/engine/codes/countries';
import {
	parseWorldGeometry,
	shapeIds,
	WORLD_GEOMETRY_PATH
} from '../../../../src/lib/ui/views/map/world-geometry';

const TEXT = readFileSync(`static${WORLD_GEOMETRY_PATH}`, 'utf8');
const GEOMETRY = parseWorldGeometry(JSON.parse(TEXT));
const IDS = shapeIds(GEOMETRY);

/** Every ring of a feature: Polygon [[ring]] or MultiPolygon [[[ring]]]. */
function rings(geometry: { type: string; coordinates: unknown[] }): number[][][] {
	const polygons = (
		geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
	) as number[][][][];
	return polygons.flat();
}

describe('the world geometry asset', () => {
	it('stays well under its size budget (150 KB)', () => {
		expect(Buffer.byteLength(TEXT)).toBeLessThan(120 * 1024);
	});

	it('is one shape per country id, with the big traders and the ISO_A3 −99 cases', () => {
		expect(GEOMETRY.features.length).toBe(IDS.size);
		expect(IDS.size).toBeGreaterThan(150);
		for (const id of ['BRA', 'USA', 'FRA', 'NOR', 'CHN', 'DEU', 'XKX', 'IND', 'JPN', 'ARG'])
			expect(IDS.has(id), id).toBe(true);
		// Antarctica is left out; Somaliland and Northern Cyprus join Somalia and Cyprus.
		expect(IDS.has('ATA')).toBe(false);
		for (const id of IDS) expect(id).toMatch(/^([A-Z]{3}|490)$/);
	});

	it('has closed rings of valid longitudes and latitudes, rounded to 0.1°', () => {
		for (const feature of GEOMETRY.features) {
			for (const ring of rings(feature.geometry)) {
				expect(ring.length, feature.properties.name).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring[ring.length - 1]);
				// No ring steps across the antimeridian (it would draw a band across the map).
				for (let i = 1; i < ring.length; i++)
					expect(Math.abs(ring[i][0] - ring[i - 1][0]), feature.properties.name).toBeLessThan(180);
				for (const [lon, lat] of ring) {
					expect(Math.abs(lon)).toBeLessThanOrEqual(180);
					expect(Math.abs(lat)).toBeLessThanOrEqual(90);
					expect(Math.round(lon * 10) / 10).toBe(lon);
				}
			}
		}
		// Brazil's box: about 74°W–35°W, 34°S–5°N.
		const brazil = GEOMETRY.features.find((f) => f.properties.name === 'BRA');
		const points = rings(brazil!.geometry).flat();
		const lons = points.map(([lon]) => lon);
		const lats = points.map(([, lat]) => lat);
		expect(Math.min(...lons)).toBeCloseTo(-74, 0);
		expect(Math.max(...lons)).toBeCloseTo(-35, 0);
		expect(Math.min(...lats)).toBeCloseTo(-34, 0);
		expect(Math.max(...lats)).toBeCloseTo(5, 0);
	});

	it('is refused when it is not a collection of country shapes', () => {
		expect(() => parseWorldGeometry(null)).toThrow(/FeatureCollection/);
		expect(() => parseWorldGeometry({ type: 'FeatureCollection', features: [] })).toThrow();
		expect(() =>
			parseWorldGeometry({
				type: 'FeatureCollection',
				features: [
					{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [] } }
				]
			})
		).toThrow(/feature 0/);
	});
});

describe("the app's country codes on the map", () => {
	it("puts BACI's big traders (numeric codes) on a shape", () => {
		// BACI: 76 Brazil, 842 USA, 251 France, 579 Norway, 156 China, 276 Germany, 392 Japan,
		// 699 India, 757 Switzerland, 410 Korea, 124 Canada, 484 Mexico, 380/381 Italy, 826 UK,
		// 528 Netherlands, 56 Belgium, 724 Spain, 643 Russia, 36 Australia, 32 Argentina,
		// 490 Other Asia, nes (Taiwan), 458 Malaysia, 764 Thailand, 360 Indonesia, 792 Türkiye.
		const codes = [
			76, 842, 251, 579, 156, 276, 392, 699, 757, 410, 124, 484, 380, 381, 826, 528, 56, 724, 643,
			36, 32, 490, 458, 764, 360, 792
		];
		const off = codes.filter((code) => !IDS.has(countryIdOfNumericCode(code)));
		expect(off).toEqual([]);
		// ISO's own codes for the BACI variants land on the same shapes.
		for (const code of [250, 578, 356, 756, 840, 158])
			expect(IDS.has(countryIdOfNumericCode(code)), String(code)).toBe(true);
	});

	it('knows the traders too small for 1:110m, which the view lists off the map', () => {
		// 344 Hong Kong, 702 Singapore, 446 Macao, 48 Bahrain, 470 Malta.
		for (const code of [344, 702, 446, 48, 470])
			expect(IDS.has(countryIdOfNumericCode(code)), String(code)).toBe(false);
	});
});
