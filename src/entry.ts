// The file a dashboard names (dist/openai-compatible-conversation.js): it only imports the
// content-hashed module that registers the card and the panel (index.ts). HACS adds
// `?hacstag=…` to the resource's URL; chunks import their shared code by its hashed file name,
// never by this one's, so the browser evaluates that code once, whatever the query string.
import './index';
