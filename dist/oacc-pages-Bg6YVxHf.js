import{enPages as a}from"./oacc-en-pages-DzMgb-CP.js";import{a as o}from"./oacc-main-DS-xZNzv.js";o(a);
//# sourceMappingURL=oacc-pages-Bg6YVxHf.js.map
