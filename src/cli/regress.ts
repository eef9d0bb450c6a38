import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import {
	estimatePanel,
	type HausmanSkipped,
	type HausmanTest,
	PanelDataError,
	type PanelEstimates,
	type PanelResult
} from '../lib/engine';
import { UsageError } from './args';
import { parseExpression, readPanelCsv, type PanelSpec } from './panel-csv';

export const REGRESS_USAGE = [
	'usage: npm run cli -- regress --data PANEL.csv --entity COL --time COL --y EXPR --x EXPR,EXPR,...',
	'  --data PANEL.csv   one row per entity and period (numbers may be quoted; empty or NA cells',
	'                     drop the row, as R does)',
	'  --entity COL       the entity column (fixed or random effects and clustering are by entity)',
	'  --time COL         the period column',
	'  --y EXPR           the dependent variable: a column name or log(column)',
	'  --x EXPR,...       the regressors, comma-separated (the flag may repeat)',
	'  --time-effects     add period dummies factor(COL)<period> to every model',
	'Prints JSON { pooling, within, random, hausman } as R plm 2.6 computes them; notes on',
	'dropped rows and terms go to stderr.'
].join('\n');

/** The validated `regress` command line. */
export interface RegressCommand {
	help: boolean;
	data: string;
	spec: PanelSpec;
	timeEffects: boolean;
}

/** Parses the arguments that follow `regress`. */
export function parseRegressArgs(argv: string[]): RegressCommand {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				data: { type: 'string' },
				entity: { type: 'string' },
				time: { type: 'string' },
				y: { type: 'string' },
				x: { type: 'string', multiple: true },
				'time-effects': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const help = values.help;
	const required = (flag: 'data' | 'entity' | 'time' | 'y'): string => {
		const value = values[flag]?.trim() ?? '';
		if (value === '' && !help) throw new UsageError(`--${flag} is required`);
		return value;
	};
	const data = required('data');
	const entity = required('entity');
	const time = required('time');
	const y = required('y');
	const x = (values.x ?? []).flatMap((list) => list.split(',')).filter((e) => e.trim() !== '');
	if (x.length === 0 && !help) throw new UsageError('--x needs at least one regressor');
	if (help)
		return {
			help,
			data,
			spec: { entity, time, y: { name: '', column: '', log: false }, x: [] },
			timeEffects: false
		};
	return {
		help,
		data,
		spec: { entity, time, y: parseExpression(y), x: x.map(parseExpression) },
		timeEffects: values['time-effects']
	};
}

/** `regress`: panel CSV → the three models and the Hausman test as JSON on stdout. */
export async function runRegress(
	argv: string[],
	stderr: NodeJS.WritableStream,
	stdout: NodeJS.WritableStream = process.stdout
): Promise<void> {
	const command = parseRegressArgs(argv);
	if (command.help) {
		stdout.write(REGRESS_USAGE + '\n');
		return;
	}
	const { input, lines, missing } = await readPanelCsv(command.data, command.spec);
	if (missing.count > 0) {
		const more = missing.count > missing.lines.length ? ', …' : '';
		stderr.write(
			`note: ${missing.count} rows with empty or NA cells left out (lines ${missing.lines.join(', ')}${more})\n`
		);
	}
	let estimates: PanelEstimates;
	try {
		estimates = estimatePanel(input, {
			timeEffects: command.timeEffects,
			timeName: command.spec.time
		});
	} catch (error) {
		// The engine counts rows of its input; the user needs the file's line.
		if (!(error instanceof PanelDataError) || error.row === undefined) throw error;
		const problem = error.message.replace(/^Row \d+:?\s*/, '');
		throw new Error(`${basename(command.data)}: line ${lines[error.row]}: ${problem}`);
	}
	for (const note of droppedNotes(estimates)) stderr.write(note + '\n');
	stdout.write(JSON.stringify(regressJson(estimates), null, 2) + '\n');
}

/** One model in the shape of R's output: values keyed by term. */
type ModelJson =
	| {
			coef: Record<string, number>;
			se: Record<string, number>;
			se_cluster_hc1: Record<string, number>;
			r2: number;
			nobs: number;
			theta?: number | Record<string, number>;
	  }
	| { error: string };

/** The estimates as grunfeld_expected.json lays them out, so the two compare key by key. */
export function regressJson(estimates: PanelEstimates): {
	pooling: ModelJson;
	within: ModelJson;
	random: ModelJson;
	hausman: { chisq: number; df: number; p: number } | { error: string };
} {
	return {
		pooling: modelJson(estimates.pooling),
		within: modelJson(estimates.within),
		random: modelJson(estimates.random),
		hausman: hausmanJson(estimates.hausman)
	};
}

function modelJson(result: PanelResult): ModelJson {
	if (!result.ok) return { error: result.message };
	const keyed = (values: number[]) =>
		Object.fromEntries(result.terms.map((t, i) => [t, values[i]]));
	const json: ModelJson = {
		coef: keyed(result.coef),
		se: keyed(result.se),
		se_cluster_hc1: keyed(result.seCluster),
		r2: result.r2,
		nobs: result.nobs
	};
	const components = result.components;
	if (components) {
		// Balanced: θ itself; unbalanced: R's summary(theta) over observations, with its names.
		const s = components.thetaSummary;
		json.theta = components.theta ?? {
			'Min.': s.min,
			'1st Qu.': s.q1,
			Median: s.median,
			Mean: s.mean,
			'3rd Qu.': s.q3,
			'Max.': s.max
		};
	}
	return json;
}

function hausmanJson(test: HausmanTest | HausmanSkipped) {
	return test.ok ? { chisq: test.chisq, df: test.df, p: test.p } : { error: test.message };
}

/** One note per model that left terms out, naming them and why. */
function droppedNotes(estimates: PanelEstimates): string[] {
	const reasons = {
		constant: 'constant in every row',
		collinear: 'collinear with other terms',
		'varies-only-by-time': 'varies only by period, absorbed by the period effects',
		'no-within-variation': 'does not vary within entities'
	};
	return (['pooling', 'within', 'random'] as const).flatMap((model) => {
		const dropped = estimates[model].dropped;
		if (dropped.length === 0) return [];
		const list = dropped.map((d) => `${d.term} (${reasons[d.reason]})`).join('; ');
		return [`note: ${model} dropped ${list}`];
	});
}
