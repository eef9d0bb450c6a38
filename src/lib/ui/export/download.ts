/** Saves files entirely in the browser (an object URL, never a request). */

/** Saves a blob under `filename` through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// Give the browser a moment to start the download before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file of the given MIME type. */
export function saveText(text: string, filename: string, type: string): void {
	saveBlob(new Blob([text], { type }), filename);
}
