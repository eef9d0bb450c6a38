/**
 * The determinants query through the worker API (called directly in Node) and through the client
 * with a real worker: the kept keys are classified with the query's settings and product scope,
 * the covariates Blob is read in the worker, and the regression equals estimatePanel on the
 * panel worked out by hand from the trade rows below.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { capitalDistanceKm } from '../../src/lib/engine/determinants/distance';
import type { DeterminantsQuery } from '../../src/lib/engine/determinants/types';
import { estimatePanel, type PanelInput } from '../../src/lib/engine/panel';
import { ALL_PARTNERS, type Selection } from '../../src/lib/engine/model/selection';
import type { ClassifySettings, ReadOptions } from '../../src/lib/engine/model/types';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { KeysLostError } from '../../src/lib/worker/bridge';
import { AnalysisClient } from '../../src/lib/worker/client';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';
import { nodeWorkerFactory } from './node-worker';

/** Machinery (847130) with BRA exporting 50·k and importing 60·k thousand USD, k units each way. */
function machinery(year: number, partner: number, k: number): string[] {
	return [
		`${year},76,${partner},847130,${50 * k},${k}`,
		`${year},${partner},76,847130,${60 * k},${k}`
	];
}

// UVx / UVm = 50 / 60 = 0.83 < 0.85: VIIT-inf at α = 15 %. GHM VIIT = 2 · min(X, M) = 100 000 · k
// USD; FF counts the whole two-way flow (overlap 50/60 > θ): 110 000 · k USD.
const BACI = [
	't,i,j,k,v,q',
	...machinery(2020, 842, 1), // USA
	...machinery(2021, 842, 2),
	...machinery(2020, 276, 3), // DEU
	...machinery(2021, 276, 1),
	...machinery(2020, 32, 2), // ARG
	...machinery(2021, 32, 5),
	'2019,76,276,847130,40,2', // DEU 2019: equal unit values, HIIT only: VIIT 0
	'2019,276,76,847130,40,2',
	'2020,76,842,640399,200,10', // footwear: outside the query's scope (chapter 84)
	'2020,842,76,640399,100,10'
].join('\n');

const COVARIATES = [
	'iso3,year,gdp,gdp_per_capita,distance_km',
	'BRA,2019,1800,8700,',
	'BRA,2020,1450,6800,',
	'BRA,2021,1600,7500,',
	'USA,2020,21000,63500,',
	'USA,2021,23300,70200,',
	'DEU,2020,3850,46200,',
	'DEU,2021,4250,51200,',
	'ARG,2020,385,8500,2000',
	'ARG,2021,487,10600,2000'
].join('\n');

const OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};
const AT_15: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2019,
	yearTo: 2021,
	partners: ALL_PARTNERS,
	scope: { sectors: null, chapters: [84] }
};

function query(covariates: string, name = 'cov.csv'): DeterminantsQuery {
	return {
		settings: AT_15,
		selection: SELECTION,
		covariates: [{ blob: new Blob([covariates]), name }],
		distanceMeasure: 'dist',
		timeEffects: false
	};
}

/** [partner, year, k, GDP_i, GDP_j, DIST, GDPpc_i, GDPpc_j] of the rows used, partner then year. */
const ROWS: [string, number, number, number, number, number, number, number][] = [
	['ARG', 2020, 2, 1450, 385, 2000, 6800, 8500],
	['ARG', 2021, 5, 1600, 487, 2000, 7500, 10600],
	['DEU', 2020, 3, 1450, 3850, capitalDistanceKm('BRA', 'DEU') as number, 6800, 46200],
	['DEU', 2021, 1, 1600, 4250, capitalDistanceKm('BRA', 'DEU') as number, 7500, 51200],
	['USA', 2020, 1, 1450, 21000, capitalDistanceKm('BRA', 'USA') as number, 6800, 63500],
	['USA', 2021, 2, 1600, 23300, capitalDistanceKm('BRA', 'USA') as number, 7500, 70200]
];

function handInput(viitPerUnit: number): PanelInput {
	return {
		entity: ROWS.map((r) => r[0]),
		time: ROWS.map((r) => r[1]),
		yName: 'log(VIIT)',
		y: ROWS.map((r) => Math.log(viitPerUnit * r[2])),
		regressors: [
			{ name: 'log(GDP_i)', values: ROWS.map((r) => Math.log(r[3])) },
			{ name: 'log(GDP_j)', values: ROWS.map((r) => Math.log(r[4])) },
			{ name: 'log(DIST)', values: ROWS.map((r) => Math.log(r[5])) },
			{ name: 'log(DIF)', values: ROWS.map((r) => Math.log(Math.abs(r[6] - r[7]))) }
		]
	};
}

async function readApi() {
	const api = createAnalysisApi();
	unwrapOutcome(await api.read([new File([BACI], 'baci.csv')], OPTIONS));
	return api;
}

describe('createAnalysisApi: determinants', () => {
	it('regresses ln VIIT of both methods over the scope, with the file’s covariates', async () => {
		const api = await readApi();
		const result = unwrapOutcome(await api.determinants(query(COVARIATES)));
		expect(result.covariates.files).toEqual([
			{ file: 'cov.csv', kind: 'template', rowsRead: 9, rowsUsed: 9, dropped: {} }
		]);
		expect(result.covariates.sources.gdp).toEqual([
			{ series: 'template', name: null, countryYears: 9 }
		]);
		// ARG's distance is the file's, DEU's and USA's the built-in table's.
		expect(result.distanceSource).toBe('both');
		for (const [method, perUnit] of [
			['ghm', 100_000],
			['ff', 110_000]
		] as const) {
			// 7 partner-years with trade in chapter 84; DEU 2019 has no VIIT.
			expect(result[method]).toMatchObject({ method, candidates: 7, dropped: { 'zero-viit': 1 } });
			expect(result[method].estimates).toEqual(
				estimatePanel(handInput(perUnit), { timeName: 'year' })
			);
			expect(result[method].estimates?.pooling.ok).toBe(true);
		}
	});

	it('reports a bad covariates file with its code, file, line and column', async () => {
		const api = await readApi();
		const outcome = await api.determinants(query('iso3,year,gdp\nBRA,2020,1', 'short.csv'));
		expect(outcome).toMatchObject({
			ok: false,
			error: {
				kind: 'trade',
				code: 'covariates-missing-column',
				file: 'short.csv',
				line: 1,
				column: 'gdp_per_capita'
			}
		});
	});
});

describe('AnalysisClient: determinants through a real worker', () => {
	let client: AnalysisClient | null = null;
	afterEach(() => client?.terminate());

	it('sends the query and its Blob, and gets the same result back', async () => {
		client = new AnalysisClient(nodeWorkerFactory());
		await expect(client.determinants(query(COVARIATES))).rejects.toBeInstanceOf(KeysLostError);
		await client.read([{ name: 'baci.csv', blob: new Blob([BACI]) }], OPTIONS);
		const result = await client.determinants(query(COVARIATES), {
			signal: new AbortController().signal
		});
		expect(result.ghm.estimates).toEqual(estimatePanel(handInput(100_000), { timeName: 'year' }));
		expect(result.ff.estimates).toEqual(estimatePanel(handInput(110_000), { timeName: 'year' }));
	}, 60_000);
});
