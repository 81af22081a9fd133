import{enPages as a}from"./oacc-en-pages-PFznWsrp.js";import{a as o}from"./oacc-main-CT28TJiQ.js";o(a);
//# sourceMappingURL=oacc-pages-Bu7imFvm.js.map
