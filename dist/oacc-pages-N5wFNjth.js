import{enPages as a}from"./oacc-en-pages-CptcQJak.js";import{a as o}from"./oacc-main-_4SEpJGK.js";o(a);
//# sourceMappingURL=oacc-pages-N5wFNjth.js.map
