/** Whether a text holds control characters (C0, DEL, C1): refused in anything a link carries. */
export function hasControlCharacters(text: string): boolean {
	// eslint-disable-next-line no-control-regex -- control characters are what is refused
	return /[\u0000-\u001f\u007f-\u009f]/.test(text);
}
