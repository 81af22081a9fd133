function e(e,l,r){return(r[new Intl.PluralRules(e).select(l)]??r.other).replaceAll("#",String(l))}export{e as p};
//# sourceMappingURL=oacc-plural-flZTGLGO.js.map
