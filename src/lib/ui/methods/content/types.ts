/** The type of a language's Methods content, derived from the reference pt-BR one. */
import type { pt } from './pt';

/** pt-BR's structure with every text a string: same keys, lists of the same length. */
type Translation<T> = T extends string ? string : { readonly [K in keyof T]: Translation<T[K]> };

/** What the Methods page says in one language. */
export type MethodsContent = Translation<typeof pt>;
