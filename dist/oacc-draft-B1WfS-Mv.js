import{O as a}from"./oacc-automation-draft-kWgNLUUa.js";import{d as o,T as t}from"./oacc-main-DS-xZNzv.js";import"./oacc-pages-Bg6YVxHf.js";import"./oacc-en-pages-DzMgb-CP.js";import"./oacc-automation-DDtXmfLm.js";o([[t.automationDraft,a]]);
//# sourceMappingURL=oacc-draft-B1WfS-Mv.js.map
