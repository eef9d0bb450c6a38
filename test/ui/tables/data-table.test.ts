/** The generic table's model: cell text, sorting with totals kept last, and the CSV made from it. */
import { describe, expect, it } from 'vitest';
import {
	DASH,
	cellText,
	nextSort,
	rowButtonLabel,
	sortRows,
	tableToCsv,
	type CellFormat,
	type DataColumn,
	type DataRow,
	type DataTableModel
} from '../../../src/lib/ui/tables/data-table';

const columns: DataColumn[] = [
	{ key: 'name', label: 'Parceiro', kind: 'text' },
	{ key: 'trade', label: 'Comércio (US$)', kind: 'money' },
	{ key: 'share', label: 'CII/Comércio', kind: 'percent' },
	{ key: 'r', label: 'R', kind: 'ratio' }
];

const rows: DataRow[] = [
	{ id: 'DEU', cells: { name: 'Alemanha', trade: 1500, share: 0.25, r: 1.2 } },
	{ id: 'USA', cells: { name: 'Estados Unidos', trade: 4000, share: NaN, r: null } },
	{ id: 'ARG', cells: { name: 'Argentina', trade: 250.5, share: 0.75, r: 0.8 } },
	{ id: 'total', cells: { name: 'Total', trade: 5750.5, share: 0.3, r: null }, summary: true }
];

const format: CellFormat = {
	money: (value) => `$${value}`,
	percent: (ratio) => `${ratio * 100}%`,
	signedPercent: (ratio) => `${ratio > 0 ? '+' : ''}${ratio * 100}%`,
	number: (value) => `n${value}`,
	ratio: (value) => value.toFixed(3)
};

const ids = (list: DataRow[]) => list.map((row) => row.id);

describe('cellText', () => {
	it('formats each kind and shows missing numbers as a dash', () => {
		expect(cellText(1500, 'money', format)).toBe('$1500');
		expect(cellText(0.25, 'percent', format)).toBe('25%');
		expect(cellText(2, 'number', format)).toBe('n2');
		expect(cellText(1.2, 'ratio', format)).toBe('1.200');
		expect(cellText('Alemanha', 'text', format)).toBe('Alemanha');
		expect(cellText(2020, 'text', format)).toBe('2020');
		for (const missing of [null, undefined, NaN, Infinity]) {
			expect(cellText(missing, 'money', format)).toBe(DASH);
		}
	});
});

describe('sortRows', () => {
	it('keeps the given order without a sort, summaries last', () => {
		expect(ids(sortRows(rows, null))).toEqual(['DEU', 'USA', 'ARG', 'total']);
	});

	it('sorts numbers both ways and keeps the total at the bottom', () => {
		// trade: ARG 250.5 < DEU 1500 < USA 4000.
		expect(ids(sortRows(rows, { key: 'trade', direction: 'ascending' }))).toEqual([
			'ARG',
			'DEU',
			'USA',
			'total'
		]);
		expect(ids(sortRows(rows, { key: 'trade', direction: 'descending' }))).toEqual([
			'USA',
			'DEU',
			'ARG',
			'total'
		]);
	});

	it('puts missing values (NaN, null) last in either direction', () => {
		// share: DEU 0.25, USA NaN, ARG 0.75.
		expect(ids(sortRows(rows, { key: 'share', direction: 'ascending' }))).toEqual([
			'DEU',
			'ARG',
			'USA',
			'total'
		]);
		expect(ids(sortRows(rows, { key: 'share', direction: 'descending' }))).toEqual([
			'ARG',
			'DEU',
			'USA',
			'total'
		]);
	});

	it('sorts text with the given collation, and does not touch the input', () => {
		const copy = [...rows];
		expect(ids(sortRows(rows, { key: 'name', direction: 'ascending' }))).toEqual([
			'DEU',
			'ARG',
			'USA',
			'total'
		]);
		const reverse = (a: string, b: string) => b.localeCompare(a);
		expect(ids(sortRows(rows, { key: 'name', direction: 'ascending' }, reverse))).toEqual([
			'USA',
			'ARG',
			'DEU',
			'total'
		]);
		expect(rows).toEqual(copy);
	});
});

describe('nextSort', () => {
	it('starts numbers descending, text ascending, and flips on the same column', () => {
		const first = nextSort(null, columns[1]);
		expect(first).toEqual({ key: 'trade', direction: 'descending' });
		expect(nextSort(first, columns[1])).toEqual({ key: 'trade', direction: 'ascending' });
		expect(nextSort(first, columns[0])).toEqual({ key: 'name', direction: 'ascending' });
	});
});

