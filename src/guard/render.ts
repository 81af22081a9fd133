// What model output may become on the page. An allow-list: the tags an answer may use, the
// attributes they may carry, and one attribute that may carry an address (a link's href, to
// http, https or mailto). Everything else that could make the browser fetch by itself — src,
// srcset, background, poster, cite, data, xlink:href, CSS url() in a style, whatever HTML, SVG and
// MathML name next — is simply not on the list, so it never reaches the page. Applied by
// DOMPurify in ui/markdown.ts; decided here, without a DOM.

/** Tags an answer may render: text structure, lists, tables, code. No media, no forms, no SVG or
 * MathML, no styles. */
export const RENDER_TAGS: readonly string[] = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'ins',
  'sub',
  'sup',
  'small',
  'mark',
  'kbd',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'span',
  'div',
  'details',
  'summary',
];

/** Attributes an allowed tag may keep. `href` only on a link (the hook in ui/markdown.ts removes
 * it anywhere else); none of the others can name an address. */
export const RENDER_ATTRIBUTES: readonly string[] = [
  'href',
  'title',
  'align',
  'start',
  'colspan',
  'rowspan',
  'lang',
  'dir',
];

/** The only addresses a link may have. */
export const LINK_SCHEMES = /^(?:https?|mailto):/i;

/** DOMPurify's options for model output: the lists above, and nothing it would add by itself
 * (data-* and aria-* attributes, unknown protocols). */
export const RENDER_POLICY = {
  ALLOWED_TAGS: [...RENDER_TAGS],
  ALLOWED_ATTR: [...RENDER_ATTRIBUTES],
  ALLOWED_URI_REGEXP: LINK_SCHEMES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  WHOLE_DOCUMENT: false,
};

/** A link as it will be shown: where it goes (`host`, shown beside the link unless its text is
 * the address itself) and its full address (its tooltip). Undefined for an address a link may
 * not have: the link is then left as text. */
export function linkTarget(
  href: string,
  text: string,
): { href: string; host: string; showHost: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (!LINK_SCHEMES.test(url.protocol)) return undefined;
  // mailto: the address itself; http(s): the host as the browser will reach it (an
  // internationalised name in its xn-- form, so a look-alike cannot hide).
  const host = url.protocol === 'mailto:' ? decodeURIComponent(url.pathname) : url.host;
  if (!host) return undefined;
  const bare = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/|mailto:)/, '')
      .replace(/\/+$/, '');
  // An address written out (an autolink) already shows where it goes.
  const showHost =
    bare(text) !== bare(url.href) && bare(text) !== bare(href) && bare(text) !== host.toLowerCase();
  return { href: url.href, host, showHost };
}
