// Every attribute and property through which HTML, SVG and MathML markup can name an address the
// browser might fetch by itself (or on a click), current and legacy: from the HTML standard's
// attribute index (href, src, srcset, imagesrcset, poster, cite, data, action, formaction,
// manifest, ping, background, longdesc, usemap, codebase, classid, archive, profile, icon,
// itemtype, lowsrc, dynsrc), SVG 2 and SVG 1.1 (href and xlink:href on a, image, use, feImage,
// pattern, gradients, filter, textPath, mpath, script, tref, cursor, font-face-uri,
// color-profile; url() in fill, stroke, filter, mask, clip-path, marker-*, cursor), MathML
// (href on any element, src on mglyph, altimg on math, definitionURL), and CSS url(), image-set()
// and @import in style attributes and elements. The corpus renders each with an address on the
// test's own "evil" host: none may reach the page but a link's href.

export const EVIL = 'https://evil.example';

/** [namespace wrapper, tag, attribute]. */
type Entry = readonly ['html' | 'svg' | 'math', string, string];

export const URL_ATTRIBUTES: readonly Entry[] = [
  ['html', 'a', 'ping'],
  ['html', 'a', 'xlink:href'],
  ['html', 'area', 'href'],
  ['html', 'area', 'ping'],
  ['html', 'base', 'href'],
  ['html', 'link', 'href'],
  ['html', 'link', 'imagesrcset'],
  ['html', 'img', 'src'],
  ['html', 'img', 'srcset'],
  ['html', 'img', 'lowsrc'],
  ['html', 'img', 'dynsrc'],
  ['html', 'img', 'longdesc'],
  ['html', 'img', 'usemap'],
  ['html', 'image', 'src'],
  ['html', 'input', 'src'],
  ['html', 'input', 'formaction'],
  ['html', 'button', 'formaction'],
  ['html', 'form', 'action'],
  ['html', 'iframe', 'src'],
  ['html', 'iframe', 'longdesc'],
  ['html', 'frame', 'src'],
  ['html', 'embed', 'src'],
  ['html', 'object', 'data'],
  ['html', 'object', 'codebase'],
  ['html', 'object', 'classid'],
  ['html', 'object', 'archive'],
  ['html', 'applet', 'codebase'],
  ['html', 'video', 'src'],
  ['html', 'video', 'poster'],
  ['html', 'audio', 'src'],
  ['html', 'source', 'src'],
  ['html', 'source', 'srcset'],
  ['html', 'track', 'src'],
  ['html', 'script', 'src'],
  ['html', 'blockquote', 'cite'],
  ['html', 'q', 'cite'],
  ['html', 'del', 'cite'],
  ['html', 'ins', 'cite'],
  ['html', 'body', 'background'],
  ['html', 'table', 'background'],
  ['html', 'td', 'background'],
  ['html', 'th', 'background'],
  ['html', 'tr', 'background'],
  ['html', 'div', 'background'],
  ['html', 'html', 'manifest'],
  ['html', 'head', 'profile'],
  ['html', 'command', 'icon'],
  ['html', 'menuitem', 'icon'],
  ['html', 'div', 'itemtype'],
  ['html', 'bgsound', 'src'],
  ['html', 'layer', 'src'],
  ['html', 'portal', 'src'],
  ['html', 'span', 'href'],
  ['html', 'p', 'src'],
  ['svg', 'a', 'href'],
  ['svg', 'a', 'xlink:href'],
  ['svg', 'image', 'href'],
  ['svg', 'image', 'xlink:href'],
  ['svg', 'use', 'href'],
  ['svg', 'use', 'xlink:href'],
  ['svg', 'feImage', 'href'],
  ['svg', 'pattern', 'href'],
  ['svg', 'linearGradient', 'href'],
  ['svg', 'radialGradient', 'xlink:href'],
  ['svg', 'filter', 'href'],
  ['svg', 'textPath', 'href'],
  ['svg', 'mpath', 'href'],
  ['svg', 'script', 'href'],
  ['svg', 'tref', 'xlink:href'],
  ['svg', 'cursor', 'href'],
  ['svg', 'font-face-uri', 'href'],
  ['svg', 'color-profile', 'href'],
  ['math', 'math', 'href'],
  ['math', 'mi', 'href'],
  ['math', 'mtext', 'href'],
  ['math', 'mstyle', 'href'],
  ['math', 'mglyph', 'src'],
  ['math', 'math', 'altimg'],
  ['math', 'annotation', 'src'],
  ['math', 'mi', 'xlink:href'],
  ['math', 'csymbol', 'definitionURL'],
];

/** Attributes whose value is CSS or a paint that can hold url(). */
export const URL_STYLES: readonly string[] = [
  'style="background:url(EVIL/css-bg.png)"',
  'style="background-image:image-set(\'EVIL/css-set.png\' 1x)"',
  'style="list-style-image:url(EVIL/css-list.png)"',
  'style="cursor:url(EVIL/css-cursor.png),auto"',
  'style="border-image:url(EVIL/css-border.png) 30"',
  'style="mask-image:url(EVIL/css-mask.png)"',
  'style="content:url(EVIL/css-content.png)"',
  'fill="url(EVIL/paint.svg#p)"',
  'stroke="url(EVIL/stroke.svg#p)"',
  'filter="url(EVIL/filter.svg#f)"',
  'mask="url(EVIL/mask.svg#m)"',
  'clip-path="url(EVIL/clip.svg#c)"',
  'marker-start="url(EVIL/marker.svg#m)"',
];

const wrap = (ns: Entry[0], inner: string) =>
  ns === 'svg' ? `<svg>${inner}</svg>` : ns === 'math' ? `<math>${inner}</math>` : inner;

/** One piece of markup per attribute, each naming its own address. */
export function urlAttributeCorpus(): string[] {
  const items = URL_ATTRIBUTES.map(([ns, tag, attribute]) =>
    wrap(
      ns,
      `<${tag} ${attribute}="${EVIL}/${tag}-${attribute.replace(':', '-')}">${tag}</${tag}>`,
    ),
  );
  for (const style of URL_STYLES) {
    const attribute = style.replaceAll('EVIL', EVIL);
    items.push(
      `<div ${attribute}>styled</div>`,
      `<svg><rect width="9" height="9" ${attribute}/></svg>`,
    );
  }
  items.push(
    `<style>@import "${EVIL}/import.css"; @font-face{font-family:x;src:url(${EVIL}/font.woff)}</style>`,
    `<svg><style>@import url(${EVIL}/svg-import.css);</style></svg>`,
    `<svg><animate attributeName="href" to="${EVIL}/animate"/><set attributeName="xlink:href" to="${EVIL}/set"/></svg>`,
    `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">`,
    `<link rel="preload" as="image" href="${EVIL}/preload.png">`,
  );
  return items;
}
