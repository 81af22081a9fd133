import{enPages as a}from"./oacc-en-pages-DzMgb-CP.js";import{a as o}from"./oacc-main-D6mKchhb.js";o(a);
//# sourceMappingURL=oacc-pages-B5JrheIQ.js.map
