/**
 * Builds static/geo/world-110m.json, the map view's country shapes, from Natural Earth's 1:110m
 * admin-0 countries (public domain). Reads either Natural Earth's own GeoJSON
 * (ne_110m_admin_0_countries.geojson) or the same shapes as TopoJSON from the world-atlas
 * package (countries-110m.json, ids are ISO numeric codes):
 *
 *   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
 *   npx tsx scripts/build-world-geometry.ts package/countries-110m.json
 *
 * Each shape gets the app's country id (the one trade cells carry) as its name, coordinates are
 * rounded to 0.1° (finer than a pixel of a 1440 px map) and Antarctica is left out (it takes a
 * sixth of the height and trades with no one). The output is committed: the site and CI never
 * fetch it from anywhere else.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { countryIdOfNumericCode } from '../src/lib/engine/codes/countries';

type Position = [number, number];
type Ring = Position[];
type Polygon = Ring[];

interface Shape {
	id: string;
	polygons: Polygon[];
}

const output = process.argv[3] ?? 'static/geo/world-110m.json';
const input = process.argv[2];
if (!input) {
	console.error(
		'usage: tsx scripts/build-world-geometry.ts <countries-110m.json | ne_110m_admin_0_countries.geojson> [output]'
	);
	process.exit(2);
}

/** Natural Earth's own codes where the app's differ; shapes that trade statistics fold into a neighbour join it. */
const NE_CODE_TO_ID: Record<string, string> = {
	KOS: 'XKX',
	CYN: 'CYP', // Northern Cyprus: trade statistics report Cyprus
	SOL: 'SOM', // Somaliland: reported as Somalia
	SAH: 'ESH',
	TWN: '490' // as the app's tables write Taiwan (BACI's "Other Asia, nes")
};
/** The world-atlas shapes that have no ISO numeric code, by name. */
const NAME_TO_ID: Record<string, string> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };
const LEFT_OUT = new Set(['ATA']);

/** Decodes a TopoJSON topology's countries into shapes (quantized, delta-encoded arcs). */
function fromTopology(topology: {
	transform: { scale: Position; translate: Position };
	arcs: Position[][];
	objects: {
		countries: {
			geometries: {
				type: string;
				id?: string;
				arcs: number[][] | number[][][];
				properties: { name: string };
			}[];
		};
	};
}): Shape[] {
	const { scale, translate } = topology.transform;
	// Arcs are simplified once, before rings are built: neighbours keep one shared border.
	const arcs = topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		const points = arc.map(([dx, dy]): Position => {
			x += dx;
			y += dy;
			return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
		});
		return simplify(points);
	});
	// A negative index ~i is arc i reversed; arcs share their end points, so each drops its first.
	const ring = (indices: number[]): Ring => {
		const points: Ring = [];
		for (const index of indices) {
			const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
			points.push(...(points.length > 0 ? arc.slice(1) : arc));
		}
		return points;
	};
	return topology.objects.countries.geometries.map((geometry) => {
		const id =
			geometry.id !== undefined
				? countryIdOfNumericCode(Number(geometry.id))
				: NAME_TO_ID[geometry.properties.name];
		if (!id) throw new Error(`no country id for ${geometry.properties.name}`);
		const polygons =
			geometry.type === 'Polygon'
				? [(geometry.arcs as number[][]).map(ring)]
				: (geometry.arcs as number[][][]).map((polygon) => polygon.map(ring));
		return { id, polygons };
	});
}

/** Natural Earth's GeoJSON: ISO_A3, or ISO_A3_EH / ADM0_A3 where ISO_A3 is -99 (France, Norway, Kosovo). */
function fromGeoJson(collection: {
	features: {
		properties: Record<string, string | number | null>;
		geometry: { type: string; coordinates: Polygon | Polygon[] };
	}[];
}): Shape[] {
	return collection.features.map(({ properties, geometry }) => {
		const code = [properties.ISO_A3, properties.ISO_A3_EH, properties.ADM0_A3].find(
			(value): value is string => typeof value === 'string' && /^[A-Z]{3}$/.test(value)
		);
		if (!code) throw new Error(`no ISO3 for ${String(properties.ADMIN)}`);
		const polygons =
			geometry.type === 'Polygon'
				? [geometry.coordinates as Polygon]
				: (geometry.coordinates as Polygon[]);
		const simplified = polygons.map((polygon) => polygon.map(simplify));
		return { id: NE_CODE_TO_ID[code] ?? code, polygons: simplified };
	});
}

