import{s as r,t as e,y as s}from"./oacc-main-CT28TJiQ.js";function o(o,n,t,u){return{read(u){if(null==u)return{ok:!0,value:t()};const a=u.version;if("number"==typeof a&&a>1)return{ok:!1,issues:[r.problems.newerVersion(o,String(a))]};const i=e(n,u);return i.success?{ok:!0,value:i.data}:{ok:!1,issues:s(i.error)}},merge:u}}export{o as v};
//# sourceMappingURL=oacc-versioned-kind-DaOvLqM0.js.map
