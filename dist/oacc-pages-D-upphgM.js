import{enPages as o}from"./oacc-en-pages-CVGDLFZY.js";import{N as a}from"./openai-compatible-conversation.js";a(o);
//# sourceMappingURL=oacc-pages-D-upphgM.js.map
