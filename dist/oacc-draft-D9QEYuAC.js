import{O as a}from"./oacc-automation-draft-DKwOEd96.js";import{d as o,T as t}from"./oacc-main-CT28TJiQ.js";import"./oacc-pages-Bu7imFvm.js";import"./oacc-en-pages-PFznWsrp.js";import"./oacc-automation-DYGD9qWe.js";o([[t.automationDraft,a]]);
//# sourceMappingURL=oacc-draft-D9QEYuAC.js.map
