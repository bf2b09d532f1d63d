/**
 * Runs async tasks one at a time per key, in call order, within this JS
 * context. Tasks on different keys run freely.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      // Forget idle keys so the map does not grow with every record ever touched.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
