/**
 * Dense indexes 0, 1, 2 … for numeric keys, in an open-addressing hash of typed arrays. The keys
 * here are exact integers up to 2^53 (packed key fields), which a Map stores as heap numbers: at a
 * million keys a Map costs several times this.
 */
export class NumberIndex {
	/** Keys given an index so far; the next new key gets this index. */
	size = 0;
	readonly #maxKeys: number;
	#mask: number;
	#slots: Int32Array; // → index, -1 empty
	#keys: Float64Array; // each index's key
	#hashes: Int32Array; // each index's hash, to place it again when the table grows

	/**
	 * Room for `maxKeys` distinct keys (the table is kept at most half full). `expectedKeys`, when
	 * far fewer keys are likely (groups of many keys), starts the table that small and lets it
	 * grow: a small table stays in the cache.
	 */
	constructor(maxKeys: number, expectedKeys = maxKeys) {
		this.#maxKeys = Math.max(maxKeys, 1);
		const room = Math.min(Math.max(expectedKeys, 1), this.#maxKeys);
		this.#keys = new Float64Array(room);
		this.#hashes = new Int32Array(room);
		this.#slots = NumberIndex.#emptySlots(room);
		this.#mask = this.#slots.length - 1;
	}

	/** A slot table for `keys` keys at most half full. */
	static #emptySlots(keys: number): Int32Array {
		let capacity = 16;
		while (capacity < 2 * keys) capacity *= 2;
		return new Int32Array(capacity).fill(-1);
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
				if (this.size >= this.#keys.length) {
					this.#grow();
					return this.indexOf(key, high, low);
				}
				this.#slots[slot] = this.size;
				this.#keys[this.size] = key;
				this.#hashes[this.size] = h;
				return this.size++;
			}
			if (this.#keys[index] === key) return index;
			slot = (slot + 1) & this.#mask;
		}
	}

	/** Twice the room (up to maxKeys), every key placed again; a RangeError when already at maxKeys. */
	#grow(): void {
		if (this.size >= this.#maxKeys) throw new RangeError('NumberIndex is full');
		const room = Math.min(2 * this.#keys.length, this.#maxKeys);
		const keys = new Float64Array(room);
		keys.set(this.#keys);
		const hashes = new Int32Array(room);
		hashes.set(this.#hashes);
		this.#keys = keys;
		this.#hashes = hashes;
		this.#slots = NumberIndex.#emptySlots(room);
		this.#mask = this.#slots.length - 1;
		for (let index = 0; index < this.size; index++) {
			let slot = hashes[index] & this.#mask;
			while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
			this.#slots[slot] = index;
		}
	}
}
