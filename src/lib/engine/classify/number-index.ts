/**
 * Dense indexes 0, 1, 2 … for numeric keys, in an open-addressing hash of typed arrays. The keys
 * here are exact integers up to 2^53 (packed key fields), which a Map stores as heap numbers: at a
 * million keys a Map costs several times this.
 */
export class NumberIndex {
	/** Keys given an index so far; the next new key gets this index. */
	size = 0;
	readonly #mask: number;
	readonly #slots: Int32Array; // → index, -1 empty
	readonly #keys: Float64Array; // each index's key

	/** Room for `maxKeys` distinct keys (the table is kept at most half full). */
	constructor(maxKeys: number) {
		let capacity = 16;
		while (capacity < 2 * maxKeys) capacity *= 2;
		this.#mask = capacity - 1;
		this.#slots = new Int32Array(capacity).fill(-1);
		this.#keys = new Float64Array(Math.max(maxKeys, 1));
	}

	/**
	 * The index of `key`, a new one (= size before the call) when it is new. `high` and `low` are
	 * two integer parts of the key that tell keys apart well, hashed instead of the float.
	 */
	indexOf(key: number, high: number, low: number): number {
		let h = Math.imul(high | 0, 0x9e3779b1) ^ Math.imul(low | 0, 0x85ebca6b);
		h ^= h >>> 15;
		h = Math.imul(h, 0x2c1b3c6d);
		h ^= h >>> 12;
		let slot = h & this.#mask;
		for (;;) {
			const index = this.#slots[slot];
			if (index === -1) {
				if (this.size >= this.#keys.length) throw new RangeError('NumberIndex is full');
				this.#slots[slot] = this.size;
				this.#keys[this.size] = key;
				return this.size++;
			}
			if (this.#keys[index] === key) return index;
			slot = (slot + 1) & this.#mask;
		}
	}
}
