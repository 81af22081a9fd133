const e=globalThis,t=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,n=Symbol(),r=new WeakMap;let s=class{constructor(e,t,r){if(this._$cssResult$=!0,r!==n)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const n=this.t;if(t&&void 0===e){const t=void 0!==n&&1===n.length;t&&(e=r.get(n)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&r.set(n,e))}return e}toString(){return this.cssText}};const i=(e,...t)=>{const r=1===e.length?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+e[r+1],e[0]);return new s(r,e,n)},o=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const n of e.cssRules)t+=n.cssText;return(e=>new s("string"==typeof e?e:e+"",void 0,n))(t)})(e):e,{is:a,defineProperty:l,getOwnPropertyDescriptor:c,getOwnPropertyNames:u,getOwnPropertySymbols:d,getPrototypeOf:p}=Object,h=globalThis,f=h.trustedTypes,m=f?f.emptyScript:"",g=h.reactiveElementPolyfillSupport,y=(e,t)=>e,b={toAttribute(e,t){switch(t){case Boolean:e=e?m:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=null!==e;break;case Number:n=null===e?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch(e){n=null}}return n}},v=(e,t)=>!a(e,t),_={attribute:!0,type:String,converter:b,reflect:!1,useDefault:!1,hasChanged:v};Symbol.metadata??=Symbol("metadata"),h.litPropertyMetadata??=new WeakMap;let k=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=_){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const n=Symbol(),r=this.getPropertyDescriptor(e,n,t);void 0!==r&&l(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){const{get:r,set:s}=c(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){const i=r?.call(this);s?.call(this,t),this.requestUpdate(e,i,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??_}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const e=this.properties,t=[...u(e),...d(e)];for(const n of t)this.createProperty(n,e[n])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const n=this._$Eu(e,t);void 0!==n&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const e of n)t.unshift(o(e))}else void 0!==e&&t.push(o(e));return t}static _$Eu(e,t){const n=t.attribute;return!1===n?void 0:"string"==typeof n?n:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const n=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((n,r)=>{if(t)n.adoptedStyleSheets=r.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const t of r){const r=document.createElement("style"),s=e.litNonce;void 0!==s&&r.setAttribute("nonce",s),r.textContent=t.cssText,n.appendChild(r)}})(n,this.constructor.elementStyles),n}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){const n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(void 0!==r&&!0===n.reflect){const s=(void 0!==n.converter?.toAttribute?n.converter:b).toAttribute(t,n.type);this._$Em=e,null==s?this.removeAttribute(r):this.setAttribute(r,s),this._$Em=null}}_$AK(e,t){const n=this.constructor,r=n._$Eh.get(e);if(void 0!==r&&this._$Em!==r){const e=n.getPropertyOptions(r),s="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:b;this._$Em=r;const i=s.fromAttribute(t,e.type);this[r]=i??this._$Ej?.get(r)??i,this._$Em=null}}requestUpdate(e,t,n,r=!1,s){if(void 0!==e){const i=this.constructor;if(!1===r&&(s=this[e]),n??=i.getPropertyOptions(e),!((n.hasChanged??v)(s,t)||n.useDefault&&n.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(i._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:s},i){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,i??t??this[e]),!0!==s||void 0!==i)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,n]of e){const{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||void 0===r||this.C(t,void 0,n,r)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[y("elementProperties")]=new Map,k[y("finalized")]=new Map,g?.({ReactiveElement:k}),(h.reactiveElementVersions??=[]).push("2.1.2");const x=globalThis,w=e=>e,$=x.trustedTypes,S=$?$.createPolicy("lit-html",{createHTML:e=>e}):void 0,A="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,E="?"+T,z=`<${E}>`,P=document,O=()=>P.createComment(""),R=e=>null===e||"object"!=typeof e&&"function"!=typeof e,C=Array.isArray,M="[ \t\n\f\r]",L=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,I=/-->/g,N=/>/g,j=RegExp(`>|${M}(?:([^\\s"'>=/]+)(${M}*=${M}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),D=/'/g,U=/"/g,B=/^(?:script|style|textarea|title)$/i,H=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),F=Symbol.for("lit-noChange"),q=Symbol.for("lit-nothing"),Z=new WeakMap,W=P.createTreeWalker(P,129);function G(e,t){if(!C(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==S?S.createHTML(t):t}let V=class e{constructor({strings:t,_$litType$:n},r){let s;this.parts=[];let i=0,o=0;const a=t.length-1,l=this.parts,[c,u]=((e,t)=>{const n=e.length-1,r=[];let s,i=2===t?"<svg>":3===t?"<math>":"",o=L;for(let t=0;t<n;t++){const n=e[t];let a,l,c=-1,u=0;for(;u<n.length&&(o.lastIndex=u,l=o.exec(n),null!==l);)u=o.lastIndex,o===L?"!--"===l[1]?o=I:void 0!==l[1]?o=N:void 0!==l[2]?(B.test(l[2])&&(s=RegExp("</"+l[2],"g")),o=j):void 0!==l[3]&&(o=j):o===j?">"===l[0]?(o=s??L,c=-1):void 0===l[1]?c=-2:(c=o.lastIndex-l[2].length,a=l[1],o=void 0===l[3]?j:'"'===l[3]?U:D):o===U||o===D?o=j:o===I||o===N?o=L:(o=j,s=void 0);const d=o===j&&e[t+1].startsWith("/>")?" ":"";i+=o===L?n+z:c>=0?(r.push(a),n.slice(0,c)+A+n.slice(c)+T+d):n+T+(-2===c?t:d)}return[G(e,i+(e[n]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),r]})(t,n);if(this.el=e.createElement(c,r),W.currentNode=this.el.content,2===n||3===n){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(s=W.nextNode())&&l.length<a;){if(1===s.nodeType){if(s.hasAttributes())for(const e of s.getAttributeNames())if(e.endsWith(A)){const t=u[o++],n=s.getAttribute(e).split(T),r=/([.?@])?(.*)/.exec(t);l.push({type:1,index:i,name:r[2],strings:n,ctor:"."===r[1]?X:"?"===r[1]?ee:"@"===r[1]?te:Q}),s.removeAttribute(e)}else e.startsWith(T)&&(l.push({type:6,index:i}),s.removeAttribute(e));if(B.test(s.tagName)){const e=s.textContent.split(T),t=e.length-1;if(t>0){s.textContent=$?$.emptyScript:"";for(let n=0;n<t;n++)s.append(e[n],O()),W.nextNode(),l.push({type:2,index:++i});s.append(e[t],O())}}}else if(8===s.nodeType)if(s.data===E)l.push({type:2,index:i});else{let e=-1;for(;-1!==(e=s.data.indexOf(T,e+1));)l.push({type:7,index:i}),e+=T.length-1}i++}}static createElement(e,t){const n=P.createElement("template");return n.innerHTML=e,n}};function Y(e,t,n=e,r){if(t===F)return t;let s=void 0!==r?n._$Co?.[r]:n._$Cl;const i=R(t)?void 0:t._$litDirective$;return s?.constructor!==i&&(s?._$AO?.(!1),void 0===i?s=void 0:(s=new i(e),s._$AT(e,n,r)),void 0!==r?(n._$Co??=[])[r]=s:n._$Cl=s),void 0!==s&&(t=Y(e,s._$AS(e,t.values),s,r)),t}class K{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??P).importNode(t,!0);W.currentNode=r;let s=W.nextNode(),i=0,o=0,a=n[0];for(;void 0!==a;){if(i===a.index){let t;2===a.type?t=new J(s,s.nextSibling,this,e):1===a.type?t=new a.ctor(s,a.name,a.strings,this,e):6===a.type&&(t=new ne(s,this,e)),this._$AV.push(t),a=n[++o]}i!==a?.index&&(s=W.nextNode(),i++)}return W.currentNode=P,r}p(e){let t=0;for(const n of this._$AV)void 0!==n&&(void 0!==n.strings?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}}class J{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=q,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Y(this,e,t),R(e)?e===q||null==e||""===e?(this._$AH!==q&&this._$AR(),this._$AH=q):e!==this._$AH&&e!==F&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>C(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==q&&R(this._$AH)?this._$AA.nextSibling.data=e:this.T(P.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:n}=e,r="number"==typeof n?this._$AC(e):(void 0===n.el&&(n.el=V.createElement(G(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{const e=new K(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=Z.get(e.strings);return void 0===t&&Z.set(e.strings,t=new V(e)),t}k(e){C(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let n,r=0;for(const s of e)r===t.length?t.push(n=new J(this.O(O()),this.O(O()),this,this.options)):n=t[r],n._$AI(s),r++;r<t.length&&(this._$AR(n&&n._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=w(e).nextSibling;w(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class Q{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,s){this.type=1,this._$AH=q,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=s,n.length>2||""!==n[0]||""!==n[1]?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=q}_$AI(e,t=this,n,r){const s=this.strings;let i=!1;if(void 0===s)e=Y(this,e,t,0),i=!R(e)||e!==this._$AH&&e!==F,i&&(this._$AH=e);else{const r=e;let o,a;for(e=s[0],o=0;o<s.length-1;o++)a=Y(this,r[n+o],t,o),a===F&&(a=this._$AH[o]),i||=!R(a)||a!==this._$AH[o],a===q?e=q:e!==q&&(e+=(a??"")+s[o+1]),this._$AH[o]=a}i&&!r&&this.j(e)}j(e){e===q?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}let X=class extends Q{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===q?void 0:e}},ee=class extends Q{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==q)}},te=class extends Q{constructor(e,t,n,r,s){super(e,t,n,r,s),this.type=5}_$AI(e,t=this){if((e=Y(this,e,t,0)??q)===F)return;const n=this._$AH,r=e===q&&n!==q||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,s=e!==q&&(n===q||r);r&&this.element.removeEventListener(this.name,this,n),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}};class ne{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){Y(this,e)}}const re={I:J},se=x.litHtmlPolyfillSupport;se?.(V,J),(x.litHtmlVersions??=[]).push("3.3.3");const ie=globalThis;let oe=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,n)=>{const r=n?.renderBefore??t;let s=r._$litPart$;if(void 0===s){const e=n?.renderBefore??null;r._$litPart$=s=new J(t.insertBefore(O(),e),e,void 0,n??{})}return s._$AI(e),s})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return F}};oe._$litElement$=!0,oe.finalized=!0,ie.litElementHydrateSupport?.({LitElement:oe});const ae=ie.litElementPolyfillSupport;ae?.({LitElement:oe}),(ie.litElementVersions??=[]).push("4.2.2");const le={attribute:!0,type:String,converter:b,reflect:!1,hasChanged:v},ce=(e=le,t,n)=>{const{kind:r,metadata:s}=n;let i=globalThis.litPropertyMetadata.get(s);if(void 0===i&&globalThis.litPropertyMetadata.set(s,i=new Map),"setter"===r&&((e=Object.create(e)).wrapped=!0),i.set(n.name,e),"accessor"===r){const{name:r}=n;return{set(n){const s=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,s,e,!0,n)},init(t){return void 0!==t&&this.C(r,void 0,e,t),t}}}if("setter"===r){const{name:r}=n;return function(n){const s=this[r];t.call(this,n),this.requestUpdate(r,s,e,!0,n)}}throw Error("Unsupported decorator location: "+r)};function ue(e){return(t,n)=>"object"==typeof n?ce(e,t,n):((e,t,n)=>{const r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function de(e){return ue({...e,state:!0,attribute:!1})}function pe(e,t){return(t,n,r)=>((e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&"object"!=typeof t&&Object.defineProperty(e,t,n),n))(t,n,{get(){return(t=>t.renderRoot?.querySelector(e)??null)(this)}})}class he extends Error{constructor(e,t){super(e),this.name="ParseError",this.type=t.type,this.field=t.field,this.value=t.value,this.line=t.line}}function fe(e){}function me(e){if("function"==typeof e)throw new TypeError("`callbacks` must be an object, got a function instead. Did you mean `{onEvent: fn}`?");const{onEvent:t=fe,onError:n=fe,onRetry:r=fe,onComment:s}=e;let i,o="",a=!0,l="",c="";function u(e){if(""===e)return l.length>0&&t({id:i,event:c||void 0,data:l.endsWith("\n")?l.slice(0,-1):l}),i=void 0,l="",void(c="");if(e.startsWith(":"))return void(s&&s(e.slice(e.startsWith(": ")?2:1)));const n=e.indexOf(":");if(-1!==n){const t=e.slice(0,n),r=" "===e[n+1]?2:1;return void d(t,e.slice(n+r),e)}d(e,"",e)}function d(e,t,s){switch(e){case"event":c=t;break;case"data":l=`${l}${t}\n`;break;case"id":i=t.includes("\0")?void 0:t;break;case"retry":/^\d+$/.test(t)?r(parseInt(t,10)):n(new he(`Invalid \`retry\` value: "${t}"`,{type:"invalid-retry",value:t,line:s}));break;default:n(new he(`Unknown field "${e.length>20?`${e.slice(0,20)}…`:e}"`,{type:"unknown-field",field:e,value:t,line:s}))}}return{feed:function(e){const t=a?e.replace(/^\xEF\xBB\xBF/,""):e,[n,r]=function(e){const t=[];let n="",r=0;for(;r<e.length;){const s=e.indexOf("\r",r),i=e.indexOf("\n",r);let o=-1;if(-1!==s&&-1!==i?o=Math.min(s,i):-1!==s?o=s===e.length-1?-1:s:-1!==i&&(o=i),-1===o){n=e.slice(r);break}{const n=e.slice(r,o);t.push(n),r=o+1,"\r"===e[r-1]&&"\n"===e[r]&&r++}}return[t,n]}(`${o}${t}`);for(const e of n)u(e);o=r,a=!1},reset:function(e={}){o&&e.consume&&u(o),a=!0,i=void 0,l="",c="",o=""}}}const ge={cardName:"OpenAI Compatible Conversation",cardDescription:"Chat with your own OpenAI-compatible provider (LiteLLM, Ollama, vLLM, OpenAI, ...) and act on your home.",panelTitle:"AI Chat",message:"Message",send:"Send",stop:"Stop",clear:"Clear conversation",placeholder:"Ask anything…",emptyConversation:"Say hello to start a conversation.",you:"You",assistant:"Assistant",thinking:"Thinking",reasoning:"Reasoning",cutOff:"The answer was cut off here.",stoppedByUser:"Stopped.",dismiss:"Dismiss",retry:"Try again",openSettings:"Open settings",announceAnswer:e=>`Assistant: ${e}`,noProvider:"No provider is set up yet. Add one in this card’s editor (or the AI Chat settings).",unknownProvider:e=>`This card uses the provider “${e}”, which is no longer in your settings. Pick another in the card editor.`,noModel:e=>`The provider “${e}” has no model selected. Pick a model in the card editor.`,settingsInvalid:e=>`Your AI Chat settings could not be read (${e}). They are kept as they are; fix or export them in the settings.`,settingsLoading:"Loading your settings…",settings:{title:"Settings",providers:"Providers",addProvider:"Add provider",editProvider:e=>`Edit ${e}`,authMode:"Keys",authGlobal:"One key for all models",authPerModel:"A key per model",keySaved:"Saved — type to replace",removeKey:"Remove the saved key",timeout:"Timeout (seconds, for the first byte and between chunks)",addModel:"Add",modelsFetched:(e,t)=>`${e} models from the provider, fetched ${t}.`,chosenModels:"Models of this provider",removeModel:e=>`Remove ${e}`,remove:"Remove",displayName:"Display name",modelKey:e=>`API key for ${e}`,modelTools:"Tools (function calling): this model may act on the house",edit:"Edit",makeDefault:"Make default",isDefault:"Default",defaultModel:"Default model",modelsCount:e=>1===e?"1 model":`${e} models`,keyState:{global:"key saved",none:"no key",per_model:"a key per model"},confirmRemove:e=>`Remove ${e}? Its key is deleted with it; cards that use it will say so until you pick another provider.`,noProviders:"No provider yet. Add one: LiteLLM, Ollama, vLLM, OpenAI, … (base URL usually ends in /v1).",export:"Export settings",exportHint:"A JSON file without any key.",import:"Import settings",imported:(e,t)=>`Imported ${e} provider${1===e?"":"s"}.${t.length?` Add the keys of: ${t.join(", ")}.`:""}`,invalidTitle:"Your settings could not be read",invalidBody:"They are kept exactly as they are. Export them to fix them by hand, then import the fixed file, or start over (a copy is kept in your user data).",exportBroken:"Export the document",startOver:"Start over",confirmStartOver:"Replace your settings with empty ones? A copy of the current document is kept.",saved:"Saved.",back:"Back to the chat",managePrompt:"Providers, models and keys are managed in the AI Chat panel’s settings.",openSettings:"Open settings",maxRounds:"Tool rounds per answer",server:"Server",serverAuto:e=>`Recognised from the address (${e})`},dialects:{openai:"OpenAI",azure:"Azure OpenAI (api-key header)",anthropic:"Anthropic (OpenAI compatibility)",mistral:"Mistral",gemini:"Google Gemini (OpenAI compatibility)",openrouter:"OpenRouter",groq:"Groq",ollama:"Ollama",lmstudio:"LM Studio",litellm:"LiteLLM",vllm:"vLLM",llamacpp:"llama.cpp (llama-server)",generic:"Other OpenAI-compatible server"},toolRounds:e=>`The model kept calling tools: stopped after ${e} rounds. Ask again, or raise the limit in the settings.`,toolsUnsupported:"This model does not take tools. Turn tools off for it in the card editor (Tools), or pick a model that supports function calling.",toolDeniedForModel:"The user denied this action. Do not retry it; tell the user it was not done.",homeUnavailable:"The list of entities could not be read; use list_entities.",approve:"Approve",deny:"Deny",toolNeedsApproval:e=>`Wants to run ${e}. Approve?`,toolStatus:{awaiting:"Waiting for your approval",running:"Running…",done:"Done",error:"Failed",denied:"Denied",stopped:"Not run"},toolArguments:"Arguments",toolResult:"Result",toolLiveState:"Now",toolNames:{list_entities:"Listed entities",get_entity:"Read",call_service:"Called",list_areas:"Listed areas",get_history:"Read history of"},confirmField:"Also ask before acting on (domains or entities, for all your chats; locks, alarms and garage doors always ask)",toolsToggle:"Let the model read and control the home (tools)",scopeNarrow:"Narrow it for this card below (comma-separated; empty: no narrowing).",scopeNote:{assist:"The model sees the entities you exposed to Assist.","assist-registry":"The model sees the entities exposed to Assist. Entities without a unique ID are left out: only admins can read their exposure setting."},err:{mixed_content:e=>`This page is served over https, so the browser blocks calls to the plain-http address ${e}.`,mixed_content_fix:"Serve the provider over https (a reverse proxy with a certificate), or open Home Assistant over http on your local network.",cors:e=>`The provider at ${e} answered, but it does not allow calls from this page (CORS).`,network:e=>`Cannot reach the provider at ${e}.`,network_fix:"Check that the server is running, that the address and port are right, and that this device can reach it.",private_network:e=>`The browser blocked a call from this public address to the private address ${e} (Local Network Access).`,private_network_fix:"Allow local network access for this site when the browser asks, or open Home Assistant through its local address.",auth:e=>`The provider refused the API key (HTTP ${e}).`,auth_fix:"Check the key in the provider settings; it may be wrong, expired or lack access to this model.",auth_fix_litellm:"This LiteLLM has no database, so it accepts only its master key: check the key in the provider settings.",not_found:"The provider answered “not found” (HTTP 404).",not_found_fix_v1:"Does the base URL end in /v1? Most OpenAI-compatible servers need it.",not_found_fix_model:"Check the model id: the provider may not know it.",bad_request:e=>`The provider rejected the request (HTTP ${e}).`,bad_request_fix:"Check the model and its options (max tokens, temperature) in the settings.",rate_limited:"The provider is rate limiting requests (HTTP 429).",rate_limited_wait:e=>`Wait about ${e} s and try again.`,rate_limited_fix:"Wait a moment and try again.",quota:"Your account with this provider is out of credit or over its quota.",quota_fix:"Check billing or the key’s budget with the provider; retrying will not help.",timeout_first:e=>`The provider sent nothing for ${e} s.`,timeout_idle:e=>`The provider stopped sending for ${e} s in the middle of the answer.`,timeout_fix:"A local server may still be loading the model; try again, or raise the timeout in the provider settings.",server:e=>`The provider had an internal error (HTTP ${e}).`,server_fix:"It was retried and still failed. Check the provider’s logs, then try again.",malformed:"The provider sent an answer this card cannot read.",malformed_fix:"Check that the base URL points at an OpenAI-compatible API (usually ending in /v1).",in_band:"The provider reported an error while answering.",aborted:"Stopped.",provider_says:e=>`The provider says: “${e}”`},corsFix:{litellm:"LiteLLM allows every origin by default; if you restricted it, add this Home Assistant address to its allowed origins.",ollama:"Ollama only accepts calls from its own machine: set OLLAMA_ORIGINS to this Home Assistant address (or *) and restart Ollama.",vllm:"Start vLLM with --allowed-origins including this Home Assistant address.",llamacpp:"llama-server allows browsers by default; check a reverse proxy in front of it.",lmstudio:"Enable CORS in LM Studio’s server settings (or lms server start --cors).",openai:"The provider should allow browsers; a proxy or browser extension in between may be blocking the call.",generic:"Allow this Home Assistant address (its origin) in the provider’s CORS settings, or put a proxy that adds CORS headers in front of it."}};class ye extends Error{constructor(e,t={}){super(function(e,t){const n=ge.err,r=t.url??"";switch(e){case"mixed_content":return n.mixed_content(r);case"cors":return n.cors(r);case"network":return n.network(r);case"private_network":return n.private_network(r);case"auth":return n.auth(t.status??401);case"not_found":return n.not_found;case"bad_request":return n.bad_request(t.status??400);case"rate_limited":return n.rate_limited;case"quota":return n.quota;case"timeout":return"idle"===t.phase?n.timeout_idle(t.timeoutS??30):n.timeout_first(t.timeoutS??30);case"server":return n.server(t.status??500);case"malformed":return n.malformed;case"in_band":return n.in_band;case"aborted":return n.aborted}}(e,t)),this.type=e,this.partial=!1,this.name="ProviderError",Object.assign(this,t),this.hint=t.hint??function(e,t){const n=ge.err;switch(e){case"mixed_content":return n.mixed_content_fix;case"network":return n.network_fix;case"private_network":return n.private_network_fix;case"auth":return n.auth_fix;case"not_found":return t.url&&!/\/v\d+[a-z]*$/.test(t.url)?n.not_found_fix_v1:n.not_found_fix_model;case"bad_request":return n.bad_request_fix;case"rate_limited":return t.retryAfterMs?n.rate_limited_wait(Math.ceil(t.retryAfterMs/1e3)):n.rate_limited_fix;case"quota":return n.quota_fix;case"timeout":return n.timeout_fix;case"server":return n.server_fix;case"malformed":return n.malformed_fix;case"cors":case"in_band":case"aborted":return""}}(e,t)}get retryable(){return"network"===this.type||"server"===this.type||"rate_limited"===this.type}}function be(e,t){let n=e;for(const e of t)e&&e.length>=4&&(n=n.split(e).join("••••"));return n.replace(/\b(sk|key|api|tok)[-_][A-Za-z0-9_-]{12,}/g,e=>`${e.slice(0,5)}••••`)}const ve=e=>"string"==typeof e&&e?e:"number"==typeof e?String(e):void 0;function _e(e){const t=e.error;if("string"==typeof t)return{message:t};if(t&&"object"==typeof t){const e=t;return{message:ve(e.message),code:ve(e.code),type:ve(e.type)}}const n=e.detail;if("string"==typeof n)return{message:n};if(Array.isArray(n)){const e=n.map(e=>{if(!e||"object"!=typeof e)return;const{loc:t,msg:n}=e,r=Array.isArray(t)?t.join("."):"";return r&&"string"==typeof n?`${r}: ${n}`:ve(n)}).filter(Boolean);return{message:e.join("; ")||void 0}}return{message:ve(e.message)}}function ke(e){return Array.isArray(e)?e[0]&&"object"==typeof e[0]?_e(e[0]):{}:e&&"object"==typeof e?_e(e):"string"==typeof e&&e.trim()?{message:e.trim().slice(0,300)}:{}}const xe={auth:"bearer",streamOptions:!0,reasoningModelRule:!0,corsFix:ge.corsFix.generic},we={openai:{...xe,id:"openai",corsFix:ge.corsFix.openai},azure:{...xe,id:"azure",auth:"api-key",streamOptions:!1,corsFix:ge.corsFix.openai},anthropic:{...xe,id:"anthropic",headers:{"anthropic-dangerous-direct-browser-access":"true"},corsFix:ge.corsFix.openai},mistral:{...xe,id:"mistral",streamOptions:!1,corsFix:ge.corsFix.openai},gemini:{...xe,id:"gemini",corsFix:ge.corsFix.openai},openrouter:{...xe,id:"openrouter",corsFix:ge.corsFix.openai},groq:{...xe,id:"groq",corsFix:ge.corsFix.openai},ollama:{...xe,id:"ollama",reasoningModelRule:!1,corsFix:ge.corsFix.ollama},lmstudio:{...xe,id:"lmstudio",reasoningModelRule:!1,corsFix:ge.corsFix.lmstudio},litellm:{...xe,id:"litellm",corsFix:ge.corsFix.litellm},vllm:{...xe,id:"vllm",corsFix:ge.corsFix.vllm},llamacpp:{...xe,id:"llamacpp",reasoningModelRule:!1,corsFix:ge.corsFix.llamacpp},generic:{...xe,id:"generic"}},$e=[["openai",e=>"api.openai.com"===e.hostname],["azure",e=>/\.(openai\.azure\.com|cognitiveservices\.azure\.com)$/.test(e.hostname)],["anthropic",e=>"api.anthropic.com"===e.hostname],["mistral",e=>"api.mistral.ai"===e.hostname],["gemini",e=>"generativelanguage.googleapis.com"===e.hostname],["openrouter",e=>"openrouter.ai"===e.hostname],["groq",e=>"api.groq.com"===e.hostname],["ollama",e=>"11434"===e.port||/ollama/i.test(e.hostname)],["lmstudio",e=>"1234"===e.port||/lm-?studio/i.test(e.hostname)],["litellm",e=>"4000"===e.port||/litellm/i.test(e.hostname)],["vllm",e=>/vllm/i.test(e.hostname)||"8000"===e.port],["llamacpp",e=>/llama/i.test(e.hostname)||"8080"===e.port]];function Se(e){let t;try{t=new URL(e)}catch{return we.generic}const n=$e.find(([,e])=>e(t));return we[n?.[0]??"generic"]}function Ae(e){return we[e]??we.generic}const Te=/^(?:[\w.-]+\/)*(?:o\d+(?:$|[-_.])|gpt-5)/i;function Ee(e){const t=Object.values(e).filter(e=>"number"==typeof e),n=Object.entries(e).filter(([e,n])=>-1===t.indexOf(+e)).map(([e,t])=>t);return n}function ze(e,t){return"bigint"==typeof t?t.toString():t}class Pe{constructor(e){this._getter=e,this._value=void 0}get value(){const e=this._getter;return void 0!==e&&(this._value=e(),this._getter=void 0),this._value}}function Oe(e){const t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function Re(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}const Ce="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Me(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function Le(e){if(!1===Me(e))return!1;const t=e.constructor;if(void 0===t)return!0;if("function"!=typeof t)return!0;const n=t.prototype;return!1!==Me(n)&&!1!==Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")}const Ie=new Set(["string","number","symbol"]);function Ne(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function je(e){const t=e;if(!t)return{};if("string"==typeof t)return{error:()=>t};if(void 0!==t?.message){if(void 0!==t?.error)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,"string"==typeof t.error?{...t,error:()=>t.error}:t}const De=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))();function Ue(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!0!==e.issues[n]?.continue)return!0;return!1}function Be(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!1===e.issues[n]?.continue)return!0;return!1}function He(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function Fe(e){return"string"==typeof e?e:e?.message}function qe(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const r=e.maximum??e.length??e.size;r>=0&&t.push([r,n])}return t}function Ze(e,t,n){var r;for(let s=t;s<e.length;s++)(r=e[s]).schema??(r.schema=n)}function We(e,t,n){var r;const s=e.inst?._zod?.traits;s?.has("$ZodType")&&(s.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);const i=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,o=e.message?e.message:Fe(e.inst?._zod.def?.error?.(e))??Fe(i?.(e))??Fe(t?.error?.(e))??Fe(n.customError?.(e))??Fe(n.localeError?.(e))??"Invalid input",a={};for(const t of Object.keys(e))"inst"!==t&&"schema"!==t&&"continue"!==t&&"input"!==t&&"__proto__"!==t&&(a[t]=e[t]);return a.path??(a.path=[]),a.message=o,t?.reportInput&&(a.input=e.input),a}const Ge=/[\uD800-\uDBFF]/;function Ve(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function Ye(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return null==this?n:Ve(this,t,n.bind(this))},set(e){Ve(this,t,e)}})}let Ke,Je=!1;const Qe={configurable:!0,get(){Je=!0}};function Xe(e,t,n){const r=Object.getPrototypeOf(e._zod);t in r&&Ke!==e._zod?Ke=void 0:(Ke=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,Qe);const e=Je;Je=!1;try{const r=n(this);return Je?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:r}),Je=Je||e,r}catch(n){throw delete this[t],Je=Je||e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function et(e,t,n,r){const s=function(e,t){const n=Object.getPrototypeOf(e);return t in n?void 0:n}(e,t);s&&Object.defineProperty(s,t,{configurable:!0,get(){const e={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:e})}})}var tt;const nt={value:void 0,enumerable:!1};let rt="captureStackTrace"in Error?Error:null;function st(e,t,n,r){function s(e){this.def=e,this.constr=u,this.traits=new Set}s.prototype={};const i=n,o=i&&new WeakSet;function a(n,r){if(n._zod){if(n._zod.traits.has(e))return}else{nt.value=new s(r);try{Object.defineProperty(n,"_zod",nt)}finally{nt.value=void 0}}if(n._zod.traits.add(e),t(n,r),o){const e=Object.getPrototypeOf(n),t=n._zod.constr.prototype;let r=e;for(;r&&r!==t;)r=Object.getPrototypeOf(r);const s=r??e;o.has(s)||(o.add(s),function(e,t){for(const n in t){const r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):Ye(e,n,r.value)}}(s,i))}const a=u.prototype;for(const e in a)Object.prototype.hasOwnProperty.call(a,e)&&(e in n||(n[e]=a[e].bind(n)))}const l=r?.Parent??Object;class c extends l{}function u(e){const t=r?.Parent?function(e){const t=rt;if(t){const n=t.stackTraceLimit;if("number"==typeof n){try{t.stackTraceLimit=0}catch{return rt=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}(c):this;a(t,e);const n=t._zod.deferred;if(n){for(const e of n)e();t._zod.deferred=void 0}const s=globalThis.__zod_globalConfig?.postProcessor;return s&&s(t),t}return Object.defineProperty(c,"name",{value:e}),Object.defineProperty(u,"init",{value:a}),Object.defineProperty(u,Symbol.hasInstance,{value:t=>!!(r?.Parent&&t instanceof r.Parent)||t?._zod?.traits?.has(e)}),Object.defineProperty(u,"name",{value:e}),u}class it extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}}(tt=globalThis).__zod_globalConfig??(tt.__zod_globalConfig={});const ot=globalThis.__zod_globalConfig;function at(e){return ot}const lt={get:function(){const e=this._zod;return e.message??(e.message=JSON.stringify(e.def,ze,2)),e.message},set:function(e){this._zod.message=e},enumerable:!0,configurable:!0},ct={value:void 0,enumerable:!1},ut=new WeakSet([Object.prototype,Error.prototype]),dt=st("$ZodError",(e,t)=>{e.name="$ZodError",ct.value=t,Object.defineProperty(e,"issues",ct),ct.value=void 0,Object.defineProperty(e,"message",lt);const n=Object.getPrototypeOf(e);ut.has(n)||(ut.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){const e=()=>this.message;return Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},void 0,{Parent:Error}),pt=e=>{const t=(n,r,s,i)=>{const o=s?{...s,async:!1}:{async:!1},a=n._zod.run({value:r,issues:[]},o);if(a instanceof Promise)throw new it;if(a.issues.length){const n=new(i?.Err??e)(a.issues.map(e=>We(e,o,at())));throw Ce(n,i?.callee??t),n}return a.value};return t},ht=pt(dt),ft=e=>{const t=async(n,r,s,i)=>{const o=s?{...s,async:!0}:{async:!0};let a=n._zod.run({value:r,issues:[]},o);if(a instanceof Promise&&(a=await a),a.issues.length){const n=new(i?.Err??e)(a.issues.map(e=>We(e,o,at())));throw Ce(n,i?.callee??t),n}return a.value};return t},mt=ft(dt),gt=e=>(t,n,r)=>{const s=r?{...r,async:!1}:{async:!1},i=t._zod.run({value:n,issues:[]},s);if(i instanceof Promise)throw new it;return i.issues.length?bt(e,i.issues,s):{success:!0,data:i.value}},yt=gt(dt);function bt(e,t,n){let r;return{success:!1,get error(){return r||(r=new e(t.map(e=>We(e,n,at()))),t=void 0,n=void 0),r},set error(e){r=e,t=void 0,n=void 0}}}const vt=e=>async(t,n,r)=>{const s=r?{...r,async:!0}:{async:!0};let i=t._zod.run({value:n,issues:[]},s);return i instanceof Promise&&(i=await i),i.issues.length?bt(e,i.issues,s):{success:!0,data:i.value}},_t=vt(dt),kt=/^https?$/;function xt(e){const t="(?:[01]\\d|2[0-3]):[0-5]\\d";return"number"==typeof e.precision?-1===e.precision?`${t}`:0===e.precision?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}const wt=/^[\s\S]{0,}$/,$t=/^-?\d+(?:\.\d+)?$/,St=/^(?:true|false)$/i,At=st("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),Tt=e=>{const t=e.value;return!(n=t,null==n||void 0===t.length);var n},Et={number:"number",bigint:"bigint",object:"date"},zt=st("$ZodCheckLessThan",(e,t)=>{At.init(e,t);const n=Et[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value<=t.value:r.value<t.value)||r.issues.push({origin:Et[typeof r.value]??n,code:"too_big",maximum:"object"==typeof t.value?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Pt=st("$ZodCheckGreaterThan",(e,t)=>{At.init(e,t);const n=Et[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value>=t.value:r.value>t.value)||r.issues.push({origin:Et[typeof r.value]??n,code:"too_small",minimum:"object"==typeof t.value?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Ot=st("$ZodCheckNumberFormat",(e,t)=>{At.init(e,t),t.format=t.format||"float64";const n=t.format?.includes("int"),r=n?"int":"number",[s,i]=De[t.format];e._zod.check=o=>{const a=o.value;if(n){if(!Number.isInteger(a))return void o.issues.push({expected:r,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});if(!Number.isSafeInteger(a))return void(a>0?o.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}):o.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}))}a<s&&o.issues.push({origin:"number",input:a,code:"too_small",minimum:s,inclusive:!0,inst:e,continue:!t.abort}),a>i&&o.issues.push({origin:"number",input:a,code:"too_big",maximum:i,inclusive:!0,inst:e,continue:!t.abort})}}),Rt=st("$ZodCheckMinLength",(e,t)=>{var n;At.init(e,t),(n=e._zod.def).when??(n.when=Tt),e._zod.check=n=>{const r=n.value,s=r.length,i="string"==typeof r&&s>=t.minimum&&s<2*t.minimum?function(e){const t=e.length;if(!Ge.test(e))return t;let n=t;for(let r=0;r<t-1;r++)55296==(64512&e.charCodeAt(r))&&56320==(64512&e.charCodeAt(r+1))&&(n--,r++);return n}(r):s;if(i>=t.minimum)return;const o=function(e){return Array.isArray(e)?"array":"string"==typeof e?"string":"unknown"}(r);n.issues.push({origin:o,code:"too_small",minimum:t.minimum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),Ct=st("$ZodCheckStringFormat",(e,t)=>{var n,r;At.init(e,t),t.pattern?(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(r=e._zod).check??(r.check=()=>{})}),Mt=st("$ZodCheckRegex",(e,t)=>{Ct.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Lt=st("$ZodCheckOverwrite",(e,t)=>{At.init(e,t),e._zod.check=e=>{e.value=t.tx(e.value)}}),It={major:4,minor:6,patch:7},Nt=st("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=It;const r=e._zod.def.checks,s=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(const t of s)for(const n of t._zod.onattach)n(e);if(0===s.length)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{const t=(t,n,r)=>{if(t.memo)return t;let s,i=Ue(t);for(const o of n){if(o._zod.def.when){if(Be(t))continue;if(!o._zod.def.when(t))continue}else if(i)continue;const n=t.issues.length,a=o._zod.check(t);if(a instanceof Promise&&!1===r?.async)throw new it;if(s||a instanceof Promise)s=(s??Promise.resolve()).then(async()=>{await a;t.issues.length!==n&&(Ze(t.issues,n,e),i||(i=Ue(t,n)))});else{if(t.issues.length===n)continue;Ze(t.issues,n,e),i||(i=Ue(t,n))}}return s?s.then(()=>t):t},n=(n,r,i)=>{if(Ue(n))return n.aborted=!0,n;const o=t(r,s,i);if(o instanceof Promise){if(!1===i.async)throw new it;return o.then(t=>e._zod.parse(t,i))}return e._zod.parse(o,i)};e._zod.run=(r,i)=>{if(i.skipChecks)return e._zod.parse(r,i);if("backward"===i.direction){const t=e._zod.parse({value:r.value,issues:[]},{...i,skipChecks:!0});return t instanceof Promise?t.then(e=>n(e,r,i)):n(t,r,i)}const o=e._zod.parse(r,i);if(o instanceof Promise){if(!1===i.async)throw new it;return o.then(e=>t(e,s,i))}return t(o,s,i)}}},{get"~standard"(){return function(e,t,n){return Ve(e,t,n,!1)}(this,"~standard",(e=this,{validate:t=>{const n={async:!1};try{const r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return jt(r,n)}catch(e){}return async function(e,t){const n={async:!0};return jt(await e._zod.run({value:t,issues:[]},n),n)}(e,t)},vendor:"zod",version:1}));var e},set"~standard"(e){Ve(this,"~standard",e)}}),jt=(e,t)=>e.issues.length?{issues:e.issues.map(e=>We(e,t,at()))}:{value:e.value};const Dt=st("$ZodString",(e,t)=>{Nt.init(e,t),e._zod.pattern=t.pattern??wt,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch(r){}return"string"==typeof n.value||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),Ut=st("$ZodStringFormat",(e,t)=>{Ct.init(e,t),Dt.init(e,t)});function Bt(e,t){return"normalize"in t||"hostname"in t||"protocol"in t?function(e,t){if(!t.normalize&&t.protocol?.source===kt.source&&!/^https?:\/\//i.test(e))return 1;try{if("undefined"!=typeof URL){const t=URL;if("function"==typeof t.parse)return t.parse(e)??2}return new URL(e)}catch{return 2}}(e,t):function(e){try{return"undefined"!=typeof URL&&"function"==typeof URL.canParse?URL.canParse(e):(new URL(e),!0)}catch{return!1}}(e)||2}const Ht=/[\t\n\r]/g;function Ft(e){return e.replace(Ht,"")}const qt=st("$ZodURL",(e,t)=>{Ut.init(e,t),e._zod.check=n=>{try{const r=n.value.trim(),s=Bt(r,t);return 1===s?void n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort}):2===s?void n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort}):!0===s?void(n.value=Ft(r)):(t.hostname&&!function(e,t){return t.lastIndex=0,t.test(e.hostname)}(s,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!function(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}(s,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),void(n.value=t.normalize?s.href:Ft(r)))}catch(r){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),Zt=st("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=function(e){const t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");const n=`${xt({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,r=e.local?`${n}|${xt({precision:e.precision})}`:n;return new RegExp(`^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:${r})$`)}(t)),Ut.init(e,t)}),Wt=st("$ZodNumber",(e,t)=>{Nt.init(e,t),e._zod.pattern=$t,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const s=n.value;if("number"==typeof s&&!Number.isNaN(s)&&Number.isFinite(s))return n;const i="number"==typeof s?Number.isNaN(s)?"NaN":Number.isFinite(s)?void 0:String(s):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...i?{received:i}:{}}),n}}),Gt=st("$ZodNumberFormat",(e,t)=>{Ot.init(e,t),Wt.init(e,t)}),Vt=st("$ZodBoolean",(e,t)=>{Nt.init(e,t),e._zod.pattern=St,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const s=n.value;return"boolean"==typeof s||n.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e}),n}}),Yt=st("$ZodUnknown",(e,t)=>{Nt.init(e,t),e._zod.parse=e=>e});const Kt=e=>Array.isArray(e)?e.length:-1;function Jt(e,t,n){e.issues.length&&t.issues.push(...He(n,e.issues)),t.value[n]=e.value}const Qt=st("$ZodArray",(e,t)=>{Nt.init(e,t);const n=ot.memoizer;n?.attach(e),e._zod.parse=(r,s)=>{const i=r.value;if(!Array.isArray(i))return r.issues.push({expected:"array",code:"invalid_type",input:i,inst:e}),r;r.value=n?n.alloc(e,r,Array(i.length),s):Array(i.length);const o=[],a=s?.abortEarly;for(let e=0;e<i.length;e++){const n=i[e],l=t.element._zod.run({value:n,issues:[]},s);if(l instanceof Promise)o.push(l.then(t=>Jt(t,r,e)));else if(Jt(l,r,e),a&&0!==l.issues.length&&Ue(l))break}return o.length?Promise.all(o).then(()=>r):r},function(e,t){const n=qe(e._zod.def.checks);if(!n.length)return;const r=Math.min(...n.map(e=>e[0])),s=e._zod.parse;e._zod.parse=(n,i)=>{const o=t(n.value);if(o>r&&!i?.skipChecks&&"backward"!==i?.direction)for(const[t,r]of qe(e._zod.def.checks))if(o>t&&r._zod.def.when(n)){const t=n.issues.length;return r._zod.check(n),n.issues[t].continue=!1,Ze(n.issues,t,e),n}return s(n,i)}}(e,Kt)});function Xt(e,t,n,r,s,i){const o=n in r,a="optional"===i;if(o||!a||"optional"!==s){if(e.issues.length){if(void 0!==s&&a&&!o)return;t.issues.push(...He(n,e.issues))}o||void 0!==s?void 0===e.value?(o||"defaulted"===s&&!a)&&(t.value[n]=void 0):t.value[n]=e.value:e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]})}}const en=[];function tn(e){const t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:en,s=r.length?[...t,...r]:t;for(const t of s)if(!e.shape?.[t]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`);const i=(o=e.shape,Object.keys(o).filter(e=>void 0!==o[e]._zod.optin&&"optional"===o[e]._zod.optout));var o;return{...e,allKeys:s,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(i)}}const nn=st("$ZodObject",(e,t)=>{Nt.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape"),r=n?.get?n.get.raw:t.shape??{};if(r){const e=()=>{const n={...r};return Object.defineProperty(t,"shape",{value:n}),e.raw=n,n};e.raw=r,Object.defineProperty(t,"shape",{get:e})}const s=new Pe(()=>tn(t));Xe(e,"propValues",e=>{const t=e.def.shape,n={};for(const e in t){const r=t[e]._zod;if(r.values){Object.prototype.hasOwnProperty.call(n,e)||Re(n,e,new Set);for(const t of r.values)n[e].add(t);void 0!==r.optin&&n[e].add(void 0)}}return n});const i=Me,o=t.catchall;let a;const l=ot.memoizer;l?.attach(e),e._zod.parse=(t,n)=>{a??(a=s.value);const r=t.value;if(!i(r))return t.issues.push({expected:"object",code:"invalid_type",input:r,inst:e}),t;t.value=l?l.alloc(e,t,{},n):{};const c=[],u=a.shape,d=n?.abortEarly;let p=t.issues.length;for(const e of a.allKeys){if(d&&t.issues.length!==p){if(Ue(t,p))break;p=t.issues.length}if("__proto__"===e)continue;const s=u[e],i=s._zod.optin,o=s._zod.optout,a=s._zod.run({value:r[e],issues:[]},n);a instanceof Promise?c.push(a.then(n=>Xt(n,t,e,r,i,o))):Xt(a,t,e,r,i,o)}return o?function(e,t,n,r,s,i,o){const a=[],l=s.keySet,c=s.catchall._zod,u=c.def.type,d=c.optin,p=c.optout;let h=0;for(const s in t){if(o&&n.issues.length!==h){if(Ue(n,h))break;h=n.issues.length}if(l.has(s))continue;if("__proto__"===s){"never"===u&&a.push(s);continue}if("never"===u){a.push(s);continue}const i=c.run({value:t[s],issues:[]},r);i instanceof Promise?e.push(i.then(e=>Xt(e,n,s,t,d,p))):Xt(i,n,s,t,d,p)}return a.length&&n.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:i,continue:!0}),e.length?Promise.all(e).then(()=>n):n}(c,r,t,n,s.value,e,!0===d):c.length?Promise.all(c).then(()=>t):t}});function rn(e,t,n,r){for(const n of e)if(0===n.issues.length)return t.value=n.value,t;const s=e.filter(e=>!Ue(e));return 1===s.length?(t.value=s[0].value,s[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>We(e,r,at())))}),t)}const sn=st("$ZodUnion",(e,t)=>{Nt.init(e,t),Xe(e,"optin",e=>e.def.options.some(e=>"defaulted"===e._zod.optin)?"defaulted":e.def.options.some(e=>void 0!==e._zod.optin)?"optional":void 0),Xe(e,"optout",e=>e.def.options.some(e=>"optional"===e._zod.optout)?"optional":void 0),Xe(e,"values",e=>{if(e.def.options.every(e=>e._zod.values))return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}),Xe(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>Oe(e.source)).join("|")})$`)}});const n=1===t.options.length?t.options[0]._zod.run:null;e._zod.parse=(r,s)=>{if(n)return n(r,s);let i=!1;const o=[];for(const e of t.options){const t=e._zod.run({value:r.value,issues:[]},s);if(t instanceof Promise)o.push(t),i=!0;else{if(0===t.issues.length)return t;o.push(t)}}return i?Promise.all(o).then(t=>rn(t,r,e,s)):rn(o,r,e,s)}}),on=st("$ZodRecord",(e,t)=>{Nt.init(e,t);const n=ot.memoizer;n?.attach(e),e._zod.parse=(r,s)=>{const i=r.value;if(!Le(i))return r.issues.push({expected:"record",code:"invalid_type",input:i,inst:e}),r;const o=[],a=t.keyType._zod.values;if(a&&!t.partial){r.value=n?n.alloc(e,r,{},s):{};const l=new Set;for(const n of a)if("string"==typeof n||"number"==typeof n||"symbol"==typeof n){if(l.add("number"==typeof n?n.toString():n),"__proto__"===n)continue;const a=t.keyType._zod.run({value:n,issues:[]},s);if(a instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(a.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:a.issues.map(e=>We(e,s,at())),input:n,path:[n],inst:e});continue}const c=a.value;if("__proto__"===c)continue;const u=t.valueType._zod.run({value:i[n],issues:[]},s);u instanceof Promise?o.push(u.then(e=>{e.issues.length&&r.issues.push(...He(n,e.issues)),r.value[c]=e.value})):(u.issues.length&&r.issues.push(...He(n,u.issues)),r.value[c]=u.value)}let c;for(const e in i)if(!l.has(e))if("loose"===t.mode){if("__proto__"===e)continue;r.value[e]=i[e]}else c=c??[],c.push(e);c&&c.length>0&&r.issues.push({code:"unrecognized_keys",input:i,inst:e,keys:c,continue:!0})}else{let l;r.value=n?n.alloc(e,r,{},s):{};for(const n of Reflect.ownKeys(i)){if("__proto__"===n)continue;if(!Object.prototype.propertyIsEnumerable.call(i,n))continue;let c=t.keyType._zod.run({value:n,issues:[]},s);if(c instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if("string"==typeof n&&$t.test(n)&&c.issues.length){const e=t.keyType._zod.run({value:Number(n),issues:[]},s);if(e instanceof Promise)throw new Error("Async schemas not supported in object keys currently");0===e.issues.length&&(c=e)}if(c.issues.length){"loose"===t.mode?r.value[n]=i[n]:a?(l=l??[],l.push(n)):r.issues.push({code:"invalid_key",origin:"record",issues:c.issues.map(e=>We(e,s,at())),input:n,path:[n],inst:e});continue}const u=c.value;if("__proto__"===u)continue;const d=t.valueType._zod.run({value:i[n],issues:[]},s);d instanceof Promise?o.push(d.then(e=>{e.issues.length&&r.issues.push(...He(n,e.issues)),r.value[u]=e.value})):(d.issues.length&&r.issues.push(...He(n,d.issues)),r.value[u]=d.value)}l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:i,inst:e,keys:l,continue:!0})}return o.length?Promise.all(o).then(()=>r):r}}),an=st("$ZodEnum",(e,t)=>{Nt.init(e,t);const n=Ee(t.entries),r=new Set(n);e._zod.values=r,Xe(e,"pattern",e=>{const t=Ee(e.def.entries).filter(e=>Ie.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>Ne(e.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(t,s)=>{const i=t.value;return r.has(i)||t.issues.push({code:"invalid_value",values:n,input:i,inst:e}),t}}),ln=st("$ZodLiteral",(e,t)=>{Nt.init(e,t);const n=new Set(t.values);e._zod.values=n,Xe(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>"string"==typeof e?Ne(e):e?Ne(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,s)=>{const i=r.value;return n.has(i)||r.issues.push({code:"invalid_value",values:t.values,input:i,inst:e}),r}});function cn(e,t){return e.value=t.issues.length?void 0:t.value,e}const un=st("$ZodOptional",(e,t)=>{Nt.init(e,t),Xe(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),e._zod.optout="optional",Xe(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,void 0]):void 0}),Xe(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${Oe(t.source)})?$`):void 0}),e._zod.parse=(e,n)=>{if(void 0===e.value){if("defaulted"!==t.innerType._zod.optin)return e;const r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(t=>cn(e,t)):cn(e,r)}return t.innerType._zod.run(e,n)}}),dn=st("$ZodNullable",(e,t)=>{Nt.init(e,t),Xe(e,"optin",e=>e.def.innerType._zod.optin),Xe(e,"optout",e=>e.def.innerType._zod.optout),Xe(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${Oe(t.source)}|null)$`):void 0}),Xe(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):void 0),e._zod.parse=(e,n)=>null===e.value?e:t.innerType._zod.run(e,n)}),pn=st("$ZodDefault",(e,t)=>{Nt.init(e,t),e._zod.optin="defaulted",Xe(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);if(void 0===e.value)return e.value=t.defaultValue,e;const r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(e=>hn(e,t)):hn(r,t)}});function hn(e,t){return void 0===e.value&&(e.value=t.defaultValue),e}const fn=st("$ZodCustom",(e,t)=>{At.init(e,t),Nt.init(e,t),e._zod.parse=(e,t)=>e,e._zod.check=n=>{const r=n.value,s=t.fn(r);if(s instanceof Promise)return s.then(t=>mn(t,n,r,e));mn(s,n,r,e)}});function mn(e,t,n,r){if(!e){const e={code:"custom",input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};r._zod.def.params&&(e.params=r._zod.def.params),t.issues.push(function(...e){const[t,n,r]=e;return"string"==typeof t?{message:t,code:"custom",input:n,inst:r}:{...t}}(e))}}var gn;class yn{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){const n=t[0];return this._map.set(e,n),n&&"object"==typeof n&&"id"in n&&this._idmap.set(n.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){const t=this._map.get(e);return t&&"object"==typeof t&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const r={...n,...this._map.get(e)};return Object.keys(r).length?r:void 0}return this._map.get(e)}has(e){return this._map.has(e)}}function bn(e){return e.checks&&(e.checks=[...e.checks]),e}function vn(e,t){return new zt({check:"less_than",...je(t),value:e,inclusive:!0})}function _n(e,t){return new Pt({check:"greater_than",...je(t),value:e,inclusive:!0})}function kn(e){return function(e,t){return new Pt({check:"greater_than",...je(t),value:e,inclusive:!1})}(0,e)}function xn(e,t){return new Rt({check:"min_length",...je(t),minimum:e})}function wn(){return new Lt({check:"overwrite",tx:e=>e.trim()})}(gn=globalThis).__zod_globalRegistry??(gn.__zod_globalRegistry=new yn);const $n=st("ZodMiniType",(e,t)=>{if(!e._zod)throw new Error("Uninitialized schema in ZodMiniType.");Nt.init(e,t),e.def=t,e.type=t.type},{get with(){return this.check},set with(e){Ve(this,"with",e)},parse(e,t){return ht(this,e,t,{callee:this.parse})},parseAsync(e,t){return mt(this,e,t,{callee:this.parseAsync})},safeParse(e,t){return yt(this,e,t)},safeParseAsync(e,t){return _t(this,e,t)},check(...e){const t=this.def;return this.clone({...t,checks:[...t.checks??[],...e.map(e=>"function"==typeof e?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]},{parent:!0})},clone(e,t){return function(e,t,n){const r=new e._zod.constr(t??e._zod.def);return t&&!n?.parent||(r._zod.parent=e),r}(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},apply(e,...t){return 0===t.length?e(this):e(this,...t)}}),Sn=st("ZodMiniString",(e,t)=>{Dt.init(e,t),$n.init(e,t)});function An(e){return function(e,t){return new e(bn({type:"string",...je(t)}))}(Sn,e)}const Tn=st("ZodMiniStringFormat",(e,t)=>{Ut.init(e,t),Sn.init(e,t)}),En=st("ZodMiniURL",(e,t)=>{qt.init(e,t),Tn.init(e,t)});const zn=st("ZodMiniNumber",(e,t)=>{Wt.init(e,t),$n.init(e,t)});function Pn(e){return function(e,t){return new e(bn({type:"number",checks:[],...je(t)}))}(zn,e)}const On=st("ZodMiniNumberFormat",(e,t)=>{Gt.init(e,t),zn.init(e,t)});function Rn(e){return function(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...je(t)})}(On,e)}const Cn=st("ZodMiniBoolean",(e,t)=>{Vt.init(e,t),$n.init(e,t)});function Mn(e){return function(e,t){return new e({type:"boolean",...je(t)})}(Cn,e)}const Ln=st("ZodMiniUnknown",(e,t)=>{Yt.init(e,t),$n.init(e,t)});function In(){return new Ln({type:"unknown"})}const Nn=st("ZodMiniArray",(e,t)=>{Qt.init(e,t),$n.init(e,t)});function jn(e,t){return new Nn({type:"array",element:e,...je(t)})}const Dn=st("ZodMiniObject",(e,t)=>{nn.init(e,t),$n.init(e,t),et(e,"shape",e=>e._zod.def.shape,!1)});function Un(e,t){return new Dn({type:"object",shape:e,catchall:In(),...je(t)})}const Bn=st("ZodMiniUnion",(e,t)=>{sn.init(e,t),$n.init(e,t)});function Hn(e,t){return new Bn({type:"union",options:e,...je(t)})}const Fn=st("ZodMiniRecord",(e,t)=>{on.init(e,t),$n.init(e,t)});function qn(e,t,n){return t&&t._zod?new Fn({type:"record",keyType:e,valueType:t,...je(n)}):new Fn({type:"record",keyType:An(),valueType:e,...je(t)})}const Zn=st("ZodMiniEnum",(e,t)=>{an.init(e,t),$n.init(e,t),e.options=[...e._zod.values]});function Wn(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new Zn({type:"enum",entries:n,...je(t)})}const Gn=st("ZodMiniLiteral",(e,t)=>{ln.init(e,t),$n.init(e,t)});function Vn(e,t){return new Gn({type:"literal",values:Array.isArray(e)?e:[e],...je(t)})}const Yn=st("ZodMiniOptional",(e,t)=>{un.init(e,t),$n.init(e,t)});function Kn(e){return new Yn({type:"optional",innerType:e})}const Jn=st("ZodMiniNullable",(e,t)=>{dn.init(e,t),$n.init(e,t)});function Qn(e){return new Jn({type:"nullable",innerType:e})}const Xn=st("ZodMiniDefault",(e,t)=>{pn.init(e,t),$n.init(e,t)});function er(e,t){return new Xn({type:"default",innerType:e,get defaultValue(){return"function"==typeof t?t():function(e){return Le(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}(t)}})}const tr=st("ZodMiniCustom",(e,t)=>{fn.init(e,t),$n.init(e,t)});const nr=st("ZodMiniISODateTime",(e,t)=>{Zt.init(e,t),Tn.init(e,t)});const rr=()=>An().check(wn(),xn(1)),sr=()=>Hn([rr(),jn(rr())]),ir=Un({domain:Kn(An()),area:Kn(An()),name:Kn(An())}),or=Un({entity_id:rr()}),ar=Un({domain:rr(),service:rr(),entity_id:Kn(sr()),area:Kn(sr()),data:Kn(qn(An(),In()))}),lr=Un({entity_id:rr(),hours:Kn(Pn().check(kn(),vn(168)))}),cr=Un({}),ur=Un({entities:Kn(jn(An())),areas:Kn(jn(An())),domains:Kn(jn(An()))}),dr=Un({enabled:Kn(Mn()),max_rounds:Kn(Rn().check(kn(),vn(50))),confirm:Kn(jn(An()))}),pr=["lock","alarm_control_panel"],hr=["garage","gate","door"],fr="openai_compatible_conversation",mr=()=>An().check(wn(),xn(1)),gr="You are a helpful assistant for a Home Assistant smart home. The current time is {{ now() }}. Answer briefly and use Markdown when it helps.",yr=1024,br=.7,vr=5,_r=["openai","azure","anthropic","mistral","gemini","openrouter","groq","ollama","lmstudio","litellm","vllm","llamacpp","generic"],kr=Un({prompt_template:Kn(An()),max_tokens:Kn(Rn().check(kn())),temperature:Kn(Pn().check(_n(0),vn(2))),context_messages:Kn(Rn().check(_n(0)))}),xr=Un({model_id:mr(),display_name:Kn(An()),api_key:Kn(An()),max_tokens:Kn(Rn().check(kn())),temperature:Kn(Pn().check(_n(0),vn(2))),tools:Kn(Mn())}),wr=Un({id:An().check(($r=/^[a-z0-9][a-z0-9_-]*$/,Sr="a slug of a-z, 0-9, _ and -",new Mt({check:"string_format",format:"regex",...je(Sr),pattern:$r}))),name:mr(),base_url:function(e){return function(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...je(t)})}(En,e)}({protocol:/^https?$/}),auth_mode:er(Wn(["global","per_model"]),"global"),api_key:Kn(An()),timeout_s:Kn(Pn().check(kn())),dialect:Kn(Wn(_r)),models:er(jn(xr),[]),model_cache:Kn(Un({fetched_at:function(e){return function(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...je(t)})}(nr,e)}({offset:!0}),ids:jn(An())}))});var $r,Sr;const Ar=Un({version:Vn(1),providers:er(jn(wr),[]),defaults:Kn(Un({provider_id:Kn(An()),model_id:Kn(An())})),agent:Kn(kr),tools:Kn(dr)}).check(function(e,t={}){return function(e,t,n){return new e({type:"custom",check:"custom",fn:t,...je(n)})}(tr,e,t)}(e=>new Set(e.providers.map(e=>e.id)).size===e.providers.length,{message:"provider ids must be unique",path:["providers"]}));function Tr(e,t=[]){const n=e.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"")||"provider";let r=n;for(let e=2;t.includes(r);e++)r=`${n}-${e}`;return r}function Er(e){return e.trim().replace(/\/+$/,"")}const zr=(e,t)=>new Promise((n,r)=>{if(t?.aborted)return r(new ye("aborted"));const s=setTimeout(()=>{t?.removeEventListener("abort",i),n()},e),i=()=>{clearTimeout(s),r(new ye("aborted"))};t?.addEventListener("abort",i,{once:!0})}),Pr=/^(localhost|127(?:\.\d+){3}|\[::1\])$/i,Or=/^(localhost|127(?:\.\d+){3}|\[::1\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}|169\.254(?:\.\d+){2}|\[f[cd][0-9a-f]*:.*\]|[^.]+|.+\.(?:local|lan|home|internal|home\.arpa))$/i;function Rr(e,t,n){const r=new Headers(e.headers);return n&&r.set("Content-Type","application/json"),t&&("api-key"===e.auth?r.set("api-key",t):r.set("Authorization",`Bearer ${t}`)),r}class Cr{constructor(e){this.phase=e}}class Mr{constructor(e,t){this.timeoutMs=e,this.controller=new AbortController;const n=()=>this.controller.abort(t?.reason);t?.aborted&&n(),t?.addEventListener("abort",n,{once:!0}),this.unlink=()=>t?.removeEventListener("abort",n),this.arm("first_byte")}get signal(){return this.controller.signal}arm(e){clearTimeout(this.timer),this.timer=setTimeout(()=>this.controller.abort(new Cr(e)),this.timeoutMs)}dispose(){clearTimeout(this.timer),this.unlink()}classifyAbort(e,t){if(t?.aborted)return new ye("aborted");const n=this.controller.signal.reason;return this.controller.signal.aborted&&n instanceof Cr?new ye("timeout",{phase:n.phase,timeoutS:e}):void 0}}function Lr(e,t,n){const r=e.baseUrl.replace(/\/+$/,"");return{target:e,dialect:e.dialect?Ae(e.dialect):Se(r),url:`${r}${t}`,timeoutS:e.timeoutS??30,pageUrl:n.pageUrl??globalThis.location?.href??"http://localhost/",options:n}}async function Ir(e,t,n){const{url:r,pageUrl:s,options:i}=e;if(function(e,t){const n=new URL(e);return"https:"===new URL(t).protocol&&"http:"===n.protocol&&!Pr.test(n.hostname)}(r,s))throw new ye("mixed_content",{url:e.target.baseUrl});const o=i.fetch??globalThis.fetch.bind(globalThis),a=function(e,t){return!Or.test(new URL(t).hostname)&&Or.test(new URL(e).hostname)}(r,s);let l;try{l=await o(r,{...t,credentials:"omit",signal:n.signal,...a?{targetAddressSpace:"local"}:{}})}catch(t){throw n.classifyAbort(e.timeoutS,i.signal)??await async function(e,t,n){if(!(t instanceof TypeError))return new ye("network",{url:e.target.baseUrl});const r=e.options.fetch??globalThis.fetch.bind(globalThis),s=new AbortController,i=setTimeout(()=>s.abort(),5e3);try{return await r(e.url,{mode:"no-cors",credentials:"omit",signal:s.signal}),new ye("cors",{url:e.target.baseUrl,hint:e.dialect.corsFix})}catch{return new ye(n?"private_network":"network",{url:e.target.baseUrl})}finally{clearTimeout(i)}}(e,t,a)}if(!l.ok)throw await async function(e,t){const n=await t.text().catch(()=>""),r=function(e){try{return ke(JSON.parse(e))}catch{return/^\s*</.test(e)?{}:ke(e)}}(n),s=r.message?be(r.message,[e.target.apiKey]):void 0,i=t.status,o={status:i,providerMessage:s,code:r.code,url:e.target.baseUrl},a=`${r.code??""} ${r.type??""} ${s??""}`;if(400===i&&/no_db_connection|no connected db/i.test(a))return new ye("auth",{...o,hint:ge.err.auth_fix_litellm});if(401===i||403===i||400===i&&/api[ _-]?key/i.test(a))return new ye("auth",o);if(404===i)return new ye("not_found",o);if(429===i&&/insufficient_quota|quota|credit|billing/i.test(a))return new ye("quota",o);const l=function(e,t=Date.now()){if(!e)return;const n=e.trim();if(/^\d+(\.\d+)?$/.test(n))return Math.ceil(1e3*Number(n));const r=Date.parse(n);return Number.isNaN(r)?void 0:Math.max(0,r-t)}(t.headers.get("Retry-After"))??function(e){const t=e?.match(/try again in\s+((?:\d+(?:\.\d+)?\s*(?:ms|h|m|s)\s*)+)/i);if(!t?.[1])return;let n=0;for(const[,e,r]of t[1].matchAll(/(\d+(?:\.\d+)?)\s*(ms|h|m|s)/g)){const t=Number(e);n+="ms"===r?t:"s"===r?1e3*t:"m"===r?6e4*t:36e5*t}return Math.ceil(n)}(s);if(429===i)return new ye("rate_limited",{...o,retryAfterMs:l});if(i>=500)return new ye("server",{...o,retryAfterMs:l});if(/model.*(not.?found|does not exist|unknown|invalid)|model_not_found/i.test(a))return new ye("not_found",{...o,hint:void 0});return new ye("bad_request",o)}(e,l);return l}function Nr(e,t=Math.random){const n=Math.min(8e3,500*2**e);return Math.round(n/2+t()*n/2)}const jr=e=>Kn(Qn(e)),Dr=Un({prompt_tokens:jr(Pn()),completion_tokens:jr(Pn()),total_tokens:jr(Pn())}),Ur=Un({index:jr(Pn()),id:jr(An()),type:jr(An()),function:Kn(Un({name:jr(An()),arguments:jr(Hn([An(),qn(An(),In())]))}))}),Br=Un({type:An(),text:jr(An()),thinking:Kn(In())}),Hr=jr(Hn([An(),jn(Br)])),Fr=Un({type:Kn(An()),text:jr(An()),summary:jr(An())}),qr=Un({role:jr(An()),content:Hr,reasoning_content:jr(An()),reasoning:jr(An()),reasoning_details:jr(jn(Fr)),tool_calls:jr(jn(Ur))}),Zr=Un({choices:jn(Un({index:jr(Pn()),delta:jr(qr),finish_reason:jr(An())})),usage:jr(Dr),x_groq:jr(Un({usage:jr(Dr)}))}),Wr=Un({choices:jn(Un({index:jr(Pn()),message:qr,finish_reason:jr(An())})),usage:jr(Dr)}),Gr=Un({id:Kn(An()),name:Kn(An()),model:Kn(An()),type:Kn(An()),capabilities:Kn(In()),architecture:Kn(In())}),Vr=Hn([jn(Gr),Un({data:Qn(jn(Gr)),models:Kn(jn(Gr)),has_more:Kn(Mn()),last_id:jr(An())}),Un({models:jn(Gr)})]);class Yr extends Error{constructor(e,t){super(`${e}: ${t.join("; ")}`),this.what=e,this.issues=t,this.type="schema",this.name="SchemaError"}}function Kr(e){return e.issues.map(e=>{const t=e.path.map(String).join(".");return t?`${t}: ${e.message}`:e.message})}function Jr(e,t,n){const r=yt(e,t);if(!r.success)throw new Yr(n,Kr(r.error));return r.data}function Qr(e,t,n){const r=function(e,t){const n=e.reasoningModelRule&&Te.test(t);return{tokenParam:n?"max_completion_tokens":"max_tokens",sendTemperature:!n}}(e.dialect,t.model),s={model:t.model,messages:t.messages,stream:n};return e.dialect.streamOptions&&(s.stream_options={include_usage:!0}),void 0!==t.maxTokens&&(s[r.tokenParam]=t.maxTokens),void 0!==t.temperature&&r.sendTemperature&&(s.temperature=t.temperature),t.tools?.length&&(s.tools=t.tools),s}async function*Xr(e,t,n={}){const r=Lr(e,"/chat/completions",n),s=Qr(r,t,!0),i=n.maxRetries??3,o=n.sleep??zr;for(let e=0;;e++){let t=!1;try{for await(const e of ns(r,JSON.stringify(s)))t=!0,yield e;return}catch(r){const a=ts(r);if(!t&&es(s,a)){delete s.stream_options,e--;continue}if(t)throw a.partial=!0,a;const l=a.retryAfterMs??Nr(e,n.random);if(!a.retryable||e>=i||l>6e4)throw a;yield{type:"retry",attempt:e+1,delayMs:l,error:a},await o(l,n.signal)}}}function es(e,t){return"stream_options"in e&&"bad_request"===t.type&&/stream_options/i.test(`${t.providerMessage??""} ${t.code??""}`)}function ts(e){return e instanceof ye?e:e instanceof Yr?new ye("malformed",{providerMessage:e.issues[0]}):new ye("network")}async function*ns(e,t){const n=new Mr(1e3*e.timeoutS,e.options.signal);try{const r=await Ir(e,{method:"POST",headers:Rr(e.dialect,e.target.apiKey,!0),body:t},n);yield*async function*(e,t,n){if(!t.body)throw new ye("malformed");const r=t.body.pipeThrough(new TextDecoderStream).getReader(),s=[];let i=!1,o=/json/i.test(t.headers.get("content-type")??"")?"":void 0,a=void 0!==o;const l=me({onEvent:t=>{i||("[DONE]"!==t.data?s.push(...function(e,t){const n=ss(e,t);if(n)throw n;const r=Jr(Zr,t,"stream chunk"),s=[],i=r.usage??r.x_groq?.usage;for(const e of r.choices){if(e.delta&&s.push(...os(e.delta)),"error"===e.finish_reason)throw new ye("in_band");e.finish_reason&&s.push({type:"finish",reason:e.finish_reason})}i&&s.push({type:"usage",usage:i});return s}(e,rs(t.data))):i=!0)}});try{for(;;){const{value:e,done:t}=await r.read();if(t)break;if(n.arm("idle"),!a&&e.trim()&&(a=!0,/^\s*[{[]/.test(e)&&(o="")),void 0===o){if(l.feed(e),yield*s.splice(0),i)break}else o+=e}if(void 0!==o)return void(yield*function(e,t){const n=ss(e,t);if(n)throw n;const r=Jr(Wr,t,"completion"),s=[];for(const e of r.choices.slice(0,1))s.push(...os(e.message)),e.finish_reason&&s.push({type:"finish",reason:e.finish_reason});r.usage&&s.push({type:"usage",usage:r.usage});return s}(e,rs(o)));l.reset({consume:!0}),yield*s.splice(0)}finally{r.cancel().catch(()=>{})}}(e,r,n)}catch(t){throw n.classifyAbort(e.timeoutS,e.options.signal)??ts(t)}finally{n.dispose()}}function rs(e){try{return JSON.parse(e)}catch{throw new ye("malformed")}}function ss(e,t){if(!t||"object"!=typeof t||!("error"in t))return;const n=ke(t);return new ye("in_band",{providerMessage:n.message?be(n.message,[e.target.apiKey]):void 0,code:n.code})}function is(e,t){if("text"===t)return"text"===e.type?e.text??"":"";if("thinking"!==e.type)return"";const n=e.thinking;return"string"==typeof n?n:Array.isArray(n)?n.map(e=>e&&"object"==typeof e&&"text"in e?String(e.text):"").join(""):e.text??""}function os(e){const t=[],n=e.reasoning_content??e.reasoning??e.reasoning_details?.map(e=>e.text??e.summary??"").join("")??(Array.isArray(e.content)?e.content.map(e=>is(e,"thinking")).join(""):"");n&&t.push({type:"reasoning",text:n});const r=Array.isArray(e.content)?e.content.map(e=>is(e,"text")).join(""):e.content;r&&t.push({type:"content",text:r});for(const n of e.tool_calls??[])t.push({type:"tool_call",delta:n});return t}function as(e,t){const{index:n,id:r,function:s,type:i,...o}=t,a="string"==typeof s?.arguments?s.arguments:s?.arguments?JSON.stringify(s.arguments):"",l="number"==typeof n?e.findIndex(e=>e.index===n):r?e.findIndex(e=>e.id===r):s?.name?-1:e.length-1;if(l<0){const t={...o,id:r??`call_${e.length}`,name:s?.name??"",arguments:a,..."number"==typeof n?{index:n}:{}};return[...e,t]}const c=e[l],u={...c,...o,id:c.id.startsWith("call_")&&r?r:c.id,name:c.name+(s?.name&&s.name!==c.name?s.name:""),arguments:c.arguments+a};return e.map((e,t)=>t===l?u:e)}function ls(e,t){switch(t.type){case"content":return{...e,content:e.content+t.text};case"reasoning":return{...e,reasoning:(e.reasoning??"")+t.text};case"tool_call":return{...e,tool_calls:as(e.tool_calls??[],t.delta)};case"usage":{const{prompt_tokens:n,completion_tokens:r}=t.usage;return{...e,usage:{..."number"==typeof n?{prompt_tokens:n}:{},..."number"==typeof r?{completion_tokens:r}:{}}}}case"finish":return{...e,finish_reason:t.reason};case"retry":return e}}const cs=new Set(["status","result","entity_ids","confirm","index"]);function us(e){if("user"===e.role)return[{role:"user",content:e.content}];const t=(e.tool_calls??[]).filter(e=>void 0!==e.result);if(!t.length)return e.content?[{role:"assistant",content:e.content}]:[];const n=t.map(({id:e,name:t,arguments:n,...r})=>({id:e,type:"function",function:{name:t,arguments:n||"{}"},...Object.fromEntries(Object.entries(r).filter(([e])=>!cs.has(e)))}));return[{role:"assistant",content:e.content||null,tool_calls:n},...t.map(e=>({role:"tool",tool_call_id:e.id,content:e.result}))]}function ds(e,t,n){const r=t.filter(e=>e.content||e.tool_calls?.length);let s=r.length-1;for(;s>0&&"user"!==r[s].role;)s--;const i=n>0&&s>0?r.slice(0,s).slice(-n):[],o=e?[{role:"system",content:e}]:[];for(const e of[...i,...r.slice(Math.max(s,0))])o.push(...us(e));return o}class ps{constructor(e){this.deps=e,this.current={messages:[],busy:!1},this.listeners=new Set,this.decisions=new Map}get state(){return this.current}get conversationId(){return this.deps.conversationId}subscribe(e){return this.listeners.add(e),e(this.current),()=>this.listeners.delete(e)}load(){return this.loaded??=(async()=>{const e=await(this.deps.store?.load(this.deps.conversationId).catch(e=>{this.set({error:{type:"history",message:e instanceof Error?e.message:String(e)}})}));if(!e||this.current.messages.length)return;const t=e.messages.map(e=>"streaming"===e.status?hs({...e,status:"cut"}):hs(e));this.set({messages:t})})(),this.loaded}fail(e,t){this.set({error:{type:"config",message:e,hint:t}})}dismissError(){this.set({error:void 0})}async send(e,t){const n=e.trim();if(!n||this.current.busy)return;await this.load();const r=this.message("user",n,"complete");this.set({messages:[...this.current.messages,r],error:void 0}),await this.run(t)}async retry(e){this.current.busy||"user"!==this.current.messages.at(-1)?.role||(this.set({error:void 0}),await this.run(e))}stop(){this.controller?.abort()}async clear(){this.stop(),this.set({messages:[],error:void 0,announcement:void 0}),await this.persist()}decide(e,t){const n=this.decisions.get(e);n&&(this.decisions.delete(e),n(t))}async run(e){const t=new AbortController;this.controller=t;let n=this.current.messages,r=this.message("assistant","","streaming",e.model);const s=(e,t={})=>{r=e,this.set({...t,messages:[...n,r]})};this.set({busy:!0,messages:[...n,r]}),this.persist();try{const i=await e.systemPrompt();for(let o=0;;o++){const a=(this.deps.stream??Xr)(e.target,{model:e.model,messages:ds(i,n,e.contextMessages),maxTokens:e.maxTokens,temperature:e.temperature,tools:e.tools?.box.definitions},{...this.deps.clientOptions,signal:t.signal});for await(const e of a)s(...this.fold(r,e));const l=r.tool_calls??[];if(!e.tools||!l.length){s({...r,status:"complete"},{announcement:r.content});break}if(o>=e.tools.maxRounds){const t={type:"tool_rounds",message:ge.toolRounds(e.tools.maxRounds)};s({...r,status:"complete",tool_calls:l.map(e=>({...e,status:"stopped"}))},{error:t});break}for(const n of l)if(await this.runTool(e.tools.box,n.id,()=>r,s,t.signal),t.signal.aborted)throw new ye("aborted");s({...r,status:"complete"}),n=[...n,r],s(this.message("assistant","","streaming",e.model)),this.persist()}}catch(t){const s=t instanceof ye?t:new ye("network"),i=r.tool_calls?.map(e=>"awaiting"!==e.status&&"running"!==e.status&&e.status?e:{...e,status:"stopped"}),o=i?{...r,tool_calls:i}:r,a=o.content||o.reasoning||o.tool_calls?.length;if("aborted"===s.type)this.set({messages:a?[...n,{...o,status:"stopped"}]:n});else{const t={type:s.type,message:ms(s),hint:(e.tools&&fs(s)?ge.toolsUnsupported:s.hint)||void 0};this.set({messages:a?[...n,{...o,status:"cut",error:t}]:n,error:t})}}finally{for(const e of this.decisions.values())e(!1);this.decisions.clear(),this.controller===t&&(this.controller=void 0),this.set({busy:!1,retry:void 0}),await this.persist()}}async runTool(e,t,n,r,s){const i=(e,s)=>{const i=n();r({...i,tool_calls:i.tool_calls?.map(n=>n.id===t?{...n,...e}:n)},s)},o=n().tool_calls?.find(e=>e.id===t);if(!o)return;const a=await e.review(o).catch(()=>{});if(a?.confirm){i({status:"awaiting",confirm:a.confirm,entity_ids:a.entityIds},{announcement:ge.toolNeedsApproval(a.confirm)}),this.persist();const e=await new Promise(e=>{this.decisions.set(t,e),s.addEventListener("abort",()=>e(!1),{once:!0})});if(s.aborted)return;if(!e)return void i({status:"denied",result:JSON.stringify({error:ge.toolDeniedForModel})})}i({status:"running",...a?{entity_ids:a.entityIds}:{}});const l=await e.run(o);i({status:l.ok?"done":"error",result:l.content,entity_ids:l.entityIds.length?l.entityIds:a?.entityIds??[]})}fold(e,t){return"retry"===t.type?[e,{retry:{attempt:t.attempt,delayMs:t.delayMs,reason:t.error.message}}]:[ls(e,t),this.current.retry?{retry:void 0}:{}]}message(e,t,n,r){return{id:this.deps.newId?.()??crypto.randomUUID(),role:e,content:t,status:n,created_at:(this.deps.now?.()??new Date).toISOString(),...r?{model:r}:{}}}async persist(){const e=this.deps.store;if(!e)return;const t=this.current.messages,n=(e=>e.find(e=>"user"===e.role)?.content.slice(0,80))(t);try{await e.save({id:this.deps.conversationId,updated_at:(this.deps.now?.()??new Date).toISOString(),messages:[...t],...n?{title:n}:{}})}catch{}}set(e){this.current={...this.current,...e};for(const e of this.listeners)e(this.current)}}function hs(e){return e.tool_calls?.some(e=>"awaiting"===e.status||"running"===e.status)?{...e,tool_calls:e.tool_calls.map(e=>"awaiting"===e.status||"running"===e.status?{...e,status:"stopped"}:e)}:e}function fs(e){return"bad_request"===e.type&&/tool|function/i.test(`${e.providerMessage??""} ${e.code??""}`)}function ms(e){return e.providerMessage?`${e.message} ${ge.err.provider_says(e.providerMessage)}`:e.message}function gs(e,t){const n=t.provider_id??e.defaults?.provider_id,r=n?e.providers.find(e=>e.id===n):e.providers[0];if(!r)return{ok:!1,message:n?ge.unknownProvider(n):ge.noProvider};const s=e.defaults?.provider_id===r.id?e.defaults.model_id:void 0,i=t.model_id??s??r.models[0]?.model_id;if(!i)return{ok:!1,message:ge.noModel(r.name)};const o=r.models.find(e=>e.model_id===i),a=e.agent??{};return{ok:!0,value:{provider:r,modelId:i,target:{baseUrl:r.base_url,apiKey:"per_model"===r.auth_mode?o?.api_key:r.api_key,timeoutS:r.timeout_s,dialect:r.dialect},promptTemplate:t.prompt_template??a.prompt_template??gr,maxTokens:t.max_tokens??o?.max_tokens??a.max_tokens??yr,temperature:t.temperature??o?.temperature??a.temperature??br,contextMessages:t.context_messages??a.context_messages??vr,tools:!1!==e.tools?.enabled&&!1!==o?.tools&&!1!==t.tools,maxToolRounds:e.tools?.max_rounds??10,confirm:e.tools?.confirm??[]}}}async function ys(e,t){const n=await e.sendMessagePromise({type:"frontend/get_user_data",key:t});return n?.value??null}async function bs(e,t,n){await e.sendMessagePromise({type:"frontend/set_user_data",key:t,value:n})}const vs="openai_compatible_conversation.history",_s=Wn(["complete","streaming","cut","stopped","error"]),ks=Wn(["awaiting","running","done","error","denied","stopped"]),xs=Un({id:An(),name:An(),arguments:An(),status:Kn(ks),result:Kn(An()),entity_ids:Kn(jn(An())),confirm:Kn(An())}),ws=Un({id:An(),role:Wn(["user","assistant"]),content:An(),reasoning:Kn(An()),tool_calls:Kn(jn(xs)),status:_s,error:Kn(Un({type:An(),message:An(),hint:Kn(An())})),model:Kn(An()),usage:Kn(Un({prompt_tokens:Kn(Pn()),completion_tokens:Kn(Pn())})),created_at:An()}),$s=Un({id:An(),title:Kn(An()),updated_at:An(),messages:jn(ws)}),Ss=Un({version:Vn(1),conversations:jn($s)});class As extends Error{constructor(e){super(`Stored conversations could not be read (${e.join("; ")}); they are kept as they are.`),this.issues=e,this.type="history_invalid"}}function Ts(e){if(null==e)return{version:1,conversations:[]};const t=yt(Ss,e);if(!t.success)throw new As(Kr(t.error));return t.data}class Es{constructor(e,t=256e3){this.conn=e,this.maxChars=t,this.queue=Promise.resolve()}async load(e){return Ts(await ys(this.conn,vs)).conversations.find(t=>t.id===e)}save(e){const t=this.queue.then(async()=>{const t=Ts(await ys(this.conn,vs)),n=t.conversations.filter(t=>t.id!==e.id),r=function(e,t,n=256e3){const r=e=>JSON.stringify(e).length;if(r(e)<=n)return e;const s=[...e.conversations].sort((e,t)=>e.updated_at.localeCompare(t.updated_at));let i=e.conversations;for(const o of s)if(o.id!==t&&(i=i.filter(e=>e!==o),r({...e,conversations:i})<=n))return{...e,conversations:i};const o=i.find(e=>e.id===t);if(!o)return{...e,conversations:i};let a=o.messages;for(;a.length>1&&r({...e,conversations:[{...o,messages:a}]})>n;)a=a.slice(1);return{...e,conversations:[{...o,messages:a}]}}({...t,conversations:[...n,e]},e.id,this.maxChars);await bs(this.conn,vs,r)});return this.queue=t.catch(()=>{}),t}}const zs=new WeakMap;function Ps(e){let t=zs.get(e);return t||zs.set(e,t=new Es(e)),t}function Os(e){return e&&"object"==typeof e&&"code"in e?String(e.code):void 0}function Rs(e){return e instanceof Error?e.message:String(e&&"object"==typeof e&&"message"in e?e.message:e)}const Cs=e=>"object"==typeof e&&null!==e&&!Array.isArray(e),Ms=e=>Array.isArray(e)?e.map(e=>"string"==typeof e?{model_id:e}:e):[];const Ls={0:function(e){const{name:t,base_url:n,api_key:r,auth_mode:s,timeout:i,timeout_s:o,models:a,...l}=e,c=Array.isArray(e.providers)?e.providers.map(e=>Cs(e)?{...e,models:Ms(e.models),id:e.id??Tr(String(e.name))}:e):"string"==typeof n?[{id:Tr(String(t??"provider")),name:String(t??"Provider"),base_url:Er(n),auth_mode:s??"global",..."string"==typeof r&&r?{api_key:r}:{},..."number"==typeof(o??i)?{timeout_s:o??i}:{},models:Ms(a)}]:[],{providers:u,...d}=l;return{...d,version:1,providers:c}}};function Is(e){if(!Cs(e))return{ok:!0,value:e};const t=void 0===e.version?0:e.version;if("number"!=typeof t||!Number.isInteger(t)||t<0)return{ok:!0,value:e};if(t>1)return{ok:!1,issue:`written by a newer version of this card (settings version ${t}); update the card — the document is kept as it is`};let n=e;for(let e=t;e<1;e++){const t=Ls[e];if(!t)return{ok:!1,issue:`no upgrade from settings version ${e}`};n=t(n)}return{ok:!0,value:n,from:t<1?t:void 0}}const Ns=`${fr}.backup`;class js extends Error{constructor(e){super(`The stored settings do not validate (${e.join("; ")}); they were not overwritten.`),this.issues=e,this.type="settings_invalid"}}function Ds(e){if(null==e)return{status:"ready",settings:{version:1,providers:[]},stored:!1};const t=Is(e);if(!t.ok)return{status:"invalid",raw:e,issues:[t.issue]};const n=yt(Ar,t.value);return n.success?{status:"ready",settings:n.data,stored:!0,migratedFrom:t.from}:{status:"invalid",raw:e,issues:Kr(n.error)}}class Us{constructor(e){this.conn=e,this.state={status:"loading"},this.listeners=new Set}get current(){return this.state}subscribe(e){return this.listeners.add(e),e(this.state),this.session??=this.start(),()=>{this.listeners.delete(e),0===this.listeners.size&&this.stop()}}async save(e,t={}){const n=yt(Ar,e);if(!n.success)throw new Yr("Settings",Kr(n.error));const r=await ys(this.conn,fr),s=Ds(r);if("invalid"===s.status){if(!t.replaceInvalid)throw new js(s.issues);await bs(this.conn,Ns,s.raw)}return"ready"===s.status&&void 0!==s.migratedFrom&&await bs(this.conn,Ns,r),await bs(this.conn,fr,n.data),this.set({status:"ready",settings:n.data,stored:!0}),n.data}async update(e){const t=Ds(await ys(this.conn,fr));if("invalid"===t.status)throw new js(t.issues);if("ready"!==t.status)throw new Error("settings are not available");return this.save(e(t.settings))}set(e){this.state=e;for(const t of this.listeners)t(e)}receive(e){const t=Ds(e);this.set(t),"ready"===t.status&&void 0!==t.migratedFrom&&this.save(t.settings).catch(()=>{})}async start(){try{return await(e=this.conn,t=fr,n=e=>this.receive(e),e.subscribeMessage(e=>n(e?.value??null),{type:"frontend/subscribe_user_data",key:t}))}catch(e){if("unknown_command"!==Os(e))return void this.set({status:"error",message:Rs(e)})}var e,t,n;try{this.receive(await ys(this.conn,fr))}catch(e){this.set({status:"error",message:Rs(e)})}}stop(){const e=this.session;this.session=void 0,this.state={status:"loading"},e?.then(e=>e?.().catch(()=>{}))}}const Bs=new WeakMap;function Hs(e){let t=Bs.get(e);return t||Bs.set(e,t=new Us(e)),t}const Fs=new Set(["climate","cover","fan","humidifier","light","media_player","scene","switch","todo","vacuum","water_heater"]),qs=new Set(["door","garage_door","lock","motion","opening","presence","window"]),Zs=new Set(["aqi","carbon_monoxide","carbon_dioxide","humidity","pm10","pm25","temperature","volatile_organic_compounds"]);function Ws(e,t){if(t?.entity_category||t?.hidden_by)return!1;const n=e.entity_id.split(".")[0];if(Fs.has(n))return!0;const r=String(e.attributes.device_class??"");return"binary_sensor"===n?qs.has(r):"sensor"===n&&Zs.has(r)}const Gs=(e,t)=>e.sendMessagePromise(t);async function Vs(e,t){try{return await Gs(e,t)}catch(e){if(["unauthorized","unknown_command"].includes(Os(e)??""))return;throw e}}const Ys=e=>e.trim().toLowerCase();function Ks(e,t){const n=Ys(t);return Ys(e.area_id)===n||Ys(e.name)===n||e.aliases.some(e=>Ys(e)===n)}const Js={list:"list_entities",get:"get_entity",call:"call_service",areas:"list_areas",history:"get_history"},Qs=(e,t,n,r=[])=>({type:"function",function:{name:e,description:t,parameters:{type:"object",properties:n,required:r,additionalProperties:!1}}}),Xs=e=>({anyOf:[{type:"string"},{type:"array",items:{type:"string"}}],description:e}),ei=[Qs(Js.list,"List the Home Assistant entities you may see and control, with name, area and current state. Filter by domain (light, switch, lock, cover, climate, sensor, ...), area, or part of the name.",{domain:{type:"string",description:'Only this domain, e.g. "light".'},area:{type:"string",description:"Only this area (its name or id)."},name:{type:"string",description:"Only entities whose name or id contains this text."}}),Qs(Js.get,"Read one entity: its state, all attributes, and when it last changed.",{entity_id:{type:"string",description:'e.g. "lock.front_door".'}},["entity_id"]),Qs(Js.call,'Call a Home Assistant service (an action) on entities you may control, e.g. domain "light", service "turn_on", entity_id "light.kitchen", data {"brightness_pct": 50}. Target entities by entity_id, or every entity of the service domain in an area by area. Returns the new states.',{domain:{type:"string",description:'Service domain, e.g. "light".'},service:{type:"string",description:'Service name, e.g. "turn_on".'},entity_id:Xs("Target entity id or ids."),area:Xs("Target area name(s) or id(s), instead of entity ids."),data:{type:"object",description:'Service data, e.g. {"temperature": 21}. No targets here.'}},["domain","service"]),Qs(Js.areas,"List the areas of the home and how many entities you may see in each.",{}),Qs(Js.history,"The state changes of one entity over the last hours (default 24, at most 168).",{entity_id:{type:"string"},hours:{type:"number",description:"How far back, in hours."}},["entity_id"])],ti=["device_class","unit_of_measurement","brightness","color_mode","current_temperature","temperature","target_temp_low","target_temp_high","hvac_action","current_position","percentage","media_title","volume_level","battery_level"],ni=["entity_id","area_id","device_id","floor_id","label_id"];class ri extends Error{}function si(e,t){let n;try{n=t.trim()?JSON.parse(t):{}}catch{throw new ri(`The arguments are not valid JSON: ${t.slice(0,200)}`)}const r=yt(e,n);if(!r.success)throw new ri(`Invalid arguments: ${Kr(r.error).join("; ")}`);return r.data}const ii=e=>void 0===e?[]:Array.isArray(e)?e:[e];function oi(e){const t={};for(const n of ti)void 0!==e.state.attributes[n]&&null!==e.state.attributes[n]&&(t[n]=e.state.attributes[n]);return{entity_id:e.entity_id,name:e.name,...e.area?{area:e.area}:{},state:e.state.state,...Object.keys(t).length?{attributes:t}:{}}}class ai{constructor(e,t={}){this.conn=e,this.options=t,this.definitions=ei}async home(){return function(e,t){if(!t)return e;const{entities:n,areas:r,domains:s}=t,i=e.entities.filter(t=>(!n?.length||n.includes(t.entity_id))&&(!s?.length||s.includes(t.domain))&&(!r?.length||r.some(n=>e.areas.some(e=>e.area_id===t.area_id&&Ks(e,n)))));return{...e,entities:i}}(await async function(e,t){const n=t?Object.values(t):await Gs(e,{type:"get_states"}),r=n.map(e=>e.entity_id),[s,i,o,a,l]=await Promise.all([r.length?Gs(e,{type:"config/entity_registry/get_entries",entity_ids:r}):Promise.resolve({}),Gs(e,{type:"config/device_registry/list"}),Gs(e,{type:"config/area_registry/list"}),Vs(e,{type:"homeassistant/expose_entity/list"}),Vs(e,{type:"homeassistant/expose_new_entities/get",assistant:"conversation"})]),c=new Map(i.map(e=>[e.id,e.area_id??void 0])),u=o.map(e=>({area_id:e.area_id,name:e.name,aliases:e.aliases??[]})),d=new Map(u.map(e=>[e.area_id,e.name])),p=l?.expose_new??!0,h=[];for(const e of n){const t=s[e.entity_id];if(!(t?t.options?.conversation?.should_expose??(p&&Ws(e,t)):!0===a?.exposed_entities[e.entity_id]?.conversation))continue;const n=t?.area_id??(t?.device_id?c.get(t.device_id):void 0);h.push({entity_id:e.entity_id,domain:e.entity_id.split(".")[0],name:String(e.attributes.friendly_name??t?.name??t?.original_name??e.entity_id),area_id:n??void 0,area:n?d.get(n):void 0,state:e})}return{entities:h,areas:u,source:a?"assist":"assist-registry",allIds:new Set(r)}}(this.conn,this.options.states?.()),this.options.scope)}async overview(){const e=await this.home(),{entities:t}=e;if(!t.length)return"No entities are exposed to you. Tell the user to expose entities to Assist in Home Assistant (Settings → Voice assistants → Expose).";if(t.length<=60){const e=t.map(e=>`- ${e.entity_id} "${e.name}"${e.area?` (${e.area})`:""}: ${e.state.state}`);return`Entities you may see and control (call list_entities or get_entity for details):\n${e.join("\n")}`}const n=new Map;for(const e of t)n.set(e.domain,(n.get(e.domain)??0)+1);const r=[...n].map(([e,t])=>`${e} ${t}`).join(", "),s=e.areas.map(e=>e.name).join(", ");return`This home has ${t.length} entities in your scope (${r})${s?` in these areas: ${s}`:""}. Use list_entities to find the ones you need before acting; never guess an entity id.`}async review(e){if(e.name!==Js.call){const t=/"entity_id"\s*:\s*"([^"]+)"/.exec(e.arguments)?.[1];return{entityIds:t?[t]:[]}}const t=si(ar,e.arguments),n=await this.home(),r=this.targets(n,t),s=r.filter(e=>this.sensitive(e,t.domain));return{entityIds:r.map(e=>e.entity_id),confirm:s.length?`${t.domain}.${t.service} on ${s.map(e=>e.name).join(", ")}`:void 0}}async run(e){try{return await this.dispatch(e)}catch(e){const t=e instanceof ri?e.message:`Home Assistant said: ${Rs(e)}`;return{content:JSON.stringify({error:t}),ok:!1,entityIds:[]}}}async dispatch(e){const t=(e,t=[])=>({content:JSON.stringify(e),ok:!0,entityIds:t});switch(e.name){case Js.list:{const n=si(ir,e.arguments),r=await this.home(),s=n.name?.trim().toLowerCase(),i=r.entities.filter(e=>(!n.domain||e.domain===n.domain.trim().toLowerCase())&&(!n.area||r.areas.some(t=>t.area_id===e.area_id&&Ks(t,n.area)))&&(!s||e.name.toLowerCase().includes(s)||e.entity_id.includes(s)));return t({count:i.length,entities:i.slice(0,150).map(oi),...i.length>150?{note:"Only the first 150: filter by domain, area or name."}:{}})}case Js.get:{const n=si(or,e.arguments),r=this.inScope(await this.home(),n.entity_id);return t({...oi(r),attributes:r.state.attributes,last_changed:r.state.last_changed},[r.entity_id])}case Js.areas:{si(cr,e.arguments);const n=await this.home();return t(n.areas.map(e=>({area_id:e.area_id,name:e.name,entities:n.entities.filter(t=>t.area_id===e.area_id).length})))}case Js.history:return this.history(e);case Js.call:return this.callService(si(ar,e.arguments));default:throw new ri(`There is no tool "${e.name}". The tools are: ${Object.values(Js).join(", ")}.`)}}inScope(e,t){const n=t.trim().toLowerCase(),r=e.entities.find(e=>e.entity_id===n);if(r)return r;throw new ri(e.allIds.has(n)?`${n} is not exposed to you: you may not read or control it. Tell the user it is outside your scope.`:`There is no entity ${n} in your scope. Call list_entities to find the right id.`)}targets(e,t){const n=ii(t.entity_id).map(t=>this.inScope(e,t)),r=[];for(const n of ii(t.area)){const s=e.areas.find(e=>Ks(e,n));if(!s)throw new ri(`There is no area "${n}". Call list_areas.`);const i=e.entities.filter(e=>e.area_id===s.area_id&&("homeassistant"===t.domain||e.domain===t.domain));if(!i.length)throw new ri(`No ${t.domain} entity in ${s.name} is in your scope.`);r.push(...i)}const s=[...n,...r];return s.filter((e,t)=>s.findIndex(t=>t.entity_id===e.entity_id)===t)}sensitive(e,t){const n=this.options.confirm??[];return!!pr.includes(e.domain)||(!!pr.includes(t)||(!("cover"!==e.domain||!hr.includes(String(e.state.attributes.device_class??"")))||(n.includes(e.domain)||n.includes(e.entity_id)||n.includes(t))))}async callService(e){const t=e.data??{},n=ni.find(e=>e in t);if(n)throw new ri(`Put targets in entity_id or area, not in data.${n}.`);const r=await this.home(),s=this.targets(r,e);if(!s.length)throw new ri("Name the entities to act on (entity_id or area): only services on entities in your scope can be called.");const i=e.domain.trim().toLowerCase(),o=e.service.trim().toLowerCase(),a=await this.conn.sendMessagePromise({type:"get_services"}),l=a[i]?.[o];if(!l){const e=Object.keys(a[i]??{});throw new ri(e.length?`${i} has no service "${o}". Its services: ${e.join(", ")}.`:`There is no service domain "${i}".`)}const c=s.map(e=>e.entity_id),u=await this.conn.sendMessagePromise({type:"call_service",domain:i,service:o,service_data:t,target:{entity_id:c},...l.response?{return_response:!0}:{}});await new Promise(e=>setTimeout(e,this.options.settleMs??300));const d=await this.home(),p=Object.fromEntries(c.map(e=>[e,d.entities.find(t=>t.entity_id===e)?.state.state??"unknown"]));return{content:JSON.stringify({success:!0,states:p,...void 0!==u?.response?{response:u.response}:{}}),ok:!0,entityIds:c}}async history(e){const t=si(lr,e.arguments),n=this.inScope(await this.home(),t.entity_id),r=new Date(Date.now()-36e5*(t.hours??24)),s=((await this.conn.sendMessagePromise({type:"history/history_during_period",start_time:r.toISOString(),entity_ids:[n.entity_id],minimal_response:!0,no_attributes:!0,significant_changes_only:!1}))[n.entity_id]??[]).map(e=>({state:e.s,at:new Date(1e3*(e.lc??e.lu??0)).toISOString()}));return{content:JSON.stringify({entity_id:n.entity_id,changes:s.slice(-100),...s.length>100?{note:`The last 100 of ${s.length} changes.`}:{}}),ok:!0,entityIds:[n.entity_id]}}}class li{constructor(e){this.host=e,this.settings={status:"loading"},this.state={messages:[],busy:!1},this.inputs={connection:void 0,config:{},conversationId:""},this.frame=0,this.connected=!1,e.addController(this)}set(e){const t=this.inputs;this.inputs=e,t.connection!==e.connection||t.conversationId!==e.conversationId?this.reconnect():t.config!==e.config&&this.host.requestUpdate()}setStates(e){const t=this.states;if(this.states=e,!t||!e||t===e)return;const n=this.state.messages.flatMap(e=>(e.tool_calls??[]).flatMap(e=>e.entity_ids??[]));n.some(n=>t[n]!==e[n])&&this.host.requestUpdate()}get liveStates(){return this.states}decide(e,t){this.session?.decide(e,t)}hostConnected(){this.connected=!0,this.reconnect()}hostDisconnected(){this.connected=!1,this.teardown()}get blocker(){const e=this.settings;if("loading"===e.status)return;if("error"===e.status)return{message:e.message};if("invalid"===e.status)return{message:ge.settingsInvalid(e.issues.slice(0,3).join("; "))};const t=gs(e.settings,this.inputs.config);return t.ok?void 0:{message:t.message}}get model(){if("ready"!==this.settings.status)return;const e=gs(this.settings.settings,this.inputs.config);return e.ok?e.value:void 0}send(e){const t=this.turn();t&&this.session?.send(e,t)}retry(){const e=this.turn();e&&this.session?.retry(e)}stop(){this.session?.stop()}clear(){this.session?.clear()}dismiss(){this.session?.dismissError()}turn(){const e=this.model,t=this.inputs.connection;if(!e||!t)return void this.session?.fail(this.blocker?.message??ge.settingsLoading);const n=e.tools?new ai(t,{scope:this.inputs.config.scope,confirm:e.confirm,states:()=>this.states}):void 0;return{target:e.target,model:e.modelId,maxTokens:e.maxTokens,temperature:e.temperature,contextMessages:e.contextMessages,tools:n?{box:n,maxRounds:e.maxToolRounds}:void 0,systemPrompt:()=>async function(e,t,n,r){let s=t;if(/\{[{%#]/.test(t))try{s=await function(e,t,n=5e3){return new Promise((r,s)=>{let i,o=!1;const a=e=>{o||(o=!0,clearTimeout(l),e(),i?.().catch(()=>{}))},l=setTimeout(()=>a(()=>s(new Error("template rendering timed out"))),n);e.subscribeMessage(e=>a(()=>void 0!==e.error?s(new Error(e.error)):r(String(e.result??""))),{type:"render_template",template:t,strict:!1,report_errors:!0},{resubscribe:!1}).then(e=>{i=e,o&&e().catch(()=>{})},e=>a(()=>s(e)))})}(e,t)}catch{s=t}if(!n)return s;const i=await n.overview().catch(()=>ge.homeUnavailable);return[s,"",`${r?`You are talking with ${r}. `:""}It is ${(new Date).toString()}.`,"You can read and control the home with the tools. Act only when asked; say what you did.",i].join("\n")}(t,e.promptTemplate,n,this.inputs.userName)}}reconnect(){this.teardown();const{connection:e,conversationId:t}=this.inputs;if(!this.connected||!e)return;this.unsubscribeSettings=Hs(e).subscribe(e=>{this.settings=e,this.host.requestUpdate()});const n=new ps({conversationId:t,store:Ps(e)});this.session=n,this.unsubscribeSession=n.subscribe(e=>{this.state=e,this.scheduleUpdate()}),n.load()}teardown(){this.unsubscribeSettings?.(),this.unsubscribeSession?.(),this.unsubscribeSettings=this.unsubscribeSession=void 0,this.session?.stop(),this.session=void 0,cancelAnimationFrame(this.frame),this.frame=0}scheduleUpdate(){this.frame||(this.frame=requestAnimationFrame(()=>{this.frame=0,this.host.requestUpdate()}))}}function ci(e){return H`<oacc-chat-view
    .state=${e.state}
    .blocker=${e.blocker}
    @oacc-send=${t=>e.send(t.detail.text)}
    @oacc-stop=${()=>e.stop()}
    @oacc-retry=${()=>e.retry()}
    @oacc-dismiss=${()=>e.dismiss()}
    @oacc-decide=${t=>e.decide(t.detail.id,t.detail.approve)}
    .states=${e.liveStates}
  ></oacc-chat-view>`}const ui=i`
  :host {
    color: var(--primary-text-color, #212121);
    font-family: var(
      --ha-font-family-body,
      var(--mdc-typography-font-family, Roboto, Noto, sans-serif)
    );
    font-size: var(--ha-font-size-m, 14px);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: none;
    color: var(--secondary-text-color, #727272);
  }
  .icon-button:hover {
    background: rgba(127, 127, 127, 0.12);
  }
  svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
`,di=i`
  .form {
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  fieldset {
    border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
    border-radius: 8px;
    padding: 8px 12px 12px;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  legend {
    padding: 0 4px;
    color: var(--secondary-text-color);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    color: var(--secondary-text-color);
    font-size: 0.9em;
    flex: 1;
    min-width: 0;
  }
  label.check {
    flex: none;
    flex-direction: row;
    align-items: center;
    color: var(--primary-text-color);
    font-size: 1em;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    font-size: 1rem;
    color: var(--primary-text-color);
    background: var(
      --input-fill-color,
      var(--secondary-background-color, rgba(127, 127, 127, 0.08))
    );
    border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
    border-radius: 6px;
    padding: 8px;
    min-width: 0;
  }
  .row {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
    align-items: flex-end;
  }
  .row.end {
    justify-content: flex-end;
  }
  .models {
    max-height: 200px;
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .text-button,
  .filled {
    align-self: flex-start;
    border: none;
    border-radius: 6px;
    padding: 8px 12px;
    font-weight: 500;
    background: none;
    color: var(--primary-color);
  }
  .filled {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .error {
    color: var(--error-color, #db4437);
    margin: 0;
  }
  .muted {
    color: var(--secondary-text-color);
    margin: 0;
  }
`,pi="M2,21L23,12L2,3V10L17,12L2,14V21Z",hi="M18,18H6V6H18V18Z",fi="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",mi="M13,13H11V7H13M13,17H11V15H13M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z",gi="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",yi="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",bi="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",vi="M12,15.5A3.5,3.5 0 0,1 8.5,12A3.5,3.5 0 0,1 12,8.5A3.5,3.5 0 0,1 15.5,12A3.5,3.5 0 0,1 12,15.5M19.43,12.97C19.47,12.65 19.5,12.33 19.5,12C19.5,11.67 19.47,11.34 19.43,11L21.54,9.37C21.73,9.22 21.78,8.95 21.66,8.73L19.66,5.27C19.54,5.05 19.27,4.96 19.05,5.05L16.56,6.05C16.04,5.66 15.5,5.32 14.87,5.07L14.5,2.42C14.46,2.18 14.25,2 14,2H10C9.75,2 9.54,2.18 9.5,2.42L9.13,5.07C8.5,5.32 7.96,5.66 7.44,6.05L4.95,5.05C4.73,4.96 4.46,5.05 4.34,5.27L2.34,8.73C2.21,8.95 2.27,9.22 2.46,9.37L4.57,11C4.53,11.34 4.5,11.67 4.5,12C4.5,12.33 4.53,12.65 4.57,12.97L2.46,14.63C2.27,14.78 2.21,15.05 2.34,15.27L4.34,18.73C4.46,18.95 4.73,19.03 4.95,18.95L7.44,17.94C7.96,18.34 8.5,18.68 9.13,18.93L9.5,21.58C9.54,21.82 9.75,22 10,22H14C14.25,22 14.46,21.82 14.5,21.58L14.87,18.93C15.5,18.67 16.04,18.34 16.56,17.94L19.05,18.95C19.27,19.03 19.54,18.95 19.66,18.73L21.66,15.27C21.78,15.05 21.73,14.78 21.54,14.63L19.43,12.97Z",_i="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z",ki="openai-compatible-conversation-card",xi=["api_key","apikey","key","token","authorization","password","bearer"],wi=Un({type:An(),title:Kn(An()),provider_id:Kn(An()),model_id:Kn(An()),prompt_template:Kn(An()),max_tokens:Kn(Rn().check(kn())),temperature:Kn(Pn().check(_n(0),vn(2))),context_messages:Kn(Rn().check(_n(0))),tools:Kn(Mn()),scope:Kn(ur)});function $i(e){if(e&&"object"==typeof e){const t=Object.keys(e).find(e=>xi.includes(e.toLowerCase()));if(t)throw new Yr("Card configuration",[`"${t}" does not belong in a card: every user who can open this dashboard can read its configuration. Remove it and add the key in the AI Chat settings, which keep it in your own Home Assistant user data.`])}const t=yt(wi,e);if(!t.success)throw new Yr("Card configuration",Kr(t.error));return t.data}var Si=Object.defineProperty;class Ai extends oe{constructor(){super(...arguments),this.config={type:`custom:${ki}`},this.chat=new li(this)}static getConfigElement(){return document.createElement("openai-compatible-conversation-card-editor")}static getStubConfig(){return{}}set hass(e){const t=this._hass;this._hass=e,t?.connection===e.connection&&t?.user?.id===e.user?.id||this.updateChat(),this.chat.setStates(e.states)}get hass(){return this._hass}setConfig(e){this.config=$i(e),this.updateChat()}getCardSize(){return 8}getGridOptions(){return{columns:12,rows:8,min_columns:4,min_rows:4}}updateChat(){this.chat.set({connection:this._hass?.connection,config:this.config,conversationId:`card:${location.pathname}:${this.config.title??""}`,userName:this._hass?.user?.name})}render(){const e=this.config.title;return H`<ha-card>
      <div class="header">
        ${e?H`<h2 class="title">${e}</h2>`:H`<span></span>`}
        ${this.chat.state.messages.length?H`<button
                class="icon-button"
                aria-label=${ge.clear}
                title=${ge.clear}
                @click=${()=>this.chat.clear()}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${fi}></path></svg>
              </button>`:q}
      </div>
      ${ci(this.chat)}
    </ha-card>`}static{this.styles=[ui,i`
      :host {
        display: block;
        height: 100%;
      }
      ha-card {
        display: flex;
        flex-direction: column;
        box-sizing: border-box;
        height: 100%;
        min-height: 320px;
        max-height: var(--oacc-card-max-height, 640px);
        padding: 8px 12px 12px;
        overflow: hidden;
        background: var(--ha-card-background, var(--card-background-color, #fff));
        border-radius: var(--ha-card-border-radius, 12px);
        border: var(--ha-card-border-width, 1px) solid
          var(--ha-card-border-color, var(--divider-color, #e0e0e0));
        box-shadow: var(--ha-card-box-shadow, none);
        color: var(--primary-text-color);
      }
      .header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        min-height: 40px;
      }
      .title {
        margin: 0;
        font-size: var(--ha-card-header-font-size, 20px);
        font-weight: 400;
        color: var(--ha-card-header-color, var(--primary-text-color));
      }
      oacc-chat-view {
        flex: 1;
      }
    `]}}function Ti(e,t,n){e.dispatchEvent(new CustomEvent(t,{detail:n,bubbles:!0,composed:!0}))}((e,t,n)=>{for(var r,s=void 0,i=e.length-1;i>=0;i--)(r=e[i])&&(s=r(t,n,s)||s);s&&Si(t,n,s)})([de()],Ai.prototype,"config");const Ei=/embed|whisper|tts|speech|audio-|moderation|dall-e|image|rerank|transcribe/i;function zi(e,t){const n=e.capabilities;if(n&&"boolean"==typeof n.completion_chat)return n.completion_chat;if(e.type)return"chat"===e.type||"language"===e.type;const r=e.architecture;return Array.isArray(r?.output_modalities)?r.output_modalities.includes("text"):!Ei.test(t)}function Pi(e){if(Array.isArray(e))return e;const t=e;return t.data??t.models??[]}function Oi(e){if(Array.isArray(e))return;const t=e;return t.has_more?t.last_id??void 0:void 0}var Ri=Object.defineProperty,Ci=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&Ri(t,n,i),i};function Mi(e){return{name:e?.name??"",base_url:e?.base_url??"",auth_mode:e?.auth_mode??"global",api_key:"",clear_key:!1,timeout_s:e?.timeout_s?String(e.timeout_s):"",dialect:e?.dialect,models:e?structuredClone(e.models):[],model_keys:{},cache:e?.model_cache}}const Li=e=>e.target.value,Ii=e=>e.target.checked,Ni=e=>{const t=Number(e);return""===e.trim()||Number.isNaN(t)?void 0:t};function ji(e){return e instanceof ye?[e.message,e.providerMessage&&ge.err.provider_says(e.providerMessage),e.hint].filter(Boolean).join(" "):e instanceof Yr||e instanceof Error?e.message:String(e)}class Di extends oe{constructor(){super(...arguments),this.takenIds=[],this.draft=Mi(void 0),this.filter="",this.typed="",this.busy=!1,this.error=""}willUpdate(e){e.has("provider")&&(this.draft=Mi(this.provider),this.listed=void 0,this.error="")}render(){const e=this.draft,t=Boolean(this.provider),n=Boolean(this.provider?.api_key)&&!e.clear_key;return H`<fieldset class="provider-form">
      <legend>
        ${t?ge.settings.editProvider(this.provider.name):ge.settings.addProvider}
      </legend>
      <label
        >Name<input
          .value=${e.name}
          placeholder="LiteLLM"
          @input=${e=>this.edit({name:Li(e)})}
      /></label>
      <label
        >Base URL<input
          .value=${e.base_url}
          placeholder="http://192.168.1.10:4000/v1"
          inputmode="url"
          @input=${e=>this.edit({base_url:Li(e)})}
          @change=${()=>this.listed=void 0}
      /></label>
      <div class="row" role="radiogroup" aria-label=${ge.settings.authMode}>
        <label class="check"
          ><input
            type="radio"
            name="auth"
            .checked=${"global"===e.auth_mode}
            @change=${()=>this.edit({auth_mode:"global"})}
          />${ge.settings.authGlobal}</label
        >
        <label class="check"
          ><input
            type="radio"
            name="auth"
            .checked=${"per_model"===e.auth_mode}
            @change=${()=>this.edit({auth_mode:"per_model"})}
          />${ge.settings.authPerModel}</label
        >
      </div>
      ${"global"===e.auth_mode?H`<label
                >API key (optional; kept in your Home Assistant user data, never in the card)
                <input
                  type="password"
                  autocomplete="off"
                  .value=${e.api_key}
                  placeholder=${n?ge.settings.keySaved:""}
                  @input=${e=>this.edit({api_key:Li(e)})}
              /></label>
              ${this.provider?.api_key?H`<label class="check"
                      ><input
                        type="checkbox"
                        .checked=${e.clear_key}
                        @change=${e=>this.edit({clear_key:Ii(e),api_key:""})}
                      />${ge.settings.removeKey}</label
                    >`:q}`:q}
      <label
        >${ge.settings.timeout}<input
          type="number"
          min="1"
          step="1"
          .value=${e.timeout_s}
          placeholder=${String(30)}
          @input=${e=>this.edit({timeout_s:Li(e)})}
      /></label>
      <label
        >${ge.settings.server}
        <select
          @change=${e=>this.edit({dialect:e.target.value||void 0})}
        >
          <option value="" ?selected=${!e.dialect}>
            ${ge.settings.serverAuto(ge.dialects[Se(e.base_url).id])}
          </option>
          ${_r.map(t=>H`<option value=${t} ?selected=${e.dialect===t}>
                ${ge.dialects[t]}
              </option>`)}
        </select>
      </label>
      ${this.renderDiscovery()} ${this.renderChosen()}
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:q}
      <div class="row end">
        <slot name="actions"></slot>
        <button class="text-button" @click=${()=>Ti(this,"oacc-provider-cancel",void 0)}>
          Cancel
        </button>
        <button
          class="filled"
          ?disabled=${this.busy||!e.name.trim()||!e.base_url.trim()||0===e.models.length&&!this.typed.trim()}
          @click=${this.save}
        >
          Save provider
        </button>
      </div>
    </fieldset>`}renderDiscovery(){const e=this.draft,t=this.listed??e.cache?.ids.map(e=>({id:e,label:e,chat:!0})),n=this.filter.trim().toLowerCase(),r=(t??[]).filter(e=>(!this.listed||e.chat)&&e.label.toLowerCase().includes(n)),s=new Set(e.models.map(e=>e.model_id));return H`<div class="row">
        <button class="text-button" ?disabled=${!e.base_url||this.busy} @click=${this.loadModels}>
          ${e.cache?"Reload models":"Load models"}
        </button>
        <label class="grow"
          >Or type a model id
          <input
            .value=${this.typed}
            placeholder="gpt-4o-mini"
            @input=${e=>this.typed=Li(e)}
            @keydown=${e=>"Enter"===e.key&&this.addTyped()}
        /></label>
        <button class="text-button" ?disabled=${!this.typed.trim()} @click=${this.addTyped}>
          ${ge.settings.addModel}
        </button>
      </div>
      ${e.cache?H`<p class="muted">
              ${ge.settings.modelsFetched(e.cache.ids.length,function(e,t=Date.now()){const n=Math.round((Date.parse(e)-t)/1e3),r=new Intl.RelativeTimeFormat(void 0,{numeric:"auto"}),s=[["day",86400],["hour",3600],["minute",60]];for(const[e,t]of s)if(Math.abs(n)>=t)return r.format(Math.round(n/t),e);return r.format(n,"second")}(e.cache.fetched_at))}
            </p>`:q}
      ${t?H`<label
                >Search models<input
                  type="search"
                  .value=${this.filter}
                  @input=${e=>this.filter=Li(e)}
              /></label>
              <div class="models" role="group" aria-label="Models">
                ${0===r.length?H`<span class="muted">No models match.</span>`:q}
                ${r.slice(0,200).map(e=>H`<label class="check"
                        ><input
                          type="checkbox"
                          .checked=${s.has(e.id)}
                          @change=${t=>this.toggle(e.id,Ii(t))}
                        />${e.label}</label
                      >`)}
                ${r.length>200?H`<span class="muted"
                        >${r.length-200} more: narrow the search.</span
                      >`:q}
              </div>`:q}`}renderChosen(){const e=this.draft;return e.models.length?H`<div class="chosen" role="list" aria-label=${ge.settings.chosenModels}>
      ${e.models.map(t=>{const n=this.provider?.models.find(e=>e.model_id===t.model_id)?.api_key;return H`<div class="model" role="listitem">
          <div class="row">
            <strong class="grow">${t.model_id}</strong>
            <button
              class="text-button"
              aria-label=${ge.settings.removeModel(t.model_id)}
              @click=${()=>this.toggle(t.model_id,!1)}
            >
              ${ge.settings.remove}
            </button>
          </div>
          <div class="row">
            <label
              >${ge.settings.displayName}<input
                .value=${t.display_name??""}
                placeholder=${t.model_id}
                @change=${e=>this.editModel(t.model_id,{display_name:Li(e)||void 0})}
            /></label>
            <label
              >Max tokens<input
                type="number"
                min="1"
                .value=${t.max_tokens?.toString()??""}
                @change=${e=>this.editModel(t.model_id,{max_tokens:Ni(Li(e))})}
            /></label>
            <label
              >Temperature<input
                type="number"
                min="0"
                max="2"
                step="0.1"
                .value=${t.temperature?.toString()??""}
                @change=${e=>this.editModel(t.model_id,{temperature:Ni(Li(e))})}
            /></label>
          </div>
          ${"per_model"===e.auth_mode?H`<label
                  >${ge.settings.modelKey(t.model_id)}<input
                    type="password"
                    autocomplete="off"
                    .value=${e.model_keys[t.model_id]??""}
                    placeholder=${n?ge.settings.keySaved:""}
                    @input=${n=>this.edit({model_keys:{...e.model_keys,[t.model_id]:Li(n)}})}
                /></label>`:q}
          <label class="check"
            ><input
              type="checkbox"
              .checked=${!1!==t.tools}
              @change=${e=>this.editModel(t.model_id,{tools:!!Ii(e)&&void 0})}
            />${ge.settings.modelTools}</label
          >
        </div>`})}
    </div>`:q}edit(e){this.draft={...this.draft,...e}}editModel(e,t){const n=this.draft.models.map(n=>n.model_id===e?Object.fromEntries(Object.entries({...n,...t}).filter(([,e])=>void 0!==e)):n);this.edit({models:n})}toggle(e,t){const n=this.draft.models.some(t=>t.model_id===e);t&&!n&&this.edit({models:[...this.draft.models,{model_id:e}]}),!t&&n&&this.edit({models:this.draft.models.filter(t=>t.model_id!==e)})}addTyped(){const e=this.typed.trim();e&&(this.toggle(e,!0),this.typed="")}target(){const e=this.draft;return{baseUrl:Er(e.base_url),apiKey:"global"===e.auth_mode?e.api_key||(e.clear_key?void 0:this.provider?.api_key):void 0,timeoutS:Ni(e.timeout_s),dialect:e.dialect}}async loadModels(){this.busy=!0,this.error="";try{const e=await async function(e,t={}){const n=new Map;let r;for(let s=0;s<20;s++){const s=r?`/models?after_id=${encodeURIComponent(r)}`:"/models",i=Lr(e,s,t),o=new Mr(1e3*i.timeoutS,t.signal);let a,l;try{const t=await Ir(i,{headers:Rr(i.dialect,e.apiKey,!1)},o);a=await t.json().catch(()=>{throw new ye("malformed",{url:e.baseUrl})})}catch(e){throw o.classifyAbort(i.timeoutS,t.signal)??e}finally{o.dispose()}try{l=Jr(Vr,a,"model list")}catch(t){if(t instanceof Yr)throw new ye("malformed",{url:e.baseUrl,providerMessage:t.issues[0]});throw t}const c=Pi(l);for(const e of c){const t=e.id??e.model??e.name;t&&!n.has(t)&&n.set(t,{id:t,label:t.replace(/^models\//,""),chat:zi(e,t)})}const u=Oi(l);if(!u)break;r=u}return[...n.values()]}(this.target());if(this.listed=e,this.edit({cache:{fetched_at:(new Date).toISOString(),ids:e.map(e=>e.id)}}),!this.draft.models.length){const t=e.find(e=>e.chat);t&&this.toggle(t.id,!0)}}catch(e){this.error=ji(e)}finally{this.busy=!1}}save(){this.addTyped();const e=this.draft,t=this.provider,n="global"===e.auth_mode?e.api_key||(e.clear_key?void 0:t?.api_key):void 0,r=e.models.map(n=>{const{api_key:r,...s}=n,i="per_model"===e.auth_mode?e.model_keys[n.model_id]||t?.models.find(e=>e.model_id===n.model_id)?.api_key:void 0;return{...s,...i?{api_key:i}:{}}}),{api_key:s,dialect:i,...o}=t??{},a=Ni(e.timeout_s),l={...o,id:t?.id??Tr(e.name,this.takenIds),name:e.name.trim(),base_url:Er(e.base_url),auth_mode:e.auth_mode,...n?{api_key:n}:{},...a?{timeout_s:a}:{timeout_s:void 0},...e.dialect?{dialect:e.dialect}:{},models:r,...e.cache?{model_cache:e.cache}:{}};void 0===l.timeout_s&&delete l.timeout_s;try{Ti(this,"oacc-provider-save",{provider:Jr(wr,l,"Provider")})}catch(e){this.error=ji(e)}}static{this.styles=[ui,di,i`
      .chosen {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .model {
        border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        padding-top: 8px;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .grow {
        flex: 1;
      }
    `]}}Ci([ue({attribute:!1})],Di.prototype,"provider"),Ci([ue({attribute:!1})],Di.prototype,"takenIds"),Ci([de()],Di.prototype,"draft"),Ci([de()],Di.prototype,"listed"),Ci([de()],Di.prototype,"filter"),Ci([de()],Di.prototype,"typed"),Ci([de()],Di.prototype,"busy"),Ci([de()],Di.prototype,"error");var Ui=Object.defineProperty,Bi=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&Ui(t,n,i),i};class Hi extends oe{constructor(){super(...arguments),this.settings={status:"loading"},this.adding=!1,this.error=""}set hass(e){const t=this._hass?.connection!==e.connection;this._hass=e,t&&this.isConnected&&this.subscribe()}setConfig(e){this.config=$i(e)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.(),this.unsubscribe=void 0}subscribe(){this.unsubscribe?.();const e=this._hass?.connection;this.unsubscribe=e?Hs(e).subscribe(e=>this.settings=e):void 0}render(){if(!this.config)return q;const e=this.settings;return H`<div class="form">
      <label
        >Title<input
          .value=${this.config.title??""}
          @change=${e=>this.setText("title",e)}
      /></label>
      ${"ready"===e.status?this.renderModelPickers(e.settings):q}
      ${"invalid"===e.status?H`<p class="error" role="alert">Your settings do not validate: ${e.issues.join("; ")}</p>`:q}
      ${"error"===e.status?H`<p class="error" role="alert">${e.message}</p>`:q}
      ${"loading"===e.status?H`<p class="muted">Loading your settings…</p>`:q}
      ${this.adding&&"ready"===e.status?H`<oacc-provider-form
              .takenIds=${e.settings.providers.map(e=>e.id)}
              @oacc-provider-save=${e=>this.saveProvider(e.detail.provider)}
              @oacc-provider-cancel=${()=>this.adding=!1}
            ></oacc-provider-form>`:q}
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:q}
      <fieldset>
        <legend>Agent</legend>
        <label
          >System prompt template
          <textarea
            rows="4"
            .value=${this.config.prompt_template??""}
            placeholder=${gr}
            @change=${e=>this.setText("prompt_template",e)}
          ></textarea>
        </label>
        <div class="row">
          ${this.numberField("Max tokens","max_tokens",yr,1)}
          ${this.numberField("Temperature","temperature",br,.1)}
          ${this.numberField("Context messages","context_messages",vr,1)}
        </div>
      </fieldset>
      ${this.renderHome()}
    </div>`}renderHome(){const e=this.config,t=e.scope??{},n=(n,r,s)=>H`<label
        >${n}<input
          .value=${(t[r]??[]).join(", ")}
          placeholder=${s}
          ?disabled=${!1===e.tools}
          @change=${e=>this.setScope(r,Fi(e))}
      /></label>`;return H`<fieldset>
      <legend>Home</legend>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${!1!==e.tools}
          @change=${e=>this.change({tools:!!e.target.checked&&void 0})}
        />${ge.toolsToggle}</label
      >
      <p class="muted">
        ${this._hass?.user?.is_admin?ge.scopeNote.assist:ge.scopeNote["assist-registry"]}
        ${ge.scopeNarrow}
      </p>
      ${n("Only these domains","domains","light, switch, climate")}
      ${n("Only these areas","areas","Kitchen, Living Room")}
      ${n("Only these entities","entities","light.kitchen, lock.front_door")}
      ${"ready"===this.settings.status?H`<label
              >${ge.confirmField}<input
                .value=${(this.settings.settings.tools?.confirm??[]).join(", ")}
                placeholder="switch, light.porch"
                @change=${e=>this.setConfirm(Fi(e))}
            /></label>`:q}
    </fieldset>`}async setConfirm(e){const t=this._hass?.connection;if(!t)return;const n=e.split(",").map(e=>e.trim().toLowerCase()).filter(Boolean);await Hs(t).update(e=>({...e,tools:{...e.tools,confirm:n}}))}setScope(e,t){const n=t.split(",").map(e=>e.trim()).filter(Boolean),r=Object.fromEntries(Object.entries({...this.config?.scope,[e]:n.length?n:void 0}).filter(([,e])=>void 0!==e));this.change({scope:Object.keys(r).length?r:void 0})}renderModelPickers(e){const t=this.config,n=t.provider_id??"",r=e.providers.find(t=>t.id===(n||e.defaults?.provider_id))??(n?void 0:e.providers[0]),s=r?function(e){return[...new Set(e.models.map(e=>e.model_id))]}(r):[];return H`<fieldset>
      <legend>Provider and model</legend>
      ${0===e.providers.length?H`<p class="muted">No provider yet: add one to start chatting.</p>`:q}
      <div class="row">
        <label
          >Provider
          <select @change=${e=>this.pick("provider_id",e)}>
            <option value="" ?selected=${!n}>
              Default${e.providers[0]?` (${(r??e.providers[0]).name})`:""}
            </option>
            ${e.providers.map(e=>H`<option value=${e.id} ?selected=${e.id===n}>${e.name}</option>`)}
          </select>
        </label>
        <label
          >Model
          <select @change=${e=>this.pick("model_id",e)}>
            <option value="" ?selected=${!t.model_id}>Default</option>
            ${s.map(e=>H`<option value=${e} ?selected=${e===t.model_id}>${e}</option>`)}
          </select>
        </label>
      </div>
      <div class="row">
        ${this.adding?q:H`<button class="text-button" @click=${()=>this.adding=!0}>Add provider</button>`}
        ${this.renderSettingsLink()}
      </div>
    </fieldset>`}numberField(e,t,n,r){return H`<label
      >${e}<input
        type="number"
        step=${r}
        min="0"
        .value=${this.config?.[t]?.toString()??""}
        placeholder=${String(n)}
        @change=${e=>this.setNumber(t,e)}
    /></label>`}renderSettingsLink(){const e=this._hass?.panels,t=Object.values(e??{}).find(e=>"openai-compatible-conversation-panel"===e.config?._panel_custom?.name);return t?.url_path?H`<a class="text-button" href=${`/${t.url_path}/settings`}
          >${ge.settings.openSettings}</a
        >`:q}async saveProvider(e){const t=this._hass?.connection;if(t){this.error="";try{await Hs(t).update(t=>({...t,providers:[...t.providers,e],defaults:t.defaults?.provider_id?t.defaults:{provider_id:e.id,model_id:e.models[0]?.model_id}})),this.adding=!1,this.change({provider_id:e.id,model_id:e.models[0]?.model_id})}catch(e){this.error=ji(e)}}}pick(e,t){const n=t.target.value;this.change("provider_id"===e?{provider_id:n||void 0,model_id:void 0}:{model_id:n||void 0})}setText(e,t){this.change({[e]:Fi(t)||void 0})}setNumber(e,t){const n=Fi(t),r=Number(n);this.change({[e]:""===n||Number.isNaN(r)?void 0:r})}change(e){if(!this.config)return;const t=Object.fromEntries(Object.entries({...this.config,...e}).filter(([,e])=>void 0!==e));this.config=t,Ti(this,"config-changed",{config:t})}static{this.styles=[ui,di]}}function Fi(e){return e.target.value}Bi([de()],Hi.prototype,"config"),Bi([de()],Hi.prototype,"settings"),Bi([de()],Hi.prototype,"adding"),Bi([de()],Hi.prototype,"error");var qi=Object.defineProperty,Zi=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&qi(t,n,i),i};class Wi extends oe{constructor(){super(...arguments),this.narrow=!1,this.chat=new li(this)}set hass(e){const t=this._hass;this._hass=e,t?.connection===e.connection&&t?.user?.id===e.user?.id||this.chat.set({connection:e.connection,config:{},conversationId:"panel",userName:e.user?.name}),this.chat.setStates(e.states)}get hass(){return this._hass}get showing(){return this.view??(this.route?.path?.startsWith("/settings")?"settings":"chat")}go(e){this.view=e;const t=this.route?.prefix;t&&(history.pushState(null,"",`${t}${"settings"===e?"/settings":""}`),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}})))}willUpdate(e){e.has("route")&&this.route&&(this.view=void 0)}render(){const e="settings"===this.showing;return H`<header class="toolbar">
        ${this.narrow?H`<button class="icon-button" aria-label="Menu" @click=${this.toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${yi}></path></svg>
              </button>`:null}
        ${e?H`<button
                  class="icon-button"
                  aria-label=${ge.settings.back}
                  title=${ge.settings.back}
                  @click=${()=>this.go("chat")}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${bi}></path></svg>
                </button>
                <h1 class="grow">${ge.panelTitle} · ${ge.settings.title}</h1>`:H`<h1>${ge.panelTitle}</h1>
                <span class="model">${this.chat.model?.modelId??""}</span>
                <button
                  class="icon-button"
                  aria-label=${ge.clear}
                  title=${ge.clear}
                  @click=${()=>this.chat.clear()}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${fi}></path></svg>
                </button>
                <button
                  class="icon-button"
                  aria-label=${ge.settings.title}
                  title=${ge.settings.title}
                  @click=${()=>this.go("settings")}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d=${vi}></path>
                  </svg>
                </button>`}
      </header>
      ${e?H`<div class="scroll">
              <oacc-settings-page .connection=${this._hass?.connection}></oacc-settings-page>
            </div>`:H`<main>${ci(this.chat)}</main>`}`}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}static{this.styles=[ui,i`
      :host {
        display: flex;
        flex-direction: column;
        /* The panel has the whole height beside the sidebar. */
        height: 100vh;
        height: 100dvh;
        background: var(--primary-background-color, #fafafa);
      }
      .toolbar {
        display: flex;
        align-items: center;
        gap: 8px;
        height: var(--header-height, 56px);
        padding: 0 12px;
        box-sizing: border-box;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
      }
      .toolbar .icon-button {
        color: inherit;
      }
      h1 {
        margin: 0;
        font-size: 20px;
        font-weight: 400;
      }
      .model {
        flex: 1;
        opacity: 0.8;
        font-size: 0.9em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .grow {
        flex: 1;
      }
      .scroll {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
      }
      main {
        flex: 1;
        min-height: 0;
        display: flex;
        justify-content: center;
        padding: 12px;
      }
      oacc-chat-view {
        width: 100%;
        max-width: 900px;
      }
    `]}}Zi([ue({type:Boolean,reflect:!0})],Wi.prototype,"narrow"),Zi([ue({attribute:!1})],Wi.prototype,"panel"),Zi([ue({attribute:!1})],Wi.prototype,"route"),Zi([de()],Wi.prototype,"view");function Gi(e){const{api_key:t,...n}=e;return n}var Vi=Object.defineProperty,Yi=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&Vi(t,n,i),i};const Ki=ge.settings;function Ji(e,t){const n=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)],{type:"application/json"})),r=document.createElement("a");r.href=n,r.download=e,r.click(),setTimeout(()=>URL.revokeObjectURL(n),1e3)}class Qi extends oe{constructor(){super(...arguments),this.settings={status:"loading"},this.message="",this.error=""}connectedCallback(){super.connectedCallback(),this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.(),this.unsubscribe=this.subscribedTo=void 0}willUpdate(e){e.has("connection")&&this.resubscribe()}resubscribe(){this.isConnected&&this.subscribedTo!==this.connection&&(this.unsubscribe?.(),this.subscribedTo=this.connection,this.unsubscribe=this.connection?Hs(this.connection).subscribe(e=>this.settings=e):void 0)}render(){const e=this.settings;return H`<div class="page">
      ${"loading"===e.status?H`<p class="muted">${ge.settingsLoading}</p>`:q}
      ${"error"===e.status?H`<p class="error" role="alert">${e.message}</p>`:q}
      ${"invalid"===e.status?this.renderInvalid(e.raw,e.issues):q}
      ${"ready"===e.status?this.renderReady(e.settings):q}
      <div role="status" aria-live="polite" class="muted">${this.message}</div>
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:q}
    </div>`}renderInvalid(e,t){return H`<section class="card" role="alert">
      <h2>${Ki.invalidTitle}</h2>
      <ul>
        ${t.map(e=>H`<li>${e}</li>`)}
      </ul>
      <p>${Ki.invalidBody}</p>
      <div class="row">
        <button
          class="text-button"
          @click=${()=>Ji("ai-chat-settings-broken.json",function(e){const t=e=>Array.isArray(e)?e.map(t):e&&"object"==typeof e?Object.fromEntries(Object.entries(e).filter(([e])=>!/key|token|secret|password|authorization/i.test(e)).map(([e,n])=>[e,t(n)])):e;return t(e)}(e))}
        >
          ${Ki.exportBroken}
        </button>
        ${this.renderImport()}
        <button class="text-button" @click=${this.startOver}>${Ki.startOver}</button>
      </div>
    </section>`}renderReady(e){const t=void 0===this.editing?void 0:e.providers.find(e=>e.id===this.editing)??null;return H`<section class="card">
        <h2>${Ki.providers}</h2>
        ${e.providers.length?q:H`<p class="muted">${Ki.noProviders}</p>`}
        <ul class="providers" aria-label=${Ki.providers}>
          ${e.providers.map(t=>this.renderProvider(e,t))}
        </ul>
        ${void 0!==t?H`<oacc-provider-form
                .provider=${t??void 0}
                .takenIds=${e.providers.map(e=>e.id)}
                @oacc-provider-save=${e=>this.saveProvider(e.detail.provider)}
                @oacc-provider-cancel=${()=>this.editing=void 0}
              ></oacc-provider-form>`:H`<button class="filled" @click=${()=>this.open("")}>${Ki.addProvider}</button>`}
      </section>
      ${e.providers.length?this.renderDefaults(e):q}
      <section class="card">
        <h2>${ge.settings.title}</h2>
        <label
          >${Ki.maxRounds}<input
            type="number"
            min="1"
            max="50"
            .value=${String(e.tools?.max_rounds??"")}
            placeholder=${String(10)}
            @change=${e=>this.setMaxRounds(e.target.value)}
        /></label>
        <div class="row">
          <button
            class="text-button"
            title=${Ki.exportHint}
            @click=${()=>Ji("ai-chat-settings.json",function(e,t=new Date){return{format:"openai_compatible_conversation.settings",exported_at:t.toISOString(),...e,providers:e.providers.map(e=>({...Gi(e),models:e.models.map(e=>Gi(e))}))}}(e))}
          >
            ${Ki.export}
          </button>
          ${this.renderImport()}
        </div>
        <p class="muted">${Ki.exportHint}</p>
      </section>`}renderProvider(e,t){const n=(e.defaults?.provider_id??e.providers[0]?.id)===t.id,r="per_model"===t.auth_mode?Ki.keyState.per_model:t.api_key?Ki.keyState.global:Ki.keyState.none;return H`<li class="provider">
      <div class="grow">
        <strong>${t.name}</strong>
        ${n?H`<span class="badge">${Ki.isDefault}</span>`:q}
        <div class="muted">${t.base_url} · ${Ki.modelsCount(t.models.length)} · ${r}</div>
      </div>
      ${this.removing===t.id?H`<div class="confirm" role="alertdialog" aria-label=${Ki.confirmRemove(t.name)}>
              <span>${Ki.confirmRemove(t.name)}</span>
              <button class="text-button" @click=${()=>this.removing=void 0}>
                Cancel
              </button>
              <button class="filled danger" @click=${()=>this.removeProvider(t.id)}>
                ${Ki.remove}
              </button>
            </div>`:H`<div class="row">
              ${n?q:H`<button class="text-button" @click=${()=>this.makeDefault(t)}>${Ki.makeDefault}</button>`}
              <button
                class="text-button"
                aria-label=${`${Ki.edit} ${t.name}`}
                @click=${()=>this.open(t.id)}
              >
                ${Ki.edit}
              </button>
              <button
                class="text-button"
                aria-label=${`${Ki.remove} ${t.name}`}
                @click=${()=>this.removing=t.id}
              >
                ${Ki.remove}
              </button>
            </div>`}
    </li>`}renderDefaults(e){const t=`${e.defaults?.provider_id??""}\0${e.defaults?.model_id??""}`;return H`<section class="card">
      <label
        >${Ki.defaultModel}
        <select @change=${e=>this.setDefault(e.target.value)}>
          ${e.providers.flatMap(e=>e.models.map(n=>{const r=`${e.id}\0${n.model_id}`;return H`<option value=${r} ?selected=${r===t}>
                ${e.name} — ${n.display_name??n.model_id}
              </option>`}))}
        </select>
      </label>
    </section>`}renderImport(){return H`<label class="text-button file"
      >${Ki.import}<input
        type="file"
        accept="application/json,.json"
        @change=${e=>this.importFile(e.target)}
    /></label>`}open(e){this.editing=e,this.message=this.error=""}async change(e,t={}){const n=this.connection;if(!n)return!1;this.error="";try{const r=Hs(n);return t.replaceInvalid?await r.save(e({version:1,providers:[]}),t):await r.update(e),this.message=Ki.saved,!0}catch(e){return this.error=ji(e),!1}}async saveProvider(e){const t=await this.change(t=>{const n=t.providers.some(t=>t.id===e.id),r=n?t.providers.map(t=>t.id===e.id?e:t):[...t.providers,e],s=t.defaults?.provider_id&&r.some(e=>e.id===t.defaults.provider_id&&(!t.defaults.model_id||e.models.some(e=>e.model_id===t.defaults.model_id)))?t.defaults:{provider_id:e.id,model_id:e.models[0]?.model_id};return{...t,providers:r,defaults:s}});t&&(this.editing=void 0)}async removeProvider(e){this.removing=void 0,await this.change(t=>{const n=t.providers.filter(t=>t.id!==e),r=t.defaults?.provider_id===e?n[0]?{provider_id:n[0].id,model_id:n[0].models[0]?.model_id}:void 0:t.defaults,{defaults:s,...i}=t;return{...i,providers:n,...r?{defaults:r}:{}}})}makeDefault(e){return this.change(t=>({...t,defaults:{provider_id:e.id,model_id:e.models[0]?.model_id}}))}setDefault(e){const[t,n]=e.split("\0");return this.change(e=>({...e,defaults:{provider_id:t,model_id:n}}))}setMaxRounds(e){const t=Number(e);return this.change(n=>{const{max_rounds:r,...s}=n.tools??{};return{...n,tools:e.trim()&&Number.isInteger(t)&&t>0?{...s,max_rounds:t}:s}})}async importFile(e){const t=e.files?.[0];if(e.value="",!t)return;const n=this.settings,r="ready"===n.status?n.settings:{version:1,providers:[]};try{const e=function(e,t){let n;try{n=JSON.parse(e)}catch{throw new Yr("Import",["the file is not JSON"])}if(!n||"object"!=typeof n||Array.isArray(n))throw new Yr("Import",["the file does not hold a settings document"]);const{format:r,exported_at:s,...i}=n,o=Is(i);if(!o.ok)throw new Yr("Import",[o.issue]);const a=yt(Ar,o.value);if(!a.success)throw new Yr("Import",Kr(a.error));return{...a.data,providers:a.data.providers.map(e=>{const n=t.providers.find(t=>t.id===e.id);return{...Gi(e),...n?.api_key?{api_key:n.api_key}:{},models:e.models.map(e=>{const t=n?.models.find(t=>t.model_id===e.model_id)?.api_key;return{...Gi(e),...t?{api_key:t}:{}}})}})}}(await t.text(),r);await this.change(()=>e,{replaceInvalid:"invalid"===n.status})&&(this.message=Ki.imported(e.providers.length,e.providers.filter(e=>"per_model"===e.auth_mode?e.models.some(e=>!e.api_key):!e.api_key).map(e=>e.name)))}catch(e){this.error=ji(e)}}async startOver(){confirm(Ki.confirmStartOver)&&await this.change(e=>e,{replaceInvalid:!0})}static{this.styles=[ui,di,i`
      .page {
        display: flex;
        flex-direction: column;
        gap: 16px;
        max-width: 760px;
        margin: 0 auto;
        padding: 16px;
        box-sizing: border-box;
      }
      .card {
        background: var(--card-background-color, #fff);
        border-radius: var(--ha-card-border-radius, 12px);
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.3));
        padding: 16px;
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      h2 {
        margin: 0;
        font-size: 1.2em;
        font-weight: 500;
      }
      .providers {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .provider {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        padding-bottom: 8px;
        border-bottom: 1px solid var(--divider-color, rgba(127, 127, 127, 0.2));
      }
      .grow {
        flex: 1;
        min-width: 200px;
        overflow-wrap: anywhere;
      }
      .badge {
        font-size: 0.8em;
        padding: 2px 8px;
        border-radius: 10px;
        background: var(--primary-color, #03a9f4);
        color: var(--text-primary-color, #fff);
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      .danger {
        background: var(--error-color, #db4437);
      }
      .file {
        position: relative;
        cursor: pointer;
        flex: none;
      }
      .file input {
        position: absolute;
        inset: 0;
        opacity: 0;
        cursor: pointer;
      }
    `]}}Yi([ue({attribute:!1})],Qi.prototype,"connection"),Yi([de()],Qi.prototype,"settings"),Yi([de()],Qi.prototype,"editing"),Yi([de()],Qi.prototype,"removing"),Yi([de()],Qi.prototype,"message"),Yi([de()],Qi.prototype,"error");var Xi=Object.defineProperty,eo=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&Xi(t,n,i),i};class to extends oe{render(){const e=this.message,t="user"===e.role?ge.you:ge.assistant,n="streaming"===e.status;return H`<div class="bubble ${e.role}" aria-busy=${n?"true":"false"}>
      <span class="visually-hidden">${t}:</span>
      ${e.reasoning?H`<details class="reasoning">
              <summary>${n&&!e.content?ge.thinking:ge.reasoning}</summary>
              <div class="reasoning-text">${e.reasoning}</div>
            </details>`:q}
      ${"user"===e.role?H`<div class="plain">${e.content}</div>`:H`<oacc-markdown .text=${e.content}></oacc-markdown>`}
      ${!n||e.content||e.reasoning?q:H`<span class="dots" aria-label=${ge.thinking}><i></i><i></i><i></i></span>`}
      ${(e.tool_calls??[]).map(e=>H`<oacc-tool-call .call=${e} .states=${this.states}></oacc-tool-call>`)}
      ${"cut"===e.status?H`<div class="note">${ge.cutOff}</div>`:q}
      ${"stopped"===e.status?H`<div class="note">${ge.stoppedByUser}</div>`:q}
    </div>`}static{this.styles=[ui,i`
      :host {
        display: flex;
      }
      .bubble {
        max-width: min(85%, 720px);
        padding: 8px 12px;
        border-radius: 16px;
        box-sizing: border-box;
        min-width: 0;
      }
      .user {
        margin-inline-start: auto;
        background: var(--primary-color, #03a9f4);
        color: var(--text-primary-color, #fff);
        border-end-end-radius: 4px;
      }
      .assistant {
        margin-inline-end: auto;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
        border-end-start-radius: 4px;
      }
      .plain {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      details {
        margin: 4px 0;
        color: var(--secondary-text-color);
      }
      summary {
        cursor: pointer;
        display: flex;
        align-items: center;
        gap: 6px;
      }
      summary svg {
        width: 16px;
        height: 16px;
      }
      .reasoning-text {
        white-space: pre-wrap;
        font-size: 0.9em;
        border-inline-start: 2px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        padding-inline-start: 8px;
        margin-top: 4px;
      }
      .note {
        margin-top: 4px;
        font-size: 0.85em;
        font-style: italic;
        color: var(--secondary-text-color);
      }
      .dots {
        display: inline-flex;
        gap: 4px;
        padding: 6px 0;
      }
      .dots i {
        width: 6px;
        height: 6px;
        border-radius: 50%;
        background: currentColor;
        opacity: 0.4;
        animation: blink 1.2s infinite;
      }
      .dots i:nth-child(2) {
        animation-delay: 0.2s;
      }
      .dots i:nth-child(3) {
        animation-delay: 0.4s;
      }
      @keyframes blink {
        50% {
          opacity: 1;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .dots i {
          animation: none;
        }
      }
    `]}}eo([ue({attribute:!1})],to.prototype,"message"),eo([ue({attribute:!1})],to.prototype,"states");const no=2,ro=e=>(...t)=>({_$litDirective$:e,values:t});let so=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const{I:io}=re,oo=e=>e,ao=()=>document.createComment(""),lo=(e,t,n)=>{const r=e._$AA.parentNode,s=void 0===t?e._$AB:t._$AA;if(void 0===n){const t=r.insertBefore(ao(),s),i=r.insertBefore(ao(),s);n=new io(t,i,e,e.options)}else{const t=n._$AB.nextSibling,i=n._$AM,o=i!==e;if(o){let t;n._$AQ?.(e),n._$AM=e,void 0!==n._$AP&&(t=e._$AU)!==i._$AU&&n._$AP(t)}if(t!==s||o){let e=n._$AA;for(;e!==t;){const t=oo(e).nextSibling;oo(r).insertBefore(e,s),e=t}}}return n},co=(e,t,n=e)=>(e._$AI(t,n),e),uo={},po=(e,t=uo)=>e._$AH=t,ho=e=>{e._$AR(),e._$AA.remove()},fo=(e,t,n)=>{const r=new Map;for(let s=t;s<=n;s++)r.set(e[s],s);return r},mo=ro(class extends so{constructor(e){if(super(e),e.type!==no)throw Error("repeat() can only be used in text expressions")}dt(e,t,n){let r;void 0===n?n=t:void 0!==t&&(r=t);const s=[],i=[];let o=0;for(const t of e)s[o]=r?r(t,o):o,i[o]=n(t,o),o++;return{values:i,keys:s}}render(e,t,n){return this.dt(e,t,n).values}update(e,[t,n,r]){const s=(e=>e._$AH)(e),{values:i,keys:o}=this.dt(t,n,r);if(!Array.isArray(s))return this.ut=o,i;const a=this.ut??=[],l=[];let c,u,d=0,p=s.length-1,h=0,f=i.length-1;for(;d<=p&&h<=f;)if(null===s[d])d++;else if(null===s[p])p--;else if(a[d]===o[h])l[h]=co(s[d],i[h]),d++,h++;else if(a[p]===o[f])l[f]=co(s[p],i[f]),p--,f--;else if(a[d]===o[f])l[f]=co(s[d],i[f]),lo(e,l[f+1],s[d]),d++,f--;else if(a[p]===o[h])l[h]=co(s[p],i[h]),lo(e,s[d],s[p]),p--,h++;else if(void 0===c&&(c=fo(o,h,f),u=fo(a,d,p)),c.has(a[d]))if(c.has(a[p])){const t=u.get(o[h]),n=void 0!==t?s[t]:null;if(null===n){const t=lo(e,s[d]);co(t,i[h]),l[h]=t}else l[h]=co(n,i[h]),lo(e,s[d],n),s[t]=null;h++}else ho(s[p]),p--;else ho(s[d]),d++;for(;h<=f;){const t=lo(e,l[f+1]);co(t,i[h]),l[h++]=t}for(;d<=p;){const e=s[d++];null!==e&&ho(e)}return this.ut=o,po(e,l),F}});var go=Object.defineProperty,yo=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&go(t,n,i),i};class bo extends oe{constructor(){super(...arguments),this.state={messages:[],busy:!1},this.stickToBottom=!0}focus(){this.renderRoot.querySelector("oacc-composer")?.focus()}render(){const{messages:e,busy:t,error:n,retry:r,announcement:s}=this.state,i=this.blocker??n;return H`<div
        class="log"
        role="log"
        aria-live="off"
        aria-label=${ge.panelTitle}
        @scroll=${this.onScroll}
      >
        ${e.length?mo(e,e=>e.id,e=>H`<oacc-chat-message
                    .message=${e}
                    .states=${e.tool_calls?.length?this.states:void 0}
                  ></oacc-chat-message>`):H`<div class="empty">${ge.emptyConversation}</div>`}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${s?ge.announceAnswer(s):""}
      </div>
      ${r?H`<div class="retry" role="status">${r.reason} Retrying in ${Math.ceil(r.delayMs/1e3)} s…</div>`:q}
      ${i?H`<oacc-error-banner
              .message=${i.message}
              .hint=${i.hint??""}
              ?retryable=${!this.blocker&&!t&&"user"===e.at(-1)?.role}
              .dismissible=${!this.blocker}
            ></oacc-error-banner>`:q}
      <oacc-composer ?busy=${t} ?disabled=${Boolean(this.blocker)}></oacc-composer>`}updated(){this.stickToBottom&&requestAnimationFrame(()=>{this.stickToBottom&&(this.log.scrollTop=this.log.scrollHeight)})}onScroll(){const{scrollTop:e,scrollHeight:t,clientHeight:n}=this.log;this.stickToBottom=t-e-n<48}static{this.styles=[ui,i`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
        min-height: 0;
      }
      .log {
        flex: 1;
        min-height: 120px;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        gap: 8px;
        padding: 4px 2px;
        overscroll-behavior: contain;
      }
      .empty {
        margin: auto;
        color: var(--secondary-text-color);
        text-align: center;
        padding: 24px 8px;
      }
      .retry {
        font-size: 0.9em;
        color: var(--secondary-text-color);
      }
    `]}}yo([ue({attribute:!1})],bo.prototype,"state"),yo([ue({attribute:!1})],bo.prototype,"blocker"),yo([ue({attribute:!1})],bo.prototype,"states"),yo([pe(".log")],bo.prototype,"log");var vo=Object.defineProperty,_o=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&vo(t,n,i),i};class ko extends oe{constructor(){super(...arguments),this.busy=!1,this.disabled=!1,this.value=""}focus(){this.textarea?.focus()}render(){const e=!this.disabled&&this.value.trim().length>0;return H`<form @submit=${this.onSubmit}>
      <textarea
        aria-label=${ge.message}
        placeholder=${ge.placeholder}
        rows="1"
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      ></textarea>
      ${this.busy?H`<button
              type="button"
              class="action stop"
              aria-label=${ge.stop}
              title=${ge.stop}
              @click=${this.onStop}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${hi}></path></svg>
            </button>`:H`<button
              type="submit"
              class="action"
              aria-label=${ge.send}
              title=${ge.send}
              ?disabled=${!e}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${pi}></path></svg>
            </button>`}
    </form>`}onInput(e){const t=e.target;this.value=t.value,t.style.height="auto",t.style.height=`${Math.min(t.scrollHeight,160)}px`}onKeyDown(e){"Enter"!==e.key||e.shiftKey||e.isComposing||(e.preventDefault(),this.submit())}onSubmit(e){e.preventDefault(),this.submit()}submit(){const e=this.value.trim();!e||this.busy||this.disabled||(Ti(this,"oacc-send",{text:e}),this.value="",this.textarea.style.height="auto")}onStop(){Ti(this,"oacc-stop",void 0),this.updateComplete.then(()=>this.textarea.focus())}static{this.styles=[ui,i`
      form {
        display: flex;
        align-items: flex-end;
        gap: 8px;
      }
      textarea {
        flex: 1;
        min-width: 0;
        resize: none;
        box-sizing: border-box;
        min-height: 44px;
        max-height: 160px;
        padding: 11px 14px;
        border-radius: 22px;
        border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        background: var(
          --input-fill-color,
          var(--secondary-background-color, rgba(127, 127, 127, 0.08))
        );
        color: var(--primary-text-color);
        font: inherit;
        line-height: 20px;
      }
      textarea::placeholder {
        color: var(--secondary-text-color);
      }
      .action {
        flex: none;
        width: 44px;
        height: 44px;
        border: none;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        background: var(--primary-color, #03a9f4);
        color: var(--text-primary-color, #fff);
      }
      .action:disabled {
        opacity: 0.4;
        cursor: default;
      }
      .action.stop {
        background: var(--secondary-text-color, #727272);
      }
    `]}}_o([ue({type:Boolean})],ko.prototype,"busy"),_o([ue({type:Boolean})],ko.prototype,"disabled"),_o([de()],ko.prototype,"value"),_o([pe("textarea")],ko.prototype,"textarea");var xo=Object.defineProperty,wo=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&xo(t,n,i),i};class $o extends oe{constructor(){super(...arguments),this.message="",this.hint="",this.retryable=!1,this.dismissible=!0}render(){return this.message?H`<div class="banner" role="alert">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${mi}></path></svg>
      <div class="text">
        <div class="message">${this.message}</div>
        ${this.hint?H`<div class="hint">${this.hint}</div>`:q}
      </div>
      <div class="actions">
        ${this.retryable?H`<button class="text-button" @click=${()=>Ti(this,"oacc-retry",void 0)}>
                ${ge.retry}
              </button>`:q}
        ${this.dismissible?H`<button
                class="icon-button"
                aria-label=${ge.dismiss}
                @click=${()=>Ti(this,"oacc-dismiss",void 0)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${gi}></path></svg>
              </button>`:q}
      </div>
    </div>`:q}static{this.styles=[ui,i`
      .banner {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 8px 8px 8px 12px;
        border-radius: 8px;
        color: var(--primary-text-color);
        background: color-mix(in srgb, var(--error-color, #db4437) 14%, transparent);
        border: 1px solid var(--error-color, #db4437);
      }
      .banner > svg {
        flex: none;
        fill: var(--error-color, #db4437);
        margin-top: 2px;
      }
      .text {
        flex: 1;
        min-width: 0;
      }
      .message {
        font-weight: 500;
      }
      .hint {
        margin-top: 2px;
        color: var(--secondary-text-color);
      }
      .actions {
        display: flex;
        align-items: center;
        gap: 4px;
      }
      .icon-button {
        width: 32px;
        height: 32px;
      }
      .text-button {
        border: none;
        background: none;
        color: var(--primary-color);
        font-weight: 500;
        padding: 6px 8px;
        border-radius: 4px;
      }
    `]}}wo([ue()],$o.prototype,"message"),wo([ue()],$o.prototype,"hint"),wo([ue({type:Boolean})],$o.prototype,"retryable"),wo([ue({type:Boolean})],$o.prototype,"dismissible");const So={},Ao=ro(class extends so{constructor(){super(...arguments),this.ot=So}render(e,t){return t()}update(e,[t,n]){if(Array.isArray(t)){if(Array.isArray(this.ot)&&this.ot.length===t.length&&t.every((e,t)=>e===this.ot[t]))return F}else if(this.ot===t)return F;return this.ot=Array.isArray(t)?Array.from(t):t,this.render(t,n)}});class To extends so{constructor(e){if(super(e),this.it=q,e.type!==no)throw Error(this.constructor.directiveName+"() can only be used in child bindings")}render(e){if(e===q||null==e)return this._t=void 0,this.it=e;if(e===F)return e;if("string"!=typeof e)throw Error(this.constructor.directiveName+"() called with a non-string value");if(e===this.it)return this._t;this.it=e;const t=[e];return t.raw=t,this._t={_$litType$:this.constructor.resultType,strings:t,values:[]}}}To.directiveName="unsafeHTML",To.resultType=1;const Eo=ro(To);function zo(e,t){(null==t||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function Po(e,t){return function(e){if(Array.isArray(e))return e}(e)||function(e,t){var n=null==e?null:"undefined"!=typeof Symbol&&e[Symbol.iterator]||e["@@iterator"];if(null!=n){var r,s,i,o,a=[],l=!0,c=!1;try{if(i=(n=n.call(e)).next,0===t);else for(;!(l=(r=i.call(n)).done)&&(a.push(r.value),a.length!==t);l=!0);}catch(e){c=!0,s=e}finally{try{if(!l&&null!=n.return&&(o=n.return(),Object(o)!==o))return}finally{if(c)throw s}}return a}}(e,t)||function(e,t){if(e){if("string"==typeof e)return zo(e,t);var n={}.toString.call(e).slice(8,-1);return"Object"===n&&e.constructor&&(n=e.constructor.name),"Map"===n||"Set"===n?Array.from(e):"Arguments"===n||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?zo(e,t):void 0}}(e,t)||function(){throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}const Oo=Object.entries,Ro=Object.keys,Co=Object.setPrototypeOf,Mo=Object.isFrozen,Lo=Object.getPrototypeOf,Io=Object.getOwnPropertyDescriptor;let No=Object.freeze,jo=Object.seal,Do=Object.create,Uo="undefined"!=typeof Reflect&&Reflect,Bo=Uo.apply,Ho=Uo.construct;No||(No=function(e){return e}),jo||(jo=function(e){return e}),Bo||(Bo=function(e,t){for(var n=arguments.length,r=new Array(n>2?n-2:0),s=2;s<n;s++)r[s-2]=arguments[s];return e.apply(t,r)}),Ho||(Ho=function(e){for(var t=arguments.length,n=new Array(t>1?t-1:0),r=1;r<t;r++)n[r-1]=arguments[r];return new e(...n)});const Fo=fa(Array.prototype.forEach),qo=fa(Array.prototype.lastIndexOf),Zo=fa(Array.prototype.pop),Wo=fa(Array.prototype.push),Go=fa(Array.prototype.slice),Vo=fa(Array.prototype.splice),Yo=Array.isArray,Ko=ma(Set),Jo=fa(Set.prototype.add),Qo=fa(Set.prototype.has),Xo=fa(String.prototype.toLowerCase),ea=fa(String.prototype.toString),ta=fa(String.prototype.match),na=fa(String.prototype.replace),ra=fa(String.prototype.indexOf),sa=fa(String.prototype.trim),ia=fa(Number.prototype.toString),oa=fa(Boolean.prototype.toString),aa="undefined"==typeof BigInt?null:fa(BigInt.prototype.toString),la="undefined"==typeof Symbol?null:fa(Symbol.prototype.toString),ca=fa(Object.prototype.hasOwnProperty),ua=fa(Object.prototype.toString),da=RegExp.prototype.test,pa=function(e,t){return e instanceof RegExp&&(e.lastIndex=0),Bo(da,e,[t])},ha=ma(TypeError);function fa(e){return function(t){for(var n=arguments.length,r=new Array(n>1?n-1:0),s=1;s<n;s++)r[s-1]=arguments[s];return Bo(e,t,r)}}function ma(e){return function(){for(var t=arguments.length,n=new Array(t),r=0;r<t;r++)n[r]=arguments[r];return Ho(e,n)}}function ga(e,t){let n=arguments.length>2&&void 0!==arguments[2]?arguments[2]:Xo;if(Co&&Co(e,null),!Yo(t))return e;let r=t.length;for(;r--;){let s=t[r];if("string"==typeof s){const e=n(s);e!==s&&(Mo(t)||(t[r]=e),s=e)}e[s]=!0}return e}function ya(e){for(let t=0;t<e.length;t++)ca(e,t)||(e[t]=null);return e}function ba(e){const t=Do(null);for(const r of Oo(e)){var n=Po(r,2);const s=n[0],i=n[1];ca(e,s)&&(Yo(i)?t[s]=ya(i):i&&"object"==typeof i&&i.constructor===Object?t[s]=ba(i):t[s]=i)}return t}function va(e){const t=Do(null),n=Ro(e);let r=n.length;for(;r--;)t[n[r]]=e[n[r]];return t}function _a(e,t){for(;null!==e;){const n=Io(e,t);if(n){if(n.get)return fa(n.get);if("function"==typeof n.value)return fa(n.value)}e=Lo(e)}return function(){return null}}const ka=No(["a","abbr","acronym","address","area","article","aside","audio","b","bdi","bdo","big","blink","blockquote","body","br","button","canvas","caption","center","cite","code","col","colgroup","content","data","datalist","dd","decorator","del","details","dfn","dialog","dir","div","dl","dt","element","em","fieldset","figcaption","figure","font","footer","form","h1","h2","h3","h4","h5","h6","head","header","hgroup","hr","html","i","img","input","ins","kbd","label","legend","li","main","map","mark","marquee","menu","menuitem","meter","nav","nobr","ol","optgroup","option","output","p","picture","pre","progress","q","rp","rt","ruby","s","samp","search","section","select","shadow","slot","small","source","spacer","span","strike","strong","style","sub","summary","sup","table","tbody","td","template","textarea","tfoot","th","thead","time","tr","track","tt","u","ul","var","video","wbr"]),xa=No(["svg","a","altglyph","altglyphdef","altglyphitem","animatecolor","animatemotion","animatetransform","circle","clippath","defs","desc","ellipse","filter","font","g","glyph","glyphref","hkern","image","line","lineargradient","marker","mask","metadata","mpath","path","pattern","polygon","polyline","radialgradient","rect","stop","style","switch","symbol","text","textpath","title","tref","tspan","view","vkern"]),wa=No(["feBlend","feColorMatrix","feComponentTransfer","feComposite","feConvolveMatrix","feDiffuseLighting","feDisplacementMap","feDistantLight","feDropShadow","feFlood","feFuncA","feFuncB","feFuncG","feFuncR","feGaussianBlur","feImage","feMerge","feMergeNode","feMorphology","feOffset","fePointLight","feSpecularLighting","feSpotLight","feTile","feTurbulence"]),$a=No(["animate","color-profile","cursor","discard","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","foreignobject","hatch","hatchpath","mesh","meshgradient","meshpatch","meshrow","missing-glyph","script","set","solidcolor","unknown","use"]),Sa=No(["math","menclose","merror","mfenced","mfrac","mglyph","mi","mlabeledtr","mmultiscripts","mn","mo","mover","mpadded","mphantom","mroot","mrow","ms","mspace","msqrt","mstyle","msub","msup","msubsup","mtable","mtd","mtext","mtr","munder","munderover","mprescripts"]),Aa=No(["maction","maligngroup","malignmark","mlongdiv","mscarries","mscarry","msgroup","mstack","msline","msrow","semantics","annotation","annotation-xml","mprescripts","none"]),Ta=No(["#text"]),Ea=No(["accept","action","align","alt","autocapitalize","autocomplete","autopictureinpicture","autoplay","background","bgcolor","border","capture","cellpadding","cellspacing","checked","cite","class","clear","color","cols","colspan","command","commandfor","controls","controlslist","coords","crossorigin","datetime","decoding","default","dir","disabled","disablepictureinpicture","disableremoteplayback","download","draggable","enctype","enterkeyhint","exportparts","face","for","headers","height","hidden","high","href","hreflang","id","inert","inputmode","integrity","ismap","kind","label","lang","list","loading","loop","low","max","maxlength","media","method","min","minlength","multiple","muted","name","nonce","noshade","novalidate","nowrap","open","optimum","part","pattern","placeholder","playsinline","popover","popovertarget","popovertargetaction","poster","preload","pubdate","radiogroup","readonly","rel","required","rev","reversed","role","rows","rowspan","spellcheck","scope","selected","shape","size","sizes","slot","span","srclang","start","src","srcset","step","style","summary","tabindex","title","translate","type","usemap","valign","value","width","wrap","xmlns"]),za=No(["accent-height","accumulate","additive","alignment-baseline","amplitude","ascent","attributename","attributetype","azimuth","basefrequency","baseline-shift","begin","bias","by","class","clip","clippathunits","clip-path","clip-rule","color","color-interpolation","color-interpolation-filters","color-profile","color-rendering","cx","cy","d","dx","dy","diffuseconstant","direction","display","divisor","dominant-baseline","dur","edgemode","elevation","end","exponent","fill","fill-opacity","fill-rule","filter","filterunits","flood-color","flood-opacity","font-family","font-size","font-size-adjust","font-stretch","font-style","font-variant","font-weight","fx","fy","g1","g2","glyph-name","glyphref","gradientunits","gradienttransform","height","href","id","image-rendering","in","in2","intercept","k","k1","k2","k3","k4","kerning","keypoints","keysplines","keytimes","lang","lengthadjust","letter-spacing","kernelmatrix","kernelunitlength","lighting-color","local","marker-end","marker-mid","marker-start","markerheight","markerunits","markerwidth","maskcontentunits","maskunits","max","mask","mask-type","media","method","mode","min","name","numoctaves","offset","operator","opacity","order","orient","orientation","origin","overflow","paint-order","path","pathlength","patterncontentunits","patterntransform","patternunits","pointer-events","points","preservealpha","preserveaspectratio","primitiveunits","r","rx","ry","radius","refx","refy","repeatcount","repeatdur","restart","result","rotate","scale","seed","shape-rendering","slope","specularconstant","specularexponent","spreadmethod","startoffset","stddeviation","stitchtiles","stop-color","stop-opacity","stroke-dasharray","stroke-dashoffset","stroke-linecap","stroke-linejoin","stroke-miterlimit","stroke-opacity","stroke","stroke-width","style","surfacescale","systemlanguage","tabindex","tablevalues","targetx","targety","transform","transform-origin","text-anchor","text-decoration","text-orientation","text-rendering","textlength","type","u1","u2","unicode","values","vector-effect","viewbox","visibility","version","vert-adv-y","vert-origin-x","vert-origin-y","width","word-spacing","wrap","writing-mode","xchannelselector","ychannelselector","x","x1","x2","xmlns","y","y1","y2","z","zoomandpan"]),Pa=No(["accent","accentunder","align","bevelled","close","columnalign","columnlines","columnspacing","columnspan","denomalign","depth","dir","display","displaystyle","encoding","fence","frame","height","href","id","largeop","length","linethickness","lquote","lspace","mathbackground","mathcolor","mathsize","mathvariant","maxsize","minsize","movablelimits","notation","numalign","open","rowalign","rowlines","rowspacing","rowspan","rspace","rquote","scriptlevel","scriptminsize","scriptsizemultiplier","selection","separator","separators","stretchy","subscriptshift","supscriptshift","symmetric","voffset","width","xmlns"]),Oa=No(["xlink:href","xml:id","xlink:title","xml:space","xmlns:xlink"]),Ra=jo(/{{[\w\W]*|^[\w\W]*}}/g),Ca=jo(/<%[\w\W]*|^[\w\W]*%>/g),Ma=jo(/\${[\w\W]*/g),La=jo(/{{|}}|\${|<%|%>|&lt;%|%&gt;/),Ia=jo(/^data-[\-\w.\u00B7-\uFFFF]+$/),Na=jo(/^aria-[\-\w]+$/),ja=jo(/^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i),Da=jo(/^(?:\w+script|data):/i),Ua=jo(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g),Ba=jo(/^html$/i),Ha=jo(/^[a-z][.\w]*(-[.\w]+)+$/i),Fa=jo(/<[/\w!]/g),qa=jo(/<[/\w]/g),Za=jo(/<\/no(script|embed|frames)/i),Wa=jo(/\/>/i),Ga=jo(/((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i),Va=jo(/^[\r\n\t ]+/),Ya=1,Ka=3,Ja=7,Qa=8,Xa=9,el=11,tl=No(ga({},["style","script","xmp","iframe","noembed","noframes","plaintext","noscript"])),nl=function(){return"undefined"==typeof window?null:window},rl=function(e,t,n,r){return ca(e,t)&&Yo(e[t])?ga(r.base?va(r.base):{},e[t],r.transform):n},sl=function(e,t,n){const r=ca(e,t)?e[t]:void 0;return r&&"object"==typeof r?ba(r):n};var il=function e(){let t=arguments.length>0&&void 0!==arguments[0]?arguments[0]:nl();const n=t=>e(t);if(n.version="3.4.18",n.removed=[],!t||!t.document||t.document.nodeType!==Xa||!t.Element)return n.isSupported=!1,n;let r=t.document;const s=r,i=s.currentScript,o=t.HTMLTemplateElement,a=t.Node,l=t.Element,c=t.NodeFilter,u=t.DOMParser,d=t.trustedTypes,p=l.prototype,h=_a(p,"cloneNode"),f=_a(p,"remove"),m=_a(p,"removeAttributeNode"),g=_a(p,"nextSibling"),y=_a(p,"childNodes"),b=_a(p,"parentNode"),v=_a(p,"shadowRoot"),_=_a(p,"attributes"),k=a&&a.prototype?_a(a.prototype,"nodeType"):null,x=a&&a.prototype?_a(a.prototype,"nodeName"):null,w=a&&a.prototype?_a(a.prototype,"ownerDocument"):null,$=function(e){return k?k(e):e.nodeType},S=function(e){return x?x(e):e.nodeName},A=function(e,t){for(;null!==e;){const n=Io(e,t);if(n)return n.get?fa(n.get):null;e=Lo(e)}return null}(p,"namespaceURI"),T=function(e){return A?A(e):e.namespaceURI};if("function"==typeof o){const e=r.createElement("template");e.content&&e.content.ownerDocument&&(r=e.content.ownerDocument)}let E,z,P="",O=!1,R=0;const C=function(){if(R>0)throw ha('A configured TRUSTED_TYPES_POLICY callback (createHTML or createScriptURL) must not call DOMPurify.sanitize, as that causes infinite recursion. Do not pass a policy whose callbacks wrap DOMPurify as TRUSTED_TYPES_POLICY; see the "DOMPurify and Trusted Types" section of the README.')},M=function(e){C(),R++;try{return E.createHTML(e)}finally{R--}},L=function(e){return E&&_e?M(e):e},I=function(){return O||(z=function(e,t){if("object"!=typeof e||"function"!=typeof e.createPolicy)return null;let n=null;const r="data-tt-policy-suffix";t&&t.hasAttribute(r)&&(n=t.getAttribute(r));const s="dompurify"+(n?"#"+n:"");try{return e.createPolicy(s,{createHTML:e=>e,createScriptURL:e=>e})}catch(e){return console.warn("TrustedTypes policy "+s+" could not be created."),null}}(d,i),O=!0),z},N=r,j=N.implementation,D=N.createNodeIterator,U=N.createDocumentFragment,B=N.getElementsByTagName,H=s.importNode;let F={afterSanitizeAttributes:[],afterSanitizeElements:[],afterSanitizeShadowDOM:[],beforeSanitizeAttributes:[],beforeSanitizeElements:[],beforeSanitizeShadowDOM:[],uponSanitizeAttribute:[],uponSanitizeElement:[],uponSanitizeShadowNode:[]};n.isSupported="function"==typeof Oo&&"function"==typeof b&&j&&void 0!==j.createHTMLDocument;const q=Ra,Z=Ca,W=Ma,G=Ia,V=Na,Y=Da,K=Ua,J=Ha;let Q=ja,X=null;const ee=ga({},[...ka,...xa,...wa,...Sa,...Ta]);let te=null;const ne=ga({},[...Ea,...za,...Pa,...Oa]);let re=null,se=null,ie=null;const oe=Object.seal(Do(null,{tagCheck:{writable:!0,configurable:!1,enumerable:!0,value:null},attributeCheck:{writable:!0,configurable:!1,enumerable:!0,value:null}}));let ae=!0,le=!0,ce=!1,ue=!0,de=!1,pe=!0,he=!1,fe=!1,me=null,ge=null,ye=!1,be=!1,ve=!1,_e=!1,ke=!0,xe=!1;const we="user-content-";let $e=!0,Se=!1,Ae=null,Te=!1,Ee=null;const ze=ga({},["annotation-xml","audio","colgroup","desc","foreignobject","head","iframe","math","mi","mn","mo","ms","mtext","noembed","noframes","noscript","plaintext","script","selectedcontent","style","svg","template","thead","title","video","xmp"]);let Pe=null;const Oe=ga({},["audio","video","img","source","image","track"]);let Re=null;const Ce=ga({},["alt","class","for","id","label","name","pattern","placeholder","role","summary","title","value","style","xmlns"]),Me="http://www.w3.org/1998/Math/MathML",Le="http://www.w3.org/2000/svg",Ie="http://www.w3.org/1999/xhtml";let Ne=Ie,je=!1,De=null;const Ue=ga({},[Me,Le,Ie],ea),Be=No(ga({},["mi","mo","mn","ms","mtext"]));let He=null;const Fe=No(ga({},["annotation-xml"]));let qe=null;const Ze=No(Do(null)),We=ga({},["title","style","font","a","script"]);let Ge=null;const Ve=["application/xhtml+xml","text/html"];let Ye=null,Ke=null;const Je=r.createElement("form"),Qe=function(e){return e instanceof RegExp||e instanceof Function},Xe=function(){let e=arguments.length>0&&void 0!==arguments[0]?arguments[0]:{};e&&"object"==typeof e||(e={}),e=ba(e),Ge=-1===Ve.indexOf(e.PARSER_MEDIA_TYPE)?"text/html":e.PARSER_MEDIA_TYPE,Ye="application/xhtml+xml"===Ge?ea:Xo,X=rl(e,"ALLOWED_TAGS",ee,{transform:Ye}),te=rl(e,"ALLOWED_ATTR",ne,{transform:Ye}),De=rl(e,"ALLOWED_NAMESPACES",Ue,{transform:ea}),Re=rl(e,"ADD_URI_SAFE_ATTR",Ce,{transform:Ye,base:Ce}),Pe=rl(e,"ADD_DATA_URI_TAGS",Oe,{transform:Ye,base:Oe}),Ee=rl(e,"FORBID_CONTENTS",ze,{transform:Ye}),se=rl(e,"FORBID_TAGS",Do(null),{transform:Ye}),ie=rl(e,"FORBID_ATTR",Do(null),{transform:Ye}),Te=!!ca(e,"USE_PROFILES")&&(e.USE_PROFILES&&"object"==typeof e.USE_PROFILES?ba(e.USE_PROFILES):e.USE_PROFILES),ae=!1!==e.ALLOW_ARIA_ATTR,le=!1!==e.ALLOW_DATA_ATTR,ce=e.ALLOW_UNKNOWN_PROTOCOLS||!1,ue=!1!==e.ALLOW_SELF_CLOSE_IN_ATTR,de=e.SAFE_FOR_TEMPLATES||!1,pe=!1!==e.SAFE_FOR_XML,he=e.WHOLE_DOCUMENT||!1,be=e.RETURN_DOM||!1,ve=e.RETURN_DOM_FRAGMENT||!1,_e=e.RETURN_TRUSTED_TYPE||!1,ye=e.FORCE_BODY||!1,ke=!1!==e.SANITIZE_DOM,xe=e.SANITIZE_NAMED_PROPS||!1,$e=!1!==e.KEEP_CONTENT,Se=e.IN_PLACE||!1,Q=function(e){if(!e)return!1;try{return pa(e,""),!0}catch(e){return!1}}(e.ALLOWED_URI_REGEXP)?e.ALLOWED_URI_REGEXP:ja,Ne="string"==typeof e.NAMESPACE?e.NAMESPACE:Ie,He=sl(e,"MATHML_TEXT_INTEGRATION_POINTS",Be),qe=sl(e,"HTML_INTEGRATION_POINTS",Fe);const t=sl(e,"CUSTOM_ELEMENT_HANDLING",Ze);if(re=Do(null),ca(t,"tagNameCheck")&&Qe(t.tagNameCheck)&&(re.tagNameCheck=t.tagNameCheck),ca(t,"attributeNameCheck")&&Qe(t.attributeNameCheck)&&(re.attributeNameCheck=t.attributeNameCheck),ca(t,"allowCustomizedBuiltInElements")&&"boolean"==typeof t.allowCustomizedBuiltInElements&&(re.allowCustomizedBuiltInElements=t.allowCustomizedBuiltInElements),jo(re),de&&(le=!1),ve&&(be=!0),Te&&((ca(e,"ALLOWED_TAGS")||ca(e,"ALLOWED_ATTR"))&&"undefined"!=typeof console&&"function"==typeof console.warn&&console.warn("DOMPurify: USE_PROFILES overrides ALLOWED_TAGS and ALLOWED_ATTR. Do not use these options together."),X=ga({},Ta),te=Do(null),!0===Te.html&&(ga(X,ka),ga(te,Ea)),!0===Te.svg&&(ga(X,xa),ga(te,za),ga(te,Oa)),!0===Te.svgFilters&&(ga(X,wa),ga(te,za),ga(te,Oa)),!0===Te.mathMl&&(ga(X,Sa),ga(te,Pa),ga(te,Oa))),oe.tagCheck=null,oe.attributeCheck=null,ca(e,"ADD_TAGS")&&("function"==typeof e.ADD_TAGS?oe.tagCheck=e.ADD_TAGS:Yo(e.ADD_TAGS)&&(X===ee&&(X=va(X)),ga(X,e.ADD_TAGS,Ye))),ca(e,"ADD_ATTR")&&("function"==typeof e.ADD_ATTR?oe.attributeCheck=e.ADD_ATTR:Yo(e.ADD_ATTR)&&(te===ne&&(te=va(te)),ga(te,e.ADD_ATTR,Ye))),ca(e,"ADD_FORBID_CONTENTS")&&Yo(e.ADD_FORBID_CONTENTS)&&(Ee===ze&&(Ee=va(Ee)),ga(Ee,e.ADD_FORBID_CONTENTS,Ye)),$e&&(X["#text"]=!0),he&&ga(X,["html","head","body"]),X.table&&(X.tbody=!0,delete se.tbody),e.TRUSTED_TYPES_POLICY){if("function"!=typeof e.TRUSTED_TYPES_POLICY.createHTML)throw ha('TRUSTED_TYPES_POLICY configuration option must provide a "createHTML" hook.');if("function"!=typeof e.TRUSTED_TYPES_POLICY.createScriptURL)throw ha('TRUSTED_TYPES_POLICY configuration option must provide a "createScriptURL" hook.');const t=E;E=e.TRUSTED_TYPES_POLICY;try{P=M("")}catch(e){throw E=t,e}}else null===e.TRUSTED_TYPES_POLICY?(E=void 0,P=""):(void 0===E&&(E=I()),E&&"string"==typeof P&&(P=M("")));Ke=No(e)},et=ga({},[...xa,...wa,...$a]),tt=ga({},[...Sa,...Aa]),nt=function(e){const t=T(e),n=Xo(S(e)),r=b(e);let s=Ne,i="template";return r&&$(r)===Ya&&(s=T(r),i=Xo(S(r))),!!De[t]&&(t===Le?function(e,t,n){return t===Ie?"svg"===e:t===Me?"svg"===e&&("annotation-xml"===n||He[n]):Boolean(et[e])}(n,s,i):t===Me?function(e,t,n){return t===Ie?"math"===e:t===Le?"math"===e&&qe[n]:Boolean(tt[e])}(n,s,i):t===Ie?function(e,t,n){return!(t===Le&&!qe[n])&&!(t===Me&&!He[n])&&!tt[e]&&(We[e]||!et[e])}(n,s,i):"application/xhtml+xml"===Ge)},rt=function(e){Wo(n.removed,{element:e});try{b(e).removeChild(e)}catch(t){if(f(e),!b(e))throw ha("a node selected for removal could not be detached from its tree and cannot be safely returned; refusing to sanitize in place")}},st=function(e,t,n){try{m(e,t)}catch(t){try{e.removeAttribute(n)}catch(e){}}},it=function(e){ct(e);const t=y(e);t&&Fo(Go(t),e=>{try{f(e)}catch(e){}}),$(e)===Ya&&at(e,!1)},ot=function(e,t,r){if(!r)try{r=t.getAttributeNode(e)}catch(e){r=null}if(Wo(n.removed,{attribute:r||null,from:t}),r)st(t,r,e);else try{t.removeAttribute(e)}catch(e){}if("is"===e)if(be||ve)try{rt(t)}catch(e){}else try{t.setAttribute(e,"")}catch(e){}},at=function(e,t){const n=_(e);if(n)for(let r=n.length-1;r>=0;--r){const s=n[r],i=s&&s.name;"string"!=typeof i||t&&te[Ye(i)]||st(e,s,i)}},lt=function(e,t){let n=arguments.length>2&&void 0!==arguments[2]&&arguments[2];const r=[e];for(;r.length>0;){const e=r.pop();if(!1===t(e))continue;if(n&&$(e)===Ya){const t=v(e);kt(t)&&r.push(t)}const s=y(e);if(s)for(let e=s.length-1;e>=0;--e)r.push(s[e])}},ct=function(e){lt(e,e=>{$(e)===Ya&&at(e,!0)})},ut=function(e){const t=[];return lt(e,e=>{t.push(e)},!0),t},dt=function(e,t){let r=!1;return Fo(n.removed,t=>{t.element&&(r=r||t.element===e,ct(t.element))}),function(e,t){const n=Ko();Fo(ut(e),e=>{$(e)===Ya&&Jo(n,e)}),Fo(t,e=>{$(e)!==Ya||Qo(n,e)||at(e,!0)})}(e,t),r},pt=function(e,t,n,r){const s=mt(e);let i;for(;i=s.nextNode();)Qo(r,i)&&!Qo(Ae,i)&&(t&&wt(F.uponSanitizeShadowNode,i,null),Mt(i,n))},ht=function(e,t){return!!pe&&("patchsrc"===e||"for"===e&&"label"!==t&&"output"!==t)},ft=function(e){let t=null,n=null;if(ye)e="<remove></remove>"+e;else{const t=ta(e,Va);n=t&&t[0]}"application/xhtml+xml"===Ge&&Ne===Ie&&(e='<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body>'+e+"</body></html>");const s=E?M(e):e;if(Ne===Ie)try{t=(new u).parseFromString(s,Ge)}catch(e){}if(!t||!t.documentElement){t=j.createDocument(Ne,"template",null);try{t.documentElement.innerHTML=je?P:s}catch(e){}}const i=t.body||t.documentElement;return e&&n&&i.insertBefore(r.createTextNode(n),i.childNodes[0]||null),Ne===Ie?B.call(t,he?"html":"body")[0]:he?t.documentElement:i},mt=function(e){let t=arguments.length>1&&void 0!==arguments[1]&&arguments[1];const n=w?w(e):e.ownerDocument;return D.call(n||e,e,(t?0:c.SHOW_ELEMENT)|c.SHOW_COMMENT|c.SHOW_TEXT|c.SHOW_PROCESSING_INSTRUCTION|c.SHOW_CDATA_SECTION,null)},gt=function(e){return e=na(e,q," "),e=na(e,Z," "),e=na(e,W," ")},yt=function(e){var t;bt(e);const n=null===(t=e.querySelectorAll)||void 0===t?void 0:t.call(e,"template");n&&Fo(n,e=>{kt(e.content)&&yt(e.content)})},bt=function(e){e.normalize();const t=mt(e,!0);let n=t.nextNode();for(;n;)n.data=gt(n.data),n=t.nextNode()},vt=function(e){const t=x?x(e):null;return"string"==typeof t&&("form"===Ye(t)&&("string"!=typeof e.nodeName||"string"!=typeof e.textContent||"function"!=typeof e.removeChild||e.attributes!==_(e)||"function"!=typeof e.removeAttribute||"function"!=typeof e.removeAttributeNode||"function"!=typeof e.getAttributeNode||"function"!=typeof e.setAttribute||"string"!=typeof e.namespaceURI||"function"!=typeof e.insertBefore||"function"!=typeof e.hasChildNodes||e.nodeType!==k(e)||e.childNodes!==y(e)))},_t=function(e){if(!k||"object"!=typeof e||null===e)return null;try{const t=k(e);return"number"==typeof t?t:null}catch(e){return null}},kt=function(e){return _t(e)===el},xt=function(e){return null!==_t(e)};function wt(e,t,r){0!==e.length&&Fo(e,e=>{e.call(n,t,r,Ke)})}const $t=function(e,t){if(e instanceof RegExp)return pa(e,t);if(e instanceof Function){for(var n=arguments.length,r=new Array(n>2?n-2:0),s=2;s<n;s++)r[s-2]=arguments[s];return Boolean(e(t,...r))}return!1},St=function(e,t,n,r){return 0===e.length?t:t===n||t===r?va(t):t},At=function(e,t){return e!==t&&null===b(e)&&(Se&&ct(e),!0)},Tt=function(e,t){var r;if(r=e,Ae&&Jo(Ae,r),wt(F.beforeSanitizeElements,e,null),At(e,t))return!0;if(vt(e))return rt(e),!0;const s=Ye(S(e)),i=$(e);if(X=St(F.uponSanitizeElement,X,ee,me),wt(F.uponSanitizeElement,e,{tagName:s,allowedTags:X}),At(e,t))return!0;if(function(e,t,n){return!!(pe&&n===Ya&&e.hasChildNodes()&&!xt(e.firstElementChild)&&pa(Fa,e.textContent)&&pa(Fa,e.innerHTML))||!!(pe&&tl[t]&&n===Ya&&T(e)===Ie&&(xt(e.firstElementChild)||"string"==typeof e.textContent&&pa(Fa,e.textContent)))||n===Ja||!(!pe||n!==Qa||!pa(qa,e.data))}(e,s,i))return rt(e),!0;if(se[s]||!(oe.tagCheck instanceof Function&&oe.tagCheck(s))&&!X[s]){const n=function(e,t,n){if(!se[t]&&Pt(t)&&$t(re.tagNameCheck,t))return!1;if($e&&!Ee[t]&&!Ee[Xo(t)]){const t=b(e),r=y(e);if(r&&t)for(let s=r.length-1;s>=0;--s){const i=e===n?h(r[s],!0):r[s];t.insertBefore(i,g(e))}}return rt(e),!0}(e,s,t);return!(!1!==n||(wt(F.afterSanitizeElements,e,null),!At(e,t)))||n}if(i===Ya&&!nt(e))return rt(e),!0;if(("noscript"===s||"noembed"===s||"noframes"===s)&&pa(Za,e.innerHTML))return rt(e),!0;if(de&&i===Ka){const t=e.textContent,r=gt(t);t!==r&&(Wo(n.removed,{element:e.cloneNode()}),e.textContent=r)}return wt(F.afterSanitizeElements,e,null),At(e,t)},Et=function(e,t,n){if(ie[t])return!1;if(ht(t,e))return!1;if(ke&&("id"===t||"name"===t)&&(n in r||n in Je))return!1;const s=te[t]||oe.attributeCheck instanceof Function&&oe.attributeCheck(t,e);if(le&&pa(G,t))return!0;if(ae&&pa(V,t))return!0;if(!s)return Pt(e)&&$t(re.tagNameCheck,e)&&$t(re.attributeNameCheck,t,e)||"is"===t&&re.allowCustomizedBuiltInElements&&$t(re.tagNameCheck,n);if(Re[t])return!0;const i=na(n,K,"");return!!pa(Q,i)||(!("src"!==t&&"xlink:href"!==t&&"href"!==t||"script"===e||0!==ra(n,"data:")||!Pe[e])||(!(!ce||pa(Y,i))||!n))},zt=ga({},["annotation-xml","color-profile","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","missing-glyph"]),Pt=function(e){return!zt[Xo(e)]&&pa(J,e)},Ot=function(e,t,n,r){if(E&&"object"==typeof d&&"function"==typeof d.getAttributeType&&!n)switch(d.getAttributeType(e,t)){case"TrustedHTML":return M(r);case"TrustedScriptURL":return function(e){C(),R++;try{return E.createScriptURL(e)}finally{R--}}(r)}return r},Rt=function(e,t,n,r){try{return n?e.setAttributeNS(n,t,r):e.setAttribute(t,r),!vt(e)||(rt(e),!1)}catch(n){return ot(t,e),!1}},Ct=function(e,t){return!(!pe||!pa(Ga,t))||"attributename"===Xo(e)&&-1!==ra(t,"href")},Mt=function(e,t){Tt(e,t),function(e,t){if(wt(F.beforeSanitizeAttributes,e,null),At(e,t))return;const r=e.attributes;if(!r||vt(e))return;te=St(F.uponSanitizeAttribute,te,ne,ge);const s={attrName:"",attrValue:"",keepAttr:!0,allowedAttributes:te,forceKeepAttr:void 0};let i=r.length;const o=Ye(S(e));for(;i--;){const t=r[i],a=t.name,l=t.namespaceURI,c=t.value,u=Ye(a),d=c;let p="value"===a?d:sa(d),h=!1;s.attrName=u,s.attrValue=p,s.keepAttr=!0,s.forceKeepAttr=void 0,wt(F.uponSanitizeAttribute,e,s),p=s.attrValue,!xe||"id"!==u&&"name"!==u||0===ra(p,we)||(ot(a,e,t),p=we+p,h=!0),Ct(a,p)?ot(a,e,t):s.forceKeepAttr||(!s.keepAttr||!ue&&pa(Wa,p)?ot(a,e,t):(de&&(p=gt(p)),Et(o,u,p)?(p=Ot(o,u,l,p),p!==d&&Rt(e,a,l,p)&&h&&Zo(n.removed)):ot(a,e,t)))}wt(F.afterSanitizeAttributes,e,null),At(e,t)}(e,t),kt(e.content)&&Lt(e.content)},Lt=function(e){let t=null;const n=mt(e);for(wt(F.beforeSanitizeShadowDOM,e,null);t=n.nextNode();)if(wt(F.uponSanitizeShadowNode,t,null),Mt(t,e),$(t)===Ya){const e=v(t);kt(e)&&(It(e),Lt(e))}de&&bt(e),wt(F.afterSanitizeShadowDOM,e,null)},It=function(e){const t=[{node:e,shadow:null}];for(;t.length>0;){const e=t.pop();if(e.shadow){Lt(e.shadow);continue}const n=e.node,r=$(n)===Ya,s=y(n);if(s)for(let e=s.length-1;e>=0;--e)t.push({node:s[e],shadow:null});if(r){const e=x?x(n):null;if("string"==typeof e&&"template"===Ye(e)){const e=n.content;kt(e)&&t.push({node:e,shadow:null})}}if(r){const e=v(n);kt(e)&&t.push({node:null,shadow:e},{node:e,shadow:null})}}};return n.sanitize=function(e){let t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:{},r=null,i=null,o=null,a=null;if(je=!e,je&&(e="\x3c!--\x3e"),"string"!=typeof e&&!xt(e)&&(e=function(e){switch(typeof e){case"string":return e;case"number":return ia(e);case"boolean":return oa(e);case"bigint":return aa?aa(e):"0";case"symbol":return la?la(e):"Symbol()";case"undefined":default:return ua(e);case"function":case"object":{if(null===e)return ua(e);const t=e,n=_a(t,"toString");if("function"==typeof n){const e=n(t);return"string"==typeof e?e:ua(e)}return ua(e)}}}(e),"string"!=typeof e))throw ha("dirty is not a string, aborting");if(!n.isSupported)return e;fe?(X=me,te=ge):Xe(t),n.removed=[];const l=Se&&"string"!=typeof e&&xt(e);let c=[];const u=Ae;if(l){d=e,pe&&lt(d,e=>{const t=$(e);if(t===Ja||t===Qa&&pa(qa,e.data)){try{f(e)}catch(e){}return!1}if(t===Ya){const t=e,n=Ye(S(e));try{t.hasAttribute&&t.hasAttribute("patchsrc")&&t.removeAttribute("patchsrc"),t.hasAttribute&&t.hasAttribute("for")&&ht("for",n)&&t.removeAttribute("for")}catch(e){}}return!0});const t=S(e);if("string"==typeof t){const n=Ye(t);if(!X[n]||se[n])throw it(e),ha("root node is forbidden and cannot be sanitized in-place")}if(vt(e))throw it(e),ha("root node is clobbered and cannot be sanitized in-place");c=ut(e),Ae=Ko()}else if(xt(e))r=ft("\x3c!----\x3e"),i=r.ownerDocument.importNode(e,!0),i.nodeType===Ya&&"BODY"===i.nodeName||"HTML"===i.nodeName?r=i:r.appendChild(i),It(r);else{if(!be&&!de&&!he&&-1===e.indexOf("<"))return L(e);if(r=ft(e),!r)return be?null:_e?P:""}var d;r&&ye&&rt(r.firstChild);const p=l?e:r;try{l&&It(e);const t=mt(p);for(;o=t.nextNode();)Mt(o,p);l&&function(e,t){const n=Ae;let r=null;const s=()=>(r||(r=Ko(),Fo(t,e=>{Jo(r,e)})),r);for(let t=0;;t++){const r=ut(e),i=[e];let o=!1;if(Fo(r,e=>{$(e)===el?Wo(i,e):o||Qo(n,e)||(o=Qo(s(),e))}),!o)return;if(t>=8)throw ha("the tree kept changing during in-place sanitization; refusing to return it");Fo(i,(t,n)=>{pt(t,n>0,e,s())})}}(e,c)}catch(t){throw l&&(it(e),dt(e,c)),t}finally{Ae=u}if(l){if(dt(e,c))throw ha("a node selected for removal could not be safely returned; refusing to sanitize in place");return de&&yt(e),e}if(be){if(de&&yt(r),ve)for(a=U.call(r.ownerDocument);r.firstChild;)a.appendChild(r.firstChild);else a=r;return(te.shadowroot||te.shadowrootmode)&&(a=H.call(s,a,!0)),a}const h=()=>he?r.outerHTML:r.innerHTML;let m=h();return de&&pa(La,m)&&(bt(r),m=h()),he&&X["!doctype"]&&r.ownerDocument&&r.ownerDocument.doctype&&r.ownerDocument.doctype.name&&pa(Ba,r.ownerDocument.doctype.name)&&(m="<!DOCTYPE "+r.ownerDocument.doctype.name+">\n"+m),L(m)},n.setConfig=function(){Xe(arguments.length>0&&void 0!==arguments[0]?arguments[0]:{}),fe=!0,me=X,ge=te},n.clearConfig=function(){Ke=null,fe=!1,me=null,ge=null,E=z,P=""},n.isValidAttribute=function(e,t,n){Ke||Xe({});const r=Ye(e),s=Ye(t);return("string"!=typeof n||!(Ct(t,n)||!ue&&pa(Wa,n)))&&Et(r,s,n)},n.addHook=function(e,t){"function"==typeof t&&ca(F,e)&&Wo(F[e],t)},n.removeHook=function(e,t){if(ca(F,e)){if(void 0!==t){const n=qo(F[e],t);return-1===n?void 0:Vo(F[e],n,1)[0]}return Zo(F[e])}},n.removeHooks=function(e){ca(F,e)&&(F[e]=[])},n.removeAllHooks=function(){F={afterSanitizeAttributes:[],afterSanitizeElements:[],afterSanitizeShadowDOM:[],beforeSanitizeAttributes:[],beforeSanitizeElements:[],beforeSanitizeShadowDOM:[],uponSanitizeAttribute:[],uponSanitizeElement:[],uponSanitizeShadowNode:[]}},n}();function ol(){return{async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null}}var al={async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null};function ll(e){al=e}var cl={exec:()=>null};function ul(e){let t=[];return n=>{let r=Math.max(0,Math.min(3,n-1)),s=t[r];return s||(s=e(r),t[r]=s),s}}function dl(e,t=""){let n="string"==typeof e?e:e.source,r={replace:(e,t)=>{let s="string"==typeof t?t:t.source;return s=s.replace(hl.caret,"$1"),n=n.replace(e,s),r},getRegex:()=>new RegExp(n,t)};return r}var pl=((e="")=>{try{return!!new RegExp("(?<=1)(?<!1)"+e)}catch{return!1}})(),hl={codeRemoveIndent:/^(?: {0,3}\t| {1,4})/gm,listInterruptsParagraph:/^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/,outputLinkReplace:/\\([\[\]])/g,indentCodeCompensation:/^(\s+)(?:```)/,beginningSpace:/^\s+/,endingHash:/#$/,startingSpaceChar:/^ /,endingSpaceChar:/ $/,endingSpaceTabChar:/[ \t]$/,nonSpaceChar:/[^ ]/,newLineCharGlobal:/\n/g,tabCharGlobal:/\t/g,leadingSpaceTab:/^[ \t]+/,multipleSpaceGlobal:/\s+/g,blankLine:/^[ \t]*$/,doubleBlankLine:/\n[ \t]*\n[ \t]*$/,blockquoteStart:/^ {0,3}>/,blockquoteSetextReplace:/\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g,blockquoteSetextReplace2:/^ {0,3}>[ \t]?/gm,blockquoteMarkerWhitespace:/^( {0,3}>)(\t[ \t]*)/gm,nestedBlockMarker:/^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/,listReplaceNesting:/^ {1,4}(?=( {4})*[^ ])/g,listIsTask:/^\[[ xX]\][ \t]+\S/,listReplaceTask:/^\[[ xX]\][ \t]+/,listTaskCheckbox:/\[[ xX]\]/,anyLine:/\n.*\n/,hrefBrackets:/^<(.*)>$/,tableDelimiter:/[:|]/,tableAlignChars:/^\||\| *$/g,tableRowBlankLine:/\n[ \t]*$/,tableAlignRight:/^ *-+: *$/,tableAlignCenter:/^ *:-+: *$/,tableAlignLeft:/^ *:-+ *$/,startATag:/^<a /i,endATag:/^<\/a>/i,startPreScriptTag:/^<(pre|code|kbd|script)(\s|>)/i,endPreScriptTag:/^<\/(pre|code|kbd|script)(\s|>)/i,startAngleBracket:/^</,endAngleBracket:/>$/,pedanticHrefTitle:/^([^'"]*[^\s])\s+(['"])(.*)\2/,unicodeAlphaNumeric:/[\p{L}\p{N}]/u,numericCharacterReference:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/,numericCharacterReferenceOrAmpersand:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,escapeTest:/[&<>"']/,escapeReplace:/[&<>"']/g,escapeTestNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/,escapeReplaceNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,caret:/(^|[^\[])\^/g,percentDecode:/%25/g,findPipe:/\|/g,splitPipe:/ \|/,slashPipe:/\\\|/g,carriageReturn:/\r\n|\r/g,spaceLine:/^ +$/gm,notSpaceStart:/^\S*/,endingNewline:/\n$/,listItemRegex:e=>new RegExp(`^( {0,3}${e})((?:[\t ][^\\n]*)?(?:\\n|$))`),nextBulletRegex:ul(e=>new RegExp(`^ {0,${e}}(?:[*+-]|\\d{1,9}[.)])((?:[ \t][^\\n]*)?(?:\\n|$))`)),hrRegex:ul(e=>new RegExp(`^ {0,${e}}((?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\\*[ \t]*){3,})(?:\\n+|$)`)),fencesBeginRegex:ul(e=>new RegExp(`^ {0,${e}}(?:\`\`\`|~~~)`)),headingBeginRegex:ul(e=>new RegExp(`^ {0,${e}}#{1,6}(?:\\s|$)`)),pedanticHeadingBeginRegex:ul(e=>new RegExp(`^ {0,${e}}#`)),htmlBeginRegex:ul(e=>new RegExp(`^ {0,${e}}(?:</?(?:${gl})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`,"i")),blockquoteBeginRegex:ul(e=>new RegExp(`^ {0,${e}}>`)),nestedContainerMarkers:/^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/},fl=/^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/,ml=/ {0,3}(?:[*+-]|\d{1,9}[.)])/,gl="address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul",yl=dl(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag",gl).getRegex(),bl=/^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/,vl=dl(bl).replace(/bull/g,ml).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g,"").replace(/html/g,yl).getRegex(),_l=dl(bl).replace(/bull/g,ml).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g,/ {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g,yl).getRegex(),kl=/^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/,xl=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/,wl=dl(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label",xl).replace("title",/(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex(),$l=dl(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g,ml).getRegex(),Sl=/<!--(?:-?>|[\s\S]*?(?:-->|$))/,Al=dl("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ \t]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ \t]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ \t]*)+\\n|$))","i").replace("comment",Sl).replace("tag",gl).replace("attribute",/[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex(),Tl=e=>dl(kl).replace("hr",fl).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("|table","").replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list",e).replace("html",yl).getRegex(),El=Tl(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/),zl=Tl(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/),Pl={blockquote:dl(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph",zl).getRegex(),code:/^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/,def:wl,fences:/^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/,heading:/^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/,hr:fl,html:Al,lheading:vl,list:$l,newline:/^(?:[ \t]*(?:\n|$))+/,paragraph:El,table:cl,text:/^[^\n]+/},Ol=dl("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr",fl).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("blockquote"," {0,3}>").replace("code","(?: {4}| {0,3}\t)[^\\n]").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html",yl).getRegex(),Rl={...Pl,lheading:_l,table:Ol,paragraph:dl(kl).replace("hr",fl).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("table",Ol).replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html",yl).getRegex()},Cl={...Pl,html:dl("^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:\"[^\"]*\"|'[^']*'|\\s[^'\"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))").replace("comment",Sl).replace(/tag/g,"(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(),def:/^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/,heading:/^(#{1,6})(.*)(?:\n+|$)/,fences:cl,lheading:/^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/,paragraph:dl(kl).replace("hr",fl).replace("heading"," *#{1,6} *[^\n]").replace("|table","").replace("blockquote"," {0,3}>").replace("|fences","").replace("|list","").replace("|html","").replace("|tag","").replace("lheading",vl).getRegex()},Ml=/^( {2,}|\\)\n(?!\s*$)[ \t]*/,Ll=/[\p{P}\p{S}]/u,Il=/[\s\p{P}\p{S}]/u,Nl=/[^\s\p{P}\p{S}]/u,jl=dl(/^((?![*_])punctSpace)/,"u").replace(/punctSpace/g,Il).getRegex(),Dl=/(?!~)[\p{P}\p{S}]/u,Ul=dl(/link|precode-code|html/,"g").replace("link",/\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-",pl?"(?<!`)()":"(^^|[^`])").replace("code",/(?<b>`+)[^`]+\k<b>(?!`)/).replace("html",/<(?! )[^<>]*?>/).getRegex(),Bl=/^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/,Hl=dl(Bl,"u").replace(/punct/g,Ll).getRegex(),Fl=dl(Bl,"u").replace(/punct/g,Dl).getRegex(),ql=dl(/^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/,"u").replace(/openQuote/g,/[\p{Pi}\p{Ps}"']/u).replace(/punct/g,Ll).getRegex(),Zl="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)",Wl=dl(Zl,"gu").replace(/notPunctSpace/g,Nl).replace(/punctSpace/g,Il).replace(/punct/g,Ll).getRegex(),Gl=dl(Zl,"gu").replace(/notPunctSpace/g,/(?:[^\s\p{P}\p{S}]|~)/u).replace(/punctSpace/g,/(?!~)[\s\p{P}\p{S}]/u).replace(/punct/g,Dl).getRegex(),Vl=dl("^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)","gu").replace(/notPunctSpace/g,Nl).replace(/punctSpace/g,Il).replace(/punct/g,Ll).getRegex(),Yl=dl("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)","gu").replace(/notPunctSpace/g,Nl).replace(/punctSpace/g,Il).replace(/punct/g,Ll).getRegex(),Kl=dl("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)","gu").replace(/notPunctSpace/g,Nl).replace(/punctSpace/g,Il).replace(/punct/g,Ll).getRegex(),Jl=dl(/^~~?(?:((?!~)punct)|[^\s~])/,"u").replace(/punct/g,Ll).getRegex(),Ql=dl("^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)","gu").replace(/notPunctSpace/g,Nl).replace(/punctSpace/g,Il).replace(/punct/g,Ll).getRegex(),Xl=dl(/\\(punct)/,"gu").replace(/punct/g,Ll).getRegex(),ec=dl(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/,"gu").replace(/punct/g,Ll).getRegex(),tc=dl(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme",/[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email",/[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex(),nc=dl(Sl).replace("(?:--\x3e|$)","--\x3e").getRegex(),rc=dl("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment",nc).replace("attribute",/\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex(),sc=/\[(?:\\[\s\S]|[^\[\]\\])*\]/,ic=dl(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets",sc).getRegex(),oc=dl(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label",ic).replace("href",/<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title",/"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex(),ac=dl(/^!?\[(label)\]\[(ref)\]/).replace("label",ic).replace("ref",xl).getRegex(),lc=dl(/^!?\[(ref)\](?:\[\])?/).replace("ref",xl).getRegex(),cc=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/,uc=dl(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets",sc).getRegex(),dc=dl("reflink|nolink(?!\\()","g").replace("reflink",dl(/^!?\[(label)\]\[(ref)\]/).replace("label",uc).replace("ref",cc).getRegex()).replace("nolink",dl(/^!?\[(ref)\](?:\[\])?/).replace("ref",cc).getRegex()).getRegex(),pc=/[hH][tT][tT][pP][sS]?|[fF][tT][pP]/,hc=dl(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g,/[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(),fc={_backpedal:cl,anyPunctuation:Xl,anyPunctuationOutsideCode:ec,autolink:tc,blockSkip:Ul,br:Ml,code:/^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/,del:cl,delLDelim:cl,delRDelim:cl,emStrongLDelim:Hl,emStrongRDelimAst:Wl,emStrongRDelimUnd:Yl,escape:/^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/,link:oc,nolink:lc,punctuation:jl,reflink:ac,reflinkSearch:dc,tag:rc,text:/^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/,url:cl},mc={...fc,emStrongLDelim:ql,emStrongRDelimAst:Vl,emStrongRDelimUnd:Kl,link:dl(/^!?\[(label)\]\((.*?)\)/).replace("label",ic).getRegex(),reflink:dl(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label",ic).getRegex()},gc={...fc,emStrongRDelimAst:Gl,emStrongLDelim:Fl,delLDelim:Jl,delRDelim:Ql,url:dl(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol",hc).replace("protocol",pc).replace("email",/[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(),_backpedal:/(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/,del:/^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/,text:dl(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol",pc).replace(/emailProtocol/g,/(?:mailto|xmpp):/).replace("wwwStart",pl?"(?<![^\\s*_~(])www\\.":"www\\.").getRegex()},yc={...gc,br:dl(Ml).replace("{2,}","*").getRegex(),text:dl(gc.text).replace("\\b_","\\b_| {2,}\\n").replace(/\{2,\}/g,"*").getRegex()},bc={normal:Pl,gfm:Rl,pedantic:Cl},vc={normal:fc,gfm:gc,breaks:yc,pedantic:mc},_c={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},kc=e=>_c[e];function xc(e,t){if(t){if(hl.escapeTest.test(e))return e.replace(hl.escapeReplace,kc)}else if(hl.escapeTestNoEncode.test(e))return e.replace(hl.escapeReplaceNoEncode,kc);return e}function wc(e){return hl.numericCharacterReference.test(e)?e.replace(hl.numericCharacterReferenceOrAmpersand,(e,t,n)=>{if(void 0===t&&void 0===n)return"&amp;";let r=void 0===t?Number.parseInt(n,16):Number.parseInt(t,10);return 0===r||r>1114111||r>=55296&&r<=57343?"�":38===r?"&amp;":String.fromCodePoint(r)}):e}function $c(e){try{e=encodeURI(e).replace(hl.percentDecode,"%")}catch{return null}return e}function Sc(e,t){let n=e.replace(hl.findPipe,(e,t,n)=>{let r=!1,s=t;for(;--s>=0&&"\\"===n[s];)r=!r;return r?"|":" |"}),r=n.split(hl.splitPipe),s=0;if(r[0].trim()||r.shift(),r.length>0&&!r.at(-1)?.trim()&&r.pop(),t)if(r.length>t)r.splice(t);else for(;r.length<t;)r.push("");for(;s<r.length;s++)r[s]=r[s].trim().replace(hl.slashPipe,"|");return r}function Ac(e,t,n){let r=e.length;if(0===r)return"";let s=0;for(;s<r;){if(e.charAt(r-s-1)!==t)break;s++}return e.slice(0,r-s)}function Tc(e){let t=e.split("\n"),n=t.length-1;for(;n>=0&&hl.blankLine.test(t[n]);)n--;return t.length-n<=2?e:t.slice(0,n+1).join("\n")}function Ec(e){return e.trim().replace(hl.multipleSpaceGlobal," ").toLowerCase().toUpperCase().toLowerCase()}function zc(e,t){if(-1===e.indexOf(t[0])&&-1===e.indexOf(t[1]))return-1;let n=0;for(let r=0;r<e.length;r++)if("\\"===e[r])r++;else if(e[r]===t[0])n++;else if(e[r]===t[1]&&(n--,n<0))return r;return n>0?-2:-1}var Pc=new WeakMap;function Oc(e){let t={"*":-1,_:-1},n=-1,r=e.length;for(let s=0;s<r;s++){let i=e[s];if("*"!==i&&"_"!==i&&"~"!==i)continue;let o=0===s?"\n":e[s-1],a=s+1;for(;a<r&&e[a]===i;)a++;" "!==o&&"\t"!==o&&"\n"!==o&&"\r"!==o&&"\f"!==o&&("~"===i?n=s:t[i]=s),s=a-1}return{maskedSrc:e,lastPossibleEmStrongCloserIndex:t,lastPossibleDelCloserIndex:n}}function Rc(e,t,n){let r=Pc.get(e)?.at(-1);return r&&r.maskedSrc===t?r.lastPossibleEmStrongCloserIndex[n]:Oc(t).lastPossibleEmStrongCloserIndex[n]}function Cc(e,t){let n=Pc.get(e)?.at(-1);return n&&n.maskedSrc===t?n.lastPossibleDelCloserIndex:Oc(t).lastPossibleDelCloserIndex}function Mc(e,t=0){let n=t,r="";for(let t of e)if("\t"===t){let e=4-n%4;r+=" ".repeat(e),n+=e}else r+=t,n++;return r}function Lc(e,t,n,r,s){let i=t.href,o=t.title||null,a=function(e,t){let n="";for(let r=0;r<e.length;r++){if("`"===e[r]){let s=t.inline.code.exec(e.slice(r));if(s){n+=s[0],r+=s[0].length-1;continue}}"\\"!==e[r]||"["!==e[r+1]&&"]"!==e[r+1]?n+=e[r]:(n+=e[r+1],r++)}return n}(e[1],s),l="!"===e[0].charAt(0),c=r.state.inLink,u=r.state.linkEmitted,d=r.state.inRawBlock;r.state.inLink=!0,r.state.linkEmitted=!1;let p=r.inlineTokens(a),h=r.state.linkEmitted;if(r.state.linkEmitted=u,r.state.inLink=c,!l){if(h)return void(r.state.inRawBlock=d);r.state.linkEmitted=!0}return{type:l?"image":"link",raw:n,href:i,title:o,text:a,tokens:p}}function Ic(e,t,n,r){if(!t.includes("<"))return!1;for(let s=0;s<t.length;s++){if("\\"===t[s]){s++;continue}if("`"===t[s]){let e=r.inline.code.exec(t.slice(s));if(e){s+=e[0].length-1;continue}}if("<"!==t[s])continue;let i=e.slice(n+s),o=r.inline.tag.exec(i)||r.inline.autolink.exec(i);if(o){if(o[0].length>t.length-s)return!0;s+=o[0].length-1}}return!1}var Nc=class{options;rules;lexer;constructor(e){this.options=e||al}space(e){let t=this.rules.block.newline.exec(e);if(t&&t[0].length>0)return{type:"space",raw:t[0]}}code(e){let t=this.rules.block.code.exec(e);if(t){let e=this.options.pedantic?t[0]:Tc(t[0]),n=e.replace(this.rules.other.codeRemoveIndent,"");return{type:"code",raw:e,codeBlockStyle:"indented",text:n}}}fences(e){let t=this.rules.block.fences.exec(e);if(t){let e=t[0],n=function(e,t,n){let r=e.match(n.other.indentCodeCompensation);if(null===r)return t;let s=r[1];return t.split("\n").map(e=>{let t=e.match(n.other.beginningSpace);if(null===t)return e;let[r]=t;return e.slice(Math.min(r.length,s.length))}).join("\n")}(e,t[3]||"",this.rules);return void 0!==t[3]&&(""===n||n.endsWith("\n"))&&(n+="\n"),{type:"code",raw:e,lang:t[2]?t[2].trim().replace(this.rules.inline.anyPunctuation,"$1"):t[2],text:n}}}heading(e){let t=this.rules.block.heading.exec(e);if(t){let e=t[2].trim();if(this.rules.other.endingHash.test(e)){let t=Ac(e,"#");(this.options.pedantic||!t||this.rules.other.endingSpaceTabChar.test(t))&&(e=t.trim())}return{type:"heading",raw:Ac(t[0],"\n"),depth:t[1].length,text:e,tokens:this.lexer.inline(e)}}}hr(e){let t=this.rules.block.hr.exec(e);if(t)return{type:"hr",raw:Ac(t[0],"\n")}}blockquote(e){let t=this.rules.block.blockquote.exec(e);if(t){let e=Ac(t[0],"\n").split("\n"),n="",r="",s=[];for(;e.length>0;){let t,i=!1,o=[];for(t=0;t<e.length;t++)if(this.rules.other.blockquoteStart.test(e[t]))o.push(e[t]),i=!0;else{if(i)break;o.push(e[t])}e=e.slice(t);let a=o.join("\n"),l=a.replace(this.rules.other.blockquoteMarkerWhitespace,(e,t,n)=>n.startsWith(" ")?t+" "+n.slice(1):t+Mc(n,t.length)).replace(this.rules.other.blockquoteSetextReplace,"\n    $1").replace(this.rules.other.blockquoteSetextReplace2,"");n=n?`${n}\n${a}`:a,r=r?`${r}\n${l}`:l;let c=this.lexer.state.top;if(this.lexer.state.top=!0,this.lexer.blockTokens(l,s,!0),this.lexer.state.top=c,0===e.length)break;let u=s.at(-1);if("code"===u?.type||"heading"===u?.type||"hr"===u?.type||"html"===u?.type||"table"===u?.type)break;if("blockquote"===u?.type){let t=u,i=e.join("\n"),o=t.raw+"\n"+i.replace(this.rules.other.blockquoteSetextReplace2,""),a=this.blockquote(o);s[s.length-1]=a;let l=o.substring(a.raw.length).replace(/^\n/,""),c=l?l.split("\n").length:0,d=c?e.slice(0,-c):e;if(d.length>0&&(n=`${n}\n${d.join("\n")}`),r=r.substring(0,r.length-t.text.length)+a.text,e=e.slice(d.length),e.length>0&&this.rules.other.blockquoteStart.test(e[0]))continue;break}if("list"===u?.type){let t=u,i=t.raw+"\n"+e.join("\n"),o=this.list(i);s[s.length-1]=o;let a=o.raw.length>t.raw.length?i.slice(t.raw.length+1,o.raw.length).split("\n").length:0;if(a>0){let t=e.slice(0,a).join("\n");n=`${n}\n${t}`,r=`${r}\n${t}`}if(e=e.slice(a),e.length>0&&!this.rules.other.blockquoteStart.test(e[0]))break;continue}}return{type:"blockquote",raw:n,tokens:s,text:r}}}list(e){let t=this.rules.block.list.exec(e);if(t){if(!this.options.pedantic&&"text"===this.lexer.state.lastToken?.type&&!this.rules.other.listInterruptsParagraph.test(e))return;let n=e,r=()=>n.length-e.length,s=t[1].trim(),i=s.length>1,o={type:"list",raw:"",ordered:i,start:i?+s.slice(0,-1):"",loose:!1,items:[]};s=i?`\\d{1,9}\\${s.slice(-1)}`:`\\${s}`,this.options.pedantic&&(s=i?s:"[*+-]");let a=this.rules.other.listItemRegex(s),l=!1;for(;e;){let s=!1,i="";if(!(t=a.exec(e))||this.rules.block.hr.test(e))break;let c=r();e=e.substring(t[0].length);let u=t[2].split("\n",1)[0],d=t[1].length,p=this.options.pedantic?Mc(u,d):u.replace(this.rules.other.leadingSpaceTab,e=>Mc(e,d)),h=e.split("\n",1)[0],f=!p.trim(),m=0;if(this.options.pedantic?(m=2,i=p.trimStart()):f?m=d+1:(m=p.search(this.rules.other.nonSpaceChar),m=m>4?1:m,i=p.slice(m),m+=d),f&&this.rules.other.blankLine.test(h)&&(e=e.substring(h.length+1),s=!0),!s){let t=this.rules.other.nextBulletRegex(m),n=this.rules.other.hrRegex(m),r=this.rules.other.fencesBeginRegex(m),s=this.options.pedantic?this.rules.other.pedanticHeadingBeginRegex(m):this.rules.other.headingBeginRegex(m),o=this.rules.other.htmlBeginRegex(m),a=this.rules.other.blockquoteBeginRegex(m),l=!1;for(;e;){let c,u=e.split("\n",1)[0];if(h=u,this.options.pedantic?(h=h.replace(this.rules.other.listReplaceNesting,"  "),c=h):c=h.replace(this.rules.other.leadingSpaceTab,e=>Mc(e)),r.test(h)||s.test(h)||o.test(h)||a.test(h)||t.test(h)||n.test(h))break;if(c.search(this.rules.other.nonSpaceChar)>=m||!h.trim())i+="\n"+c.slice(m),l=!1;else{if(f)break;let e=p;if(!this.options.pedantic&&!i.includes("\n")&&!p.includes("\t")){let t;for(;!n.test(e)&&(t=this.rules.other.nestedBlockMarker.exec(e));)e=e.slice(t[0].length);if(!e.trim())break}if(e.replace(this.rules.other.tabCharGlobal,"    ").search(this.rules.other.nonSpaceChar)>=4||r.test(e)||s.test(e)||o.test(e)||n.test(e))break;if(!this.options.pedantic&&!l){let e=p.replace(this.rules.other.nestedContainerMarkers,"");if(this.rules.block.fences.test(e)||this.rules.block.heading.test(e)||this.rules.block.hr.test(e))break}i+="\n"+(!this.options.pedantic&&/^ {0,3}(?:=+|-+) *$/.test(h)&&this.rules.block.lheading.test(`${p}\n${h}`)?`    ${c.replace(/^ {0,3}/,"")}`:h),l=!0}f=!h.trim(),e=e.substring(u.length+1),p=c.slice(m)}}let g=n.slice(c,r());o.loose||(l?o.loose=!0:this.rules.other.doubleBlankLine.test(g)&&(l=!0)),o.items.push({type:"list_item",raw:g,task:!!this.options.gfm&&this.rules.other.listIsTask.test(i),loose:!1,text:i,tokens:[]})}let c=o.items.at(-1);if(!c)return;c.raw=c.raw.trimEnd(),c.text=c.text.trimEnd(),o.raw=n.slice(0,r()).trimEnd();let u=[];for(let e of o.items)if(this.lexer.state.top=!1,u.push(this.lexer.inlineQueue.length),e.tokens=this.lexer.blockTokens(e.text,[]),!o.loose){let t=e.tokens.filter(e=>"space"===e.type),n=t.length>0&&t.some(e=>this.rules.other.anyLine.test(e.raw));o.loose=n}for(let e=0;e<o.items.length;e++){let t=o.items[e],n=t.tokens[0];if(!t.task||"text"!==n?.type&&"paragraph"!==n?.type)t.task&&(t.task=!1);else{t.text=t.text.replace(this.rules.other.listReplaceTask,""),n.raw=n.raw.replace(this.rules.other.listReplaceTask,""),n.text=n.text.replace(this.rules.other.listReplaceTask,"");let r=this.lexer.inlineQueue;for(let t=u[e];t<r.length;t++)if(r[t].tokens===n.tokens){r[t].src=r[t].src.replace(this.rules.other.listReplaceTask,"");break}let s=this.rules.other.listTaskCheckbox.exec(t.raw);if(s){let e={type:"checkbox",raw:s[0]+" ",checked:"[ ]"!==s[0]};t.checked=e.checked,o.loose?t.tokens[0]&&["paragraph","text"].includes(t.tokens[0].type)&&"tokens"in t.tokens[0]&&t.tokens[0].tokens?(t.tokens[0].raw=e.raw+t.tokens[0].raw,t.tokens[0].text=e.raw+t.tokens[0].text,t.tokens[0].tokens.unshift(e)):t.tokens.unshift({type:"paragraph",raw:e.raw,text:e.raw,tokens:[e]}):t.tokens.unshift(e)}}}if(o.loose)for(let e of o.items){e.loose=!0;for(let t of e.tokens)"text"===t.type&&(t.type="paragraph")}return o}}html(e){let t=this.rules.block.html.exec(e);if(t){if("paragraph"===this.lexer.state.lastToken?.type&&!this.rules.other.htmlBeginRegex(4).test(e))return;let n=Tc(t[0]);return{type:"html",block:!0,raw:n,pre:"pre"===t[1]||"script"===t[1]||"style"===t[1],text:n}}}def(e){let t=this.rules.block.def.exec(e);if(t){if(!this.rules.other.startAngleBracket.test(t[2])&&-1!==zc(t[2],"()"))return;let e=Ec(t[1]),n=t[2]?t[2].replace(this.rules.other.hrefBrackets,"$1").replace(this.rules.inline.anyPunctuation,"$1"):"",r=t[3]?t[3].substring(1,t[3].length-1).replace(this.rules.inline.anyPunctuation,"$1"):t[3];return{type:"def",tag:e,raw:Ac(t[0],"\n"),href:n,title:r}}}table(e){let t=this.rules.block.table.exec(e);if(!t||!this.rules.other.tableDelimiter.test(t[2]))return;let n=Sc(t[1]),r=t[2].replace(this.rules.other.tableAlignChars,"").split("|"),s=t[3]?.trim()?t[3].replace(this.rules.other.tableRowBlankLine,"").split("\n"):[],i={type:"table",raw:Ac(t[0],"\n"),header:[],align:[],rows:[]};if(n.length===r.length){for(let e of r)this.rules.other.tableAlignRight.test(e)?i.align.push("right"):this.rules.other.tableAlignCenter.test(e)?i.align.push("center"):this.rules.other.tableAlignLeft.test(e)?i.align.push("left"):i.align.push(null);for(let e=0;e<n.length;e++)i.header.push({text:n[e],tokens:this.lexer.inline(n[e]),header:!0,align:i.align[e]});for(let e of s)i.rows.push(Sc(e,i.header.length).map((e,t)=>({text:e,tokens:this.lexer.inline(e),header:!1,align:i.align[t]})));return i}}lheading(e){let t=this.rules.block.lheading.exec(e);if(t){let e=t[1].trim();return{type:"heading",raw:Ac(t[0],"\n"),depth:"="===t[2].charAt(0)?1:2,text:e,tokens:this.lexer.inline(e)}}}paragraph(e){let t=this.rules.block.paragraph.exec(e);if(t){let e="\n"===t[1].charAt(t[1].length-1)?t[1].slice(0,-1):t[1];return{type:"paragraph",raw:t[0],text:e,tokens:this.lexer.inline(e)}}}text(e){let t=this.rules.block.text.exec(e);if(t)return{type:"text",raw:t[0],text:t[0],tokens:this.lexer.inline(t[0])}}escape(e){if(92!==e.charCodeAt(0))return;let t=this.rules.inline.escape.exec(e);return t?{type:"escape",raw:t[0],text:t[1]}:void 0}tag(e){if(60!==e.charCodeAt(0))return;let t=this.rules.inline.tag.exec(e);return t?(!this.lexer.state.inLink&&this.rules.other.startATag.test(t[0])?this.lexer.state.inLink=!0:this.lexer.state.inLink&&this.rules.other.endATag.test(t[0])&&(this.lexer.state.inLink=!1),!this.lexer.state.inRawBlock&&this.rules.other.startPreScriptTag.test(t[0])?this.lexer.state.inRawBlock=!0:this.lexer.state.inRawBlock&&this.rules.other.endPreScriptTag.test(t[0])&&(this.lexer.state.inRawBlock=!1),{type:"html",raw:t[0],inLink:this.lexer.state.inLink,inRawBlock:this.lexer.state.inRawBlock,block:!1,text:t[0]}):void 0}link(e){if(!1===this.lexer.state.linkParenPossible)return;let t=e.charCodeAt(0);if(91!==t&&33!==t)return;let n=this.rules.inline.link.exec(e);if(n){let t="!"===n[0].charAt(0)?2:1;if(!this.options.pedantic&&Ic(e,n[1],t,this.rules))return;let r=n[2].trim();if(!this.options.pedantic&&this.rules.other.startAngleBracket.test(r)){if(!this.rules.other.endAngleBracket.test(r))return;let e=Ac(r.slice(0,-1),"\\");if((r.length-e.length)%2==0)return}else{let e=zc(n[2],"()");if(-2===e)return;if(e>-1){let t=(0===n[0].indexOf("!")?5:4)+n[1].length+e;n[2]=n[2].substring(0,e),n[0]=n[0].substring(0,t).trim(),n[3]=""}}let s=Ac(n[0].slice(0,-1),"\\");if((n[0].length-s.length)%2==0)return;let i=n[2],o="";if(this.options.pedantic){let e=this.rules.other.pedanticHrefTitle.exec(i);e&&(i=e[1],o=e[3])}else o=n[3]?n[3].slice(1,-1):"";return i=i.trim(),this.rules.other.startAngleBracket.test(i)&&(i=this.options.pedantic&&!this.rules.other.endAngleBracket.test(r)?i.slice(1):i.slice(1,-1)),Lc(n,{href:i&&i.replace(this.rules.inline.anyPunctuation,"$1"),title:o&&o.replace(this.rules.inline.anyPunctuation,"$1")},n[0],this.lexer,this.rules)}}reflink(e,t){let n,r=e.charCodeAt(0);if((91===r||33===r)&&((n=this.rules.inline.reflink.exec(e))||(n=this.rules.inline.nolink.exec(e)))){let r="!"===n[0].charAt(0)?2:1;if(!this.options.pedantic&&Ic(e,n[1],r,this.rules))return;let s=t[Ec(n[2]||n[1])];if(!s){let e=n[0].charAt(0);return{type:"text",raw:e,text:e}}return Lc(n,s,n[0],this.lexer,this.rules)}}emStrong(e,t,n=""){let r=this.rules.inline.emStrongLDelim.exec(e);if(!r||!r[1]&&!r[2]&&!r[3]&&!r[4])return;let s=r[0][0],i=n===s,o=t.length-e.length,a=o;for(;!this.options.pedantic&&a>0&&t[a-1]===s;)a--;let l=[...t.slice(Math.max(0,a-2),a)].at(-1)??"",c="*"===l||"_"===l||!!this.rules.inline.punctuation.exec(l);a<o&&(n=l);let u=a<o?c:"*"===n||"_"===n||!!this.rules.inline.punctuation.exec(n);if(r[4]&&n.match(this.rules.other.unicodeAlphaNumeric))return;let d=r[1]||r[3]||"";if(!d||!n||u){let n,u,p=[...r[0]].length-1,h=p,f=0,m=o-a+p,g=!(this.options.pedantic||!l.trim()||!d&&("*"!==s||c));if("*"!==s&&"_"!==s)return;let y="*"===s?this.rules.inline.emStrongRDelimAst:this.rules.inline.emStrongRDelimUnd,b=Rc(this,t,s),v=t.length-e.length+p;if(b<v)return;t=t.slice(-1*e.length+p);let _=b-v;for(y.lastIndex=0;null!==(r=y.exec(t))&&!(r.index>_);){if(n=r[1]||r[2]||r[3]||r[4]||r[5]||r[6],!n)continue;if(u=[...n].length,r[3]||r[4]){h+=u;continue}if((r[5]||r[6]||g)&&m%3&&!((m+u)%3)){if(i&&(r[5]||r[6]))break;f+=u;continue}if(h-=u,h>0)continue;u=Math.min(u,u+h+f);let t=[...r[0]][0].length,s=e.slice(0,p+r.index+t+u);if(Math.min(p,u)%2){let e=s.slice(1,-1);return{type:"em",raw:s,text:e,tokens:this.lexer.inlineTokens(e)}}let o=s.slice(2,-2);return{type:"strong",raw:s,text:o,tokens:this.lexer.inlineTokens(o)}}}}codespan(e){if(96!==e.charCodeAt(0))return;let t=this.rules.inline.code.exec(e);if(t){let e=t[2].replace(this.rules.other.newLineCharGlobal," "),n=this.rules.other.nonSpaceChar.test(e),r=this.rules.other.startingSpaceChar.test(e)&&this.rules.other.endingSpaceChar.test(e);return n&&r&&(e=e.substring(1,e.length-1)),{type:"codespan",raw:t[0],text:e}}}br(e){let t=e.charCodeAt(0);if(32!==t&&92!==t&&10!==t)return;let n=this.rules.inline.br.exec(e);return n?{type:"br",raw:n[0]}:void 0}del(e,t,n=""){if(126!==e.charCodeAt(0))return;let r=this.rules.inline.delLDelim.exec(e);if(r&&(!r[1]||!n||this.rules.inline.punctuation.exec(n))){let n,s,i=[...r[0]].length-1,o=i,a=this.rules.inline.delRDelim,l=Cc(this,t),c=t.length-e.length+i;if(l<c)return;t=t.slice(-1*e.length+i);let u=l-c;for(a.lastIndex=0;null!==(r=a.exec(t))&&!(r.index>u);){if(n=r[1]||r[2]||r[3]||r[4]||r[5]||r[6],!n||(s=[...n].length,s!==i))continue;if(r[3]||r[4]){o+=s;continue}if(o-=s,o>0)continue;s=Math.min(s,s+o);let t=[...r[0]][0].length,a=e.slice(0,i+r.index+t+s),l=a.slice(i,-i);return{type:"del",raw:a,text:l,tokens:this.lexer.inlineTokens(l)}}}}autolink(e){if(60!==e.charCodeAt(0))return;let t=this.rules.inline.autolink.exec(e);if(t){let e,n;return"@"===t[2]?(e=t[1],n="mailto:"+e):(e=t[1],n=e),{type:"link",raw:t[0],text:e,href:n,autolink:!0,tokens:[{type:"text",raw:e,text:e}]}}}url(e){let t;if(t=this.rules.inline.url.exec(e)){let e,n;if("@"===t[2])e=t[0],n="mailto:"+e;else{let r;do{r=t[0],t[0]=this.rules.inline._backpedal.exec(t[0])?.[0]??""}while(r!==t[0]);e=t[0],n="www."===t[1]?"http://"+t[0]:t[0]}return{type:"link",raw:t[0],text:e,href:n,autolink:!0,tokens:[{type:"text",raw:e,text:e}]}}}inlineText(e){let t=this.rules.inline.text.exec(e);if(t){let e=this.lexer.state.inRawBlock;return{type:"text",raw:t[0],text:e?t[0]:wc(t[0]),escaped:e}}}},jc=class e{tokens;options;state;inlineQueue;tokenizer;constructor(e){this.tokens=[],this.tokens.links=Object.create(null),this.options=e||al,this.options.tokenizer=this.options.tokenizer||new Nc,this.tokenizer=this.options.tokenizer,this.tokenizer.options=this.options,this.tokenizer.lexer=this,this.inlineQueue=[],this.state={inLink:!1,inRawBlock:!1,linkEmitted:!1,linkParenPossible:!0,top:!0};let t={other:hl,block:bc.normal,inline:vc.normal};this.options.pedantic?(t.block=bc.pedantic,t.inline=vc.pedantic):this.options.gfm&&(t.block=bc.gfm,this.options.breaks?t.inline=vc.breaks:t.inline=vc.gfm),this.tokenizer.rules=t}static get rules(){return{block:bc,inline:vc}}static lex(t,n){return new e(n).lex(t)}static lexInline(t,n){return new e(n).inlineTokens(t)}lex(e){e=e.replace(hl.carriageReturn,"\n"),this.blockTokens(e,this.tokens);for(let e=0;e<this.inlineQueue.length;e++){let t=this.inlineQueue[e];this.state.inRawBlock=!1,this.inlineTokens(t.src,t.tokens)}return this.inlineQueue=[],this.tokens}blockTokens(e,t=[],n=!1){this.tokenizer.lexer=this;let r=this.state.lastToken;this.options.pedantic&&(e=e.replace(hl.tabCharGlobal,"    ").replace(hl.spaceLine,""));let s,i=1/0,o=this.options.gfm&&!this.options.pedantic&&this.tokenizer.paragraph===Nc.prototype.paragraph;for(;e;){if(!(e.length<i)){this.infiniteLoopError(e.charCodeAt(0));break}let r;if(i=e.length,this.state.lastToken=t.at(-1),this.options.extensions?.block?.some(n=>!!(r=n.call({lexer:this},e,t))&&(e=e.substring(r.raw.length),t.push(r),!0)))continue;if(r=this.tokenizer.space(e)){e=e.substring(r.raw.length);let n=t.at(-1);1===r.raw.length&&void 0!==n?n.raw+="\n":t.push(r);continue}if(r=this.tokenizer.code(e)){e=e.substring(r.raw.length);let n=t.at(-1);"paragraph"===n?.type||"text"===n?.type?(n.raw+=(n.raw.endsWith("\n")?"":"\n")+r.raw,n.text+="\n"+r.text,this.inlineQueue.at(-1).src=n.text):t.push(r);continue}if(r=this.tokenizer.fences(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.heading(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.hr(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.blockquote(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.list(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.html(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.def(e)){e=e.substring(r.raw.length);let n=t.at(-1);"paragraph"===n?.type||"text"===n?.type?(n.raw+=(n.raw.endsWith("\n")?"":"\n")+r.raw,n.text+="\n"+r.raw,this.inlineQueue.at(-1).src=n.text):(this.tokens.links[r.tag]||(this.tokens.links[r.tag]={href:r.href,title:r.title}),t.push(r));continue}if(r=this.tokenizer.table(e)){e=e.substring(r.raw.length),t.push(r);continue}if(r=this.tokenizer.lheading(e)){e=e.substring(r.raw.length),t.push(r);continue}let a=e;if(this.options.extensions?.startBlock){let t,n=1/0,r=e.slice(1);this.options.extensions.startBlock.forEach(e=>{t=e.call({lexer:this},r),"number"==typeof t&&t>=0&&(n=Math.min(n,t))}),n<1/0&&n>=0&&(a=e.substring(0,n+1))}if(this.state.top&&(r=this.tokenizer.paragraph(a))){let i=t.at(-1);(n||i===s&&o)&&"paragraph"===i?.type?(i.raw+=(i.raw.endsWith("\n")?"":"\n")+r.raw,i.text+="\n"+r.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=i.text,s=i):(t.push(r),s=r),n=a.length!==e.length,e=e.substring(r.raw.length);continue}if(r=this.tokenizer.text(e)){e=e.substring(r.raw.length);let n=t.at(-1);"text"===n?.type?(n.raw+=(n.raw.endsWith("\n")?"":"\n")+r.raw,n.text+="\n"+r.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=n.text):t.push(r);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return this.state.top=!0,this.state.lastToken=r,t}inline(e,t=[]){return this.inlineQueue.push({src:e,tokens:t}),t}linkInText(e){if(!e.includes("["))return!1;let t=this.tokenizer.rules.inline.link;for(let n of e.matchAll(this.tokenizer.rules.inline.blockSkip))if(t.test(n[0])&&"!"!==e.charAt(n.index-1))return!0;for(let t of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)){let e=t[0],n=e.lastIndexOf("[");if("!"!==e.charAt(0)&&Object.hasOwn(this.tokens.links,Ec(e.slice(n+1,-1)))&&!(n>1&&this.linkInText(e.slice(1,n-1))))return!0}return!1}inlineTokens(e,t=[]){this.tokenizer.lexer=this;let n=this.state.linkParenPossible;this.state.linkParenPossible=e.includes(")");try{return this.#e(e,t)}finally{this.state.linkParenPossible=n}}#e(e,t){let n=e.includes("*")||e.includes("_")||e.includes("~"),r=n||this.options.hooks?.emStrongMask||this.tokenizer.emStrong!==Nc.prototype.emStrong||this.tokenizer.del!==Nc.prototype.del?this.#t(e):e;if(!n)return this.#n(e,r,t);!function(e,t){let n=Oc(t),r=Pc.get(e);r?r.push(n):Pc.set(e,[n])}(this.tokenizer,r);try{return this.#n(e,r,t)}finally{!function(e){let t=Pc.get(e);t&&(t.pop(),0===t.length&&Pc.delete(e))}(this.tokenizer)}}#n(e,t,n){let r=!1,s="",i=1/0;for(;e;){if(!(e.length<i)){this.infiniteLoopError(e.charCodeAt(0));break}let o;if(i=e.length,r||(s=""),r=!1,this.options.extensions?.inline?.some(t=>!!(o=t.call({lexer:this},e,n))&&(e=e.substring(o.raw.length),n.push(o),!0)))continue;if(o=this.tokenizer.escape(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.tag(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.link(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.reflink(e,this.tokens.links)){e=e.substring(o.raw.length);let t=n.at(-1);"text"===o.type&&"text"===t?.type?(t.raw+=o.raw,t.text+=o.text):n.push(o);continue}let a=e[0];if("*"===a||"_"===a){let i=t.length-e.length;if(Rc(this.tokenizer,t,a)<=i){let t=1;for(;t<e.length&&e.charCodeAt(t)===a.charCodeAt(0);)t++;let i=e.substring(0,t),o=n.at(-1);"text"!==o?.type||o.escaped?n.push({type:"text",raw:i,text:i,escaped:!1}):(o.raw+=i,o.text+=i),e=e.substring(t),s=a,r=!0;continue}}else if("~"===a){let i=t.length-e.length;if(Cc(this.tokenizer,t)<=i){let t=1;for(;t<e.length&&126===e.charCodeAt(t);)t++;let i=e.substring(0,t),o=n.at(-1);"text"!==o?.type||o.escaped?n.push({type:"text",raw:i,text:i,escaped:!1}):(o.raw+=i,o.text+=i),e=e.substring(t),s=a,r=!0;continue}}if(o=this.tokenizer.emStrong(e,t,s)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.codespan(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.br(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.del(e,t,s)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.autolink(e)){e=e.substring(o.raw.length),n.push(o);continue}if(!this.state.inLink&&(o=this.tokenizer.url(e))){e=e.substring(o.raw.length),n.push(o);continue}let l=e;if(this.options.extensions?.startInline){let t,n=1/0,r=e.slice(1);this.options.extensions.startInline.forEach(e=>{t=e.call({lexer:this},r),"number"==typeof t&&t>=0&&(n=Math.min(n,t))}),n<1/0&&n>=0&&(l=e.substring(0,n+1))}if(o=this.tokenizer.inlineText(l)){e=e.substring(o.raw.length),"_"!==o.raw.slice(-1)&&(s=o.raw.slice(-1)),r=!0;let t=n.at(-1);"text"===t?.type?(t.raw+=o.raw,t.text+=o.text):n.push(o);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return n}#r(e){let t,{blockSkip:n,tag:r,autolink:s}=this.tokenizer.rules.inline,i="",o=0;for(n.lastIndex=0;t=n.exec(e);){let a=t.index+(t[2]?t[2].length:0),l=t.index+t[0].length;if("<"===e.charAt(a)){let t=e.slice(a),i=r.exec(t)||s.exec(t);if(!i){n.lastIndex=a+1;continue}l=a+i[0].length,n.lastIndex=l}i+=e.slice(o,a)+"["+"a".repeat(l-a-2)+"]",o=l}return i+e.slice(o)}#t(e){let t=e;if(this.tokens.links&&e.includes("[")){let e=this.tokenizer.rules.inline.reflinkSearch,n=t=>{let r=t.lastIndexOf("[");if(!Object.hasOwn(this.tokens.links,Ec(t.slice(r+1,-1))))return t;if(r>1&&"!"!==t.charAt(0)){let s=t.slice(1,r-1);if(this.linkInText(s))return"["+s.replace(e,n)+"]["+"a".repeat(t.length-r-2)+"]"}return"["+"a".repeat(t.length-2)+"]"};t=t.replace(e,n)}return t=t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode,(e,t,n)=>n?"+".repeat(e.length):t?t+e.slice(t.length,-t.length).replace(/`/g,"+")+t:e),t=this.#r(t),t=this.options.hooks?.emStrongMask?.call({lexer:this},t)??t,t}infiniteLoopError(e){let t="Infinite loop on byte: "+e;if(!this.options.silent)throw new Error(t);console.error(t)}},Dc=class{options;parser;constructor(e){this.options=e||al}space(e){return""}code({text:e,lang:t,escaped:n}){let r=(t||"").match(hl.notSpaceStart)?.[0],s=e?e.replace(hl.endingNewline,"")+"\n":"";return r?'<pre><code class="language-'+xc(r)+'">'+(n?s:xc(s,!0))+"</code></pre>\n":"<pre><code>"+(n?s:xc(s,!0))+"</code></pre>\n"}blockquote({tokens:e}){return`<blockquote>\n${this.parser.parse(e)}</blockquote>\n`}html({text:e}){return e}def(e){return""}heading({tokens:e,depth:t}){return`<h${t}>${this.parser.parseInline(e)}</h${t}>\n`}hr(e){return"<hr>\n"}list(e){let t=e.ordered,n=e.start,r="";for(let t=0;t<e.items.length;t++){let n=e.items[t];r+=this.listitem(n)}let s=t?"ol":"ul";return"<"+s+(t&&1!==n?' start="'+n+'"':"")+">\n"+r+"</"+s+">\n"}listitem(e){return`<li>${this.parser.parse(e.tokens)}</li>\n`}checkbox({checked:e}){return"<input "+(e?'checked="" ':"")+'disabled="" type="checkbox"> '}paragraph({tokens:e}){return`<p>${this.parser.parseInline(e)}</p>\n`}table(e){let t="",n="";for(let t=0;t<e.header.length;t++)n+=this.tablecell(e.header[t]);t+=this.tablerow({text:n});let r="";for(let t=0;t<e.rows.length;t++){let s=e.rows[t];n="";for(let e=0;e<s.length;e++)n+=this.tablecell(s[e]);r+=this.tablerow({text:n})}return r&&(r=`<tbody>${r}</tbody>`),"<table>\n<thead>\n"+t+"</thead>\n"+r+"</table>\n"}tablerow({text:e}){return`<tr>\n${e}</tr>\n`}tablecell(e){let t=this.parser.parseInline(e.tokens),n=e.header?"th":"td";return(e.align?`<${n} align="${e.align}">`:`<${n}>`)+t+`</${n}>\n`}strong({tokens:e}){return`<strong>${this.parser.parseInline(e)}</strong>`}em({tokens:e}){return`<em>${this.parser.parseInline(e)}</em>`}codespan({text:e}){return`<code>${xc(e,!0)}</code>`}br(e){return"<br>"}del({tokens:e}){return`<del>${this.parser.parseInline(e)}</del>`}link({href:e,title:t,text:n,tokens:r,autolink:s}){let i=s?xc(n,!0):this.parser.parseInline(r),o=$c(e);if(null===o)return i;let a='<a href="'+(e=xc(o,s))+'"';return t&&(a+=' title="'+xc(t)+'"'),a+=">"+i+"</a>",a}image({href:e,title:t,text:n,tokens:r}){r&&(n=this.parser.parseInline(r,this.parser.textRenderer));let s=$c(e);if(null===s)return xc(n);let i=`<img src="${xc(e=s)}" alt="${xc(n)}"`;return t&&(i+=` title="${xc(t)}"`),i+=">",i}text(e){return"tokens"in e&&e.tokens?this.parser.parseInline(e.tokens):"escaped"in e&&e.escaped?e.text:xc(e.text)}},Uc=class{parser;strong({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}em({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}codespan({text:e}){return e}del({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}html({text:e}){return e}text({text:e}){return e}link({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}image({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}br(){return"\n"}checkbox({raw:e}){return e}},Bc=class e{options;renderer;textRenderer;constructor(e){this.options=e||al,this.options.renderer=this.options.renderer||new Dc,this.renderer=this.options.renderer,this.renderer.options=this.options,this.renderer.parser=this,this.textRenderer=new Uc,this.textRenderer.parser=this}static parse(t,n){return new e(n).parse(t)}static parseInline(t,n){return new e(n).parseInline(t)}parse(e){this.renderer.parser=this;let t="";for(let n=0;n<e.length;n++){let r=e[n];if(this.options.extensions?.renderers?.[r.type]){let e=r,n=this.options.extensions.renderers[e.type].call({parser:this},e);if(!1!==n||!["space","hr","heading","code","table","blockquote","list","checkbox","html","def","paragraph","text"].includes(e.type)){t+=!1===n?"":n??"";continue}}let s=r;switch(s.type){case"space":t+=this.renderer.space(s);break;case"hr":t+=this.renderer.hr(s);break;case"heading":t+=this.renderer.heading(s);break;case"code":t+=this.renderer.code(s);break;case"table":t+=this.renderer.table(s);break;case"blockquote":t+=this.renderer.blockquote(s);break;case"list":t+=this.renderer.list(s);break;case"checkbox":t+=this.renderer.checkbox(s);break;case"html":t+=this.renderer.html(s);break;case"def":t+=this.renderer.def(s);break;case"paragraph":t+=this.renderer.paragraph(s);break;case"text":t+=this.renderer.text(s);break;default:{let e='Token with "'+s.type+'" type was not found.';if(this.options.silent)return console.error(e),"";throw new Error(e)}}}return t}parseInline(e,t=this.renderer){this.renderer.parser=this;let n="";for(let r=0;r<e.length;r++){let s=e[r];if(this.options.extensions?.renderers?.[s.type]){let e=this.options.extensions.renderers[s.type].call({parser:this},s);if(!1!==e||!["escape","html","link","image","checkbox","strong","em","codespan","br","del","text"].includes(s.type)){n+=!1===e?"":e??"";continue}}let i=s;switch(i.type){case"escape":case"text":n+=t.text(i);break;case"html":n+=t.html(i);break;case"link":n+=t.link(i);break;case"image":n+=t.image(i);break;case"checkbox":n+=t.checkbox(i);break;case"strong":n+=t.strong(i);break;case"em":n+=t.em(i);break;case"codespan":n+=t.codespan(i);break;case"br":n+=t.br(i);break;case"del":n+=t.del(i);break;default:{let e='Token with "'+i.type+'" type was not found.';if(this.options.silent)return console.error(e),"";throw new Error(e)}}}return n}},Hc=class{options;block;constructor(e){this.options=e||al}static passThroughHooks=new Set(["preprocess","postprocess","processAllTokens","emStrongMask"]);static passThroughHooksRespectAsync=new Set(["preprocess","postprocess","processAllTokens"]);preprocess(e){return e}postprocess(e){return e}processAllTokens(e){return e}emStrongMask(e){return e}provideLexer(e=this.block){return e?jc.lex:jc.lexInline}provideParser(e=this.block){return e?Bc.parse:Bc.parseInline}};function Fc(e,t){if(Array.isArray(t))for(let n=0;n<t.length;n++)e.push(t[n]);else e.push(t)}var qc=class{defaults={async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null};options=this.setOptions;parse=this.parseMarkdown(!0);parseInline=this.parseMarkdown(!1);Parser=Bc;Renderer=Dc;TextRenderer=Uc;Lexer=jc;Tokenizer=Nc;Hooks=Hc;constructor(...e){this.use(...e)}walkTokens(e,t){let n=[];for(let r of e)switch(Fc(n,t.call(this,r)),r.type){case"table":{let e=r;for(let r of e.header)Fc(n,this.walkTokens(r.tokens,t));for(let r of e.rows)for(let e of r)Fc(n,this.walkTokens(e.tokens,t));break}case"list":{let e=r;Fc(n,this.walkTokens(e.items,t));break}default:{let e=r;this.defaults.extensions?.childTokens?.[e.type]?this.defaults.extensions.childTokens[e.type].forEach(r=>{let s=e[r].flat(1/0);Fc(n,this.walkTokens(s,t))}):e.tokens&&Fc(n,this.walkTokens(e.tokens,t))}}return n}use(...e){let t=this.defaults.extensions||{renderers:Object.create(null),childTokens:Object.create(null)};return e.forEach(e=>{let n={...e};if(n.async=this.defaults.async||n.async||!1,e.extensions&&(e.extensions.forEach(e=>{if(!e.name)throw new Error("extension name required");if("renderer"in e){let n=t.renderers[e.name];t.renderers[e.name]=n?function(...t){let r=e.renderer.apply(this,t);return!1===r&&(r=n.apply(this,t)),r}:e.renderer}if("tokenizer"in e){if(!e.level||"block"!==e.level&&"inline"!==e.level)throw new Error("extension level must be 'block' or 'inline'");let n=t[e.level];n?n.unshift(e.tokenizer):t[e.level]=[e.tokenizer],e.start&&("block"===e.level?t.startBlock?t.startBlock.push(e.start):t.startBlock=[e.start]:"inline"===e.level&&(t.startInline?t.startInline.push(e.start):t.startInline=[e.start]))}"childTokens"in e&&e.childTokens&&(t.childTokens[e.name]=e.childTokens)}),n.extensions=t),e.renderer){let t=this.defaults.renderer||new Dc(this.defaults);for(let n in e.renderer){if(!(n in t))throw new Error(`renderer '${n}' does not exist`);if(["options","parser"].includes(n))continue;let r=n,s=e.renderer[r],i=t[r];t[r]=(...e)=>{let n=s.apply(t,e);return!1===n&&(n=i.apply(t,e)),!1===n?"":n??""}}n.renderer=t}if(e.tokenizer){let t=this.defaults.tokenizer||new Nc(this.defaults);for(let n in e.tokenizer){if(!(n in t))throw new Error(`tokenizer '${n}' does not exist`);if(["options","rules","lexer"].includes(n))continue;let r=n,s=e.tokenizer[r],i=t[r];t[r]=(...e)=>{let n=s.apply(t,e);return!1===n&&(n=i.apply(t,e)),n}}n.tokenizer=t}if(e.hooks){let t=this.defaults.hooks||new Hc;for(let n in e.hooks){if(!(n in t))throw new Error(`hook '${n}' does not exist`);if(["options","block"].includes(n))continue;let r=n,s=e.hooks[r],i=t[r];Hc.passThroughHooks.has(n)?t[r]=e=>{if(t.options.async&&Hc.passThroughHooksRespectAsync.has(n))return(async()=>{let n=await s.call(t,e);return i.call(t,n)})();let r=s.call(t,e);return i.call(t,r)}:t[r]=(...e)=>{if(t.options.async)return(async()=>{let n=await s.apply(t,e);return!1===n&&(n=await i.apply(t,e)),n})();let n=s.apply(t,e);return!1===n&&(n=i.apply(t,e)),n}}n.hooks=t}if(e.walkTokens){let t=this.defaults.walkTokens,r=e.walkTokens;n.walkTokens=function(e){let n=[];return Fc(n,r.call(this,e)),t&&Fc(n,t.call(this,e)),n}}this.defaults={...this.defaults,...n}}),this}setOptions(e){return this.defaults={...this.defaults,...e},this}lexer(e,t){return jc.lex(e,t??this.defaults)}parser(e,t){return Bc.parse(e,t??this.defaults)}parseMarkdown(e){return(t,n)=>{let r={...n},s={...this.defaults,...r},i=this.onError(!!s.silent,!!s.async);if(!0===this.defaults.async&&!1===r.async)return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));if(typeof t>"u"||null===t)return i(new Error("marked(): input parameter is undefined or null"));if("string"!=typeof t)return i(new Error("marked(): input parameter is of type "+Object.prototype.toString.call(t)+", string expected"));if(s.hooks&&(s.hooks.options=s,s.hooks.block=e),s.async)return(async()=>{let n=s.hooks?await s.hooks.preprocess(t):t,r=await(s.hooks?await s.hooks.provideLexer(e):e?jc.lex:jc.lexInline)(n,s),i=s.hooks?await s.hooks.processAllTokens(r):r;s.walkTokens&&await Promise.all(this.walkTokens(i,s.walkTokens));let o=await(s.hooks?await s.hooks.provideParser(e):e?Bc.parse:Bc.parseInline)(i,s);return s.hooks?await s.hooks.postprocess(o):o})().catch(i);try{s.hooks&&(t=s.hooks.preprocess(t));let n=(s.hooks?s.hooks.provideLexer(e):e?jc.lex:jc.lexInline)(t,s);s.hooks&&(n=s.hooks.processAllTokens(n)),s.walkTokens&&this.walkTokens(n,s.walkTokens);let r=(s.hooks?s.hooks.provideParser(e):e?Bc.parse:Bc.parseInline)(n,s);return s.hooks&&(r=s.hooks.postprocess(r)),r}catch(e){return i(e)}}}onError(e,t){return n=>{if(n.message+="\nPlease report this to https://github.com/markedjs/marked.",e){let e="<p>An error occurred:</p><pre>"+xc(n.message+"",!0)+"</pre>";return t?Promise.resolve(e):e}if(t)return Promise.reject(n);throw n}}},Zc=new qc;function Wc(e,t){return Zc.parse(e,t)}Wc.options=Wc.setOptions=function(e){return Zc.setOptions(e),Wc.defaults=Zc.defaults,ll(Wc.defaults),Wc},Wc.getDefaults=ol,Wc.defaults=al,Wc.use=function(...e){return Zc.use(...e),Wc.defaults=Zc.defaults,ll(Wc.defaults),Wc},Wc.walkTokens=function(e,t){return Zc.walkTokens(e,t)},Wc.parseInline=Zc.parseInline,Wc.Parser=Bc,Wc.parser=Bc.parse,Wc.Renderer=Dc,Wc.TextRenderer=Uc,Wc.Lexer=jc,Wc.lexer=jc.lex,Wc.Tokenizer=Nc,Wc.Hooks=Hc,Wc.parse=Wc,Wc.options,Wc.setOptions,Wc.walkTokens,Wc.parseInline,Bc.parse,jc.lex;const Gc=new qc({gfm:!0,breaks:!0,async:!1}),Vc={FORBID_TAGS:["img","picture","video","audio","source","style","form","input","button","textarea","select","iframe","svg","math"],FORBID_ATTR:["style","class","id"],ALLOW_DATA_ATTR:!1};let Yc=!1;function Kc(e){return function(e){return Yc||(Yc=!0,il.addHook("afterSanitizeAttributes",e=>{"A"===e.tagName&&(e.setAttribute("target","_blank"),e.setAttribute("rel","noopener noreferrer nofollow"))})),il.sanitize(e,Vc)}(Gc.parse(e))}const Jc=/^ {0,3}(`{3,}|~{3,})/,Qc=/^ {0,3}(`{3,}|~{3,})\s*$/;class Xc{constructor(){this.text="",this.blocks=[],this.stableEnd=0,this.scanPos=0,this.blockStart=0,this.pendingBreak=-1}update(e){const t=Math.max(0,this.stableEnd-64);return(e.length<this.stableEnd||!e.startsWith(this.text.slice(t,this.stableEnd),t))&&this.reset(),this.text=e,this.scan(),{blocks:this.blocks,tail:Kc(this.text.slice(this.stableEnd))}}split(e){this.blocks.push(Kc(this.text.slice(this.blockStart,this.pendingBreak))),this.stableEnd=this.blockStart=e,this.pendingBreak=-1}reset(){this.blocks.length=0,this.stableEnd=this.scanPos=this.blockStart=0,this.fence=void 0,this.pendingBreak=-1}scan(){for(;;){const e=this.text.indexOf("\n",this.scanPos);if(e<0)return void(this.pendingBreak>=0&&/^\S/.test(this.text.slice(this.scanPos,this.scanPos+1))&&this.split(this.scanPos));const t=this.text.slice(this.scanPos,e),n=this.scanPos;this.scanPos=e+1;const r=Jc.exec(t)?.[1];if(this.fence){const e=this.fence;r&&r[0]===e[0]&&r.length>=e.length&&Qc.test(t)&&(this.fence=void 0);continue}t.trim()?(this.pendingBreak>=0&&!/^[ \t]/.test(t)&&this.split(n),this.pendingBreak=-1,r&&(this.fence=r)):n>this.blockStart&&(this.pendingBreak=n)}}}var eu=Object.defineProperty;class tu extends oe{constructor(){super(...arguments),this.text="",this.parser=new Xc,this.blocks=[],this.tail=""}willUpdate(e){e.has("text")&&({blocks:this.blocks,tail:this.tail}=this.parser.update(this.text))}render(){const e=[];for(let t=0;t<this.blocks.length;t+=32)e.push(this.blocks.slice(t,t+32));return H`${Ao([this.blocks.length],()=>e.map(e=>H`<div class="group">
              ${e.map(e=>H`<div class="block">${Eo(e)}</div>`)}
            </div>`))}
      <div class="block">${Eo(this.tail)}</div>`}static{this.styles=i`
    :host {
      display: block;
      overflow-wrap: anywhere;
      line-height: 1.5;
    }
    .group {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      margin-bottom: 0.75em;
      contain: layout style;
    }
    .block > :first-child {
      margin-top: 0;
    }
    .block > :last-child {
      margin-bottom: 0;
    }
    p,
    ul,
    ol,
    pre,
    blockquote,
    table {
      margin: 0 0 0.75em;
    }
    ul,
    ol {
      padding-inline-start: 1.5em;
    }
    a {
      color: var(--primary-color);
    }
    code {
      font-family: var(
        --ha-font-family-code,
        ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace
      );
      font-size: 0.9em;
      background: var(--markdown-code-background-color, rgba(127, 127, 127, 0.15));
      border-radius: 4px;
      padding: 0.1em 0.3em;
    }
    pre {
      overflow-x: auto;
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--markdown-code-background-color, rgba(127, 127, 127, 0.15));
    }
    pre code {
      background: none;
      padding: 0;
    }
    blockquote {
      border-inline-start: 3px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      padding-inline-start: 0.75em;
      color: var(--secondary-text-color);
    }
    table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    th,
    td {
      border: 1px solid var(--divider-color, rgba(127, 127, 127, 0.4));
      padding: 4px 8px;
    }
    h1,
    h2,
    h3,
    h4 {
      font-size: 1.05em;
      margin: 0.5em 0;
    }
  `}}((e,t,n)=>{for(var r,s=void 0,i=e.length-1;i>=0;i--)(r=e[i])&&(s=r(t,n,s)||s);s&&eu(t,n,s)})([ue()],tu.prototype,"text");var nu=Object.defineProperty,ru=(e,t,n,r)=>{for(var s,i=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(i=s(t,n,i)||i);return i&&nu(t,n,i),i};function su(e){if(void 0!==e)try{return JSON.parse(e)}catch{return e}}const iu=e=>{const t=su(e);return"string"==typeof t?t:JSON.stringify(t,null,2)};function ou(e){const t=su(e.arguments),n=t&&"object"==typeof t?t:{},r=ge.toolNames[e.name]??e.name;return"call_service"===e.name&&"string"==typeof n.domain?`${r} ${n.domain}.${String(n.service??"")}`:"string"==typeof n.entity_id?`${r} ${n.entity_id}`:r}class au extends oe{render(){const e=this.call,t=e.status??"running",n=(e.entity_ids??[]).map(e=>this.states?.[e]).filter(e=>Boolean(e));return H`<div class="row ${t}">
      ${"awaiting"===t?H`<div class="confirm" role="group" aria-label=${ge.toolStatus.awaiting}>
              <span>${ge.toolNeedsApproval(e.confirm??ou(e))}</span>
              <span class="buttons">
                <button class="approve" @click=${()=>this.decide(!0)}>
                  ${ge.approve}
                </button>
                <button class="deny" @click=${()=>this.decide(!1)}>${ge.deny}</button>
              </span>
            </div>`:q}
      <details>
        <summary>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${_i}></path></svg>
          <span class="what">${ou(e)}</span>
          <span class="status">${ge.toolStatus[t]}</span>
        </summary>
        <div class="body">
          <div class="label">${ge.toolArguments}</div>
          <pre>${iu(e.arguments||"{}")}</pre>
          ${void 0!==e.result?H`<div class="label">${ge.toolResult}</div>
                  <pre>${iu(e.result)}</pre>`:q}
          ${n.length?H`<div class="label">${ge.toolLiveState}</div>
                  <ul class="live">
                    ${n.map(e=>H`<li>
                          ${String(e.attributes.friendly_name??e.entity_id)}:
                          <strong>${e.state}</strong>
                        </li>`)}
                  </ul>`:q}
        </div>
      </details>
    </div>`}decide(e){Ti(this,"oacc-decide",{id:this.call.id,approve:e})}static{this.styles=[ui,i`
      :host {
        display: block;
        margin: 4px 0;
      }
      .row {
        border-inline-start: 3px solid var(--divider-color, rgba(127, 127, 127, 0.4));
        padding-inline-start: 8px;
      }
      .row.done {
        border-color: var(--success-color, #4caf50);
      }
      .row.error,
      .row.denied {
        border-color: var(--error-color, #db4437);
      }
      .row.awaiting {
        border-color: var(--warning-color, #ffa600);
      }
      summary {
        cursor: pointer;
        display: flex;
        align-items: center;
        gap: 6px;
        color: var(--secondary-text-color);
        flex-wrap: wrap;
      }
      summary svg {
        width: 16px;
        height: 16px;
        flex: none;
      }
      .what {
        color: var(--primary-text-color);
        overflow-wrap: anywhere;
      }
      .status {
        font-size: 0.85em;
      }
      .body {
        margin-top: 4px;
      }
      .label {
        font-size: 0.8em;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--secondary-text-color);
        margin-top: 6px;
      }
      pre {
        margin: 2px 0 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.85em;
        max-height: 240px;
        overflow: auto;
      }
      .live {
        margin: 2px 0 0;
        padding-inline-start: 18px;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 4px 0;
      }
      .buttons {
        display: inline-flex;
        gap: 8px;
      }
      button {
        font: inherit;
        padding: 6px 14px;
        border-radius: 18px;
        cursor: pointer;
        border: 1px solid var(--primary-color, #03a9f4);
        min-height: 36px;
      }
      .approve {
        background: var(--primary-color, #03a9f4);
        color: var(--text-primary-color, #fff);
      }
      .deny {
        background: transparent;
        color: var(--primary-color, #03a9f4);
      }
      button:focus-visible {
        outline: 2px solid var(--primary-color, #03a9f4);
        outline-offset: 2px;
      }
    `]}}ru([ue({attribute:!1})],au.prototype,"call"),ru([ue({attribute:!1})],au.prototype,"states");const lu=[["oacc-markdown",tu],["oacc-tool-call",au],["oacc-chat-message",to],["oacc-error-banner",$o],["oacc-composer",ko],["oacc-chat-view",bo],["oacc-provider-form",Di],["oacc-settings-page",Qi],[ki,Ai],["openai-compatible-conversation-card-editor",Hi],["openai-compatible-conversation-panel",Wi]];for(const[e,t]of lu)customElements.get(e)||customElements.define(e,t);const cu=window;cu.customCards??=[],cu.customCards.some(e=>e.type===ki)||cu.customCards.push({type:ki,name:ge.cardName,description:ge.cardDescription,preview:!0});
//# sourceMappingURL=openai-compatible-conversation.js.map
