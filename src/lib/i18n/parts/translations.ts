/** A part of the dictionaries: its other languages must translate exactly the keys of its pt-BR object. */
export type Translations<Reference> = { [Key in keyof Reference]: string };
