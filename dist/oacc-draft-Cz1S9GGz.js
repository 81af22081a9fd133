import{O as a}from"./oacc-automation-draft-DpnLJpeP.js";import{d as o,T as t}from"./oacc-main-2eYbPN_-.js";import"./oacc-pages-bDb636Jq.js";import"./oacc-en-pages-DzMgb-CP.js";import"./oacc-automation-pduiZKDb.js";o([[t.automationDraft,a]]);
//# sourceMappingURL=oacc-draft-Cz1S9GGz.js.map
