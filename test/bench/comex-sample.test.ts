/**
 * The consortium sample (scripts/samples/make-comex-sample.ts): deterministic bytes in Comex Stat's layout,
 * read by the engine as 'comex-stat'. Expected keys are summed here from the CSV text itself
 * (HS6 = first 6 NCM digits, CO_PAIS → ISO3 through PAIS.csv), an independent route from the reader.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../src/lib/engine/read/analyze';
import { comexSampleFiles, windows1252 } from '../../scripts/samples/make-comex-sample';

const EXP_FIELDS = 11;
const IMP_FIELDS = 13;
/** Partners the sample makes premium markets for leather and footwear (its design, checked below). */
const PREMIUM = ['USA', 'DEU', 'FRA', 'ITA', 'ESP', 'GBR', 'PRT'];
const PRICE = ['ARG', 'PRY', 'URY', 'CHL', 'MEX', 'CHN', 'IND'];

const latin1 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);
const unquote = (field: string) => field.replace(/^"|"$/g, '');

function sampleTexts(): Map<string, string> {
	return new Map(comexSampleFiles().map((file) => [file.name, latin1(file.bytes)]));
}

interface Sums {
	x: number;
	m: number;
	qx: number;
	qm: number;
}

/** Σ VL_FOB and Σ KG_LIQUIDO per year|ISO3|HS6, from the text (PAIS.csv maps CO_PAIS → ISO3). */
function sumsFromText(texts: Map<string, string>): Map<string, Sums> {
	const iso3 = new Map<string, string>();
	for (const line of (texts.get('PAIS.csv') ?? '').split('\r\n').slice(1)) {
		const fields = line.split(';').map(unquote);
		if (fields.length === 6) iso3.set(fields[0], fields[2]);
	}
	const sums = new Map<string, Sums>();
	for (const [name, text] of texts) {
		if (name === 'PAIS.csv') continue;
		const isImport = name.startsWith('IMP_');
		for (const line of text.split('\r\n').slice(1)) {
			if (line === '') continue;
			const f = line.split(';').map(unquote);
			const key = `${f[0]}|${iso3.get(f[4])}|${Number(f[2].slice(0, 6))}`;
			const sum = sums.get(key) ?? { x: 0, m: 0, qx: 0, qm: 0 };
			if (isImport) {
				sum.m += Number(f[10]);
				sum.qm += Number(f[9]);
			} else {
				sum.x += Number(f[10]);
				sum.qx += Number(f[9]);
			}
			sums.set(key, sum);
		}
	}
	return sums;
}

/** The engine's keys in the same shape. */
function sumsFromKeys({ keys }: ReadResult): Map<string, Sums> {
	const sums = new Map<string, Sums>();
	for (let k = 0; k < keys.count; k++) {
		const key = `${keys.year[k]}|${keys.countries[keys.partner[k]]}|${keys.product[k]}`;
		const qx = keys.exports[k] > 0 ? keys.exportQty[k] : 0;
		const qm = keys.imports[k] > 0 ? keys.importQty[k] : 0;
		sums.set(key, { x: keys.exports[k], m: keys.imports[k], qx, qm });
	}
	return sums;
}

let readOnce: Promise<ReadResult> | undefined;
/** The sample read by the engine from Blobs, once. */
function readSample(): Promise<ReadResult> {
	readOnce ??= readTradeFiles(
		comexSampleFiles().map((file) => ({ name: file.name, blob: new Blob([file.bytes]) })),
		{ format: 'auto', reporter: null, quantityBasis: 'auto', includeReExports: false }
	);
	return readOnce;
}

