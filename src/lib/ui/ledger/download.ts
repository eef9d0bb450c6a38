/** Saves text as a file, entirely in the browser (an object URL, never a request). */
export function saveText(text: string, filename: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// Give the browser a moment to start the download before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
