import{enPages as a}from"./oacc-en-pages-DzMgb-CP.js";import{a as o}from"./oacc-main-2eYbPN_-.js";o(a);
//# sourceMappingURL=oacc-pages-bDb636Jq.js.map