describe('consortium sample generator', () => {
	it('writes the same bytes on every run', () => {
		const first = comexSampleFiles();
		const second = comexSampleFiles();
		expect(second.map((f) => f.name)).toEqual(first.map((f) => f.name));
		first.forEach((file, i) => expect(Buffer.from(second[i].bytes).equals(file.bytes)).toBe(true));
	});

	it("uses Comex Stat's layout: quoted `;` headers, CRLF, 11 fields in EXP_ and 13 in IMP_", () => {
		const texts = sampleTexts();
		expect([...texts.keys()]).toEqual([
			'EXP_2021.csv',
			'IMP_2021.csv',
			'EXP_2022.csv',
			'IMP_2022.csv',
			'PAIS.csv'
		]);
		for (const [name, text] of texts) {
			expect(text.endsWith('\r\n')).toBe(true);
			expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare line breaks
			if (name === 'PAIS.csv') continue;
			const [header, ...rows] = text.split('\r\n').filter((line) => line !== '');
			const width = name.startsWith('IMP_') ? IMP_FIELDS : EXP_FIELDS;
			expect(header.startsWith('"CO_ANO";"CO_MES";"CO_NCM";"CO_UNID";"CO_PAIS"')).toBe(true);
			expect(header.split(';')).toHaveLength(width);
			for (const row of rows) {
				const fields = row.split(';');
				expect(fields).toHaveLength(width);
				expect(fields[2]).toMatch(/^"\d{8}"$/); // NCM: 8 digits, quoted
				expect(fields[10]).toMatch(/^[1-9]\d*$/); // VL_FOB: an unquoted positive integer
			}
		}
	});

	it('encodes PAIS.csv in windows-1252 (ç is the single byte 0xE7)', () => {
		// 'França' by hand: F 0x46, r 0x72, a 0x61, n 0x6E, ç 0xE7, a 0x61.
		expect([...windows1252('França')]).toEqual([0x46, 0x72, 0x61, 0x6e, 0xe7, 0x61]);
		expect(() => windows1252('€')).toThrow(/not encodable/);
		const pais = comexSampleFiles().find((f) => f.name === 'PAIS.csv');
		expect(pais?.bytes.includes(0xe7)).toBe(true);
		expect(latin1(pais?.bytes ?? new Uint8Array())).toContain('"275";"250";"FRA";"França"');
	});
});

describe('consortium sample read by the engine', () => {
	it("is recognised as 'comex-stat' with reporter Brazil, 2021–2022, in USD and net kg", async () => {
		const { info, ledger } = await readSample();
		expect(info.format).toBe('comex-stat');
		expect(info.reporters).toEqual(['BRA']);
		expect(info.years).toEqual([2021, 2022]);
		expect(info.currency).toBe('USD');
		expect(info.quantityBasis).toBe('net-weight');
		expect(info.missingCompanions).toEqual([]);
		expect(ledger.unknownCountries).toEqual([]);
		expect(ledger.drops).toEqual({}); // every row is a usable flow
	});

	it('gives the keys summed independently from the CSV text', async () => {
		const expected = sumsFromText(sampleTexts());
		const actual = sumsFromKeys(await readSample());
		expect(expected.size).toBeGreaterThan(300); // 18 products × 14 partners × 2 years, most traded
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const [key, sums] of expected) {
			const read = actual.get(key);
			expect(read?.x, key).toBe(sums.x);
			expect(read?.m, key).toBe(sums.m);
			expect(read?.qx, key).toBe(sums.qx);
			expect(read?.qm, key).toBe(sums.qm);
		}
	});

	it('trades footwear both ways, dearer to rich markets and cheaper to neighbours and Asia', async () => {
		const { keys } = await readSample();
		// Value-weighted shares of two-way footwear and leather (chapters 41–43, 64) by R = UVx / UVm.
		const tally = (partners: string[]) => {
			let up = 0;
			let down = 0;
			let twoWayFootwear = 0;
			for (let k = 0; k < keys.count; k++) {
				const chapter = Math.floor(keys.product[k] / 10_000);
				const consortium = (chapter >= 41 && chapter <= 43) || chapter === 64;
				const [x, m] = [keys.exports[k], keys.imports[k]];
				if (!consortium || x === 0 || m === 0) continue;
				if (!partners.includes(keys.countries[keys.partner[k]])) continue;
				if (chapter === 64) twoWayFootwear++;
				const r = x / keys.exportQty[k] / (m / keys.importQty[k]);
				if (r > 1.25) up += x + m;
				if (r < 0.75) down += x + m;
			}
			return { up, down, twoWayFootwear };
		};
		const premium = tally(PREMIUM);
		const price = tally(PRICE);
		expect(premium.twoWayFootwear).toBeGreaterThan(10);
		expect(price.twoWayFootwear).toBeGreaterThan(10);
		expect(premium.up).toBeGreaterThan(2 * premium.down);
		expect(price.down).toBeGreaterThan(2 * price.up);
	});
});