/** Points closer than this (degrees) to the line kept are dropped: about a pixel of a 1440 px map. */
const TOLERANCE = 0.15;

/** Douglas–Peucker: the line through fewer points, none of those dropped farther than TOLERANCE. */
function simplify(points: Position[]): Position[] {
	if (points.length <= 2) return points;
	const keep = new Array<boolean>(points.length).fill(false);
	keep[0] = keep[points.length - 1] = true;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [from, to] = stack.pop()!;
		let farthest = -1;
		let distance = TOLERANCE;
		for (let i = from + 1; i < to; i++) {
			const d = distanceToSegment(points[i], points[from], points[to]);
			if (d > distance) [farthest, distance] = [i, d];
		}
		if (farthest >= 0) {
			keep[farthest] = true;
			stack.push([from, farthest], [farthest, to]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

function distanceToSegment([x, y]: Position, [x1, y1]: Position, [x2, y2]: Position): number {
	const dx = x2 - x1;
	const dy = y2 - y1;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
	return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Twice the ring's signed area (shoelace): 0 for a ring that is only a line. */
function area(ring: Ring): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++)
		sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	return sum;
}

/** A ring at 0.1°: repeated points dropped, closed, or null when it shrinks to nothing. */
function roundRing(ring: Ring): Ring | null {
	const points: Ring = [];
	for (const [x, y] of ring) {
		const point: Position = [round(x), round(y)];
		const last = points[points.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
	}
	if (points.length === 0) return null;
	const [first] = points;
	const last = points[points.length - 1];
	if (first[0] !== last[0] || first[1] !== last[1]) points.push([first[0], first[1]]);
	return points.length >= 4 && area(points) !== 0 ? points : null;
}

const source = JSON.parse(readFileSync(input, 'utf8'));
const shapes: Shape[] = source.type === 'Topology' ? fromTopology(source) : fromGeoJson(source);

/**
 * A ring that crosses the antimeridian (Russia's Chukotka, Fiji: a step from 180° to −180°) as
 * one ring on each side; drawn flat, it would be a band across the whole map. The crossings lie
 * on ±180° itself, so each side's points, in order, already run along the meridian between them.
 */
function splitAtAntimeridian(ring: Ring): Ring[] {
	if (!ring.some(([x], i) => i > 0 && Math.abs(x - ring[i - 1][0]) > 180)) return [ring];
	const side = (sign: 1 | -1) =>
		roundRing(
			ring
				.filter(([x]) => Math.abs(x) === 180 || Math.sign(x) === sign)
				.map(([x, y]): Position => [Math.abs(x) === 180 ? 180 * sign : x, y])
		);
	return [side(1), side(-1)].filter((part): part is Ring => part !== null);
}

/** A polygon at 0.1°, split at the antimeridian; none when its outer ring vanished (a vanished hole just goes). */
function roundPolygon(polygon: Polygon): Polygon[] {
	const [outer, ...holes] = polygon.map(roundRing);
	if (outer === null) return [];
	const parts = splitAtAntimeridian(outer);
	const kept = holes.filter((ring): ring is Ring => ring !== null);
	// A split polygon has no holes at this scale; a whole one keeps its own.
	return parts.length === 1 ? [[parts[0], ...kept]] : parts.map((part) => [part]);
}

// Shapes with the same id (Somaliland and Somalia) become one country.
const byId = new Map<string, Polygon[]>();
for (const shape of shapes) {
	if (LEFT_OUT.has(shape.id)) continue;
	const polygons = shape.polygons.flatMap(roundPolygon);
	if (polygons.length > 0) byId.set(shape.id, [...(byId.get(shape.id) ?? []), ...polygons]);
}

const features = [...byId]
	.sort(([a], [b]) => (a < b ? -1 : 1))
	.map(([id, polygons]) => ({
		type: 'Feature',
		properties: { name: id },
		geometry:
			polygons.length === 1
				? { type: 'Polygon', coordinates: polygons[0] }
				: { type: 'MultiPolygon', coordinates: polygons }
	}));
const text = JSON.stringify({ type: 'FeatureCollection', features });
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, text + '\n');
console.log(`${output}: ${features.length} countries, ${(text.length / 1024).toFixed(1)} KiB`);
