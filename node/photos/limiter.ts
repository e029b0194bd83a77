/**
 * At most `size` tasks at once, the others waiting in order: decoding a photo holds up to its
 * pixel limit × 4 bytes, so a node decodes only a few at a time.
 *
 * @example
 *   const decoding = new Limiter(MAX_CONCURRENT_PROCESSING);
 *   const thumbnail = await decoding.run(() => thumbnailOfDelivered(bytes, mime));
 */
export class Limiter {
  readonly #size: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#size = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#size) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}
