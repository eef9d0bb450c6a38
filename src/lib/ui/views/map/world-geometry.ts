/**
 * The world map's shapes: static/geo/world-110m.json (Natural Earth 1:110m admin-0 countries,
 * public domain, built by scripts/build-world-geometry.ts), a same-origin file fetched only when
 * the map view opens, checked, and registered with ECharts once.
 */
import { WORLD_MAP } from '../../charts/map';
import { loadECharts } from '../../charts/echarts';
import { fetchSiteFile } from '../../../static-files';

/** Where the site serves the shapes. */
export const WORLD_GEOMETRY_PATH = '/geo/world-110m.json';

interface Feature {
	type: 'Feature';
	properties: { name: string };
	geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface WorldGeometry {
	type: 'FeatureCollection';
	features: Feature[];
}

function isFeature(value: unknown): value is Feature {
	if (typeof value !== 'object' || value === null) return false;
	const { type, properties, geometry } = value as Record<string, unknown>;
	if (type !== 'Feature' || typeof properties !== 'object' || properties === null) return false;
	if (typeof (properties as Record<string, unknown>).name !== 'string') return false;
	if (typeof geometry !== 'object' || geometry === null) return false;
	const { type: kind, coordinates } = geometry as Record<string, unknown>;
	return (kind === 'Polygon' || kind === 'MultiPolygon') && Array.isArray(coordinates);
}

/** The file's shapes, or an error naming what is wrong (a bad file must not reach the renderer). */
export function parseWorldGeometry(json: unknown): WorldGeometry {
	const { type, features } = (json ?? {}) as Record<string, unknown>;
	if (type !== 'FeatureCollection' || !Array.isArray(features) || features.length === 0) {
		throw new Error(`${WORLD_GEOMETRY_PATH}: not a GeoJSON FeatureCollection`);
	}
	const bad = features.findIndex((feature) => !isFeature(feature));
	if (bad >= 0) throw new Error(`${WORLD_GEOMETRY_PATH}: feature ${bad} is not a country shape`);
	return { type, features: features as Feature[] };
}

/** The country ids the shapes are named by. */
export function shapeIds(geometry: WorldGeometry): Set<string> {
	return new Set(geometry.features.map((feature) => feature.properties.name));
}

let loading: Promise<Set<string>> | null = null;

/** Fetches and registers the shapes on first call; resolves to their ids. A failed load may be retried. */
export function loadWorldMap(): Promise<Set<string>> {
	loading ??= Promise.all([
		fetchSiteFile(WORLD_GEOMETRY_PATH).then((response) => response.json()),
		loadECharts()
	])
		.then(([json, echarts]) => {
			const geometry = parseWorldGeometry(json);
			echarts.registerMap(WORLD_MAP, geometry as Parameters<typeof echarts.registerMap>[1]);
			return shapeIds(geometry);
		})
		.catch((error: unknown) => {
			loading = null;
			throw error;
		});
	return loading;
}
