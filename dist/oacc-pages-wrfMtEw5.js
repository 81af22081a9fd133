import{enPages as o}from"./oacc-en-pages-CptcQJak.js";import{N as a}from"./openai-compatible-conversation.js";a(o);
//# sourceMappingURL=oacc-pages-wrfMtEw5.js.map