describe('tableToCsv', () => {
	const model: DataTableModel = { columns, rows };
	const csv = tableToCsv(model);
	const lines = csv.split('\r\n');

	it('writes the labels, then every row in order, with CRLF line ends (RFC 4180)', () => {
		expect(lines).toEqual([
			'Parceiro,Comércio (US$),CII/Comércio,R',
			'Alemanha,1500,0.25,1.2',
			'Estados Unidos,4000,,',
			'Argentina,250.5,0.75,0.8',
			'Total,5750.5,0.3,',
			''
		]);
		expect(csv.startsWith('\uFEFF')).toBe(false); // the BOM belongs to the file (csvBlob)
	});

	it('keeps numbers in full precision and never defuses them, even negative', () => {
		const precise: DataTableModel = {
			columns: [
				{ key: 'v', label: 'v', kind: 'number' },
				{ key: 'w', label: 'w', kind: 'percent' }
			],
			rows: [
				{ id: 'a', cells: { v: 0.1 + 0.2, w: -1 / 3 } },
				{ id: 'b', cells: { v: 1e21, w: -Infinity } }
			]
		};
		const [, a, b] = tableToCsv(precise).split('\r\n');
		// 0.1 + 0.2 = 0.30000000000000004 in doubles; −1/3 = −0.3333333333333333 (16 digits).
		expect(a).toBe('0.30000000000000004,-0.3333333333333333');
		expect(Number(a.split(',')[0])).toBe(0.1 + 0.2);
		expect(b).toBe('1e+21,');
	});

	it('quotes text with commas, quotes or line breaks, doubling inner quotes', () => {
		const text: DataTableModel = {
			columns: [{ key: 't', label: 'Nome, completo', kind: 'text' }],
			rows: [
				{ id: '1', cells: { t: 'Coreia, República da' } },
				{ id: '2', cells: { t: 'dito "assim"' } },
				{ id: '3', cells: { t: 'duas\nlinhas' } },
				{ id: '4', cells: { t: 'simples' } }
			]
		};
		expect(tableToCsv(text).split('\r\n')).toEqual([
			'"Nome, completo"',
			'"Coreia, República da"',
			'"dito ""assim"""',
			'"duas\nlinhas"',
			'simples',
			''
		]);
	});

	it.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+55', "'+55"],
		['-cmd', "'-cmd"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		['a=b', 'a=b']
	])('defuses text %j that a spreadsheet would run → %j', (value, field) => {
		const model: DataTableModel = {
			columns: [{ key: 't', label: 't', kind: 'text' }],
			rows: [{ id: '1', cells: { t: value } }]
		};
		expect(tableToCsv(model)).toBe(`t\r\n${field}\r\n`);
	});

	it('writes the Excel dialect (pt-BR, es): ; between fields, decimal commas, the same CRLF', () => {
		expect(tableToCsv(model, 'excel').split('\r\n')).toEqual([
			'Parceiro;Comércio (US$);CII/Comércio;R',
			'Alemanha;1500;0,25;1,2',
			'Estados Unidos;4000;;',
			'Argentina;250,5;0,75;0,8',
			'Total;5750,5;0,3;',
			''
		]);
	});

	it('defuses text in both dialects, numbers in neither (-1 as text vs -1 as number)', () => {
		const mixed: DataTableModel = {
			columns: [
				{ key: 't', label: 't', kind: 'text' },
				{ key: 'v', label: 'v', kind: 'number' }
			],
			rows: [
				{ id: '1', cells: { t: '-1', v: -1 } },
				{ id: '2', cells: { t: 'a;=1', v: -0.25 } },
				{ id: '3', cells: { t: ' =1+1', v: 0 } }
			]
		};
		expect(tableToCsv(mixed)).toBe("t,v\r\n'-1,-1\r\na;'=1,-0.25\r\n' =1+1,0\r\n");
		expect(tableToCsv(mixed, 'excel')).toBe("t;v\r\n'-1;-1\r\n\"a;'=1\";-0,25\r\n' =1+1;0\r\n");
	});

	it('defuses a header label too', () => {
		const model: DataTableModel = {
			columns: [{ key: 'x', label: '=x', kind: 'number' }],
			rows: []
		};
		expect(tableToCsv(model)).toBe("'=x\r\n");
	});
});

describe('rowButtonLabel', () => {
	it('fills {name}', () => {
		expect(rowButtonLabel('Ver produtos de {name}', 'Alemanha')).toBe('Ver produtos de Alemanha');
	});
});
