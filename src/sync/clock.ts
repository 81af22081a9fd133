// Ids and times of stored records.

/**
 * A random id. `crypto.randomUUID` exists only on secure pages (https or localhost), and many
 * homes open Home Assistant over plain http on their network; `getRandomValues` works on both.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A time from elsewhere later than this past the page's own clock is not taken (a device whose
 * clock is a little ahead is; a year of 9999 is not). */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * Times for last-writer-wins fields: never the same twice on this page, and never earlier than a
 * time already seen from another tab or device (a hybrid logical clock in milliseconds). So a
 * change made after seeing another wins over it even when this device's clock is behind.
 */
export class Clock {
  private last = 0;

  constructor(private readonly wall: () => number = Date.now) {}

  now(): string {
    this.last = Math.max(this.wall(), this.last + 1);
    return new Date(this.last).toISOString();
  }

  /** Takes note of a time written elsewhere (one past a day ahead of this page's is ignored). */
  observe(at: string | undefined): void {
    if (!at) return;
    const t = Date.parse(at);
    if (Number.isFinite(t) && t > this.last && t <= this.wall() + MAX_FUTURE_MS) this.last = t;
  }
}

/** The page's clock, shared by every store and session. */
export const clock = new Clock();
