import{O as a}from"./oacc-automation-draft-Ce_eIAbO.js";import{d as o,T as t}from"./oacc-main-_4SEpJGK.js";import"./oacc-pages-N5wFNjth.js";import"./oacc-en-pages-CptcQJak.js";import"./oacc-automation-09NuABIA.js";o([[t.automationDraft,a]]);
//# sourceMappingURL=oacc-draft-CjJediYo.js.map
