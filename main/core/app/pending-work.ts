/** Tracks promises still running (store writes) so quitting can wait for all of them. */
export class PendingWork {
  readonly #running = new Set<Promise<unknown>>();

  /** Remembers `work` until it settles and returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#running.add(work);
    const forget = () => this.#running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves once everything tracked so far has settled, whatever the outcome. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#running]);
  }
}
