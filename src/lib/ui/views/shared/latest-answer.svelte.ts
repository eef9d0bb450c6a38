/**
 * The answer to the newest question a view put to the worker. Questions are asked from an
 * $effect; when the question changes the effect's cleanup marks the older one superseded, so an
 * answer that arrives late never overwrites a newer one.
 */
export class LatestAnswer<T> {
	value = $state.raw<T | null>(null);
	error = $state.raw<unknown>(null);
	loading = $state(false);

	/** Waits for `question`; returns the cleanup that drops its answer (return it from the $effect). */
	ask(question: Promise<T>): () => void {
		let superseded = false;
		this.loading = true;
		question.then(
			(result) => {
				if (superseded) return;
				this.value = result;
				this.error = null;
				this.loading = false;
			},
			(failure: unknown) => {
				if (superseded) return;
				this.error = failure;
				this.loading = false;
			}
		);
		return () => {
			superseded = true;
		};
	}
}
