/** A colour as `getComputedStyle` gives it: `rgb()`/`rgba()` in 0–255, or `color(srgb …)` in
 * 0–1 (what `color-mix()` computes to). Undefined for anything else or a see-through colour. */
export function parseColor(css: string): [number, number, number] | undefined {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) < 1) return undefined;
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(css.trim());
  if (srgb) {
    if (srgb[4] !== undefined && Number(srgb[4]) < 1) return undefined;
    return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  }
  return undefined;
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A background for `text` of at least `ratio` contrast, where `background` has less: it mixed
 * with black (light text) or white (dark text), as little as needed. Undefined when the
 * background will do, or either colour cannot be read.
 */
export function readableBackground(
  text: string,
  background: string,
  ratio = 4.5,
): string | undefined {
  const fg = parseColor(text);
  const bg = parseColor(background);
  if (!fg || !bg || contrastRatio(fg, bg) >= ratio) return undefined;
  // Text lighter than 0.179 relative luminance contrasts more with black than with white.
  const toward = luminance(fg) > 0.179 ? 0 : 255;
  let mixed = bg;
  for (let step = 1; step <= 20; step++) {
    const keep = 1 - step / 20;
    mixed = bg.map((c) => Math.round(c * keep + toward * (1 - keep))) as typeof bg;
    if (contrastRatio(fg, mixed) >= ratio) break;
  }
  // Black or white at the last step: the most this text can have.
  return `rgb(${mixed.join(', ')})`;
}

/** Gives `bar` (whose colours come from the theme) the background it needs, darkened (or
 * lightened) as little as needed where its text would not read at 4.5:1 (white on the default
 * light blue of Home Assistant 2025.1 is 2.6:1), through `--oacc-header-background` on `host`. */
export function keepReadable(host: HTMLElement, bar: HTMLElement | null): void {
  if (!bar) return;
  host.style.removeProperty('--oacc-header-background');
  const { color, backgroundColor } = getComputedStyle(bar);
  const fixed = readableBackground(color, backgroundColor);
  if (fixed) host.style.setProperty('--oacc-header-background', fixed);
}
