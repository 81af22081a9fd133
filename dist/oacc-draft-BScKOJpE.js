import{O as a}from"./oacc-automation-draft-CkkYA_LD.js";import{d as o,T as t}from"./oacc-main-BUoPNSYU.js";import"./oacc-pages-DgATfXM-.js";import"./oacc-en-pages-DzMgb-CP.js";import"./oacc-automation-BG72hG6r.js";o([[t.automationDraft,a]]);
//# sourceMappingURL=oacc-draft-BScKOJpE.js.map
