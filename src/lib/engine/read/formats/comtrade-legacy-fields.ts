/**
 * Field rewrites of UN Comtrade legacy rows, done before the table reader sees a row: the flow of
 * bulk-style files (Trade Flow Code 0, the flow as letters in Trade Flow) and the value when only
 * the CIF or FOB column holds it. Each is a few compares per row and allocates nothing on the
 * common path.
 */

/** Column finder of comtrade-legacy.ts (names compared without case, spaces or punctuation). */
type Finder = (...names: string[]) => number;

/** A row rewrite; `last` is the highest column it reads (shorter rows are left to the reader). */
interface Rewrite {
	last: number;
	rewrite: (fields: string[]) => void;
}

/**
 * Where Trade Flow Code is not a code 1–4 (bulk-style files write 0), the flow is the Trade Flow
 * text (`X`, `M`, `RX`, `DX`, … or `Export`, `Import`, …): it is copied into the code's field.
 */
export function flowRewriter(codeColumn: number, textColumn: number): Rewrite | null {
	if (codeColumn < 0 || textColumn < 0) return null;
	return {
		last: Math.max(codeColumn, textColumn),
		rewrite(fields) {
			const code = fields[codeColumn];
			const digit = code.charCodeAt(0);
			if (code.length !== 1 || digit < 49 /* 1 */ || digit > 52 /* 4 */) {
				fields[codeColumn] = fields[textColumn];
			}
		}
	};
}

/** Where a row's value is, and how a missing Trade Value is filled from the CIF / FOB columns. */
export interface ValueColumns {
	/** The column the table reader reads the value from (-1: the file has no value column). */
	column: number;
	/** The FOB value column (-1: none), never rewritten: "FOB where reported" reads it (METHODS 7.2). */
	fob: number;
	rewrite: Rewrite | null;
}

/**
 * The value: Trade Value (US$) when the row has it. Otherwise (a file with only the CIF and FOB
 * columns, or an empty Trade Value cell) imports take CIF and exports FOB, as UN Comtrade values
 * them, else the other one when only that is filled (UN Comtrade's own Trade Value does the same
 * for reporters that value imports FOB). `isExportSide` tells a flow text's side.
 */
export function valueColumns(
	find: Finder,
	flowColumn: number,
	isExportSide: (flow: string) => boolean
): ValueColumns {
	const primary = find('Trade Value (US$)', 'Trade Value', 'TradeValueUS', 'TradeValue');
	const cif = find('CIF Trade Value (US$)', 'CIF Trade Value', 'CIF Value');
	const fob = find('FOB Trade Value (US$)', 'FOB Trade Value', 'FOB Value');
	const column = primary >= 0 ? primary : cif >= 0 ? cif : fob;
	if (column < 0 || (cif < 0 && fob < 0)) return { column, fob, rewrite: null };
	const filled = (fields: string[], at: number) => at >= 0 && fields[at].trim() !== '';
	return {
		column,
		fob,
		rewrite: {
			last: Math.max(primary, cif, fob, flowColumn),
			rewrite(fields) {
				if (primary >= 0 && fields[primary].length > 0) return;
				const exports = isExportSide(fields[flowColumn]);
				const own = exports ? fob : cif;
				const other = exports ? cif : fob;
				fields[column] = filled(fields, own)
					? fields[own]
					: filled(fields, other)
						? fields[other]
						: '';
			}
		}
	};
}

/** Applies rewrites to a row long enough for them (a short row is dropped by the reader as malformed). */
export function applyRewrites(rewrites: readonly Rewrite[]): (fields: string[]) => void {
	const last = Math.max(-1, ...rewrites.map((r) => r.last));
	const list = [...rewrites];
	return (fields) => {
		if (fields.length <= last) return;
		for (const r of list) r.rewrite(fields);
	};
}

export type { Rewrite };
