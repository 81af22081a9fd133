import{enPages as o}from"./oacc-en-pages-CcdWjUaN.js";import{G as a}from"./openai-compatible-conversation.js";a(o);
//# sourceMappingURL=oacc-pages-D-Hbookj.js.map
