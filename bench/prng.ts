/**
 * A tiny seeded PRNG for the generators: mulberry32 plus a string/number hash for
 * sub-seeds. Integer arithmetic only, so the same seed gives the same numbers on
 * every machine (Math.random cannot be seeded).
 */

/** A seeded source of uniform numbers in [0, 1) with a few shaped draws on top. */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
	/** Uniform in [lo, hi). */
	uniform(lo: number, hi: number): number;
	/** Log-uniform in [lo, hi): equal odds for each factor of two, for ratios. */
	logUniform(lo: number, hi: number): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** exp(N(mu, sigma)): trade values and unit values are right-skewed. */
	logNormal(mu: number, sigma: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** A key of `weights` drawn with probability proportional to its weight. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/** mulberry32: 32-bit state, good enough statistics for synthetic data, very fast. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A 32-bit seed from any mix of strings and numbers (FNV-1a with a final avalanche). */
export function hashSeed(...parts: (string | number)[]): number {
	let h = 0x811c9dc5;
	for (const part of parts) {
		const text = `${part}\u0000`; // the separator keeps ('ab', 'c') apart from ('a', 'bc')
		for (let i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	return h >>> 0;
}

/** A Random seeded by `seed`, or by the hash of several parts (one independent stream per entity). */
export function createRandom(...seedParts: (string | number)[]): Random {
	const single = seedParts.length === 1 ? seedParts[0] : undefined;
	const next = mulberry32(typeof single === 'number' ? single : hashSeed(...seedParts));
	const random: Random = {
		next,
		int: (n) => Math.floor(next() * n),
		uniform: (lo, hi) => lo + (hi - lo) * next(),
		logUniform: (lo, hi) => lo * Math.exp(Math.log(hi / lo) * next()),
		normal: () => {
			const u = 1 - next(); // (0, 1]: log(0) would be -Infinity
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
		},
		logNormal: (mu, sigma) => Math.exp(mu + sigma * random.normal()),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted: (weights) => {
			const keys = Object.keys(weights) as (keyof typeof weights & string)[];
			let total = 0;
			for (const key of keys) total += weights[key];
			let u = next() * total;
			for (const key of keys) {
				u -= weights[key];
				if (u < 0) return key;
			}
			return keys[keys.length - 1];
		}
	};
	return random;
}
