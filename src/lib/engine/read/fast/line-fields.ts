import { digitCount, parseDigits, parseNumber } from '../formats/fields';

/** 10^0 … 10^22: every one is exact in a double. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Most significant digits whose integer is exact in a double (10^15 < 2^53). */
const MAX_EXACT_DIGITS = 15;
/** What the byte readings of a field answer when its text must decide (it is not in the simple shape). */
const NOT_SIMPLE = -1;

/** What scan returns when the line goes on past `limit`. */
export const PARTIAL = -1;
/** What scan returns for a line the CSV parser must read. */
export const ESCAPE = -2;

/**
 * One line of a plain CSV file as byte ranges, its fields read on demand. The getters answer
 * exactly what parseNumber / parseDigits / digitCount answer on the field's text: a field in the
 * simple shape (`-?digits.digits`, at most 15 digits) is read from its bytes — an integer
 * mantissa divided by an exact power of ten is the correctly rounded value, as `+text` is — and
 * any other field is turned into text and given to those functions.
 */
export class LineFields {
	/** The buffer the line lives in (valid during the row call only). */
	bytes: Uint8Array = new Uint8Array(0);
	/** Fields in the line. */
	count = 0;
	/** The 1-based line number (header = line 1). */
	line = 0;
	#start = new Int32Array(64);
	#end = new Int32Array(64);

	/** parseNumber of field f's text. */
	number(f: number): number {
		const bytes = this.bytes;
		const end = this.#end[f];
		let p = this.#start[f];
		const negative = p < end && bytes[p] === 45;
		if (negative) p++;
		let mantissa = 0;
		let digits = 0;
		let decimals = -1; // -1 until the dot
		for (; p < end; p++) {
			const digit = bytes[p] - 48;
			if (digit >>> 0 < 10) {
				mantissa = mantissa * 10 + digit;
				digits++;
				if (decimals >= 0) decimals++;
			} else if (digit === -2 && decimals < 0) decimals = 0;
			else return parseNumber(this.text(f));
		}
		if (digits === 0 || digits > MAX_EXACT_DIGITS) return parseNumber(this.text(f));
		const magnitude = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
		return negative ? -magnitude : magnitude;
	}

	/** parseDigits of field f's text. */
	digits(f: number): number {
		const value = this.#digitsOnly(f);
		return value >= 0 && this.#end[f] - this.#start[f] <= MAX_EXACT_DIGITS
			? value
			: parseDigits(this.text(f));
	}

	/** digitCount of field f's text. */
	digitCount(f: number): number {
		return this.#digitsOnly(f) >= 0 ? this.#end[f] - this.#start[f] : digitCount(this.text(f));
	}

	/** The field's digits as an integer when it is one or more digits and nothing else, else NOT_SIMPLE. */
	#digitsOnly(f: number): number {
		const bytes = this.bytes;
		const end = this.#end[f];
		let p = this.#start[f];
		if (p === end) return NOT_SIMPLE;
		let value = 0;
		for (; p < end; p++) {
			const digit = bytes[p] - 48;
			if (digit >>> 0 >= 10) return NOT_SIMPLE;
			value = value * 10 + digit;
		}
		return value;
	}

	/** Field f as text (the line is ASCII: the scan refuses any other byte). */
	text(f: number): string {
		let text = '';
		for (let p = this.#start[f]; p < this.#end[f]; p++) text += String.fromCharCode(this.bytes[p]);
		return text;
	}

	/** Every field as text, as the CSV parser would give them. */
	texts(): string[] {
		return Array.from({ length: this.count }, (_, f) => this.text(f));
	}

	/** Whether the line is one field of whitespace only: a blank line, skipped like the parser does. */
	isBlank(): boolean {
		if (this.count !== 1) return false;
		for (let p = this.#start[0]; p < this.#end[0]; p++) {
			const b = this.bytes[p];
			if (b !== 32 && !(b >= 9 && b <= 13)) return false;
		}
		return true;
	}

	/**
	 * Finds the fields of the line that starts at `from` (bytes before `limit`). Returns the
	 * offset after its line break; PARTIAL when no line break comes before `limit` (unless `last`:
	 * then the line runs to `limit`, which is returned); ESCAPE, having read nothing usable, when
	 * the line holds a quote, a non-ASCII byte or (CRLF files) a lone LF: the CSV parser must
	 * take it from there. A CR not followed by LF stays in its field, as the parser keeps it.
	 */
	scan(bytes: Uint8Array, from: number, limit: number, crlf: boolean, last = false): number {
		this.bytes = bytes;
		let f = 0;
		let fieldStart = from;
		let p = from;
		let next = PARTIAL;
		for (; p < limit; p++) {
			const b = bytes[p];
			if (b >= 48) {
				if (b > 127) return ESCAPE;
			} else if (b === 44) {
				if (f === this.#start.length) this.#grow();
				this.#start[f] = fieldStart;
				this.#end[f++] = p;
				fieldStart = p + 1;
			} else if (b === 10) {
				if (crlf) return ESCAPE; // a lone LF: inside a field for the parser
				next = p + 1;
				break;
			} else if (b === 13 && crlf && p + 1 < limit && bytes[p + 1] === 10) {
				next = p + 2;
				break;
			} else if (b === 34) return ESCAPE;
		}
		if (next === PARTIAL) {
			if (!last) return PARTIAL;
			next = limit;
		}
		if (f === this.#start.length) this.#grow();
		this.#start[f] = fieldStart;
		this.#end[f++] = p;
		this.count = f;
		return next;
	}

	#grow(): void {
		const size = this.#start.length * 2;
		const start = new Int32Array(size);
		const end = new Int32Array(size);
		start.set(this.#start);
		end.set(this.#end);
		this.#start = start;
		this.#end = end;
	}
}
