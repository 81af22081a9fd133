import{enPages as o}from"./oacc-en-pages-B0iRMRiH.js";import{z as a}from"./openai-compatible-conversation.js";a(o);
//# sourceMappingURL=oacc-pages-9HH8p0Hu.js.map
