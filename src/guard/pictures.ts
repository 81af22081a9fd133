// Pictures are data the card made itself: a JPEG or PNG data URL, scaled in this page. A stored
// or imported conversation is not trusted further: anything else in a picture's place (an
// address the browser or the provider would fetch, an SVG) is neither shown nor sent.

/** A thumbnail kept in user data is a few kilobytes; this is far past any the card makes. */
const MAX_THUMB_CHARS = 262_144;

/** Whether `url` is picture data of the kind the card makes (not an address, not SVG). */
export const isOwnPicture = (url: string, maxChars = MAX_THUMB_CHARS): boolean =>
  url.length <= maxChars && /^data:image\/(?:jpeg|png);base64,[A-Za-z0-9+/]+={0,2}$/.test(url);
