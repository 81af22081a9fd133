import{O as o}from"./oacc-automation-draft-DUintcYG.js";import{u as a,T as t}from"./openai-compatible-conversation.js";import"./oacc-pages-D-upphgM.js";import"./oacc-en-pages-CVGDLFZY.js";import"./oacc-automation-CVJtg010.js";a([[t.automationDraft,o]]);
//# sourceMappingURL=oacc-draft-DqxEZtG6.js.map
