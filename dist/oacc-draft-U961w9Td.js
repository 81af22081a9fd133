import{O as o}from"./oacc-automation-draft-u4ODrzeb.js";import{u as a,T as t}from"./openai-compatible-conversation.js";import"./oacc-pages-wrfMtEw5.js";import"./oacc-en-pages-CptcQJak.js";import"./oacc-automation-CVJtg010.js";a([[t.automationDraft,o]]);
//# sourceMappingURL=oacc-draft-U961w9Td.js.map
