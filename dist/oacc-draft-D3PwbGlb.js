import{O as a}from"./oacc-automation-draft-D3XvXT8l.js";import{d as o,T as t}from"./oacc-main-D6mKchhb.js";import"./oacc-pages-B5JrheIQ.js";import"./oacc-en-pages-DzMgb-CP.js";import"./oacc-automation-OU7Hnsqc.js";o([[t.automationDraft,a]]);
//# sourceMappingURL=oacc-draft-D3PwbGlb.js.map
