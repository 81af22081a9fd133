import{enPages as a}from"./oacc-en-pages-DzMgb-CP.js";import{a as o}from"./oacc-main-BUoPNSYU.js";o(a);
//# sourceMappingURL=oacc-pages-DgATfXM-.js.map
