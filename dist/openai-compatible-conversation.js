const e=globalThis,t=e.ShadowRoot&&(void 0===e.ShadyCSS||e.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,n=Symbol(),i=new WeakMap;let s=class{constructor(e,t,i){if(this._$cssResult$=!0,i!==n)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const n=this.t;if(t&&void 0===e){const t=void 0!==n&&1===n.length;t&&(e=i.get(n)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),t&&i.set(n,e))}return e}toString(){return this.cssText}};const r=(e,...t)=>{const i=1===e.length?e[0]:t.reduce((t,n,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+e[i+1],e[0]);return new s(i,e,n)},o=t?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const n of e.cssRules)t+=n.cssText;return(e=>new s("string"==typeof e?e:e+"",void 0,n))(t)})(e):e,{is:a,defineProperty:l,getOwnPropertyDescriptor:c,getOwnPropertyNames:d,getOwnPropertySymbols:u,getPrototypeOf:p}=Object,h=globalThis,f=h.trustedTypes,m=f?f.emptyScript:"",g=h.reactiveElementPolyfillSupport,y=(e,t)=>e,b={toAttribute(e,t){switch(t){case Boolean:e=e?m:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=null!==e;break;case Number:n=null===e?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch(e){n=null}}return n}},v=(e,t)=>!a(e,t),_={attribute:!0,type:String,converter:b,reflect:!1,useDefault:!1,hasChanged:v};Symbol.metadata??=Symbol("metadata"),h.litPropertyMetadata??=new WeakMap;let k=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=_){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const n=Symbol(),i=this.getPropertyDescriptor(e,n,t);void 0!==i&&l(this.prototype,e,i)}}static getPropertyDescriptor(e,t,n){const{get:i,set:s}=c(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const r=i?.call(this);s?.call(this,t),this.requestUpdate(e,r,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??_}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const e=this.properties,t=[...d(e),...u(e)];for(const n of t)this.createProperty(n,e[n])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const n=this._$Eu(e,t);void 0!==n&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const e of n)t.unshift(o(e))}else void 0!==e&&t.push(o(e));return t}static _$Eu(e,t){const n=t.attribute;return!1===n?void 0:"string"==typeof n?n:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const n=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((n,i)=>{if(t)n.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const t of i){const i=document.createElement("style"),s=e.litNonce;void 0!==s&&i.setAttribute("nonce",s),i.textContent=t.cssText,n.appendChild(i)}})(n,this.constructor.elementStyles),n}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){const n=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,n);if(void 0!==i&&!0===n.reflect){const s=(void 0!==n.converter?.toAttribute?n.converter:b).toAttribute(t,n.type);this._$Em=e,null==s?this.removeAttribute(i):this.setAttribute(i,s),this._$Em=null}}_$AK(e,t){const n=this.constructor,i=n._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=n.getPropertyOptions(i),s="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:b;this._$Em=i;const r=s.fromAttribute(t,e.type);this[i]=r??this._$Ej?.get(i)??r,this._$Em=null}}requestUpdate(e,t,n,i=!1,s){if(void 0!==e){const r=this.constructor;if(!1===i&&(s=this[e]),n??=r.getPropertyOptions(e),!((n.hasChanged??v)(s,t)||n.useDefault&&n.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(r._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:i,wrapped:s},r){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,r??t??this[e]),!0!==s||void 0!==r)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,n]of e){const{wrapped:e}=n,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,n,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[y("elementProperties")]=new Map,k[y("finalized")]=new Map,g?.({ReactiveElement:k}),(h.reactiveElementVersions??=[]).push("2.1.2");const x=globalThis,w=e=>e,$=x.trustedTypes,S=$?$.createPolicy("lit-html",{createHTML:e=>e}):void 0,A="$lit$",T=`lit$${Math.random().toFixed(9).slice(2)}$`,E="?"+T,z=`<${E}>`,O=document,P=()=>O.createComment(""),R=e=>null===e||"object"!=typeof e&&"function"!=typeof e,C=Array.isArray,M="[ \t\n\f\r]",L=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,I=/-->/g,N=/>/g,j=RegExp(`>|${M}(?:([^\\s"'>=/]+)(${M}*=${M}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),D=/'/g,U=/"/g,B=/^(?:script|style|textarea|title)$/i,H=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),F=Symbol.for("lit-noChange"),q=Symbol.for("lit-nothing"),Z=new WeakMap,W=O.createTreeWalker(O,129);function G(e,t){if(!C(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==S?S.createHTML(t):t}let K=class e{constructor({strings:t,_$litType$:n},i){let s;this.parts=[];let r=0,o=0;const a=t.length-1,l=this.parts,[c,d]=((e,t)=>{const n=e.length-1,i=[];let s,r=2===t?"<svg>":3===t?"<math>":"",o=L;for(let t=0;t<n;t++){const n=e[t];let a,l,c=-1,d=0;for(;d<n.length&&(o.lastIndex=d,l=o.exec(n),null!==l);)d=o.lastIndex,o===L?"!--"===l[1]?o=I:void 0!==l[1]?o=N:void 0!==l[2]?(B.test(l[2])&&(s=RegExp("</"+l[2],"g")),o=j):void 0!==l[3]&&(o=j):o===j?">"===l[0]?(o=s??L,c=-1):void 0===l[1]?c=-2:(c=o.lastIndex-l[2].length,a=l[1],o=void 0===l[3]?j:'"'===l[3]?U:D):o===U||o===D?o=j:o===I||o===N?o=L:(o=j,s=void 0);const u=o===j&&e[t+1].startsWith("/>")?" ":"";r+=o===L?n+z:c>=0?(i.push(a),n.slice(0,c)+A+n.slice(c)+T+u):n+T+(-2===c?t:u)}return[G(e,r+(e[n]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]})(t,n);if(this.el=e.createElement(c,i),W.currentNode=this.el.content,2===n||3===n){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(s=W.nextNode())&&l.length<a;){if(1===s.nodeType){if(s.hasAttributes())for(const e of s.getAttributeNames())if(e.endsWith(A)){const t=d[o++],n=s.getAttribute(e).split(T),i=/([.?@])?(.*)/.exec(t);l.push({type:1,index:r,name:i[2],strings:n,ctor:"."===i[1]?X:"?"===i[1]?ee:"@"===i[1]?te:Q}),s.removeAttribute(e)}else e.startsWith(T)&&(l.push({type:6,index:r}),s.removeAttribute(e));if(B.test(s.tagName)){const e=s.textContent.split(T),t=e.length-1;if(t>0){s.textContent=$?$.emptyScript:"";for(let n=0;n<t;n++)s.append(e[n],P()),W.nextNode(),l.push({type:2,index:++r});s.append(e[t],P())}}}else if(8===s.nodeType)if(s.data===E)l.push({type:2,index:r});else{let e=-1;for(;-1!==(e=s.data.indexOf(T,e+1));)l.push({type:7,index:r}),e+=T.length-1}r++}}static createElement(e,t){const n=O.createElement("template");return n.innerHTML=e,n}};function V(e,t,n=e,i){if(t===F)return t;let s=void 0!==i?n._$Co?.[i]:n._$Cl;const r=R(t)?void 0:t._$litDirective$;return s?.constructor!==r&&(s?._$AO?.(!1),void 0===r?s=void 0:(s=new r(e),s._$AT(e,n,i)),void 0!==i?(n._$Co??=[])[i]=s:n._$Cl=s),void 0!==s&&(t=V(e,s._$AS(e,t.values),s,i)),t}class Y{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:n}=this._$AD,i=(e?.creationScope??O).importNode(t,!0);W.currentNode=i;let s=W.nextNode(),r=0,o=0,a=n[0];for(;void 0!==a;){if(r===a.index){let t;2===a.type?t=new J(s,s.nextSibling,this,e):1===a.type?t=new a.ctor(s,a.name,a.strings,this,e):6===a.type&&(t=new ne(s,this,e)),this._$AV.push(t),a=n[++o]}r!==a?.index&&(s=W.nextNode(),r++)}return W.currentNode=O,i}p(e){let t=0;for(const n of this._$AV)void 0!==n&&(void 0!==n.strings?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}}class J{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,i){this.type=2,this._$AH=q,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=V(this,e,t),R(e)?e===q||null==e||""===e?(this._$AH!==q&&this._$AR(),this._$AH=q):e!==this._$AH&&e!==F&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>C(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==q&&R(this._$AH)?this._$AA.nextSibling.data=e:this.T(O.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:n}=e,i="number"==typeof n?this._$AC(e):(void 0===n.el&&(n.el=K.createElement(G(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new Y(i,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=Z.get(e.strings);return void 0===t&&Z.set(e.strings,t=new K(e)),t}k(e){C(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let n,i=0;for(const s of e)i===t.length?t.push(n=new J(this.O(P()),this.O(P()),this,this.options)):n=t[i],n._$AI(s),i++;i<t.length&&(this._$AR(n&&n._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=w(e).nextSibling;w(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class Q{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,i,s){this.type=1,this._$AH=q,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=s,n.length>2||""!==n[0]||""!==n[1]?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=q}_$AI(e,t=this,n,i){const s=this.strings;let r=!1;if(void 0===s)e=V(this,e,t,0),r=!R(e)||e!==this._$AH&&e!==F,r&&(this._$AH=e);else{const i=e;let o,a;for(e=s[0],o=0;o<s.length-1;o++)a=V(this,i[n+o],t,o),a===F&&(a=this._$AH[o]),r||=!R(a)||a!==this._$AH[o],a===q?e=q:e!==q&&(e+=(a??"")+s[o+1]),this._$AH[o]=a}r&&!i&&this.j(e)}j(e){e===q?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}let X=class extends Q{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===q?void 0:e}},ee=class extends Q{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==q)}},te=class extends Q{constructor(e,t,n,i,s){super(e,t,n,i,s),this.type=5}_$AI(e,t=this){if((e=V(this,e,t,0)??q)===F)return;const n=this._$AH,i=e===q&&n!==q||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,s=e!==q&&(n===q||i);i&&this.element.removeEventListener(this.name,this,n),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}};class ne{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){V(this,e)}}const ie={I:J},se=x.litHtmlPolyfillSupport;se?.(K,J),(x.litHtmlVersions??=[]).push("3.3.3");const re=globalThis;let oe=class extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,n)=>{const i=n?.renderBefore??t;let s=i._$litPart$;if(void 0===s){const e=n?.renderBefore??null;i._$litPart$=s=new J(t.insertBefore(P(),e),e,void 0,n??{})}return s._$AI(e),s})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return F}};oe._$litElement$=!0,oe.finalized=!0,re.litElementHydrateSupport?.({LitElement:oe});const ae=re.litElementPolyfillSupport;ae?.({LitElement:oe}),(re.litElementVersions??=[]).push("4.2.2");const le={attribute:!0,type:String,converter:b,reflect:!1,hasChanged:v},ce=(e=le,t,n)=>{const{kind:i,metadata:s}=n;let r=globalThis.litPropertyMetadata.get(s);if(void 0===r&&globalThis.litPropertyMetadata.set(s,r=new Map),"setter"===i&&((e=Object.create(e)).wrapped=!0),r.set(n.name,e),"accessor"===i){const{name:i}=n;return{set(n){const s=t.get.call(this);t.set.call(this,n),this.requestUpdate(i,s,e,!0,n)},init(t){return void 0!==t&&this.C(i,void 0,e,t),t}}}if("setter"===i){const{name:i}=n;return function(n){const s=this[i];t.call(this,n),this.requestUpdate(i,s,e,!0,n)}}throw Error("Unsupported decorator location: "+i)};function de(e){return(t,n)=>"object"==typeof n?ce(e,t,n):((e,t,n)=>{const i=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),i?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function ue(e){return de({...e,state:!0,attribute:!1})}function pe(e,t){return(t,n,i)=>((e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&"object"!=typeof t&&Object.defineProperty(e,t,n),n))(t,n,{get(){return(t=>t.renderRoot?.querySelector(e)??null)(this)}})}class he extends Error{constructor(e,t){super(e),this.name="ParseError",this.type=t.type,this.field=t.field,this.value=t.value,this.line=t.line}}function fe(e){}function me(e){if("function"==typeof e)throw new TypeError("`callbacks` must be an object, got a function instead. Did you mean `{onEvent: fn}`?");const{onEvent:t=fe,onError:n=fe,onRetry:i=fe,onComment:s}=e;let r,o="",a=!0,l="",c="";function d(e){if(""===e)return l.length>0&&t({id:r,event:c||void 0,data:l.endsWith("\n")?l.slice(0,-1):l}),r=void 0,l="",void(c="");if(e.startsWith(":"))return void(s&&s(e.slice(e.startsWith(": ")?2:1)));const n=e.indexOf(":");if(-1!==n){const t=e.slice(0,n),i=" "===e[n+1]?2:1;return void u(t,e.slice(n+i),e)}u(e,"",e)}function u(e,t,s){switch(e){case"event":c=t;break;case"data":l=`${l}${t}\n`;break;case"id":r=t.includes("\0")?void 0:t;break;case"retry":/^\d+$/.test(t)?i(parseInt(t,10)):n(new he(`Invalid \`retry\` value: "${t}"`,{type:"invalid-retry",value:t,line:s}));break;default:n(new he(`Unknown field "${e.length>20?`${e.slice(0,20)}…`:e}"`,{type:"unknown-field",field:e,value:t,line:s}))}}return{feed:function(e){const t=a?e.replace(/^\xEF\xBB\xBF/,""):e,[n,i]=function(e){const t=[];let n="",i=0;for(;i<e.length;){const s=e.indexOf("\r",i),r=e.indexOf("\n",i);let o=-1;if(-1!==s&&-1!==r?o=Math.min(s,r):-1!==s?o=s===e.length-1?-1:s:-1!==r&&(o=r),-1===o){n=e.slice(i);break}{const n=e.slice(i,o);t.push(n),i=o+1,"\r"===e[i-1]&&"\n"===e[i]&&i++}}return[t,n]}(`${o}${t}`);for(const e of n)d(e);o=i,a=!1},reset:function(e={}){o&&e.consume&&d(o),a=!0,r=void 0,l="",c="",o=""}}}const ge={cardName:"OpenAI Compatible Conversation",cardDescription:"Chat with your own OpenAI-compatible provider (LiteLLM, Ollama, vLLM, OpenAI, ...) and act on your home.",panelTitle:"AI Chat",message:"Message",send:"Send",stop:"Stop",clear:"Clear conversation",placeholder:"Ask anything…",emptyConversation:"Say hello to start a conversation.",you:"You",assistant:"Assistant",thinking:"Thinking",reasoning:"Reasoning",cutOff:"The answer was cut off here.",stoppedByUser:"Stopped.",dismiss:"Dismiss",retry:"Try again",openSettings:"Open settings",announceAnswer:e=>`Assistant: ${e}`,noProvider:"No provider is set up yet. Add one in this card’s editor (or the AI Chat settings).",unknownProvider:e=>`This card uses the provider “${e}”, which is no longer in your settings. Pick another in the card editor.`,noModel:e=>`The provider “${e}” has no model selected. Pick a model in the card editor.`,settingsInvalid:e=>`Your AI Chat settings could not be read (${e}). They are kept as they are; fix or export them in the settings.`,settingsLoading:"Loading your settings…",settings:{title:"Settings",providers:"Providers",addProvider:"Add provider",editProvider:e=>`Edit ${e}`,authMode:"Keys",authGlobal:"One key for all models",authPerModel:"A key per model",keySaved:"Saved — type to replace",removeKey:"Remove the saved key",timeout:"Timeout (seconds, for the first byte and between chunks)",addModel:"Add",modelsFetched:(e,t)=>`${e} models from the provider, fetched ${t}.`,chosenModels:"Models of this provider",removeModel:e=>`Remove ${e}`,remove:"Remove",displayName:"Display name",modelKey:e=>`API key for ${e}`,modelTools:"Tools (function calling): this model may act on the house",edit:"Edit",makeDefault:"Make default",isDefault:"Default",defaultModel:"Default model",modelsCount:e=>1===e?"1 model":`${e} models`,keyState:{global:"key saved",none:"no key",per_model:"a key per model"},confirmRemove:e=>`Remove ${e}? Its key is deleted with it; cards that use it will say so until you pick another provider.`,noProviders:"No provider yet. Add one: LiteLLM, Ollama, vLLM, OpenAI, … (base URL usually ends in /v1).",export:"Export settings",exportHint:"A JSON file without any key.",import:"Import settings",imported:(e,t)=>`Imported ${e} provider${1===e?"":"s"}.${t.length?` Add the keys of: ${t.join(", ")}.`:""}`,invalidTitle:"Your settings could not be read",invalidBody:"They are kept exactly as they are. Export them to fix them by hand, then import the fixed file, or start over (a copy is kept in your user data).",exportBroken:"Export the document",startOver:"Start over",confirmStartOver:"Replace your settings with empty ones? A copy of the current document is kept.",saved:"Saved.",back:"Back to the chat",managePrompt:"Providers, models and keys are managed in the AI Chat panel’s settings.",openSettings:"Open settings",maxRounds:"Tool rounds per answer",server:"Server",serverAuto:e=>`Recognised from the address (${e})`},diagnose:{button:"Test connection",running:"Testing…",titles:{address:"Address",reach:"Server reachable",cors:"Calls from this page allowed (CORS)",key:"API key",models:"Model list (/models)",completion:"A one-token answer"},status:{ok:"passed",warn:"warning",fail:"failed",skipped:"not checked"},skipped:"Not checked: an earlier step failed.",badUrl:e=>`“${e}” is not an http(s) address.`,badUrlFix:"Type the full address, e.g. http://192.168.1.10:4000/v1.",addressOk:e=>`${e}, callable from this page.`,reachOk:e=>`${e} answers.`,corsOk:"The server lets this page call it.",keyOk:"The key was accepted.",noKeyOk:"No key sent, and the server did not ask for one.",modelsOk:e=>`${e} models listed.`,modelNotListed:(e,t)=>`${e} models listed, but not “${t}”.`,modelNotListedFix:"Check the model id; some servers list only part of what they serve, so the next step tries it.",noModelList:"This server has no model list: type model ids by hand.",noModelListFix:"Nothing to fix if the answer below works.",v1Fix:"Does the base URL end in /v1? Most OpenAI-compatible servers need it.",noModel:"No model picked yet: choose or type one, then test again.",completionOk:e=>`${e} answered.`,unknownModel:e=>`The provider does not know the model “${e}”.`,unknownModelFix:"Pick the model from the provider’s list (Reload models), or check how the provider spells it."},dialects:{openai:"OpenAI",azure:"Azure OpenAI (api-key header)",anthropic:"Anthropic (OpenAI compatibility)",mistral:"Mistral",gemini:"Google Gemini (OpenAI compatibility)",openrouter:"OpenRouter",groq:"Groq",ollama:"Ollama",lmstudio:"LM Studio",litellm:"LiteLLM",vllm:"vLLM",llamacpp:"llama.cpp (llama-server)",generic:"Other OpenAI-compatible server"},toolRounds:e=>`The model kept calling tools: stopped after ${e} rounds. Ask again, or raise the limit in the settings.`,toolsUnsupported:"This model does not take tools. Turn tools off for it in the card editor (Tools), or pick a model that supports function calling.",toolDeniedForModel:"The user denied this action. Do not retry it; tell the user it was not done.",homeUnavailable:"The list of entities could not be read; use list_entities.",approve:"Approve",deny:"Deny",toolNeedsApproval:e=>`Wants to run ${e}. Approve?`,toolStatus:{awaiting:"Waiting for your approval",running:"Running…",done:"Done",error:"Failed",denied:"Denied",stopped:"Not run"},toolArguments:"Arguments",toolResult:"Result",toolLiveState:"Now",toolNames:{list_entities:"Listed entities",get_entity:"Read",call_service:"Called",list_areas:"Listed areas",get_history:"Read history of"},confirmField:"Also ask before acting on (domains or entities, for all your chats; locks, alarms and garage doors always ask)",toolsToggle:"Let the model read and control the home (tools)",scopeNarrow:"Narrow it for this card below (comma-separated; empty: no narrowing).",scopeNote:{assist:"The model sees the entities you exposed to Assist.","assist-registry":"The model sees the entities exposed to Assist. Entities without a unique ID are left out: only admins can read their exposure setting."},err:{mixed_content:e=>`This page is served over https, so the browser blocks calls to the plain-http address ${e}.`,mixed_content_fix:"Serve the provider over https (a reverse proxy with a certificate), or open Home Assistant over http on your local network.",cors:e=>`The provider at ${e} answered, but it does not allow calls from this page (CORS).`,network:e=>`Cannot reach the provider at ${e}.`,network_fix:"Check that the server is running, that the address and port are right, and that this device can reach it.",private_network:e=>`The browser blocked a call from this public address to the private address ${e} (Local Network Access).`,private_network_fix:"Allow local network access for this site when the browser asks, or open Home Assistant through its local address.",auth:e=>`The provider refused the API key (HTTP ${e}).`,auth_fix:"Check the key in the provider settings; it may be wrong, expired or lack access to this model.",auth_fix_litellm:"This LiteLLM has no database, so it accepts only its master key: check the key in the provider settings.",not_found:"The provider answered “not found” (HTTP 404).",not_found_fix_v1:"Does the base URL end in /v1? Most OpenAI-compatible servers need it.",not_found_fix_model:"Check the model id: the provider may not know it.",bad_request:e=>`The provider rejected the request (HTTP ${e}).`,bad_request_fix:"Check the model and its options (max tokens, temperature) in the settings.",rate_limited:"The provider is rate limiting requests (HTTP 429).",rate_limited_wait:e=>`Wait about ${e} s and try again.`,rate_limited_fix:"Wait a moment and try again.",quota:"Your account with this provider is out of credit or over its quota.",quota_fix:"Check billing or the key’s budget with the provider; retrying will not help.",timeout_first:e=>`The provider sent nothing for ${e} s.`,timeout_idle:e=>`The provider stopped sending for ${e} s in the middle of the answer.`,timeout_fix:"A local server may still be loading the model; try again, or raise the timeout in the provider settings.",server:e=>`The provider had an internal error (HTTP ${e}).`,server_fix:"It was retried and still failed. Check the provider’s logs, then try again.",malformed:"The provider sent an answer this card cannot read.",malformed_fix:"Check that the base URL points at an OpenAI-compatible API (usually ending in /v1).",in_band:"The provider reported an error while answering.",aborted:"Stopped.",provider_says:e=>`The provider says: “${e}”`},corsFix:{litellm:"LiteLLM allows every origin by default; if you restricted it, add this Home Assistant address to its allowed origins.",ollama:"Ollama only accepts calls from its own machine: set OLLAMA_ORIGINS to this Home Assistant address (or *) and restart Ollama.",vllm:"Start vLLM with --allowed-origins including this Home Assistant address.",llamacpp:"llama-server allows browsers by default; check a reverse proxy in front of it.",lmstudio:"Enable CORS in LM Studio’s server settings (or lms server start --cors).",openai:"The provider should allow browsers; a proxy or browser extension in between may be blocking the call.",generic:"Allow this Home Assistant address (its origin) in the provider’s CORS settings, or put a proxy that adds CORS headers in front of it."}};class ye extends Error{constructor(e,t={}){super(function(e,t){const n=ge.err,i=t.url??"";switch(e){case"mixed_content":return n.mixed_content(i);case"cors":return n.cors(i);case"network":return n.network(i);case"private_network":return n.private_network(i);case"auth":return n.auth(t.status??401);case"not_found":return n.not_found;case"bad_request":return n.bad_request(t.status??400);case"rate_limited":return n.rate_limited;case"quota":return n.quota;case"timeout":return"idle"===t.phase?n.timeout_idle(t.timeoutS??30):n.timeout_first(t.timeoutS??30);case"server":return n.server(t.status??500);case"malformed":return n.malformed;case"in_band":return n.in_band;case"aborted":return n.aborted}}(e,t)),this.type=e,this.partial=!1,this.name="ProviderError",Object.assign(this,t),this.hint=t.hint??function(e,t){const n=ge.err;switch(e){case"mixed_content":return n.mixed_content_fix;case"network":return n.network_fix;case"private_network":return n.private_network_fix;case"auth":return n.auth_fix;case"not_found":return t.url&&!/\/v\d+[a-z]*$/.test(t.url)?n.not_found_fix_v1:n.not_found_fix_model;case"bad_request":return n.bad_request_fix;case"rate_limited":return t.retryAfterMs?n.rate_limited_wait(Math.ceil(t.retryAfterMs/1e3)):n.rate_limited_fix;case"quota":return n.quota_fix;case"timeout":return n.timeout_fix;case"server":return n.server_fix;case"malformed":return n.malformed_fix;case"cors":case"in_band":case"aborted":return""}}(e,t)}get retryable(){return"network"===this.type||"server"===this.type||"rate_limited"===this.type}}function be(e,t){let n=e;for(const e of t)e&&e.length>=4&&(n=n.split(e).join("••••"));return n.replace(/\b(sk|key|api|tok)[-_][A-Za-z0-9_-]{12,}/g,e=>`${e.slice(0,5)}••••`)}const ve=e=>"string"==typeof e&&e?e:"number"==typeof e?String(e):void 0;function _e(e){const t=e.error;if("string"==typeof t)return{message:t};if(t&&"object"==typeof t){const e=t;return{message:ve(e.message),code:ve(e.code),type:ve(e.type)}}const n=e.detail;if("string"==typeof n)return{message:n};if(Array.isArray(n)){const e=n.map(e=>{if(!e||"object"!=typeof e)return;const{loc:t,msg:n}=e,i=Array.isArray(t)?t.join("."):"";return i&&"string"==typeof n?`${i}: ${n}`:ve(n)}).filter(Boolean);return{message:e.join("; ")||void 0}}return{message:ve(e.message)}}function ke(e){return Array.isArray(e)?e[0]&&"object"==typeof e[0]?_e(e[0]):{}:e&&"object"==typeof e?_e(e):"string"==typeof e&&e.trim()?{message:e.trim().slice(0,300)}:{}}const xe={auth:"bearer",streamOptions:!0,reasoningModelRule:!0,corsFix:ge.corsFix.generic},we={openai:{...xe,id:"openai",corsFix:ge.corsFix.openai},azure:{...xe,id:"azure",auth:"api-key",streamOptions:!1,corsFix:ge.corsFix.openai},anthropic:{...xe,id:"anthropic",headers:{"anthropic-dangerous-direct-browser-access":"true"},corsFix:ge.corsFix.openai},mistral:{...xe,id:"mistral",streamOptions:!1,corsFix:ge.corsFix.openai},gemini:{...xe,id:"gemini",corsFix:ge.corsFix.openai},openrouter:{...xe,id:"openrouter",corsFix:ge.corsFix.openai},groq:{...xe,id:"groq",corsFix:ge.corsFix.openai},ollama:{...xe,id:"ollama",reasoningModelRule:!1,corsFix:ge.corsFix.ollama},lmstudio:{...xe,id:"lmstudio",reasoningModelRule:!1,corsFix:ge.corsFix.lmstudio},litellm:{...xe,id:"litellm",corsFix:ge.corsFix.litellm},vllm:{...xe,id:"vllm",corsFix:ge.corsFix.vllm},llamacpp:{...xe,id:"llamacpp",reasoningModelRule:!1,corsFix:ge.corsFix.llamacpp},generic:{...xe,id:"generic"}},$e=[["openai",e=>"api.openai.com"===e.hostname],["azure",e=>/\.(openai\.azure\.com|cognitiveservices\.azure\.com)$/.test(e.hostname)],["anthropic",e=>"api.anthropic.com"===e.hostname],["mistral",e=>"api.mistral.ai"===e.hostname],["gemini",e=>"generativelanguage.googleapis.com"===e.hostname],["openrouter",e=>"openrouter.ai"===e.hostname],["groq",e=>"api.groq.com"===e.hostname],["ollama",e=>"11434"===e.port||/ollama/i.test(e.hostname)],["lmstudio",e=>"1234"===e.port||/lm-?studio/i.test(e.hostname)],["litellm",e=>"4000"===e.port||/litellm/i.test(e.hostname)],["vllm",e=>/vllm/i.test(e.hostname)||"8000"===e.port],["llamacpp",e=>/llama/i.test(e.hostname)||"8080"===e.port]];function Se(e){let t;try{t=new URL(e)}catch{return we.generic}const n=$e.find(([,e])=>e(t));return we[n?.[0]??"generic"]}function Ae(e){return we[e]??we.generic}const Te=/^(?:[\w.-]+\/)*(?:o\d+(?:$|[-_.])|gpt-5)/i;function Ee(e){const t=Object.values(e).filter(e=>"number"==typeof e),n=Object.entries(e).filter(([e,n])=>-1===t.indexOf(+e)).map(([e,t])=>t);return n}function ze(e,t){return"bigint"==typeof t?t.toString():t}class Oe{constructor(e){this._getter=e,this._value=void 0}get value(){const e=this._getter;return void 0!==e&&(this._value=e(),this._getter=void 0),this._value}}function Pe(e){const t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function Re(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}const Ce="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Me(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function Le(e){if(!1===Me(e))return!1;const t=e.constructor;if(void 0===t)return!0;if("function"!=typeof t)return!0;const n=t.prototype;return!1!==Me(n)&&!1!==Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")}const Ie=new Set(["string","number","symbol"]);function Ne(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function je(e){const t=e;if(!t)return{};if("string"==typeof t)return{error:()=>t};if(void 0!==t?.message){if(void 0!==t?.error)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,"string"==typeof t.error?{...t,error:()=>t.error}:t}const De=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))();function Ue(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!0!==e.issues[n]?.continue)return!0;return!1}function Be(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!1===e.issues[n]?.continue)return!0;return!1}function He(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function Fe(e){return"string"==typeof e?e:e?.message}function qe(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const i=e.maximum??e.length??e.size;i>=0&&t.push([i,n])}return t}function Ze(e,t,n){var i;for(let s=t;s<e.length;s++)(i=e[s]).schema??(i.schema=n)}function We(e,t,n){var i;const s=e.inst?._zod?.traits;s?.has("$ZodType")&&(s.has("$ZodCheck")?(i=e).schema??(i.schema=e.inst):e.schema=e.inst);const r=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,o=e.message?e.message:Fe(e.inst?._zod.def?.error?.(e))??Fe(r?.(e))??Fe(t?.error?.(e))??Fe(n.customError?.(e))??Fe(n.localeError?.(e))??"Invalid input",a={};for(const t of Object.keys(e))"inst"!==t&&"schema"!==t&&"continue"!==t&&"input"!==t&&"__proto__"!==t&&(a[t]=e[t]);return a.path??(a.path=[]),a.message=o,t?.reportInput&&(a.input=e.input),a}const Ge=/[\uD800-\uDBFF]/;function Ke(e,t,n,i=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:i,value:n}),n}function Ve(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return null==this?n:Ke(this,t,n.bind(this))},set(e){Ke(this,t,e)}})}let Ye,Je=!1;const Qe={configurable:!0,get(){Je=!0}};function Xe(e,t,n){const i=Object.getPrototypeOf(e._zod);t in i&&Ye!==e._zod?Ye=void 0:(Ye=e._zod,Object.defineProperty(i,t,{configurable:!0,get(){Object.defineProperty(this,t,Qe);const e=Je;Je=!1;try{const i=n(this);return Je?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:i}),Je=Je||e,i}catch(n){throw delete this[t],Je=Je||e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function et(e,t,n,i){const s=function(e,t){const n=Object.getPrototypeOf(e);return t in n?void 0:n}(e,t);s&&Object.defineProperty(s,t,{configurable:!0,get(){const e={configurable:!0,writable:!0,enumerable:i,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:i,value:e})}})}var tt;const nt={value:void 0,enumerable:!1};let it="captureStackTrace"in Error?Error:null;function st(e,t,n,i){function s(e){this.def=e,this.constr=d,this.traits=new Set}s.prototype={};const r=n,o=r&&new WeakSet;function a(n,i){if(n._zod){if(n._zod.traits.has(e))return}else{nt.value=new s(i);try{Object.defineProperty(n,"_zod",nt)}finally{nt.value=void 0}}if(n._zod.traits.add(e),t(n,i),o){const e=Object.getPrototypeOf(n),t=n._zod.constr.prototype;let i=e;for(;i&&i!==t;)i=Object.getPrototypeOf(i);const s=i??e;o.has(s)||(o.add(s),function(e,t){for(const n in t){const i=Object.getOwnPropertyDescriptor(t,n);i.get?Object.defineProperty(e,n,{...i,enumerable:!1}):Ve(e,n,i.value)}}(s,r))}const a=d.prototype;for(const e in a)Object.prototype.hasOwnProperty.call(a,e)&&(e in n||(n[e]=a[e].bind(n)))}const l=i?.Parent??Object;class c extends l{}function d(e){const t=i?.Parent?function(e){const t=it;if(t){const n=t.stackTraceLimit;if("number"==typeof n){try{t.stackTraceLimit=0}catch{return it=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}(c):this;a(t,e);const n=t._zod.deferred;if(n){for(const e of n)e();t._zod.deferred=void 0}const s=globalThis.__zod_globalConfig?.postProcessor;return s&&s(t),t}return Object.defineProperty(c,"name",{value:e}),Object.defineProperty(d,"init",{value:a}),Object.defineProperty(d,Symbol.hasInstance,{value:t=>!!(i?.Parent&&t instanceof i.Parent)||t?._zod?.traits?.has(e)}),Object.defineProperty(d,"name",{value:e}),d}class rt extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}}(tt=globalThis).__zod_globalConfig??(tt.__zod_globalConfig={});const ot=globalThis.__zod_globalConfig;function at(e){return ot}const lt={get:function(){const e=this._zod;return e.message??(e.message=JSON.stringify(e.def,ze,2)),e.message},set:function(e){this._zod.message=e},enumerable:!0,configurable:!0},ct={value:void 0,enumerable:!1},dt=new WeakSet([Object.prototype,Error.prototype]),ut=st("$ZodError",(e,t)=>{e.name="$ZodError",ct.value=t,Object.defineProperty(e,"issues",ct),ct.value=void 0,Object.defineProperty(e,"message",lt);const n=Object.getPrototypeOf(e);dt.has(n)||(dt.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){const e=()=>this.message;return Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},void 0,{Parent:Error}),pt=e=>{const t=(n,i,s,r)=>{const o=s?{...s,async:!1}:{async:!1},a=n._zod.run({value:i,issues:[]},o);if(a instanceof Promise)throw new rt;if(a.issues.length){const n=new(r?.Err??e)(a.issues.map(e=>We(e,o,at())));throw Ce(n,r?.callee??t),n}return a.value};return t},ht=pt(ut),ft=e=>{const t=async(n,i,s,r)=>{const o=s?{...s,async:!0}:{async:!0};let a=n._zod.run({value:i,issues:[]},o);if(a instanceof Promise&&(a=await a),a.issues.length){const n=new(r?.Err??e)(a.issues.map(e=>We(e,o,at())));throw Ce(n,r?.callee??t),n}return a.value};return t},mt=ft(ut),gt=e=>(t,n,i)=>{const s=i?{...i,async:!1}:{async:!1},r=t._zod.run({value:n,issues:[]},s);if(r instanceof Promise)throw new rt;return r.issues.length?bt(e,r.issues,s):{success:!0,data:r.value}},yt=gt(ut);function bt(e,t,n){let i;return{success:!1,get error(){return i||(i=new e(t.map(e=>We(e,n,at()))),t=void 0,n=void 0),i},set error(e){i=e,t=void 0,n=void 0}}}const vt=e=>async(t,n,i)=>{const s=i?{...i,async:!0}:{async:!0};let r=t._zod.run({value:n,issues:[]},s);return r instanceof Promise&&(r=await r),r.issues.length?bt(e,r.issues,s):{success:!0,data:r.value}},_t=vt(ut),kt=/^https?$/;function xt(e){const t="(?:[01]\\d|2[0-3]):[0-5]\\d";return"number"==typeof e.precision?-1===e.precision?`${t}`:0===e.precision?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}const wt=/^[\s\S]{0,}$/,$t=/^-?\d+(?:\.\d+)?$/,St=/^(?:true|false)$/i,At=st("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),Tt=e=>{const t=e.value;return!(n=t,null==n||void 0===t.length);var n},Et={number:"number",bigint:"bigint",object:"date"},zt=st("$ZodCheckLessThan",(e,t)=>{At.init(e,t);const n=Et[typeof t.value];e._zod.check=i=>{(t.inclusive?i.value<=t.value:i.value<t.value)||i.issues.push({origin:Et[typeof i.value]??n,code:"too_big",maximum:"object"==typeof t.value?t.value.getTime():t.value,input:i.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Ot=st("$ZodCheckGreaterThan",(e,t)=>{At.init(e,t);const n=Et[typeof t.value];e._zod.check=i=>{(t.inclusive?i.value>=t.value:i.value>t.value)||i.issues.push({origin:Et[typeof i.value]??n,code:"too_small",minimum:"object"==typeof t.value?t.value.getTime():t.value,input:i.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Pt=st("$ZodCheckNumberFormat",(e,t)=>{At.init(e,t),t.format=t.format||"float64";const n=t.format?.includes("int"),i=n?"int":"number",[s,r]=De[t.format];e._zod.check=o=>{const a=o.value;if(n){if(!Number.isInteger(a))return void o.issues.push({expected:i,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});if(!Number.isSafeInteger(a))return void(a>0?o.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:i,inclusive:!0,continue:!t.abort}):o.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:i,inclusive:!0,continue:!t.abort}))}a<s&&o.issues.push({origin:"number",input:a,code:"too_small",minimum:s,inclusive:!0,inst:e,continue:!t.abort}),a>r&&o.issues.push({origin:"number",input:a,code:"too_big",maximum:r,inclusive:!0,inst:e,continue:!t.abort})}}),Rt=st("$ZodCheckMinLength",(e,t)=>{var n;At.init(e,t),(n=e._zod.def).when??(n.when=Tt),e._zod.check=n=>{const i=n.value,s=i.length,r="string"==typeof i&&s>=t.minimum&&s<2*t.minimum?function(e){const t=e.length;if(!Ge.test(e))return t;let n=t;for(let i=0;i<t-1;i++)55296==(64512&e.charCodeAt(i))&&56320==(64512&e.charCodeAt(i+1))&&(n--,i++);return n}(i):s;if(r>=t.minimum)return;const o=function(e){return Array.isArray(e)?"array":"string"==typeof e?"string":"unknown"}(i);n.issues.push({origin:o,code:"too_small",minimum:t.minimum,inclusive:!0,input:i,inst:e,continue:!t.abort})}}),Ct=st("$ZodCheckStringFormat",(e,t)=>{var n,i;At.init(e,t),t.pattern?(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(i=e._zod).check??(i.check=()=>{})}),Mt=st("$ZodCheckRegex",(e,t)=>{Ct.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Lt=st("$ZodCheckOverwrite",(e,t)=>{At.init(e,t),e._zod.check=e=>{e.value=t.tx(e.value)}}),It={major:4,minor:6,patch:7},Nt=st("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=It;const i=e._zod.def.checks,s=e._zod.traits.has("$ZodCheck")?[e,...i??[]]:i?.length?[...i]:[];for(const t of s)for(const n of t._zod.onattach)n(e);if(0===s.length)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{const t=(t,n,i)=>{if(t.memo)return t;let s,r=Ue(t);for(const o of n){if(o._zod.def.when){if(Be(t))continue;if(!o._zod.def.when(t))continue}else if(r)continue;const n=t.issues.length,a=o._zod.check(t);if(a instanceof Promise&&!1===i?.async)throw new rt;if(s||a instanceof Promise)s=(s??Promise.resolve()).then(async()=>{await a;t.issues.length!==n&&(Ze(t.issues,n,e),r||(r=Ue(t,n)))});else{if(t.issues.length===n)continue;Ze(t.issues,n,e),r||(r=Ue(t,n))}}return s?s.then(()=>t):t},n=(n,i,r)=>{if(Ue(n))return n.aborted=!0,n;const o=t(i,s,r);if(o instanceof Promise){if(!1===r.async)throw new rt;return o.then(t=>e._zod.parse(t,r))}return e._zod.parse(o,r)};e._zod.run=(i,r)=>{if(r.skipChecks)return e._zod.parse(i,r);if("backward"===r.direction){const t=e._zod.parse({value:i.value,issues:[]},{...r,skipChecks:!0});return t instanceof Promise?t.then(e=>n(e,i,r)):n(t,i,r)}const o=e._zod.parse(i,r);if(o instanceof Promise){if(!1===r.async)throw new rt;return o.then(e=>t(e,s,r))}return t(o,s,r)}}},{get"~standard"(){return function(e,t,n){return Ke(e,t,n,!1)}(this,"~standard",(e=this,{validate:t=>{const n={async:!1};try{const i=e._zod.run({value:t,issues:[]},n);if(!(i instanceof Promise))return jt(i,n)}catch(e){}return async function(e,t){const n={async:!0};return jt(await e._zod.run({value:t,issues:[]},n),n)}(e,t)},vendor:"zod",version:1}));var e},set"~standard"(e){Ke(this,"~standard",e)}}),jt=(e,t)=>e.issues.length?{issues:e.issues.map(e=>We(e,t,at()))}:{value:e.value};const Dt=st("$ZodString",(e,t)=>{Nt.init(e,t),e._zod.pattern=t.pattern??wt,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=String(n.value)}catch(i){}return"string"==typeof n.value||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),Ut=st("$ZodStringFormat",(e,t)=>{Ct.init(e,t),Dt.init(e,t)});function Bt(e,t){return"normalize"in t||"hostname"in t||"protocol"in t?function(e,t){if(!t.normalize&&t.protocol?.source===kt.source&&!/^https?:\/\//i.test(e))return 1;try{if("undefined"!=typeof URL){const t=URL;if("function"==typeof t.parse)return t.parse(e)??2}return new URL(e)}catch{return 2}}(e,t):function(e){try{return"undefined"!=typeof URL&&"function"==typeof URL.canParse?URL.canParse(e):(new URL(e),!0)}catch{return!1}}(e)||2}const Ht=/[\t\n\r]/g;function Ft(e){return e.replace(Ht,"")}const qt=st("$ZodURL",(e,t)=>{Ut.init(e,t),e._zod.check=n=>{try{const i=n.value.trim(),s=Bt(i,t);return 1===s?void n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort}):2===s?void n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort}):!0===s?void(n.value=Ft(i)):(t.hostname&&!function(e,t){return t.lastIndex=0,t.test(e.hostname)}(s,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!function(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}(s,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),void(n.value=t.normalize?s.href:Ft(i)))}catch(i){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),Zt=st("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=function(e){const t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");const n=`${xt({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,i=e.local?`${n}|${xt({precision:e.precision})}`:n;return new RegExp(`^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:${i})$`)}(t)),Ut.init(e,t)}),Wt=st("$ZodNumber",(e,t)=>{Nt.init(e,t),e._zod.pattern=$t,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const s=n.value;if("number"==typeof s&&!Number.isNaN(s)&&Number.isFinite(s))return n;const r="number"==typeof s?Number.isNaN(s)?"NaN":Number.isFinite(s)?void 0:String(s):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...r?{received:r}:{}}),n}}),Gt=st("$ZodNumberFormat",(e,t)=>{Pt.init(e,t),Wt.init(e,t)}),Kt=st("$ZodBoolean",(e,t)=>{Nt.init(e,t),e._zod.pattern=St,e._zod.parse=(n,i)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const s=n.value;return"boolean"==typeof s||n.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e}),n}}),Vt=st("$ZodUnknown",(e,t)=>{Nt.init(e,t),e._zod.parse=e=>e});const Yt=e=>Array.isArray(e)?e.length:-1;function Jt(e,t,n){e.issues.length&&t.issues.push(...He(n,e.issues)),t.value[n]=e.value}const Qt=st("$ZodArray",(e,t)=>{Nt.init(e,t);const n=ot.memoizer;n?.attach(e),e._zod.parse=(i,s)=>{const r=i.value;if(!Array.isArray(r))return i.issues.push({expected:"array",code:"invalid_type",input:r,inst:e}),i;i.value=n?n.alloc(e,i,Array(r.length),s):Array(r.length);const o=[],a=s?.abortEarly;for(let e=0;e<r.length;e++){const n=r[e],l=t.element._zod.run({value:n,issues:[]},s);if(l instanceof Promise)o.push(l.then(t=>Jt(t,i,e)));else if(Jt(l,i,e),a&&0!==l.issues.length&&Ue(l))break}return o.length?Promise.all(o).then(()=>i):i},function(e,t){const n=qe(e._zod.def.checks);if(!n.length)return;const i=Math.min(...n.map(e=>e[0])),s=e._zod.parse;e._zod.parse=(n,r)=>{const o=t(n.value);if(o>i&&!r?.skipChecks&&"backward"!==r?.direction)for(const[t,i]of qe(e._zod.def.checks))if(o>t&&i._zod.def.when(n)){const t=n.issues.length;return i._zod.check(n),n.issues[t].continue=!1,Ze(n.issues,t,e),n}return s(n,r)}}(e,Yt)});function Xt(e,t,n,i,s,r){const o=n in i,a="optional"===r;if(o||!a||"optional"!==s){if(e.issues.length){if(void 0!==s&&a&&!o)return;t.issues.push(...He(n,e.issues))}o||void 0!==s?void 0===e.value?(o||"defaulted"===s&&!a)&&(t.value[n]=void 0):t.value[n]=e.value:e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]})}}const en=[];function tn(e){const t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),i=n.length?n:en,s=i.length?[...t,...i]:t;for(const t of s)if(!e.shape?.[t]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`);const r=(o=e.shape,Object.keys(o).filter(e=>void 0!==o[e]._zod.optin&&"optional"===o[e]._zod.optout));var o;return{...e,allKeys:s,symbolKeys:i,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(r)}}const nn=st("$ZodObject",(e,t)=>{Nt.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape"),i=n?.get?n.get.raw:t.shape??{};if(i){const e=()=>{const n={...i};return Object.defineProperty(t,"shape",{value:n}),e.raw=n,n};e.raw=i,Object.defineProperty(t,"shape",{get:e})}const s=new Oe(()=>tn(t));Xe(e,"propValues",e=>{const t=e.def.shape,n={};for(const e in t){const i=t[e]._zod;if(i.values){Object.prototype.hasOwnProperty.call(n,e)||Re(n,e,new Set);for(const t of i.values)n[e].add(t);void 0!==i.optin&&n[e].add(void 0)}}return n});const r=Me,o=t.catchall;let a;const l=ot.memoizer;l?.attach(e),e._zod.parse=(t,n)=>{a??(a=s.value);const i=t.value;if(!r(i))return t.issues.push({expected:"object",code:"invalid_type",input:i,inst:e}),t;t.value=l?l.alloc(e,t,{},n):{};const c=[],d=a.shape,u=n?.abortEarly;let p=t.issues.length;for(const e of a.allKeys){if(u&&t.issues.length!==p){if(Ue(t,p))break;p=t.issues.length}if("__proto__"===e)continue;const s=d[e],r=s._zod.optin,o=s._zod.optout,a=s._zod.run({value:i[e],issues:[]},n);a instanceof Promise?c.push(a.then(n=>Xt(n,t,e,i,r,o))):Xt(a,t,e,i,r,o)}return o?function(e,t,n,i,s,r,o){const a=[],l=s.keySet,c=s.catchall._zod,d=c.def.type,u=c.optin,p=c.optout;let h=0;for(const s in t){if(o&&n.issues.length!==h){if(Ue(n,h))break;h=n.issues.length}if(l.has(s))continue;if("__proto__"===s){"never"===d&&a.push(s);continue}if("never"===d){a.push(s);continue}const r=c.run({value:t[s],issues:[]},i);r instanceof Promise?e.push(r.then(e=>Xt(e,n,s,t,u,p))):Xt(r,n,s,t,u,p)}return a.length&&n.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:r,continue:!0}),e.length?Promise.all(e).then(()=>n):n}(c,i,t,n,s.value,e,!0===u):c.length?Promise.all(c).then(()=>t):t}});function sn(e,t,n,i){for(const n of e)if(0===n.issues.length)return t.value=n.value,t;const s=e.filter(e=>!Ue(e));return 1===s.length?(t.value=s[0].value,s[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>We(e,i,at())))}),t)}const rn=st("$ZodUnion",(e,t)=>{Nt.init(e,t),Xe(e,"optin",e=>e.def.options.some(e=>"defaulted"===e._zod.optin)?"defaulted":e.def.options.some(e=>void 0!==e._zod.optin)?"optional":void 0),Xe(e,"optout",e=>e.def.options.some(e=>"optional"===e._zod.optout)?"optional":void 0),Xe(e,"values",e=>{if(e.def.options.every(e=>e._zod.values))return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}),Xe(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>Pe(e.source)).join("|")})$`)}});const n=1===t.options.length?t.options[0]._zod.run:null;e._zod.parse=(i,s)=>{if(n)return n(i,s);let r=!1;const o=[];for(const e of t.options){const t=e._zod.run({value:i.value,issues:[]},s);if(t instanceof Promise)o.push(t),r=!0;else{if(0===t.issues.length)return t;o.push(t)}}return r?Promise.all(o).then(t=>sn(t,i,e,s)):sn(o,i,e,s)}}),on=st("$ZodRecord",(e,t)=>{Nt.init(e,t);const n=ot.memoizer;n?.attach(e),e._zod.parse=(i,s)=>{const r=i.value;if(!Le(r))return i.issues.push({expected:"record",code:"invalid_type",input:r,inst:e}),i;const o=[],a=t.keyType._zod.values;if(a&&!t.partial){i.value=n?n.alloc(e,i,{},s):{};const l=new Set;for(const n of a)if("string"==typeof n||"number"==typeof n||"symbol"==typeof n){if(l.add("number"==typeof n?n.toString():n),"__proto__"===n)continue;const a=t.keyType._zod.run({value:n,issues:[]},s);if(a instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(a.issues.length){i.issues.push({code:"invalid_key",origin:"record",issues:a.issues.map(e=>We(e,s,at())),input:n,path:[n],inst:e});continue}const c=a.value;if("__proto__"===c)continue;const d=t.valueType._zod.run({value:r[n],issues:[]},s);d instanceof Promise?o.push(d.then(e=>{e.issues.length&&i.issues.push(...He(n,e.issues)),i.value[c]=e.value})):(d.issues.length&&i.issues.push(...He(n,d.issues)),i.value[c]=d.value)}let c;for(const e in r)if(!l.has(e))if("loose"===t.mode){if("__proto__"===e)continue;i.value[e]=r[e]}else c=c??[],c.push(e);c&&c.length>0&&i.issues.push({code:"unrecognized_keys",input:r,inst:e,keys:c,continue:!0})}else{let l;i.value=n?n.alloc(e,i,{},s):{};for(const n of Reflect.ownKeys(r)){if("__proto__"===n)continue;if(!Object.prototype.propertyIsEnumerable.call(r,n))continue;let c=t.keyType._zod.run({value:n,issues:[]},s);if(c instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if("string"==typeof n&&$t.test(n)&&c.issues.length){const e=t.keyType._zod.run({value:Number(n),issues:[]},s);if(e instanceof Promise)throw new Error("Async schemas not supported in object keys currently");0===e.issues.length&&(c=e)}if(c.issues.length){"loose"===t.mode?i.value[n]=r[n]:a?(l=l??[],l.push(n)):i.issues.push({code:"invalid_key",origin:"record",issues:c.issues.map(e=>We(e,s,at())),input:n,path:[n],inst:e});continue}const d=c.value;if("__proto__"===d)continue;const u=t.valueType._zod.run({value:r[n],issues:[]},s);u instanceof Promise?o.push(u.then(e=>{e.issues.length&&i.issues.push(...He(n,e.issues)),i.value[d]=e.value})):(u.issues.length&&i.issues.push(...He(n,u.issues)),i.value[d]=u.value)}l&&l.length>0&&i.issues.push({code:"unrecognized_keys",input:r,inst:e,keys:l,continue:!0})}return o.length?Promise.all(o).then(()=>i):i}}),an=st("$ZodEnum",(e,t)=>{Nt.init(e,t);const n=Ee(t.entries),i=new Set(n);e._zod.values=i,Xe(e,"pattern",e=>{const t=Ee(e.def.entries).filter(e=>Ie.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>Ne(e.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(t,s)=>{const r=t.value;return i.has(r)||t.issues.push({code:"invalid_value",values:n,input:r,inst:e}),t}}),ln=st("$ZodLiteral",(e,t)=>{Nt.init(e,t);const n=new Set(t.values);e._zod.values=n,Xe(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>"string"==typeof e?Ne(e):e?Ne(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(i,s)=>{const r=i.value;return n.has(r)||i.issues.push({code:"invalid_value",values:t.values,input:r,inst:e}),i}});function cn(e,t){return e.value=t.issues.length?void 0:t.value,e}const dn=st("$ZodOptional",(e,t)=>{Nt.init(e,t),Xe(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),e._zod.optout="optional",Xe(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,void 0]):void 0}),Xe(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${Pe(t.source)})?$`):void 0}),e._zod.parse=(e,n)=>{if(void 0===e.value){if("defaulted"!==t.innerType._zod.optin)return e;const i=t.innerType._zod.run({value:e.value,issues:[]},n);return i instanceof Promise?i.then(t=>cn(e,t)):cn(e,i)}return t.innerType._zod.run(e,n)}}),un=st("$ZodNullable",(e,t)=>{Nt.init(e,t),Xe(e,"optin",e=>e.def.innerType._zod.optin),Xe(e,"optout",e=>e.def.innerType._zod.optout),Xe(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${Pe(t.source)}|null)$`):void 0}),Xe(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):void 0),e._zod.parse=(e,n)=>null===e.value?e:t.innerType._zod.run(e,n)}),pn=st("$ZodDefault",(e,t)=>{Nt.init(e,t),e._zod.optin="defaulted",Xe(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);if(void 0===e.value)return e.value=t.defaultValue,e;const i=t.innerType._zod.run(e,n);return i instanceof Promise?i.then(e=>hn(e,t)):hn(i,t)}});function hn(e,t){return void 0===e.value&&(e.value=t.defaultValue),e}const fn=st("$ZodCustom",(e,t)=>{At.init(e,t),Nt.init(e,t),e._zod.parse=(e,t)=>e,e._zod.check=n=>{const i=n.value,s=t.fn(i);if(s instanceof Promise)return s.then(t=>mn(t,n,i,e));mn(s,n,i,e)}});function mn(e,t,n,i){if(!e){const e={code:"custom",input:n,inst:i,path:[...i._zod.def.path??[]],continue:!i._zod.def.abort};i._zod.def.params&&(e.params=i._zod.def.params),t.issues.push(function(...e){const[t,n,i]=e;return"string"==typeof t?{message:t,code:"custom",input:n,inst:i}:{...t}}(e))}}var gn;class yn{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){const n=t[0];return this._map.set(e,n),n&&"object"==typeof n&&"id"in n&&this._idmap.set(n.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){const t=this._map.get(e);return t&&"object"==typeof t&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const i={...n,...this._map.get(e)};return Object.keys(i).length?i:void 0}return this._map.get(e)}has(e){return this._map.has(e)}}function bn(e){return e.checks&&(e.checks=[...e.checks]),e}function vn(e,t){return new zt({check:"less_than",...je(t),value:e,inclusive:!0})}function _n(e,t){return new Ot({check:"greater_than",...je(t),value:e,inclusive:!0})}function kn(e){return function(e,t){return new Ot({check:"greater_than",...je(t),value:e,inclusive:!1})}(0,e)}function xn(e,t){return new Rt({check:"min_length",...je(t),minimum:e})}function wn(){return new Lt({check:"overwrite",tx:e=>e.trim()})}(gn=globalThis).__zod_globalRegistry??(gn.__zod_globalRegistry=new yn);const $n=st("ZodMiniType",(e,t)=>{if(!e._zod)throw new Error("Uninitialized schema in ZodMiniType.");Nt.init(e,t),e.def=t,e.type=t.type},{get with(){return this.check},set with(e){Ke(this,"with",e)},parse(e,t){return ht(this,e,t,{callee:this.parse})},parseAsync(e,t){return mt(this,e,t,{callee:this.parseAsync})},safeParse(e,t){return yt(this,e,t)},safeParseAsync(e,t){return _t(this,e,t)},check(...e){const t=this.def;return this.clone({...t,checks:[...t.checks??[],...e.map(e=>"function"==typeof e?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]},{parent:!0})},clone(e,t){return function(e,t,n){const i=new e._zod.constr(t??e._zod.def);return t&&!n?.parent||(i._zod.parent=e),i}(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},apply(e,...t){return 0===t.length?e(this):e(this,...t)}}),Sn=st("ZodMiniString",(e,t)=>{Dt.init(e,t),$n.init(e,t)});function An(e){return function(e,t){return new e(bn({type:"string",...je(t)}))}(Sn,e)}const Tn=st("ZodMiniStringFormat",(e,t)=>{Ut.init(e,t),Sn.init(e,t)}),En=st("ZodMiniURL",(e,t)=>{qt.init(e,t),Tn.init(e,t)});const zn=st("ZodMiniNumber",(e,t)=>{Wt.init(e,t),$n.init(e,t)});function On(e){return function(e,t){return new e(bn({type:"number",checks:[],...je(t)}))}(zn,e)}const Pn=st("ZodMiniNumberFormat",(e,t)=>{Gt.init(e,t),zn.init(e,t)});function Rn(e){return function(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...je(t)})}(Pn,e)}const Cn=st("ZodMiniBoolean",(e,t)=>{Kt.init(e,t),$n.init(e,t)});function Mn(e){return function(e,t){return new e({type:"boolean",...je(t)})}(Cn,e)}const Ln=st("ZodMiniUnknown",(e,t)=>{Vt.init(e,t),$n.init(e,t)});function In(){return new Ln({type:"unknown"})}const Nn=st("ZodMiniArray",(e,t)=>{Qt.init(e,t),$n.init(e,t)});function jn(e,t){return new Nn({type:"array",element:e,...je(t)})}const Dn=st("ZodMiniObject",(e,t)=>{nn.init(e,t),$n.init(e,t),et(e,"shape",e=>e._zod.def.shape,!1)});function Un(e,t){return new Dn({type:"object",shape:e,catchall:In(),...je(t)})}const Bn=st("ZodMiniUnion",(e,t)=>{rn.init(e,t),$n.init(e,t)});function Hn(e,t){return new Bn({type:"union",options:e,...je(t)})}const Fn=st("ZodMiniRecord",(e,t)=>{on.init(e,t),$n.init(e,t)});function qn(e,t,n){return t&&t._zod?new Fn({type:"record",keyType:e,valueType:t,...je(n)}):new Fn({type:"record",keyType:An(),valueType:e,...je(t)})}const Zn=st("ZodMiniEnum",(e,t)=>{an.init(e,t),$n.init(e,t),e.options=[...e._zod.values]});function Wn(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new Zn({type:"enum",entries:n,...je(t)})}const Gn=st("ZodMiniLiteral",(e,t)=>{ln.init(e,t),$n.init(e,t)});function Kn(e,t){return new Gn({type:"literal",values:Array.isArray(e)?e:[e],...je(t)})}const Vn=st("ZodMiniOptional",(e,t)=>{dn.init(e,t),$n.init(e,t)});function Yn(e){return new Vn({type:"optional",innerType:e})}const Jn=st("ZodMiniNullable",(e,t)=>{un.init(e,t),$n.init(e,t)});function Qn(e){return new Jn({type:"nullable",innerType:e})}const Xn=st("ZodMiniDefault",(e,t)=>{pn.init(e,t),$n.init(e,t)});function ei(e,t){return new Xn({type:"default",innerType:e,get defaultValue(){return"function"==typeof t?t():function(e){return Le(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}(t)}})}const ti=st("ZodMiniCustom",(e,t)=>{fn.init(e,t),$n.init(e,t)});const ni=st("ZodMiniISODateTime",(e,t)=>{Zt.init(e,t),Tn.init(e,t)});const ii=()=>An().check(wn(),xn(1)),si=()=>Hn([ii(),jn(ii())]),ri=Un({domain:Yn(An()),area:Yn(An()),name:Yn(An())}),oi=Un({entity_id:ii()}),ai=Un({domain:ii(),service:ii(),entity_id:Yn(si()),area:Yn(si()),data:Yn(qn(An(),In()))}),li=Un({entity_id:ii(),hours:Yn(On().check(kn(),vn(168)))}),ci=Un({}),di=Un({entities:Yn(jn(An())),areas:Yn(jn(An())),domains:Yn(jn(An()))}),ui=Un({enabled:Yn(Mn()),max_rounds:Yn(Rn().check(kn(),vn(50))),confirm:Yn(jn(An()))}),pi=["lock","alarm_control_panel"],hi=["garage","gate","door"],fi="openai_compatible_conversation",mi=()=>An().check(wn(),xn(1)),gi="You are a helpful assistant for a Home Assistant smart home. The current time is {{ now() }}. Answer briefly and use Markdown when it helps.",yi=1024,bi=.7,vi=5,_i=["openai","azure","anthropic","mistral","gemini","openrouter","groq","ollama","lmstudio","litellm","vllm","llamacpp","generic"],ki=Un({prompt_template:Yn(An()),max_tokens:Yn(Rn().check(kn())),temperature:Yn(On().check(_n(0),vn(2))),context_messages:Yn(Rn().check(_n(0)))}),xi=Un({model_id:mi(),display_name:Yn(An()),api_key:Yn(An()),max_tokens:Yn(Rn().check(kn())),temperature:Yn(On().check(_n(0),vn(2))),tools:Yn(Mn())}),wi=Un({id:An().check(($i=/^[a-z0-9][a-z0-9_-]*$/,Si="a slug of a-z, 0-9, _ and -",new Mt({check:"string_format",format:"regex",...je(Si),pattern:$i}))),name:mi(),base_url:function(e){return function(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...je(t)})}(En,e)}({protocol:/^https?$/}),auth_mode:ei(Wn(["global","per_model"]),"global"),api_key:Yn(An()),timeout_s:Yn(On().check(kn())),dialect:Yn(Wn(_i)),models:ei(jn(xi),[]),model_cache:Yn(Un({fetched_at:function(e){return function(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...je(t)})}(ni,e)}({offset:!0}),ids:jn(An())}))});var $i,Si;const Ai=Un({version:Kn(1),providers:ei(jn(wi),[]),defaults:Yn(Un({provider_id:Yn(An()),model_id:Yn(An())})),agent:Yn(ki),tools:Yn(ui)}).check(function(e,t={}){return function(e,t,n){return new e({type:"custom",check:"custom",fn:t,...je(n)})}(ti,e,t)}(e=>new Set(e.providers.map(e=>e.id)).size===e.providers.length,{message:"provider ids must be unique",path:["providers"]}));function Ti(e,t=[]){const n=e.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"")||"provider";let i=n;for(let e=2;t.includes(i);e++)i=`${n}-${e}`;return i}function Ei(e){return e.trim().replace(/\/+$/,"")}const zi=(e,t)=>new Promise((n,i)=>{if(t?.aborted)return i(new ye("aborted"));const s=setTimeout(()=>{t?.removeEventListener("abort",r),n()},e),r=()=>{clearTimeout(s),i(new ye("aborted"))};t?.addEventListener("abort",r,{once:!0})}),Oi=/^(localhost|127(?:\.\d+){3}|\[::1\])$/i,Pi=/^(localhost|127(?:\.\d+){3}|\[::1\]|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}|169\.254(?:\.\d+){2}|\[f[cd][0-9a-f]*:.*\]|[^.]+|.+\.(?:local|lan|home|internal|home\.arpa))$/i;function Ri(e,t){const n=new URL(e);return"https:"===new URL(t).protocol&&"http:"===n.protocol&&!Oi.test(n.hostname)}function Ci(e,t,n){const i=new Headers(e.headers);return n&&i.set("Content-Type","application/json"),t&&("api-key"===e.auth?i.set("api-key",t):i.set("Authorization",`Bearer ${t}`)),i}class Mi{constructor(e){this.phase=e}}class Li{constructor(e,t){this.timeoutMs=e,this.controller=new AbortController;const n=()=>this.controller.abort(t?.reason);t?.aborted&&n(),t?.addEventListener("abort",n,{once:!0}),this.unlink=()=>t?.removeEventListener("abort",n),this.arm("first_byte")}get signal(){return this.controller.signal}arm(e){clearTimeout(this.timer),this.timer=setTimeout(()=>this.controller.abort(new Mi(e)),this.timeoutMs)}dispose(){clearTimeout(this.timer),this.unlink()}classifyAbort(e,t){if(t?.aborted)return new ye("aborted");const n=this.controller.signal.reason;return this.controller.signal.aborted&&n instanceof Mi?new ye("timeout",{phase:n.phase,timeoutS:e}):void 0}}function Ii(e,t,n){const i=e.baseUrl.replace(/\/+$/,"");return{target:e,dialect:e.dialect?Ae(e.dialect):Se(i),url:`${i}${t}`,timeoutS:e.timeoutS??30,pageUrl:n.pageUrl??globalThis.location?.href??"http://localhost/",options:n}}async function Ni(e,t,n){const{url:i,pageUrl:s,options:r}=e;if(Ri(i,s))throw new ye("mixed_content",{url:e.target.baseUrl});const o=r.fetch??globalThis.fetch.bind(globalThis),a=function(e,t){return!Pi.test(new URL(t).hostname)&&Pi.test(new URL(e).hostname)}(i,s);let l;try{l=await o(i,{...t,credentials:"omit",signal:n.signal,...a?{targetAddressSpace:"local"}:{}})}catch(t){throw n.classifyAbort(e.timeoutS,r.signal)??await async function(e,t,n){if(!(t instanceof TypeError))return new ye("network",{url:e.target.baseUrl});const i=e.options.fetch??globalThis.fetch.bind(globalThis),s=new AbortController,r=setTimeout(()=>s.abort(),5e3);try{return await i(e.url,{mode:"no-cors",credentials:"omit",signal:s.signal}),new ye("cors",{url:e.target.baseUrl,hint:e.dialect.corsFix})}catch{return new ye(n?"private_network":"network",{url:e.target.baseUrl})}finally{clearTimeout(r)}}(e,t,a)}if(!l.ok)throw await async function(e,t){const n=await t.text().catch(()=>""),i=function(e){try{return ke(JSON.parse(e))}catch{return/^\s*</.test(e)?{}:ke(e)}}(n),s=i.message?be(i.message,[e.target.apiKey]):void 0,r=t.status,o={status:r,providerMessage:s,code:i.code,url:e.target.baseUrl},a=`${i.code??""} ${i.type??""} ${s??""}`;if(400===r&&/no_db_connection|no connected db/i.test(a))return new ye("auth",{...o,hint:ge.err.auth_fix_litellm});if(401===r||403===r||400===r&&/api[ _-]?key/i.test(a))return new ye("auth",o);if(404===r)return new ye("not_found",o);if(429===r&&/insufficient_quota|quota|credit|billing/i.test(a))return new ye("quota",o);const l=function(e,t=Date.now()){if(!e)return;const n=e.trim();if(/^\d+(\.\d+)?$/.test(n))return Math.ceil(1e3*Number(n));const i=Date.parse(n);return Number.isNaN(i)?void 0:Math.max(0,i-t)}(t.headers.get("Retry-After"))??function(e){const t=e?.match(/try again in\s+((?:\d+(?:\.\d+)?\s*(?:ms|h|m|s)\s*)+)/i);if(!t?.[1])return;let n=0;for(const[,e,i]of t[1].matchAll(/(\d+(?:\.\d+)?)\s*(ms|h|m|s)/g)){const t=Number(e);n+="ms"===i?t:"s"===i?1e3*t:"m"===i?6e4*t:36e5*t}return Math.ceil(n)}(s);if(429===r)return new ye("rate_limited",{...o,retryAfterMs:l});if(r>=500)return new ye("server",{...o,retryAfterMs:l});if(/model.*(not.?found|does not exist|unknown|invalid)|model_not_found/i.test(a))return new ye("not_found",{...o,hint:void 0});return new ye("bad_request",o)}(e,l);return l}function ji(e,t=Math.random){const n=Math.min(8e3,500*2**e);return Math.round(n/2+t()*n/2)}const Di=e=>Yn(Qn(e)),Ui=Un({prompt_tokens:Di(On()),completion_tokens:Di(On()),total_tokens:Di(On())}),Bi=Un({index:Di(On()),id:Di(An()),type:Di(An()),function:Yn(Un({name:Di(An()),arguments:Di(Hn([An(),qn(An(),In())]))}))}),Hi=Un({type:An(),text:Di(An()),thinking:Yn(In())}),Fi=Di(Hn([An(),jn(Hi)])),qi=Un({type:Yn(An()),text:Di(An()),summary:Di(An())}),Zi=Un({role:Di(An()),content:Fi,reasoning_content:Di(An()),reasoning:Di(An()),reasoning_details:Di(jn(qi)),tool_calls:Di(jn(Bi))}),Wi=Un({choices:jn(Un({index:Di(On()),delta:Di(Zi),finish_reason:Di(An())})),usage:Di(Ui),x_groq:Di(Un({usage:Di(Ui)}))}),Gi=Un({choices:jn(Un({index:Di(On()),message:Zi,finish_reason:Di(An())})),usage:Di(Ui)}),Ki=Un({id:Yn(An()),name:Yn(An()),model:Yn(An()),type:Yn(An()),capabilities:Yn(In()),architecture:Yn(In())}),Vi=Hn([jn(Ki),Un({data:Qn(jn(Ki)),models:Yn(jn(Ki)),has_more:Yn(Mn()),last_id:Di(An())}),Un({models:jn(Ki)})]);class Yi extends Error{constructor(e,t){super(`${e}: ${t.join("; ")}`),this.what=e,this.issues=t,this.type="schema",this.name="SchemaError"}}function Ji(e){return e.issues.map(e=>{const t=e.path.map(String).join(".");return t?`${t}: ${e.message}`:e.message})}function Qi(e,t,n){const i=yt(e,t);if(!i.success)throw new Yi(n,Ji(i.error));return i.data}function Xi(e,t,n){const i=function(e,t){const n=e.reasoningModelRule&&Te.test(t);return{tokenParam:n?"max_completion_tokens":"max_tokens",sendTemperature:!n}}(e.dialect,t.model),s={model:t.model,messages:t.messages,stream:n};return n&&e.dialect.streamOptions&&(s.stream_options={include_usage:!0}),void 0!==t.maxTokens&&(s[i.tokenParam]=t.maxTokens),void 0!==t.temperature&&i.sendTemperature&&(s.temperature=t.temperature),t.tools?.length&&(s.tools=t.tools),s}async function*es(e,t,n={}){const i=Ii(e,"/chat/completions",n),s=Xi(i,t,!0),r=n.maxRetries??3,o=n.sleep??zi;for(let e=0;;e++){let t=!1;try{for await(const e of is(i,JSON.stringify(s)))t=!0,yield e;return}catch(i){const a=ns(i);if(!t&&ts(s,a)){delete s.stream_options,e--;continue}if(t)throw a.partial=!0,a;const l=a.retryAfterMs??ji(e,n.random);if(!a.retryable||e>=r||l>6e4)throw a;yield{type:"retry",attempt:e+1,delayMs:l,error:a},await o(l,n.signal)}}}function ts(e,t){return"stream_options"in e&&"bad_request"===t.type&&/stream_options/i.test(`${t.providerMessage??""} ${t.code??""}`)}function ns(e){return e instanceof ye?e:e instanceof Yi?new ye("malformed",{providerMessage:e.issues[0]}):new ye("network")}async function*is(e,t){const n=new Li(1e3*e.timeoutS,e.options.signal);try{const i=await Ni(e,{method:"POST",headers:Ci(e.dialect,e.target.apiKey,!0),body:t},n);yield*async function*(e,t,n){if(!t.body)throw new ye("malformed");const i=t.body.pipeThrough(new TextDecoderStream).getReader(),s=[];let r=!1,o=/json/i.test(t.headers.get("content-type")??"")?"":void 0,a=void 0!==o;const l=me({onEvent:t=>{r||("[DONE]"!==t.data?s.push(...function(e,t){const n=rs(e,t);if(n)throw n;const i=Qi(Wi,t,"stream chunk"),s=[],r=i.usage??i.x_groq?.usage;for(const e of i.choices){if(e.delta&&s.push(...as(e.delta)),"error"===e.finish_reason)throw new ye("in_band");e.finish_reason&&s.push({type:"finish",reason:e.finish_reason})}r&&s.push({type:"usage",usage:r});return s}(e,ss(t.data))):r=!0)}});try{for(;;){const{value:e,done:t}=await i.read();if(t)break;if(n.arm("idle"),!a&&e.trim()&&(a=!0,/^\s*[{[]/.test(e)&&(o="")),void 0===o){if(l.feed(e),yield*s.splice(0),r)break}else o+=e}if(void 0!==o)return void(yield*function(e,t){const n=rs(e,t);if(n)throw n;const i=Qi(Gi,t,"completion"),s=[];for(const e of i.choices.slice(0,1))s.push(...as(e.message)),e.finish_reason&&s.push({type:"finish",reason:e.finish_reason});i.usage&&s.push({type:"usage",usage:i.usage});return s}(e,ss(o)));l.reset({consume:!0}),yield*s.splice(0)}finally{i.cancel().catch(()=>{})}}(e,i,n)}catch(t){throw n.classifyAbort(e.timeoutS,e.options.signal)??ns(t)}finally{n.dispose()}}function ss(e){try{return JSON.parse(e)}catch{throw new ye("malformed")}}function rs(e,t){if(!t||"object"!=typeof t||!("error"in t))return;const n=ke(t);return new ye("in_band",{providerMessage:n.message?be(n.message,[e.target.apiKey]):void 0,code:n.code})}function os(e,t){if("text"===t)return"text"===e.type?e.text??"":"";if("thinking"!==e.type)return"";const n=e.thinking;return"string"==typeof n?n:Array.isArray(n)?n.map(e=>e&&"object"==typeof e&&"text"in e?String(e.text):"").join(""):e.text??""}function as(e){const t=[],n=e.reasoning_content??e.reasoning??e.reasoning_details?.map(e=>e.text??e.summary??"").join("")??(Array.isArray(e.content)?e.content.map(e=>os(e,"thinking")).join(""):"");n&&t.push({type:"reasoning",text:n});const i=Array.isArray(e.content)?e.content.map(e=>os(e,"text")).join(""):e.content;i&&t.push({type:"content",text:i});for(const n of e.tool_calls??[])t.push({type:"tool_call",delta:n});return t}function ls(e,t){const{index:n,id:i,function:s,type:r,...o}=t,a="string"==typeof s?.arguments?s.arguments:s?.arguments?JSON.stringify(s.arguments):"",l="number"==typeof n?e.findIndex(e=>e.index===n):i?e.findIndex(e=>e.id===i):s?.name?-1:e.length-1;if(l<0){const t={...o,id:i??`call_${e.length}`,name:s?.name??"",arguments:a,..."number"==typeof n?{index:n}:{}};return[...e,t]}const c=e[l],d={...c,...o,id:c.id.startsWith("call_")&&i?i:c.id,name:c.name+(s?.name&&s.name!==c.name?s.name:""),arguments:c.arguments+a};return e.map((e,t)=>t===l?d:e)}function cs(e,t){switch(t.type){case"content":return{...e,content:e.content+t.text};case"reasoning":return{...e,reasoning:(e.reasoning??"")+t.text};case"tool_call":return{...e,tool_calls:ls(e.tool_calls??[],t.delta)};case"usage":{const{prompt_tokens:n,completion_tokens:i}=t.usage;return{...e,usage:{..."number"==typeof n?{prompt_tokens:n}:{},..."number"==typeof i?{completion_tokens:i}:{}}}}case"finish":return{...e,finish_reason:t.reason};case"retry":return e}}const ds=new Set(["status","result","entity_ids","confirm","index"]);function us(e){if("user"===e.role)return[{role:"user",content:e.content}];const t=(e.tool_calls??[]).filter(e=>void 0!==e.result);if(!t.length)return e.content?[{role:"assistant",content:e.content}]:[];const n=t.map(({id:e,name:t,arguments:n,...i})=>({id:e,type:"function",function:{name:t,arguments:n||"{}"},...Object.fromEntries(Object.entries(i).filter(([e])=>!ds.has(e)))}));return[{role:"assistant",content:e.content||null,tool_calls:n},...t.map(e=>({role:"tool",tool_call_id:e.id,content:e.result}))]}function ps(e,t,n){const i=t.filter(e=>e.content||e.tool_calls?.length);let s=i.length-1;for(;s>0&&"user"!==i[s].role;)s--;const r=n>0&&s>0?i.slice(0,s).slice(-n):[],o=e?[{role:"system",content:e}]:[];for(const e of[...r,...i.slice(Math.max(s,0))])o.push(...us(e));return o}class hs{constructor(e){this.deps=e,this.current={messages:[],busy:!1},this.listeners=new Set,this.decisions=new Map}get state(){return this.current}get conversationId(){return this.deps.conversationId}subscribe(e){return this.listeners.add(e),e(this.current),()=>this.listeners.delete(e)}load(){return this.loaded??=(async()=>{const e=await(this.deps.store?.load(this.deps.conversationId).catch(e=>{this.set({error:{type:"history",message:e instanceof Error?e.message:String(e)}})}));if(!e||this.current.messages.length)return;const t=e.messages.map(e=>"streaming"===e.status?fs({...e,status:"cut"}):fs(e));this.set({messages:t})})(),this.loaded}fail(e,t){this.set({error:{type:"config",message:e,hint:t}})}dismissError(){this.set({error:void 0})}async send(e,t){const n=e.trim();if(!n||this.current.busy)return;await this.load();const i=this.message("user",n,"complete");this.set({messages:[...this.current.messages,i],error:void 0}),await this.run(t)}async retry(e){this.current.busy||"user"!==this.current.messages.at(-1)?.role||(this.set({error:void 0}),await this.run(e))}stop(){this.controller?.abort()}async clear(){this.stop(),this.set({messages:[],error:void 0,announcement:void 0}),await this.persist()}decide(e,t){const n=this.decisions.get(e);n&&(this.decisions.delete(e),n(t))}async run(e){const t=new AbortController;this.controller=t;let n=this.current.messages,i=this.message("assistant","","streaming",e.model);const s=(e,t={})=>{i=e,this.set({...t,messages:[...n,i]})};this.set({busy:!0,messages:[...n,i]}),this.persist();try{const r=await e.systemPrompt();for(let o=0;;o++){const a=(this.deps.stream??es)(e.target,{model:e.model,messages:ps(r,n,e.contextMessages),maxTokens:e.maxTokens,temperature:e.temperature,tools:e.tools?.box.definitions},{...this.deps.clientOptions,signal:t.signal});for await(const e of a)s(...this.fold(i,e));const l=i.tool_calls??[];if(!e.tools||!l.length){s({...i,status:"complete"},{announcement:i.content});break}if(o>=e.tools.maxRounds){const t={type:"tool_rounds",message:ge.toolRounds(e.tools.maxRounds)};s({...i,status:"complete",tool_calls:l.map(e=>({...e,status:"stopped"}))},{error:t});break}for(const n of l)if(await this.runTool(e.tools.box,n.id,()=>i,s,t.signal),t.signal.aborted)throw new ye("aborted");s({...i,status:"complete"}),n=[...n,i],s(this.message("assistant","","streaming",e.model)),this.persist()}}catch(t){const s=t instanceof ye?t:new ye("network"),r=i.tool_calls?.map(e=>"awaiting"!==e.status&&"running"!==e.status&&e.status?e:{...e,status:"stopped"}),o=r?{...i,tool_calls:r}:i,a=o.content||o.reasoning||o.tool_calls?.length;if("aborted"===s.type)this.set({messages:a?[...n,{...o,status:"stopped"}]:n});else{const t={type:s.type,message:gs(s),hint:(e.tools&&ms(s)?ge.toolsUnsupported:s.hint)||void 0};this.set({messages:a?[...n,{...o,status:"cut",error:t}]:n,error:t})}}finally{for(const e of this.decisions.values())e(!1);this.decisions.clear(),this.controller===t&&(this.controller=void 0),this.set({busy:!1,retry:void 0}),await this.persist()}}async runTool(e,t,n,i,s){const r=(e,s)=>{const r=n();i({...r,tool_calls:r.tool_calls?.map(n=>n.id===t?{...n,...e}:n)},s)},o=n().tool_calls?.find(e=>e.id===t);if(!o)return;const a=await e.review(o).catch(()=>{});if(a?.confirm){r({status:"awaiting",confirm:a.confirm,entity_ids:a.entityIds},{announcement:ge.toolNeedsApproval(a.confirm)}),this.persist();const e=await new Promise(e=>{this.decisions.set(t,e),s.addEventListener("abort",()=>e(!1),{once:!0})});if(s.aborted)return;if(!e)return void r({status:"denied",result:JSON.stringify({error:ge.toolDeniedForModel})})}r({status:"running",...a?{entity_ids:a.entityIds}:{}});const l=await e.run(o);r({status:l.ok?"done":"error",result:l.content,entity_ids:l.entityIds.length?l.entityIds:a?.entityIds??[]})}fold(e,t){return"retry"===t.type?[e,{retry:{attempt:t.attempt,delayMs:t.delayMs,reason:t.error.message}}]:[cs(e,t),this.current.retry?{retry:void 0}:{}]}message(e,t,n,i){return{id:this.deps.newId?.()??crypto.randomUUID(),role:e,content:t,status:n,created_at:(this.deps.now?.()??new Date).toISOString(),...i?{model:i}:{}}}async persist(){const e=this.deps.store;if(!e)return;const t=this.current.messages,n=(e=>e.find(e=>"user"===e.role)?.content.slice(0,80))(t);try{await e.save({id:this.deps.conversationId,updated_at:(this.deps.now?.()??new Date).toISOString(),messages:[...t],...n?{title:n}:{}})}catch{}}set(e){this.current={...this.current,...e};for(const e of this.listeners)e(this.current)}}function fs(e){return e.tool_calls?.some(e=>"awaiting"===e.status||"running"===e.status)?{...e,tool_calls:e.tool_calls.map(e=>"awaiting"===e.status||"running"===e.status?{...e,status:"stopped"}:e)}:e}function ms(e){return"bad_request"===e.type&&/tool|function/i.test(`${e.providerMessage??""} ${e.code??""}`)}function gs(e){return e.providerMessage?`${e.message} ${ge.err.provider_says(e.providerMessage)}`:e.message}function ys(e,t){const n=t.provider_id??e.defaults?.provider_id,i=n?e.providers.find(e=>e.id===n):e.providers[0];if(!i)return{ok:!1,message:n?ge.unknownProvider(n):ge.noProvider};const s=e.defaults?.provider_id===i.id?e.defaults.model_id:void 0,r=t.model_id??s??i.models[0]?.model_id;if(!r)return{ok:!1,message:ge.noModel(i.name)};const o=i.models.find(e=>e.model_id===r),a=e.agent??{};return{ok:!0,value:{provider:i,modelId:r,target:{baseUrl:i.base_url,apiKey:"per_model"===i.auth_mode?o?.api_key:i.api_key,timeoutS:i.timeout_s,dialect:i.dialect},promptTemplate:t.prompt_template??a.prompt_template??gi,maxTokens:t.max_tokens??o?.max_tokens??a.max_tokens??yi,temperature:t.temperature??o?.temperature??a.temperature??bi,contextMessages:t.context_messages??a.context_messages??vi,tools:!1!==e.tools?.enabled&&!1!==o?.tools&&!1!==t.tools,maxToolRounds:e.tools?.max_rounds??10,confirm:e.tools?.confirm??[]}}}async function bs(e,t){const n=await e.sendMessagePromise({type:"frontend/get_user_data",key:t});return n?.value??null}async function vs(e,t,n){await e.sendMessagePromise({type:"frontend/set_user_data",key:t,value:n})}const _s="openai_compatible_conversation.history",ks=Wn(["complete","streaming","cut","stopped","error"]),xs=Wn(["awaiting","running","done","error","denied","stopped"]),ws=Un({id:An(),name:An(),arguments:An(),status:Yn(xs),result:Yn(An()),entity_ids:Yn(jn(An())),confirm:Yn(An())}),$s=Un({id:An(),role:Wn(["user","assistant"]),content:An(),reasoning:Yn(An()),tool_calls:Yn(jn(ws)),status:ks,error:Yn(Un({type:An(),message:An(),hint:Yn(An())})),model:Yn(An()),usage:Yn(Un({prompt_tokens:Yn(On()),completion_tokens:Yn(On())})),created_at:An()}),Ss=Un({id:An(),title:Yn(An()),updated_at:An(),messages:jn($s)}),As=Un({version:Kn(1),conversations:jn(Ss)});class Ts extends Error{constructor(e){super(`Stored conversations could not be read (${e.join("; ")}); they are kept as they are.`),this.issues=e,this.type="history_invalid"}}function Es(e){if(null==e)return{version:1,conversations:[]};const t=yt(As,e);if(!t.success)throw new Ts(Ji(t.error));return t.data}class zs{constructor(e,t=256e3){this.conn=e,this.maxChars=t,this.queue=Promise.resolve()}async load(e){return Es(await bs(this.conn,_s)).conversations.find(t=>t.id===e)}save(e){const t=this.queue.then(async()=>{const t=Es(await bs(this.conn,_s)),n=t.conversations.filter(t=>t.id!==e.id),i=function(e,t,n=256e3){const i=e=>JSON.stringify(e).length;if(i(e)<=n)return e;const s=[...e.conversations].sort((e,t)=>e.updated_at.localeCompare(t.updated_at));let r=e.conversations;for(const o of s)if(o.id!==t&&(r=r.filter(e=>e!==o),i({...e,conversations:r})<=n))return{...e,conversations:r};const o=r.find(e=>e.id===t);if(!o)return{...e,conversations:r};let a=o.messages;for(;a.length>1&&i({...e,conversations:[{...o,messages:a}]})>n;)a=a.slice(1);return{...e,conversations:[{...o,messages:a}]}}({...t,conversations:[...n,e]},e.id,this.maxChars);await vs(this.conn,_s,i)});return this.queue=t.catch(()=>{}),t}}const Os=new WeakMap;function Ps(e){let t=Os.get(e);return t||Os.set(e,t=new zs(e)),t}function Rs(e){return e&&"object"==typeof e&&"code"in e?String(e.code):void 0}function Cs(e){return e instanceof Error?e.message:String(e&&"object"==typeof e&&"message"in e?e.message:e)}const Ms=e=>"object"==typeof e&&null!==e&&!Array.isArray(e),Ls=e=>Array.isArray(e)?e.map(e=>"string"==typeof e?{model_id:e}:e):[];const Is={0:function(e){const{name:t,base_url:n,api_key:i,auth_mode:s,timeout:r,timeout_s:o,models:a,...l}=e,c=Array.isArray(e.providers)?e.providers.map(e=>Ms(e)?{...e,models:Ls(e.models),id:e.id??Ti(String(e.name))}:e):"string"==typeof n?[{id:Ti(String(t??"provider")),name:String(t??"Provider"),base_url:Ei(n),auth_mode:s??"global",..."string"==typeof i&&i?{api_key:i}:{},..."number"==typeof(o??r)?{timeout_s:o??r}:{},models:Ls(a)}]:[],{providers:d,...u}=l;return{...u,version:1,providers:c}}};function Ns(e){if(!Ms(e))return{ok:!0,value:e};const t=void 0===e.version?0:e.version;if("number"!=typeof t||!Number.isInteger(t)||t<0)return{ok:!0,value:e};if(t>1)return{ok:!1,issue:`written by a newer version of this card (settings version ${t}); update the card — the document is kept as it is`};let n=e;for(let e=t;e<1;e++){const t=Is[e];if(!t)return{ok:!1,issue:`no upgrade from settings version ${e}`};n=t(n)}return{ok:!0,value:n,from:t<1?t:void 0}}const js=`${fi}.backup`;class Ds extends Error{constructor(e){super(`The stored settings do not validate (${e.join("; ")}); they were not overwritten.`),this.issues=e,this.type="settings_invalid"}}function Us(e){if(null==e)return{status:"ready",settings:{version:1,providers:[]},stored:!1};const t=Ns(e);if(!t.ok)return{status:"invalid",raw:e,issues:[t.issue]};const n=yt(Ai,t.value);return n.success?{status:"ready",settings:n.data,stored:!0,migratedFrom:t.from}:{status:"invalid",raw:e,issues:Ji(n.error)}}class Bs{constructor(e){this.conn=e,this.state={status:"loading"},this.listeners=new Set}get current(){return this.state}subscribe(e){return this.listeners.add(e),e(this.state),this.session??=this.start(),()=>{this.listeners.delete(e),0===this.listeners.size&&this.stop()}}async save(e,t={}){const n=yt(Ai,e);if(!n.success)throw new Yi("Settings",Ji(n.error));const i=await bs(this.conn,fi),s=Us(i);if("invalid"===s.status){if(!t.replaceInvalid)throw new Ds(s.issues);await vs(this.conn,js,s.raw)}return"ready"===s.status&&void 0!==s.migratedFrom&&await vs(this.conn,js,i),await vs(this.conn,fi,n.data),this.set({status:"ready",settings:n.data,stored:!0}),n.data}async update(e){const t=Us(await bs(this.conn,fi));if("invalid"===t.status)throw new Ds(t.issues);if("ready"!==t.status)throw new Error("settings are not available");return this.save(e(t.settings))}set(e){this.state=e;for(const t of this.listeners)t(e)}receive(e){const t=Us(e);this.set(t),"ready"===t.status&&void 0!==t.migratedFrom&&this.save(t.settings).catch(()=>{})}async start(){try{return await(e=this.conn,t=fi,n=e=>this.receive(e),e.subscribeMessage(e=>n(e?.value??null),{type:"frontend/subscribe_user_data",key:t}))}catch(e){if("unknown_command"!==Rs(e))return void this.set({status:"error",message:Cs(e)})}var e,t,n;try{this.receive(await bs(this.conn,fi))}catch(e){this.set({status:"error",message:Cs(e)})}}stop(){const e=this.session;this.session=void 0,this.state={status:"loading"},e?.then(e=>e?.().catch(()=>{}))}}const Hs=new WeakMap;function Fs(e){let t=Hs.get(e);return t||Hs.set(e,t=new Bs(e)),t}const qs=new Set(["climate","cover","fan","humidifier","light","media_player","scene","switch","todo","vacuum","water_heater"]),Zs=new Set(["door","garage_door","lock","motion","opening","presence","window"]),Ws=new Set(["aqi","carbon_monoxide","carbon_dioxide","humidity","pm10","pm25","temperature","volatile_organic_compounds"]);function Gs(e,t){if(t?.entity_category||t?.hidden_by)return!1;const n=e.entity_id.split(".")[0];if(qs.has(n))return!0;const i=String(e.attributes.device_class??"");return"binary_sensor"===n?Zs.has(i):"sensor"===n&&Ws.has(i)}const Ks=(e,t)=>e.sendMessagePromise(t);async function Vs(e,t){try{return await Ks(e,t)}catch(e){if(["unauthorized","unknown_command"].includes(Rs(e)??""))return;throw e}}const Ys=e=>e.trim().toLowerCase();function Js(e,t){const n=Ys(t);return Ys(e.area_id)===n||Ys(e.name)===n||e.aliases.some(e=>Ys(e)===n)}const Qs={list:"list_entities",get:"get_entity",call:"call_service",areas:"list_areas",history:"get_history"},Xs=(e,t,n,i=[])=>({type:"function",function:{name:e,description:t,parameters:{type:"object",properties:n,required:i,additionalProperties:!1}}}),er=e=>({anyOf:[{type:"string"},{type:"array",items:{type:"string"}}],description:e}),tr=[Xs(Qs.list,"List the Home Assistant entities you may see and control, with name, area and current state. Filter by domain (light, switch, lock, cover, climate, sensor, ...), area, or part of the name.",{domain:{type:"string",description:'Only this domain, e.g. "light".'},area:{type:"string",description:"Only this area (its name or id)."},name:{type:"string",description:"Only entities whose name or id contains this text."}}),Xs(Qs.get,"Read one entity: its state, all attributes, and when it last changed.",{entity_id:{type:"string",description:'e.g. "lock.front_door".'}},["entity_id"]),Xs(Qs.call,'Call a Home Assistant service (an action) on entities you may control, e.g. domain "light", service "turn_on", entity_id "light.kitchen", data {"brightness_pct": 50}. Target entities by entity_id, or every entity of the service domain in an area by area. Returns the new states.',{domain:{type:"string",description:'Service domain, e.g. "light".'},service:{type:"string",description:'Service name, e.g. "turn_on".'},entity_id:er("Target entity id or ids."),area:er("Target area name(s) or id(s), instead of entity ids."),data:{type:"object",description:'Service data, e.g. {"temperature": 21}. No targets here.'}},["domain","service"]),Xs(Qs.areas,"List the areas of the home and how many entities you may see in each.",{}),Xs(Qs.history,"The state changes of one entity over the last hours (default 24, at most 168).",{entity_id:{type:"string"},hours:{type:"number",description:"How far back, in hours."}},["entity_id"])],nr=["device_class","unit_of_measurement","brightness","color_mode","current_temperature","temperature","target_temp_low","target_temp_high","hvac_action","current_position","percentage","media_title","volume_level","battery_level"],ir=["entity_id","area_id","device_id","floor_id","label_id"];class sr extends Error{}function rr(e,t){let n;try{n=t.trim()?JSON.parse(t):{}}catch{throw new sr(`The arguments are not valid JSON: ${t.slice(0,200)}`)}const i=yt(e,n);if(!i.success)throw new sr(`Invalid arguments: ${Ji(i.error).join("; ")}`);return i.data}const or=e=>void 0===e?[]:Array.isArray(e)?e:[e];function ar(e){const t={};for(const n of nr)void 0!==e.state.attributes[n]&&null!==e.state.attributes[n]&&(t[n]=e.state.attributes[n]);return{entity_id:e.entity_id,name:e.name,...e.area?{area:e.area}:{},state:e.state.state,...Object.keys(t).length?{attributes:t}:{}}}class lr{constructor(e,t={}){this.conn=e,this.options=t,this.definitions=tr}async home(){return function(e,t){if(!t)return e;const{entities:n,areas:i,domains:s}=t,r=e.entities.filter(t=>(!n?.length||n.includes(t.entity_id))&&(!s?.length||s.includes(t.domain))&&(!i?.length||i.some(n=>e.areas.some(e=>e.area_id===t.area_id&&Js(e,n)))));return{...e,entities:r}}(await async function(e,t){const n=t?Object.values(t):await Ks(e,{type:"get_states"}),i=n.map(e=>e.entity_id),[s,r,o,a,l]=await Promise.all([i.length?Ks(e,{type:"config/entity_registry/get_entries",entity_ids:i}):Promise.resolve({}),Ks(e,{type:"config/device_registry/list"}),Ks(e,{type:"config/area_registry/list"}),Vs(e,{type:"homeassistant/expose_entity/list"}),Vs(e,{type:"homeassistant/expose_new_entities/get",assistant:"conversation"})]),c=new Map(r.map(e=>[e.id,e.area_id??void 0])),d=o.map(e=>({area_id:e.area_id,name:e.name,aliases:e.aliases??[]})),u=new Map(d.map(e=>[e.area_id,e.name])),p=l?.expose_new??!0,h=[];for(const e of n){const t=s[e.entity_id];if(!(t?t.options?.conversation?.should_expose??(p&&Gs(e,t)):!0===a?.exposed_entities[e.entity_id]?.conversation))continue;const n=t?.area_id??(t?.device_id?c.get(t.device_id):void 0);h.push({entity_id:e.entity_id,domain:e.entity_id.split(".")[0],name:String(e.attributes.friendly_name??t?.name??t?.original_name??e.entity_id),area_id:n??void 0,area:n?u.get(n):void 0,state:e})}return{entities:h,areas:d,source:a?"assist":"assist-registry",allIds:new Set(i)}}(this.conn,this.options.states?.()),this.options.scope)}async overview(){const e=await this.home(),{entities:t}=e;if(!t.length)return"No entities are exposed to you. Tell the user to expose entities to Assist in Home Assistant (Settings → Voice assistants → Expose).";if(t.length<=60){const e=t.map(e=>`- ${e.entity_id} "${e.name}"${e.area?` (${e.area})`:""}: ${e.state.state}`);return`Entities you may see and control (call list_entities or get_entity for details):\n${e.join("\n")}`}const n=new Map;for(const e of t)n.set(e.domain,(n.get(e.domain)??0)+1);const i=[...n].map(([e,t])=>`${e} ${t}`).join(", "),s=e.areas.map(e=>e.name).join(", ");return`This home has ${t.length} entities in your scope (${i})${s?` in these areas: ${s}`:""}. Use list_entities to find the ones you need before acting; never guess an entity id.`}async review(e){if(e.name!==Qs.call){const t=/"entity_id"\s*:\s*"([^"]+)"/.exec(e.arguments)?.[1];return{entityIds:t?[t]:[]}}const t=rr(ai,e.arguments),n=await this.home(),i=this.targets(n,t),s=i.filter(e=>this.sensitive(e,t.domain));return{entityIds:i.map(e=>e.entity_id),confirm:s.length?`${t.domain}.${t.service} on ${s.map(e=>e.name).join(", ")}`:void 0}}async run(e){try{return await this.dispatch(e)}catch(e){const t=e instanceof sr?e.message:`Home Assistant said: ${Cs(e)}`;return{content:JSON.stringify({error:t}),ok:!1,entityIds:[]}}}async dispatch(e){const t=(e,t=[])=>({content:JSON.stringify(e),ok:!0,entityIds:t});switch(e.name){case Qs.list:{const n=rr(ri,e.arguments),i=await this.home(),s=n.name?.trim().toLowerCase(),r=i.entities.filter(e=>(!n.domain||e.domain===n.domain.trim().toLowerCase())&&(!n.area||i.areas.some(t=>t.area_id===e.area_id&&Js(t,n.area)))&&(!s||e.name.toLowerCase().includes(s)||e.entity_id.includes(s)));return t({count:r.length,entities:r.slice(0,150).map(ar),...r.length>150?{note:"Only the first 150: filter by domain, area or name."}:{}})}case Qs.get:{const n=rr(oi,e.arguments),i=this.inScope(await this.home(),n.entity_id);return t({...ar(i),attributes:i.state.attributes,last_changed:i.state.last_changed},[i.entity_id])}case Qs.areas:{rr(ci,e.arguments);const n=await this.home();return t(n.areas.map(e=>({area_id:e.area_id,name:e.name,entities:n.entities.filter(t=>t.area_id===e.area_id).length})))}case Qs.history:return this.history(e);case Qs.call:return this.callService(rr(ai,e.arguments));default:throw new sr(`There is no tool "${e.name}". The tools are: ${Object.values(Qs).join(", ")}.`)}}inScope(e,t){const n=t.trim().toLowerCase(),i=e.entities.find(e=>e.entity_id===n);if(i)return i;throw new sr(e.allIds.has(n)?`${n} is not exposed to you: you may not read or control it. Tell the user it is outside your scope.`:`There is no entity ${n} in your scope. Call list_entities to find the right id.`)}targets(e,t){const n=or(t.entity_id).map(t=>this.inScope(e,t)),i=[];for(const n of or(t.area)){const s=e.areas.find(e=>Js(e,n));if(!s)throw new sr(`There is no area "${n}". Call list_areas.`);const r=e.entities.filter(e=>e.area_id===s.area_id&&("homeassistant"===t.domain||e.domain===t.domain));if(!r.length)throw new sr(`No ${t.domain} entity in ${s.name} is in your scope.`);i.push(...r)}const s=[...n,...i];return s.filter((e,t)=>s.findIndex(t=>t.entity_id===e.entity_id)===t)}sensitive(e,t){const n=this.options.confirm??[];return!!pi.includes(e.domain)||(!!pi.includes(t)||(!("cover"!==e.domain||!hi.includes(String(e.state.attributes.device_class??"")))||(n.includes(e.domain)||n.includes(e.entity_id)||n.includes(t))))}async callService(e){const t=e.data??{},n=ir.find(e=>e in t);if(n)throw new sr(`Put targets in entity_id or area, not in data.${n}.`);const i=await this.home(),s=this.targets(i,e);if(!s.length)throw new sr("Name the entities to act on (entity_id or area): only services on entities in your scope can be called.");const r=e.domain.trim().toLowerCase(),o=e.service.trim().toLowerCase(),a=await this.conn.sendMessagePromise({type:"get_services"}),l=a[r]?.[o];if(!l){const e=Object.keys(a[r]??{});throw new sr(e.length?`${r} has no service "${o}". Its services: ${e.join(", ")}.`:`There is no service domain "${r}".`)}const c=s.map(e=>e.entity_id),d=await this.conn.sendMessagePromise({type:"call_service",domain:r,service:o,service_data:t,target:{entity_id:c},...l.response?{return_response:!0}:{}});await new Promise(e=>setTimeout(e,this.options.settleMs??300));const u=await this.home(),p=Object.fromEntries(c.map(e=>[e,u.entities.find(t=>t.entity_id===e)?.state.state??"unknown"]));return{content:JSON.stringify({success:!0,states:p,...void 0!==d?.response?{response:d.response}:{}}),ok:!0,entityIds:c}}async history(e){const t=rr(li,e.arguments),n=this.inScope(await this.home(),t.entity_id),i=new Date(Date.now()-36e5*(t.hours??24)),s=((await this.conn.sendMessagePromise({type:"history/history_during_period",start_time:i.toISOString(),entity_ids:[n.entity_id],minimal_response:!0,no_attributes:!0,significant_changes_only:!1}))[n.entity_id]??[]).map(e=>({state:e.s,at:new Date(1e3*(e.lc??e.lu??0)).toISOString()}));return{content:JSON.stringify({entity_id:n.entity_id,changes:s.slice(-100),...s.length>100?{note:`The last 100 of ${s.length} changes.`}:{}}),ok:!0,entityIds:[n.entity_id]}}}class cr{constructor(e){this.host=e,this.settings={status:"loading"},this.state={messages:[],busy:!1},this.inputs={connection:void 0,config:{},conversationId:""},this.frame=0,this.connected=!1,e.addController(this)}set(e){const t=this.inputs;this.inputs=e,t.connection!==e.connection||t.conversationId!==e.conversationId?this.reconnect():t.config!==e.config&&this.host.requestUpdate()}setStates(e){const t=this.states;if(this.states=e,!t||!e||t===e)return;const n=this.state.messages.flatMap(e=>(e.tool_calls??[]).flatMap(e=>e.entity_ids??[]));n.some(n=>t[n]!==e[n])&&this.host.requestUpdate()}get liveStates(){return this.states}decide(e,t){this.session?.decide(e,t)}hostConnected(){this.connected=!0,this.reconnect()}hostDisconnected(){this.connected=!1,this.teardown()}get blocker(){const e=this.settings;if("loading"===e.status)return;if("error"===e.status)return{message:e.message};if("invalid"===e.status)return{message:ge.settingsInvalid(e.issues.slice(0,3).join("; "))};const t=ys(e.settings,this.inputs.config);return t.ok?void 0:{message:t.message}}get model(){if("ready"!==this.settings.status)return;const e=ys(this.settings.settings,this.inputs.config);return e.ok?e.value:void 0}send(e){const t=this.turn();t&&this.session?.send(e,t)}retry(){const e=this.turn();e&&this.session?.retry(e)}stop(){this.session?.stop()}clear(){this.session?.clear()}dismiss(){this.session?.dismissError()}turn(){const e=this.model,t=this.inputs.connection;if(!e||!t)return void this.session?.fail(this.blocker?.message??ge.settingsLoading);const n=e.tools?new lr(t,{scope:this.inputs.config.scope,confirm:e.confirm,states:()=>this.states}):void 0;return{target:e.target,model:e.modelId,maxTokens:e.maxTokens,temperature:e.temperature,contextMessages:e.contextMessages,tools:n?{box:n,maxRounds:e.maxToolRounds}:void 0,systemPrompt:()=>async function(e,t,n,i){let s=t;if(/\{[{%#]/.test(t))try{s=await function(e,t,n=5e3){return new Promise((i,s)=>{let r,o=!1;const a=e=>{o||(o=!0,clearTimeout(l),e(),r?.().catch(()=>{}))},l=setTimeout(()=>a(()=>s(new Error("template rendering timed out"))),n);e.subscribeMessage(e=>a(()=>void 0!==e.error?s(new Error(e.error)):i(String(e.result??""))),{type:"render_template",template:t,strict:!1,report_errors:!0},{resubscribe:!1}).then(e=>{r=e,o&&e().catch(()=>{})},e=>a(()=>s(e)))})}(e,t)}catch{s=t}if(!n)return s;const r=await n.overview().catch(()=>ge.homeUnavailable);return[s,"",`${i?`You are talking with ${i}. `:""}It is ${(new Date).toString()}.`,"You can read and control the home with the tools. Act only when asked; say what you did.",r].join("\n")}(t,e.promptTemplate,n,this.inputs.userName)}}reconnect(){this.teardown();const{connection:e,conversationId:t}=this.inputs;if(!this.connected||!e)return;this.unsubscribeSettings=Fs(e).subscribe(e=>{this.settings=e,this.host.requestUpdate()});const n=new hs({conversationId:t,store:Ps(e)});this.session=n,this.unsubscribeSession=n.subscribe(e=>{this.state=e,this.scheduleUpdate()}),n.load()}teardown(){this.unsubscribeSettings?.(),this.unsubscribeSession?.(),this.unsubscribeSettings=this.unsubscribeSession=void 0,this.session?.stop(),this.session=void 0,cancelAnimationFrame(this.frame),this.frame=0}scheduleUpdate(){this.frame||(this.frame=requestAnimationFrame(()=>{this.frame=0,this.host.requestUpdate()}))}}function dr(e){return H`<oacc-chat-view
    .state=${e.state}
    .blocker=${e.blocker}
    @oacc-send=${t=>e.send(t.detail.text)}
    @oacc-stop=${()=>e.stop()}
    @oacc-retry=${()=>e.retry()}
    @oacc-dismiss=${()=>e.dismiss()}
    @oacc-decide=${t=>e.decide(t.detail.id,t.detail.approve)}
    .states=${e.liveStates}
  ></oacc-chat-view>`}const ur=r`
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
`,pr=r`
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
`,hr="M2,21L23,12L2,3V10L17,12L2,14V21Z",fr="M18,18H6V6H18V18Z",mr="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",gr="M13,13H11V7H13M13,17H11V15H13M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2Z",yr="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",br="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",vr="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",_r="M12,15.5A3.5,3.5 0 0,1 8.5,12A3.5,3.5 0 0,1 12,8.5A3.5,3.5 0 0,1 15.5,12A3.5,3.5 0 0,1 12,15.5M19.43,12.97C19.47,12.65 19.5,12.33 19.5,12C19.5,11.67 19.47,11.34 19.43,11L21.54,9.37C21.73,9.22 21.78,8.95 21.66,8.73L19.66,5.27C19.54,5.05 19.27,4.96 19.05,5.05L16.56,6.05C16.04,5.66 15.5,5.32 14.87,5.07L14.5,2.42C14.46,2.18 14.25,2 14,2H10C9.75,2 9.54,2.18 9.5,2.42L9.13,5.07C8.5,5.32 7.96,5.66 7.44,6.05L4.95,5.05C4.73,4.96 4.46,5.05 4.34,5.27L2.34,8.73C2.21,8.95 2.27,9.22 2.46,9.37L4.57,11C4.53,11.34 4.5,11.67 4.5,12C4.5,12.33 4.53,12.65 4.57,12.97L2.46,14.63C2.27,14.78 2.21,15.05 2.34,15.27L4.34,18.73C4.46,18.95 4.73,19.03 4.95,18.95L7.44,17.94C7.96,18.34 8.5,18.68 9.13,18.93L9.5,21.58C9.54,21.82 9.75,22 10,22H14C14.25,22 14.46,21.82 14.5,21.58L14.87,18.93C15.5,18.67 16.04,18.34 16.56,17.94L19.05,18.95C19.27,19.03 19.54,18.95 19.66,18.73L21.66,15.27C21.78,15.05 21.73,14.78 21.54,14.63L19.43,12.97Z",kr="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z",xr="openai-compatible-conversation-card",wr=["api_key","apikey","key","token","authorization","password","bearer"],$r=Un({type:An(),title:Yn(An()),provider_id:Yn(An()),model_id:Yn(An()),prompt_template:Yn(An()),max_tokens:Yn(Rn().check(kn())),temperature:Yn(On().check(_n(0),vn(2))),context_messages:Yn(Rn().check(_n(0))),tools:Yn(Mn()),scope:Yn(di)});function Sr(e){if(e&&"object"==typeof e){const t=Object.keys(e).find(e=>wr.includes(e.toLowerCase()));if(t)throw new Yi("Card configuration",[`"${t}" does not belong in a card: every user who can open this dashboard can read its configuration. Remove it and add the key in the AI Chat settings, which keep it in your own Home Assistant user data.`])}const t=yt($r,e);if(!t.success)throw new Yi("Card configuration",Ji(t.error));return t.data}var Ar=Object.defineProperty;class Tr extends oe{constructor(){super(...arguments),this.config={type:`custom:${xr}`},this.chat=new cr(this)}static getConfigElement(){return document.createElement("openai-compatible-conversation-card-editor")}static getStubConfig(){return{}}set hass(e){const t=this._hass;this._hass=e,t?.connection===e.connection&&t?.user?.id===e.user?.id||this.updateChat(),this.chat.setStates(e.states)}get hass(){return this._hass}setConfig(e){this.config=Sr(e),this.updateChat()}getCardSize(){return 8}getGridOptions(){return{columns:12,rows:8,min_columns:4,min_rows:4}}updateChat(){this.chat.set({connection:this._hass?.connection,config:this.config,conversationId:`card:${location.pathname}:${this.config.title??""}`,userName:this._hass?.user?.name})}render(){const e=this.config.title;return H`<ha-card>
      <div class="header">
        ${e?H`<h2 class="title">${e}</h2>`:H`<span></span>`}
        ${this.chat.state.messages.length?H`<button
                class="icon-button"
                aria-label=${ge.clear}
                title=${ge.clear}
                @click=${()=>this.chat.clear()}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${mr}></path></svg>
              </button>`:q}
      </div>
      ${dr(this.chat)}
    </ha-card>`}static{this.styles=[ur,r`
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
    `]}}function Er(e,t,n){e.dispatchEvent(new CustomEvent(t,{detail:n,bubbles:!0,composed:!0}))}((e,t,n)=>{for(var i,s=void 0,r=e.length-1;r>=0;r--)(i=e[r])&&(s=i(t,n,s)||s);s&&Ar(t,n,s)})([ue()],Tr.prototype,"config");const zr=/embed|whisper|tts|speech|audio-|moderation|dall-e|image|rerank|transcribe/i;function Or(e,t){const n=e.capabilities;if(n&&"boolean"==typeof n.completion_chat)return n.completion_chat;if(e.type)return"chat"===e.type||"language"===e.type;const i=e.architecture;return Array.isArray(i?.output_modalities)?i.output_modalities.includes("text"):!zr.test(t)}function Pr(e){if(Array.isArray(e))return e;const t=e;return t.data??t.models??[]}function Rr(e){if(Array.isArray(e))return;const t=e;return t.has_more?t.last_id??void 0:void 0}async function Cr(e,t={}){const n=new Map;let i;for(let s=0;s<20;s++){const s=i?`/models?after_id=${encodeURIComponent(i)}`:"/models",r=Ii(e,s,t),o=new Li(1e3*r.timeoutS,t.signal);let a,l;try{const t=await Ni(r,{headers:Ci(r.dialect,e.apiKey,!1)},o);a=await t.json().catch(()=>{throw new ye("malformed",{url:e.baseUrl})})}catch(e){throw o.classifyAbort(r.timeoutS,t.signal)??e}finally{o.dispose()}try{l=Qi(Vi,a,"model list")}catch(t){if(t instanceof Yi)throw new ye("malformed",{url:e.baseUrl,providerMessage:t.issues[0]});throw t}const c=Pr(l);for(const e of c){const t=e.id??e.model??e.name;t&&!n.has(t)&&n.set(t,{id:t,label:t.replace(/^models\//,""),chat:Or(e,t)})}const d=Rr(l);if(!d)break;i=d}return[...n.values()]}const Mr=["address","reach","cors","key","models","completion"],Lr=ge.diagnose,Ir=e=>e.providerMessage?` ${ge.err.provider_says(e.providerMessage)}`:"";var Nr=Object.defineProperty,jr=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&Nr(t,n,r),r};function Dr(e){return{name:e?.name??"",base_url:e?.base_url??"",auth_mode:e?.auth_mode??"global",api_key:"",clear_key:!1,timeout_s:e?.timeout_s?String(e.timeout_s):"",dialect:e?.dialect,models:e?structuredClone(e.models):[],model_keys:{},cache:e?.model_cache}}const Ur=e=>e.target.value,Br=e=>e.target.checked,Hr=e=>{const t=Number(e);return""===e.trim()||Number.isNaN(t)?void 0:t};function Fr(e){return e instanceof ye?[e.message,e.providerMessage&&ge.err.provider_says(e.providerMessage),e.hint].filter(Boolean).join(" "):e instanceof Yi||e instanceof Error?e.message:String(e)}class qr extends oe{constructor(){super(...arguments),this.takenIds=[],this.draft=Dr(void 0),this.filter="",this.typed="",this.busy=!1,this.error="",this.testing=!1}willUpdate(e){e.has("provider")&&(this.draft=Dr(this.provider),this.listed=void 0,this.error="",this.diagnosis=void 0)}disconnectedCallback(){super.disconnectedCallback(),this.testRun?.abort()}render(){const e=this.draft,t=Boolean(this.provider),n=Boolean(this.provider?.api_key)&&!e.clear_key;return H`<fieldset class="provider-form">
      <legend>
        ${t?ge.settings.editProvider(this.provider.name):ge.settings.addProvider}
      </legend>
      <label
        >Name<input
          .value=${e.name}
          placeholder="LiteLLM"
          @input=${e=>this.edit({name:Ur(e)})}
      /></label>
      <label
        >Base URL<input
          .value=${e.base_url}
          placeholder="http://192.168.1.10:4000/v1"
          inputmode="url"
          @input=${e=>this.edit({base_url:Ur(e)})}
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
                  @input=${e=>this.edit({api_key:Ur(e)})}
              /></label>
              ${this.provider?.api_key?H`<label class="check"
                      ><input
                        type="checkbox"
                        .checked=${e.clear_key}
                        @change=${e=>this.edit({clear_key:Br(e),api_key:""})}
                      />${ge.settings.removeKey}</label
                    >`:q}`:q}
      <label
        >${ge.settings.timeout}<input
          type="number"
          min="1"
          step="1"
          .value=${e.timeout_s}
          placeholder=${String(30)}
          @input=${e=>this.edit({timeout_s:Ur(e)})}
      /></label>
      <label
        >${ge.settings.server}
        <select
          @change=${e=>this.edit({dialect:e.target.value||void 0})}
        >
          <option value="" ?selected=${!e.dialect}>
            ${ge.settings.serverAuto(ge.dialects[Se(e.base_url).id])}
          </option>
          ${_i.map(t=>H`<option value=${t} ?selected=${e.dialect===t}>
                ${ge.dialects[t]}
              </option>`)}
        </select>
      </label>
      ${this.renderDiscovery()} ${this.renderChosen()}
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:q}
      ${this.renderDiagnosis()}
      <div class="row end">
        <button
          class="text-button test"
          ?disabled=${this.testing||!e.base_url.trim()}
          @click=${this.test}
        >
          ${this.testing?ge.diagnose.running:ge.diagnose.button}
        </button>
        <button class="text-button" @click=${()=>Er(this,"oacc-provider-cancel",void 0)}>
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
    </fieldset>`}renderDiagnosis(){if(!this.diagnosis)return q;const e={ok:"✓",warn:"!",fail:"✗",skipped:"–"};return H`<ol class="diagnosis" aria-label=${ge.diagnose.button} aria-live="polite">
      ${this.diagnosis.map(t=>H`<li class=${t.status}>
            <span class="mark" aria-hidden="true">${e[t.status]}</span>
            <div>
              <strong>${t.title}</strong>
              <span class="visually-hidden">${ge.diagnose.status[t.status]}</span>
              <div>${t.detail}</div>
              ${t.fix?H`<div class="fix">${t.fix}</div>`:q}
            </div>
          </li>`)}
    </ol>`}async test(){this.testRun?.abort();const e=new AbortController;this.testRun=e,this.testing=!0,this.diagnosis=[];const t=this.draft.models[0]?.model_id??(this.typed.trim()||void 0),n=this.target();"per_model"===this.draft.auth_mode&&t&&(n.apiKey=this.draft.model_keys[t]||this.provider?.models.find(e=>e.model_id===t)?.api_key);try{for await(const i of async function*(e,t={}){const n=[...Mr],i=(e,t,i,s)=>(n.splice(n.indexOf(e),1),{id:e,status:t,title:Lr.titles[e],detail:i,...s?{fix:s}:{}}),s=function*(){for(const e of[...n])yield i(e,"skipped",Lr.skipped)};let r;try{if(r=new URL(e.baseUrl),!/^https?:$/.test(r.protocol))throw new TypeError("protocol")}catch{return yield i("address","fail",Lr.badUrl(e.baseUrl),Lr.badUrlFix),yield*s()}const o=Ii(e,"/models",t);if(Ri(o.url,o.pageUrl))return yield i("address","fail",ge.err.mixed_content(e.baseUrl),ge.err.mixed_content_fix),yield*s();yield i("address","ok",Lr.addressOk(r.host));const a=t.fetch??globalThis.fetch.bind(globalThis),l=new AbortController,c=setTimeout(()=>l.abort(),1e3*Math.min(o.timeoutS,10)),d=()=>l.abort();t.signal?.addEventListener("abort",d,{once:!0});try{await a(o.url,{mode:"no-cors",credentials:"omit",signal:l.signal}),yield i("reach","ok",Lr.reachOk(r.host))}catch{if(t.signal?.aborted)return;return yield i("reach","fail",ge.err.network(e.baseUrl),ge.err.network_fix),yield*s()}finally{clearTimeout(c),t.signal?.removeEventListener("abort",d)}let u;try{const n=await Cr(e,t);yield i("cors","ok",Lr.corsOk),yield i("key","ok",e.apiKey?Lr.keyOk:Lr.noKeyOk),t.model&&n.length&&!n.some(e=>e.id===t.model)?yield i("models","warn",Lr.modelNotListed(n.length,t.model),Lr.modelNotListedFix):yield i("models","ok",Lr.modelsOk(n.length))}catch(t){const n=t instanceof ye?t:new ye("network");if("aborted"===n.type)return;if("cors"===n.type)return yield i("cors","fail",ge.err.cors(e.baseUrl),o.dialect.corsFix),yield*s();if("network"===n.type||"private_network"===n.type||"mixed_content"===n.type)return yield i("cors","fail",`${n.message}`,n.hint),yield*s();if(yield i("cors","ok",Lr.corsOk),"auth"===n.type)return yield i("key","fail",`${n.message}${Ir(n)}`,n.hint),yield*s();if(yield i("key","ok",e.apiKey?Lr.keyOk:Lr.noKeyOk),"not_found"!==n.type)return yield i("models","fail",`${n.message}${Ir(n)}`,n.hint),yield*s();u=n}if(!t.model)return u?(yield i("models","fail",`${u.message}${Ir(u)}`,Lr.v1Fix),yield*s()):void(yield i("completion","skipped",Lr.noModel));const p=Ii(e,"/chat/completions",t),h=new Li(1e3*p.timeoutS,t.signal);try{const n=Xi(p,{model:t.model,messages:[{role:"user",content:"Reply with OK."}],maxTokens:1},!1),s=await Ni(p,{method:"POST",headers:Ci(p.dialect,e.apiKey,!0),body:JSON.stringify(n)},h);await s.text(),u&&(yield i("models","warn",Lr.noModelList,Lr.noModelListFix)),yield i("completion","ok",Lr.completionOk(t.model))}catch(e){const n=h.classifyAbort(p.timeoutS,t.signal)??(e instanceof ye?e:new ye("network"));if("aborted"===n.type)return;if(u)return yield i("models","fail",`${u.message}${Ir(u)}`,Lr.v1Fix),yield*s();const r="not_found"===n.type||"bad_request"===n.type&&/model/i.test(`${n.providerMessage??""} ${n.code??""}`);yield i("completion","fail",r?`${Lr.unknownModel(t.model)}${Ir(n)}`:`${n.message}${Ir(n)}`,r?Lr.unknownModelFix:n.hint)}finally{h.dispose()}}(n,{model:t,signal:e.signal,maxRetries:0})){if(e.signal.aborted)return;this.diagnosis=[...this.diagnosis??[],i]}}finally{this.testRun===e&&(this.testing=!1)}}renderDiscovery(){const e=this.draft,t=this.listed??e.cache?.ids.map(e=>({id:e,label:e,chat:!0})),n=this.filter.trim().toLowerCase(),i=(t??[]).filter(e=>(!this.listed||e.chat)&&e.label.toLowerCase().includes(n)),s=new Set(e.models.map(e=>e.model_id));return H`<div class="row">
        <button class="text-button" ?disabled=${!e.base_url||this.busy} @click=${this.loadModels}>
          ${e.cache?"Reload models":"Load models"}
        </button>
        <label class="grow"
          >Or type a model id
          <input
            .value=${this.typed}
            placeholder="gpt-4o-mini"
            @input=${e=>this.typed=Ur(e)}
            @keydown=${e=>"Enter"===e.key&&this.addTyped()}
        /></label>
        <button class="text-button" ?disabled=${!this.typed.trim()} @click=${this.addTyped}>
          ${ge.settings.addModel}
        </button>
      </div>
      ${e.cache?H`<p class="muted">
              ${ge.settings.modelsFetched(e.cache.ids.length,function(e,t=Date.now()){const n=Math.round((Date.parse(e)-t)/1e3),i=new Intl.RelativeTimeFormat(void 0,{numeric:"auto"}),s=[["day",86400],["hour",3600],["minute",60]];for(const[e,t]of s)if(Math.abs(n)>=t)return i.format(Math.round(n/t),e);return i.format(n,"second")}(e.cache.fetched_at))}
            </p>`:q}
      ${t?H`<label
                >Search models<input
                  type="search"
                  .value=${this.filter}
                  @input=${e=>this.filter=Ur(e)}
              /></label>
              <div class="models" role="group" aria-label="Models">
                ${0===i.length?H`<span class="muted">No models match.</span>`:q}
                ${i.slice(0,200).map(e=>H`<label class="check"
                        ><input
                          type="checkbox"
                          .checked=${s.has(e.id)}
                          @change=${t=>this.toggle(e.id,Br(t))}
                        />${e.label}</label
                      >`)}
                ${i.length>200?H`<span class="muted"
                        >${i.length-200} more: narrow the search.</span
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
                @change=${e=>this.editModel(t.model_id,{display_name:Ur(e)||void 0})}
            /></label>
            <label
              >Max tokens<input
                type="number"
                min="1"
                .value=${t.max_tokens?.toString()??""}
                @change=${e=>this.editModel(t.model_id,{max_tokens:Hr(Ur(e))})}
            /></label>
            <label
              >Temperature<input
                type="number"
                min="0"
                max="2"
                step="0.1"
                .value=${t.temperature?.toString()??""}
                @change=${e=>this.editModel(t.model_id,{temperature:Hr(Ur(e))})}
            /></label>
          </div>
          ${"per_model"===e.auth_mode?H`<label
                  >${ge.settings.modelKey(t.model_id)}<input
                    type="password"
                    autocomplete="off"
                    .value=${e.model_keys[t.model_id]??""}
                    placeholder=${n?ge.settings.keySaved:""}
                    @input=${n=>this.edit({model_keys:{...e.model_keys,[t.model_id]:Ur(n)}})}
                /></label>`:q}
          <label class="check"
            ><input
              type="checkbox"
              .checked=${!1!==t.tools}
              @change=${e=>this.editModel(t.model_id,{tools:!!Br(e)&&void 0})}
            />${ge.settings.modelTools}</label
          >
        </div>`})}
    </div>`:q}edit(e){this.draft={...this.draft,...e}}editModel(e,t){const n=this.draft.models.map(n=>n.model_id===e?Object.fromEntries(Object.entries({...n,...t}).filter(([,e])=>void 0!==e)):n);this.edit({models:n})}toggle(e,t){const n=this.draft.models.some(t=>t.model_id===e);t&&!n&&this.edit({models:[...this.draft.models,{model_id:e}]}),!t&&n&&this.edit({models:this.draft.models.filter(t=>t.model_id!==e)})}addTyped(){const e=this.typed.trim();e&&(this.toggle(e,!0),this.typed="")}target(){const e=this.draft;return{baseUrl:Ei(e.base_url),apiKey:"global"===e.auth_mode?e.api_key||(e.clear_key?void 0:this.provider?.api_key):void 0,timeoutS:Hr(e.timeout_s),dialect:e.dialect}}async loadModels(){this.busy=!0,this.error="";try{const e=await Cr(this.target());if(this.listed=e,this.edit({cache:{fetched_at:(new Date).toISOString(),ids:e.map(e=>e.id)}}),!this.draft.models.length){const t=e.find(e=>e.chat);t&&this.toggle(t.id,!0)}}catch(e){this.error=Fr(e)}finally{this.busy=!1}}save(){this.addTyped();const e=this.draft,t=this.provider,n="global"===e.auth_mode?e.api_key||(e.clear_key?void 0:t?.api_key):void 0,i=e.models.map(n=>{const{api_key:i,...s}=n,r="per_model"===e.auth_mode?e.model_keys[n.model_id]||t?.models.find(e=>e.model_id===n.model_id)?.api_key:void 0;return{...s,...r?{api_key:r}:{}}}),{api_key:s,dialect:r,...o}=t??{},a=Hr(e.timeout_s),l={...o,id:t?.id??Ti(e.name,this.takenIds),name:e.name.trim(),base_url:Ei(e.base_url),auth_mode:e.auth_mode,...n?{api_key:n}:{},...a?{timeout_s:a}:{timeout_s:void 0},...e.dialect?{dialect:e.dialect}:{},models:i,...e.cache?{model_cache:e.cache}:{}};void 0===l.timeout_s&&delete l.timeout_s;try{Er(this,"oacc-provider-save",{provider:Qi(wi,l,"Provider")})}catch(e){this.error=Fr(e)}}static{this.styles=[ur,pr,r`
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
      .diagnosis {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .diagnosis li {
        display: flex;
        gap: 8px;
        align-items: flex-start;
      }
      .mark {
        width: 20px;
        height: 20px;
        flex: none;
        border-radius: 50%;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        font-size: 0.8em;
        color: var(--text-primary-color, #fff);
        background: var(--disabled-text-color, #bdbdbd);
      }
      .ok .mark {
        background: var(--success-color, #4caf50);
      }
      .warn .mark {
        background: var(--warning-color, #ffa600);
      }
      .fail .mark {
        background: var(--error-color, #db4437);
      }
      .skipped {
        color: var(--secondary-text-color);
      }
      .fix {
        margin-top: 2px;
        font-weight: 500;
      }
      .test {
        margin-inline-end: auto;
      }
    `]}}jr([de({attribute:!1})],qr.prototype,"provider"),jr([de({attribute:!1})],qr.prototype,"takenIds"),jr([ue()],qr.prototype,"draft"),jr([ue()],qr.prototype,"listed"),jr([ue()],qr.prototype,"filter"),jr([ue()],qr.prototype,"typed"),jr([ue()],qr.prototype,"busy"),jr([ue()],qr.prototype,"error"),jr([ue()],qr.prototype,"diagnosis"),jr([ue()],qr.prototype,"testing");var Zr=Object.defineProperty,Wr=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&Zr(t,n,r),r};class Gr extends oe{constructor(){super(...arguments),this.settings={status:"loading"},this.adding=!1,this.error=""}set hass(e){const t=this._hass?.connection!==e.connection;this._hass=e,t&&this.isConnected&&this.subscribe()}setConfig(e){this.config=Sr(e)}connectedCallback(){super.connectedCallback(),this.subscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.(),this.unsubscribe=void 0}subscribe(){this.unsubscribe?.();const e=this._hass?.connection;this.unsubscribe=e?Fs(e).subscribe(e=>this.settings=e):void 0}render(){if(!this.config)return q;const e=this.settings;return H`<div class="form">
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
            placeholder=${gi}
            @change=${e=>this.setText("prompt_template",e)}
          ></textarea>
        </label>
        <div class="row">
          ${this.numberField("Max tokens","max_tokens",yi,1)}
          ${this.numberField("Temperature","temperature",bi,.1)}
          ${this.numberField("Context messages","context_messages",vi,1)}
        </div>
      </fieldset>
      ${this.renderHome()}
    </div>`}renderHome(){const e=this.config,t=e.scope??{},n=(n,i,s)=>H`<label
        >${n}<input
          .value=${(t[i]??[]).join(", ")}
          placeholder=${s}
          ?disabled=${!1===e.tools}
          @change=${e=>this.setScope(i,Kr(e))}
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
                @change=${e=>this.setConfirm(Kr(e))}
            /></label>`:q}
    </fieldset>`}async setConfirm(e){const t=this._hass?.connection;if(!t)return;const n=e.split(",").map(e=>e.trim().toLowerCase()).filter(Boolean);await Fs(t).update(e=>({...e,tools:{...e.tools,confirm:n}}))}setScope(e,t){const n=t.split(",").map(e=>e.trim()).filter(Boolean),i=Object.fromEntries(Object.entries({...this.config?.scope,[e]:n.length?n:void 0}).filter(([,e])=>void 0!==e));this.change({scope:Object.keys(i).length?i:void 0})}renderModelPickers(e){const t=this.config,n=t.provider_id??"",i=e.providers.find(t=>t.id===(n||e.defaults?.provider_id))??(n?void 0:e.providers[0]),s=i?function(e){return[...new Set(e.models.map(e=>e.model_id))]}(i):[];return H`<fieldset>
      <legend>Provider and model</legend>
      ${0===e.providers.length?H`<p class="muted">No provider yet: add one to start chatting.</p>`:q}
      <div class="row">
        <label
          >Provider
          <select @change=${e=>this.pick("provider_id",e)}>
            <option value="" ?selected=${!n}>
              Default${e.providers[0]?` (${(i??e.providers[0]).name})`:""}
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
    </fieldset>`}numberField(e,t,n,i){return H`<label
      >${e}<input
        type="number"
        step=${i}
        min="0"
        .value=${this.config?.[t]?.toString()??""}
        placeholder=${String(n)}
        @change=${e=>this.setNumber(t,e)}
    /></label>`}renderSettingsLink(){const e=this._hass?.panels,t=Object.values(e??{}).find(e=>"openai-compatible-conversation-panel"===e.config?._panel_custom?.name);return t?.url_path?H`<a class="text-button" href=${`/${t.url_path}/settings`}
          >${ge.settings.openSettings}</a
        >`:q}async saveProvider(e){const t=this._hass?.connection;if(t){this.error="";try{await Fs(t).update(t=>({...t,providers:[...t.providers,e],defaults:t.defaults?.provider_id?t.defaults:{provider_id:e.id,model_id:e.models[0]?.model_id}})),this.adding=!1,this.change({provider_id:e.id,model_id:e.models[0]?.model_id})}catch(e){this.error=Fr(e)}}}pick(e,t){const n=t.target.value;this.change("provider_id"===e?{provider_id:n||void 0,model_id:void 0}:{model_id:n||void 0})}setText(e,t){this.change({[e]:Kr(t)||void 0})}setNumber(e,t){const n=Kr(t),i=Number(n);this.change({[e]:""===n||Number.isNaN(i)?void 0:i})}change(e){if(!this.config)return;const t=Object.fromEntries(Object.entries({...this.config,...e}).filter(([,e])=>void 0!==e));this.config=t,Er(this,"config-changed",{config:t})}static{this.styles=[ur,pr]}}function Kr(e){return e.target.value}Wr([ue()],Gr.prototype,"config"),Wr([ue()],Gr.prototype,"settings"),Wr([ue()],Gr.prototype,"adding"),Wr([ue()],Gr.prototype,"error");var Vr=Object.defineProperty,Yr=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&Vr(t,n,r),r};class Jr extends oe{constructor(){super(...arguments),this.narrow=!1,this.chat=new cr(this)}set hass(e){const t=this._hass;this._hass=e,t?.connection===e.connection&&t?.user?.id===e.user?.id||this.chat.set({connection:e.connection,config:{},conversationId:"panel",userName:e.user?.name}),this.chat.setStates(e.states)}get hass(){return this._hass}get showing(){return this.view??(this.route?.path?.startsWith("/settings")?"settings":"chat")}go(e){this.view=e;const t=this.route?.prefix;t&&(history.pushState(null,"",`${t}${"settings"===e?"/settings":""}`),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}})))}willUpdate(e){e.has("route")&&this.route&&(this.view=void 0)}render(){const e="settings"===this.showing;return H`<header class="toolbar">
        ${this.narrow?H`<button class="icon-button" aria-label="Menu" @click=${this.toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${br}></path></svg>
              </button>`:null}
        ${e?H`<button
                  class="icon-button"
                  aria-label=${ge.settings.back}
                  title=${ge.settings.back}
                  @click=${()=>this.go("chat")}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${vr}></path></svg>
                </button>
                <h1 class="grow">${ge.panelTitle} · ${ge.settings.title}</h1>`:H`<h1>${ge.panelTitle}</h1>
                <span class="model">${this.chat.model?.modelId??""}</span>
                <button
                  class="icon-button"
                  aria-label=${ge.clear}
                  title=${ge.clear}
                  @click=${()=>this.chat.clear()}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${mr}></path></svg>
                </button>
                <button
                  class="icon-button"
                  aria-label=${ge.settings.title}
                  title=${ge.settings.title}
                  @click=${()=>this.go("settings")}
                >
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d=${_r}></path>
                  </svg>
                </button>`}
      </header>
      ${e?H`<div class="scroll">
              <oacc-settings-page .connection=${this._hass?.connection}></oacc-settings-page>
            </div>`:H`<main>${dr(this.chat)}</main>`}`}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}static{this.styles=[ur,r`
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
    `]}}Yr([de({type:Boolean,reflect:!0})],Jr.prototype,"narrow"),Yr([de({attribute:!1})],Jr.prototype,"panel"),Yr([de({attribute:!1})],Jr.prototype,"route"),Yr([ue()],Jr.prototype,"view");function Qr(e){const{api_key:t,...n}=e;return n}var Xr=Object.defineProperty,eo=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&Xr(t,n,r),r};const to=ge.settings;function no(e,t){const n=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)],{type:"application/json"})),i=document.createElement("a");i.href=n,i.download=e,i.click(),setTimeout(()=>URL.revokeObjectURL(n),1e3)}class io extends oe{constructor(){super(...arguments),this.settings={status:"loading"},this.message="",this.error=""}connectedCallback(){super.connectedCallback(),this.resubscribe()}disconnectedCallback(){super.disconnectedCallback(),this.unsubscribe?.(),this.unsubscribe=this.subscribedTo=void 0}willUpdate(e){e.has("connection")&&this.resubscribe()}resubscribe(){this.isConnected&&this.subscribedTo!==this.connection&&(this.unsubscribe?.(),this.subscribedTo=this.connection,this.unsubscribe=this.connection?Fs(this.connection).subscribe(e=>this.settings=e):void 0)}render(){const e=this.settings;return H`<div class="page">
      ${"loading"===e.status?H`<p class="muted">${ge.settingsLoading}</p>`:q}
      ${"error"===e.status?H`<p class="error" role="alert">${e.message}</p>`:q}
      ${"invalid"===e.status?this.renderInvalid(e.raw,e.issues):q}
      ${"ready"===e.status?this.renderReady(e.settings):q}
      <div role="status" aria-live="polite" class="muted">${this.message}</div>
      ${this.error?H`<p class="error" role="alert">${this.error}</p>`:q}
    </div>`}renderInvalid(e,t){return H`<section class="card" role="alert">
      <h2>${to.invalidTitle}</h2>
      <ul>
        ${t.map(e=>H`<li>${e}</li>`)}
      </ul>
      <p>${to.invalidBody}</p>
      <div class="row">
        <button
          class="text-button"
          @click=${()=>no("ai-chat-settings-broken.json",function(e){const t=e=>Array.isArray(e)?e.map(t):e&&"object"==typeof e?Object.fromEntries(Object.entries(e).filter(([e])=>!/key|token|secret|password|authorization/i.test(e)).map(([e,n])=>[e,t(n)])):e;return t(e)}(e))}
        >
          ${to.exportBroken}
        </button>
        ${this.renderImport()}
        <button class="text-button" @click=${this.startOver}>${to.startOver}</button>
      </div>
    </section>`}renderReady(e){const t=void 0===this.editing?void 0:e.providers.find(e=>e.id===this.editing)??null;return H`<section class="card">
        <h2>${to.providers}</h2>
        ${e.providers.length?q:H`<p class="muted">${to.noProviders}</p>`}
        <ul class="providers" aria-label=${to.providers}>
          ${e.providers.map(t=>this.renderProvider(e,t))}
        </ul>
        ${void 0!==t?H`<oacc-provider-form
                .provider=${t??void 0}
                .takenIds=${e.providers.map(e=>e.id)}
                @oacc-provider-save=${e=>this.saveProvider(e.detail.provider)}
                @oacc-provider-cancel=${()=>this.editing=void 0}
              ></oacc-provider-form>`:H`<button class="filled" @click=${()=>this.open("")}>${to.addProvider}</button>`}
      </section>
      ${e.providers.length?this.renderDefaults(e):q}
      <section class="card">
        <h2>${ge.settings.title}</h2>
        <label
          >${to.maxRounds}<input
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
            title=${to.exportHint}
            @click=${()=>no("ai-chat-settings.json",function(e,t=new Date){return{format:"openai_compatible_conversation.settings",exported_at:t.toISOString(),...e,providers:e.providers.map(e=>({...Qr(e),models:e.models.map(e=>Qr(e))}))}}(e))}
          >
            ${to.export}
          </button>
          ${this.renderImport()}
        </div>
        <p class="muted">${to.exportHint}</p>
      </section>`}renderProvider(e,t){const n=(e.defaults?.provider_id??e.providers[0]?.id)===t.id,i="per_model"===t.auth_mode?to.keyState.per_model:t.api_key?to.keyState.global:to.keyState.none;return H`<li class="provider">
      <div class="grow">
        <strong>${t.name}</strong>
        ${n?H`<span class="badge">${to.isDefault}</span>`:q}
        <div class="muted">${t.base_url} · ${to.modelsCount(t.models.length)} · ${i}</div>
      </div>
      ${this.removing===t.id?H`<div class="confirm" role="alertdialog" aria-label=${to.confirmRemove(t.name)}>
              <span>${to.confirmRemove(t.name)}</span>
              <button class="text-button" @click=${()=>this.removing=void 0}>
                Cancel
              </button>
              <button class="filled danger" @click=${()=>this.removeProvider(t.id)}>
                ${to.remove}
              </button>
            </div>`:H`<div class="row">
              ${n?q:H`<button class="text-button" @click=${()=>this.makeDefault(t)}>${to.makeDefault}</button>`}
              <button
                class="text-button"
                aria-label=${`${to.edit} ${t.name}`}
                @click=${()=>this.open(t.id)}
              >
                ${to.edit}
              </button>
              <button
                class="text-button"
                aria-label=${`${to.remove} ${t.name}`}
                @click=${()=>this.removing=t.id}
              >
                ${to.remove}
              </button>
            </div>`}
    </li>`}renderDefaults(e){const t=`${e.defaults?.provider_id??""}\0${e.defaults?.model_id??""}`;return H`<section class="card">
      <label
        >${to.defaultModel}
        <select @change=${e=>this.setDefault(e.target.value)}>
          ${e.providers.flatMap(e=>e.models.map(n=>{const i=`${e.id}\0${n.model_id}`;return H`<option value=${i} ?selected=${i===t}>
                ${e.name} — ${n.display_name??n.model_id}
              </option>`}))}
        </select>
      </label>
    </section>`}renderImport(){return H`<label class="text-button file"
      >${to.import}<input
        type="file"
        accept="application/json,.json"
        @change=${e=>this.importFile(e.target)}
    /></label>`}open(e){this.editing=e,this.message=this.error=""}async change(e,t={}){const n=this.connection;if(!n)return!1;this.error="";try{const i=Fs(n);return t.replaceInvalid?await i.save(e({version:1,providers:[]}),t):await i.update(e),this.message=to.saved,!0}catch(e){return this.error=Fr(e),!1}}async saveProvider(e){const t=await this.change(t=>{const n=t.providers.some(t=>t.id===e.id),i=n?t.providers.map(t=>t.id===e.id?e:t):[...t.providers,e],s=t.defaults?.provider_id&&i.some(e=>e.id===t.defaults.provider_id&&(!t.defaults.model_id||e.models.some(e=>e.model_id===t.defaults.model_id)))?t.defaults:{provider_id:e.id,model_id:e.models[0]?.model_id};return{...t,providers:i,defaults:s}});t&&(this.editing=void 0)}async removeProvider(e){this.removing=void 0,await this.change(t=>{const n=t.providers.filter(t=>t.id!==e),i=t.defaults?.provider_id===e?n[0]?{provider_id:n[0].id,model_id:n[0].models[0]?.model_id}:void 0:t.defaults,{defaults:s,...r}=t;return{...r,providers:n,...i?{defaults:i}:{}}})}makeDefault(e){return this.change(t=>({...t,defaults:{provider_id:e.id,model_id:e.models[0]?.model_id}}))}setDefault(e){const[t,n]=e.split("\0");return this.change(e=>({...e,defaults:{provider_id:t,model_id:n}}))}setMaxRounds(e){const t=Number(e);return this.change(n=>{const{max_rounds:i,...s}=n.tools??{};return{...n,tools:e.trim()&&Number.isInteger(t)&&t>0?{...s,max_rounds:t}:s}})}async importFile(e){const t=e.files?.[0];if(e.value="",!t)return;const n=this.settings,i="ready"===n.status?n.settings:{version:1,providers:[]};try{const e=function(e,t){let n;try{n=JSON.parse(e)}catch{throw new Yi("Import",["the file is not JSON"])}if(!n||"object"!=typeof n||Array.isArray(n))throw new Yi("Import",["the file does not hold a settings document"]);const{format:i,exported_at:s,...r}=n,o=Ns(r);if(!o.ok)throw new Yi("Import",[o.issue]);const a=yt(Ai,o.value);if(!a.success)throw new Yi("Import",Ji(a.error));return{...a.data,providers:a.data.providers.map(e=>{const n=t.providers.find(t=>t.id===e.id);return{...Qr(e),...n?.api_key?{api_key:n.api_key}:{},models:e.models.map(e=>{const t=n?.models.find(t=>t.model_id===e.model_id)?.api_key;return{...Qr(e),...t?{api_key:t}:{}}})}})}}(await t.text(),i);await this.change(()=>e,{replaceInvalid:"invalid"===n.status})&&(this.message=to.imported(e.providers.length,e.providers.filter(e=>"per_model"===e.auth_mode?e.models.some(e=>!e.api_key):!e.api_key).map(e=>e.name)))}catch(e){this.error=Fr(e)}}async startOver(){confirm(to.confirmStartOver)&&await this.change(e=>e,{replaceInvalid:!0})}static{this.styles=[ur,pr,r`
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
    `]}}eo([de({attribute:!1})],io.prototype,"connection"),eo([ue()],io.prototype,"settings"),eo([ue()],io.prototype,"editing"),eo([ue()],io.prototype,"removing"),eo([ue()],io.prototype,"message"),eo([ue()],io.prototype,"error");var so=Object.defineProperty,ro=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&so(t,n,r),r};class oo extends oe{render(){const e=this.message,t="user"===e.role?ge.you:ge.assistant,n="streaming"===e.status;return H`<div class="bubble ${e.role}" aria-busy=${n?"true":"false"}>
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
    </div>`}static{this.styles=[ur,r`
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
    `]}}ro([de({attribute:!1})],oo.prototype,"message"),ro([de({attribute:!1})],oo.prototype,"states");const ao=2,lo=e=>(...t)=>({_$litDirective$:e,values:t});let co=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const{I:uo}=ie,po=e=>e,ho=()=>document.createComment(""),fo=(e,t,n)=>{const i=e._$AA.parentNode,s=void 0===t?e._$AB:t._$AA;if(void 0===n){const t=i.insertBefore(ho(),s),r=i.insertBefore(ho(),s);n=new uo(t,r,e,e.options)}else{const t=n._$AB.nextSibling,r=n._$AM,o=r!==e;if(o){let t;n._$AQ?.(e),n._$AM=e,void 0!==n._$AP&&(t=e._$AU)!==r._$AU&&n._$AP(t)}if(t!==s||o){let e=n._$AA;for(;e!==t;){const t=po(e).nextSibling;po(i).insertBefore(e,s),e=t}}}return n},mo=(e,t,n=e)=>(e._$AI(t,n),e),go={},yo=(e,t=go)=>e._$AH=t,bo=e=>{e._$AR(),e._$AA.remove()},vo=(e,t,n)=>{const i=new Map;for(let s=t;s<=n;s++)i.set(e[s],s);return i},_o=lo(class extends co{constructor(e){if(super(e),e.type!==ao)throw Error("repeat() can only be used in text expressions")}dt(e,t,n){let i;void 0===n?n=t:void 0!==t&&(i=t);const s=[],r=[];let o=0;for(const t of e)s[o]=i?i(t,o):o,r[o]=n(t,o),o++;return{values:r,keys:s}}render(e,t,n){return this.dt(e,t,n).values}update(e,[t,n,i]){const s=(e=>e._$AH)(e),{values:r,keys:o}=this.dt(t,n,i);if(!Array.isArray(s))return this.ut=o,r;const a=this.ut??=[],l=[];let c,d,u=0,p=s.length-1,h=0,f=r.length-1;for(;u<=p&&h<=f;)if(null===s[u])u++;else if(null===s[p])p--;else if(a[u]===o[h])l[h]=mo(s[u],r[h]),u++,h++;else if(a[p]===o[f])l[f]=mo(s[p],r[f]),p--,f--;else if(a[u]===o[f])l[f]=mo(s[u],r[f]),fo(e,l[f+1],s[u]),u++,f--;else if(a[p]===o[h])l[h]=mo(s[p],r[h]),fo(e,s[u],s[p]),p--,h++;else if(void 0===c&&(c=vo(o,h,f),d=vo(a,u,p)),c.has(a[u]))if(c.has(a[p])){const t=d.get(o[h]),n=void 0!==t?s[t]:null;if(null===n){const t=fo(e,s[u]);mo(t,r[h]),l[h]=t}else l[h]=mo(n,r[h]),fo(e,s[u],n),s[t]=null;h++}else bo(s[p]),p--;else bo(s[u]),u++;for(;h<=f;){const t=fo(e,l[f+1]);mo(t,r[h]),l[h++]=t}for(;u<=p;){const e=s[u++];null!==e&&bo(e)}return this.ut=o,yo(e,l),F}});var ko=Object.defineProperty,xo=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&ko(t,n,r),r};class wo extends oe{constructor(){super(...arguments),this.state={messages:[],busy:!1},this.stickToBottom=!0}focus(){this.renderRoot.querySelector("oacc-composer")?.focus()}render(){const{messages:e,busy:t,error:n,retry:i,announcement:s}=this.state,r=this.blocker??n;return H`<div
        class="log"
        role="log"
        aria-live="off"
        aria-label=${ge.panelTitle}
        @scroll=${this.onScroll}
      >
        ${e.length?_o(e,e=>e.id,e=>H`<oacc-chat-message
                    .message=${e}
                    .states=${e.tool_calls?.length?this.states:void 0}
                  ></oacc-chat-message>`):H`<div class="empty">${ge.emptyConversation}</div>`}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${s?ge.announceAnswer(s):""}
      </div>
      ${i?H`<div class="retry" role="status">${i.reason} Retrying in ${Math.ceil(i.delayMs/1e3)} s…</div>`:q}
      ${r?H`<oacc-error-banner
              .message=${r.message}
              .hint=${r.hint??""}
              ?retryable=${!this.blocker&&!t&&"user"===e.at(-1)?.role}
              .dismissible=${!this.blocker}
            ></oacc-error-banner>`:q}
      <oacc-composer ?busy=${t} ?disabled=${Boolean(this.blocker)}></oacc-composer>`}updated(){this.stickToBottom&&requestAnimationFrame(()=>{this.stickToBottom&&(this.log.scrollTop=this.log.scrollHeight)})}onScroll(){const{scrollTop:e,scrollHeight:t,clientHeight:n}=this.log;this.stickToBottom=t-e-n<48}static{this.styles=[ur,r`
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
    `]}}xo([de({attribute:!1})],wo.prototype,"state"),xo([de({attribute:!1})],wo.prototype,"blocker"),xo([de({attribute:!1})],wo.prototype,"states"),xo([pe(".log")],wo.prototype,"log");var $o=Object.defineProperty,So=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&$o(t,n,r),r};class Ao extends oe{constructor(){super(...arguments),this.busy=!1,this.disabled=!1,this.value=""}focus(){this.textarea?.focus()}render(){const e=!this.disabled&&this.value.trim().length>0;return H`<form @submit=${this.onSubmit}>
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
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${fr}></path></svg>
            </button>`:H`<button
              type="submit"
              class="action"
              aria-label=${ge.send}
              title=${ge.send}
              ?disabled=${!e}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${hr}></path></svg>
            </button>`}
    </form>`}onInput(e){const t=e.target;this.value=t.value,t.style.height="auto",t.style.height=`${Math.min(t.scrollHeight,160)}px`}onKeyDown(e){"Enter"!==e.key||e.shiftKey||e.isComposing||(e.preventDefault(),this.submit())}onSubmit(e){e.preventDefault(),this.submit()}submit(){const e=this.value.trim();!e||this.busy||this.disabled||(Er(this,"oacc-send",{text:e}),this.value="",this.textarea.style.height="auto")}onStop(){Er(this,"oacc-stop",void 0),this.updateComplete.then(()=>this.textarea.focus())}static{this.styles=[ur,r`
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
    `]}}So([de({type:Boolean})],Ao.prototype,"busy"),So([de({type:Boolean})],Ao.prototype,"disabled"),So([ue()],Ao.prototype,"value"),So([pe("textarea")],Ao.prototype,"textarea");var To=Object.defineProperty,Eo=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&To(t,n,r),r};class zo extends oe{constructor(){super(...arguments),this.message="",this.hint="",this.retryable=!1,this.dismissible=!0}render(){return this.message?H`<div class="banner" role="alert">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${gr}></path></svg>
      <div class="text">
        <div class="message">${this.message}</div>
        ${this.hint?H`<div class="hint">${this.hint}</div>`:q}
      </div>
      <div class="actions">
        ${this.retryable?H`<button class="text-button" @click=${()=>Er(this,"oacc-retry",void 0)}>
                ${ge.retry}
              </button>`:q}
        ${this.dismissible?H`<button
                class="icon-button"
                aria-label=${ge.dismiss}
                @click=${()=>Er(this,"oacc-dismiss",void 0)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${yr}></path></svg>
              </button>`:q}
      </div>
    </div>`:q}static{this.styles=[ur,r`
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
    `]}}Eo([de()],zo.prototype,"message"),Eo([de()],zo.prototype,"hint"),Eo([de({type:Boolean})],zo.prototype,"retryable"),Eo([de({type:Boolean})],zo.prototype,"dismissible");const Oo={},Po=lo(class extends co{constructor(){super(...arguments),this.ot=Oo}render(e,t){return t()}update(e,[t,n]){if(Array.isArray(t)){if(Array.isArray(this.ot)&&this.ot.length===t.length&&t.every((e,t)=>e===this.ot[t]))return F}else if(this.ot===t)return F;return this.ot=Array.isArray(t)?Array.from(t):t,this.render(t,n)}});class Ro extends co{constructor(e){if(super(e),this.it=q,e.type!==ao)throw Error(this.constructor.directiveName+"() can only be used in child bindings")}render(e){if(e===q||null==e)return this._t=void 0,this.it=e;if(e===F)return e;if("string"!=typeof e)throw Error(this.constructor.directiveName+"() called with a non-string value");if(e===this.it)return this._t;this.it=e;const t=[e];return t.raw=t,this._t={_$litType$:this.constructor.resultType,strings:t,values:[]}}}Ro.directiveName="unsafeHTML",Ro.resultType=1;const Co=lo(Ro);function Mo(e,t){(null==t||t>e.length)&&(t=e.length);for(var n=0,i=Array(t);n<t;n++)i[n]=e[n];return i}function Lo(e,t){return function(e){if(Array.isArray(e))return e}(e)||function(e,t){var n=null==e?null:"undefined"!=typeof Symbol&&e[Symbol.iterator]||e["@@iterator"];if(null!=n){var i,s,r,o,a=[],l=!0,c=!1;try{if(r=(n=n.call(e)).next,0===t);else for(;!(l=(i=r.call(n)).done)&&(a.push(i.value),a.length!==t);l=!0);}catch(e){c=!0,s=e}finally{try{if(!l&&null!=n.return&&(o=n.return(),Object(o)!==o))return}finally{if(c)throw s}}return a}}(e,t)||function(e,t){if(e){if("string"==typeof e)return Mo(e,t);var n={}.toString.call(e).slice(8,-1);return"Object"===n&&e.constructor&&(n=e.constructor.name),"Map"===n||"Set"===n?Array.from(e):"Arguments"===n||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?Mo(e,t):void 0}}(e,t)||function(){throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}()}const Io=Object.entries,No=Object.keys,jo=Object.setPrototypeOf,Do=Object.isFrozen,Uo=Object.getPrototypeOf,Bo=Object.getOwnPropertyDescriptor;let Ho=Object.freeze,Fo=Object.seal,qo=Object.create,Zo="undefined"!=typeof Reflect&&Reflect,Wo=Zo.apply,Go=Zo.construct;Ho||(Ho=function(e){return e}),Fo||(Fo=function(e){return e}),Wo||(Wo=function(e,t){for(var n=arguments.length,i=new Array(n>2?n-2:0),s=2;s<n;s++)i[s-2]=arguments[s];return e.apply(t,i)}),Go||(Go=function(e){for(var t=arguments.length,n=new Array(t>1?t-1:0),i=1;i<t;i++)n[i-1]=arguments[i];return new e(...n)});const Ko=va(Array.prototype.forEach),Vo=va(Array.prototype.lastIndexOf),Yo=va(Array.prototype.pop),Jo=va(Array.prototype.push),Qo=va(Array.prototype.slice),Xo=va(Array.prototype.splice),ea=Array.isArray,ta=_a(Set),na=va(Set.prototype.add),ia=va(Set.prototype.has),sa=va(String.prototype.toLowerCase),ra=va(String.prototype.toString),oa=va(String.prototype.match),aa=va(String.prototype.replace),la=va(String.prototype.indexOf),ca=va(String.prototype.trim),da=va(Number.prototype.toString),ua=va(Boolean.prototype.toString),pa="undefined"==typeof BigInt?null:va(BigInt.prototype.toString),ha="undefined"==typeof Symbol?null:va(Symbol.prototype.toString),fa=va(Object.prototype.hasOwnProperty),ma=va(Object.prototype.toString),ga=RegExp.prototype.test,ya=function(e,t){return e instanceof RegExp&&(e.lastIndex=0),Wo(ga,e,[t])},ba=_a(TypeError);function va(e){return function(t){for(var n=arguments.length,i=new Array(n>1?n-1:0),s=1;s<n;s++)i[s-1]=arguments[s];return Wo(e,t,i)}}function _a(e){return function(){for(var t=arguments.length,n=new Array(t),i=0;i<t;i++)n[i]=arguments[i];return Go(e,n)}}function ka(e,t){let n=arguments.length>2&&void 0!==arguments[2]?arguments[2]:sa;if(jo&&jo(e,null),!ea(t))return e;let i=t.length;for(;i--;){let s=t[i];if("string"==typeof s){const e=n(s);e!==s&&(Do(t)||(t[i]=e),s=e)}e[s]=!0}return e}function xa(e){for(let t=0;t<e.length;t++)fa(e,t)||(e[t]=null);return e}function wa(e){const t=qo(null);for(const i of Io(e)){var n=Lo(i,2);const s=n[0],r=n[1];fa(e,s)&&(ea(r)?t[s]=xa(r):r&&"object"==typeof r&&r.constructor===Object?t[s]=wa(r):t[s]=r)}return t}function $a(e){const t=qo(null),n=No(e);let i=n.length;for(;i--;)t[n[i]]=e[n[i]];return t}function Sa(e,t){for(;null!==e;){const n=Bo(e,t);if(n){if(n.get)return va(n.get);if("function"==typeof n.value)return va(n.value)}e=Uo(e)}return function(){return null}}const Aa=Ho(["a","abbr","acronym","address","area","article","aside","audio","b","bdi","bdo","big","blink","blockquote","body","br","button","canvas","caption","center","cite","code","col","colgroup","content","data","datalist","dd","decorator","del","details","dfn","dialog","dir","div","dl","dt","element","em","fieldset","figcaption","figure","font","footer","form","h1","h2","h3","h4","h5","h6","head","header","hgroup","hr","html","i","img","input","ins","kbd","label","legend","li","main","map","mark","marquee","menu","menuitem","meter","nav","nobr","ol","optgroup","option","output","p","picture","pre","progress","q","rp","rt","ruby","s","samp","search","section","select","shadow","slot","small","source","spacer","span","strike","strong","style","sub","summary","sup","table","tbody","td","template","textarea","tfoot","th","thead","time","tr","track","tt","u","ul","var","video","wbr"]),Ta=Ho(["svg","a","altglyph","altglyphdef","altglyphitem","animatecolor","animatemotion","animatetransform","circle","clippath","defs","desc","ellipse","filter","font","g","glyph","glyphref","hkern","image","line","lineargradient","marker","mask","metadata","mpath","path","pattern","polygon","polyline","radialgradient","rect","stop","style","switch","symbol","text","textpath","title","tref","tspan","view","vkern"]),Ea=Ho(["feBlend","feColorMatrix","feComponentTransfer","feComposite","feConvolveMatrix","feDiffuseLighting","feDisplacementMap","feDistantLight","feDropShadow","feFlood","feFuncA","feFuncB","feFuncG","feFuncR","feGaussianBlur","feImage","feMerge","feMergeNode","feMorphology","feOffset","fePointLight","feSpecularLighting","feSpotLight","feTile","feTurbulence"]),za=Ho(["animate","color-profile","cursor","discard","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","foreignobject","hatch","hatchpath","mesh","meshgradient","meshpatch","meshrow","missing-glyph","script","set","solidcolor","unknown","use"]),Oa=Ho(["math","menclose","merror","mfenced","mfrac","mglyph","mi","mlabeledtr","mmultiscripts","mn","mo","mover","mpadded","mphantom","mroot","mrow","ms","mspace","msqrt","mstyle","msub","msup","msubsup","mtable","mtd","mtext","mtr","munder","munderover","mprescripts"]),Pa=Ho(["maction","maligngroup","malignmark","mlongdiv","mscarries","mscarry","msgroup","mstack","msline","msrow","semantics","annotation","annotation-xml","mprescripts","none"]),Ra=Ho(["#text"]),Ca=Ho(["accept","action","align","alt","autocapitalize","autocomplete","autopictureinpicture","autoplay","background","bgcolor","border","capture","cellpadding","cellspacing","checked","cite","class","clear","color","cols","colspan","command","commandfor","controls","controlslist","coords","crossorigin","datetime","decoding","default","dir","disabled","disablepictureinpicture","disableremoteplayback","download","draggable","enctype","enterkeyhint","exportparts","face","for","headers","height","hidden","high","href","hreflang","id","inert","inputmode","integrity","ismap","kind","label","lang","list","loading","loop","low","max","maxlength","media","method","min","minlength","multiple","muted","name","nonce","noshade","novalidate","nowrap","open","optimum","part","pattern","placeholder","playsinline","popover","popovertarget","popovertargetaction","poster","preload","pubdate","radiogroup","readonly","rel","required","rev","reversed","role","rows","rowspan","spellcheck","scope","selected","shape","size","sizes","slot","span","srclang","start","src","srcset","step","style","summary","tabindex","title","translate","type","usemap","valign","value","width","wrap","xmlns"]),Ma=Ho(["accent-height","accumulate","additive","alignment-baseline","amplitude","ascent","attributename","attributetype","azimuth","basefrequency","baseline-shift","begin","bias","by","class","clip","clippathunits","clip-path","clip-rule","color","color-interpolation","color-interpolation-filters","color-profile","color-rendering","cx","cy","d","dx","dy","diffuseconstant","direction","display","divisor","dominant-baseline","dur","edgemode","elevation","end","exponent","fill","fill-opacity","fill-rule","filter","filterunits","flood-color","flood-opacity","font-family","font-size","font-size-adjust","font-stretch","font-style","font-variant","font-weight","fx","fy","g1","g2","glyph-name","glyphref","gradientunits","gradienttransform","height","href","id","image-rendering","in","in2","intercept","k","k1","k2","k3","k4","kerning","keypoints","keysplines","keytimes","lang","lengthadjust","letter-spacing","kernelmatrix","kernelunitlength","lighting-color","local","marker-end","marker-mid","marker-start","markerheight","markerunits","markerwidth","maskcontentunits","maskunits","max","mask","mask-type","media","method","mode","min","name","numoctaves","offset","operator","opacity","order","orient","orientation","origin","overflow","paint-order","path","pathlength","patterncontentunits","patterntransform","patternunits","pointer-events","points","preservealpha","preserveaspectratio","primitiveunits","r","rx","ry","radius","refx","refy","repeatcount","repeatdur","restart","result","rotate","scale","seed","shape-rendering","slope","specularconstant","specularexponent","spreadmethod","startoffset","stddeviation","stitchtiles","stop-color","stop-opacity","stroke-dasharray","stroke-dashoffset","stroke-linecap","stroke-linejoin","stroke-miterlimit","stroke-opacity","stroke","stroke-width","style","surfacescale","systemlanguage","tabindex","tablevalues","targetx","targety","transform","transform-origin","text-anchor","text-decoration","text-orientation","text-rendering","textlength","type","u1","u2","unicode","values","vector-effect","viewbox","visibility","version","vert-adv-y","vert-origin-x","vert-origin-y","width","word-spacing","wrap","writing-mode","xchannelselector","ychannelselector","x","x1","x2","xmlns","y","y1","y2","z","zoomandpan"]),La=Ho(["accent","accentunder","align","bevelled","close","columnalign","columnlines","columnspacing","columnspan","denomalign","depth","dir","display","displaystyle","encoding","fence","frame","height","href","id","largeop","length","linethickness","lquote","lspace","mathbackground","mathcolor","mathsize","mathvariant","maxsize","minsize","movablelimits","notation","numalign","open","rowalign","rowlines","rowspacing","rowspan","rspace","rquote","scriptlevel","scriptminsize","scriptsizemultiplier","selection","separator","separators","stretchy","subscriptshift","supscriptshift","symmetric","voffset","width","xmlns"]),Ia=Ho(["xlink:href","xml:id","xlink:title","xml:space","xmlns:xlink"]),Na=Fo(/{{[\w\W]*|^[\w\W]*}}/g),ja=Fo(/<%[\w\W]*|^[\w\W]*%>/g),Da=Fo(/\${[\w\W]*/g),Ua=Fo(/{{|}}|\${|<%|%>|&lt;%|%&gt;/),Ba=Fo(/^data-[\-\w.\u00B7-\uFFFF]+$/),Ha=Fo(/^aria-[\-\w]+$/),Fa=Fo(/^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i),qa=Fo(/^(?:\w+script|data):/i),Za=Fo(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g),Wa=Fo(/^html$/i),Ga=Fo(/^[a-z][.\w]*(-[.\w]+)+$/i),Ka=Fo(/<[/\w!]/g),Va=Fo(/<[/\w]/g),Ya=Fo(/<\/no(script|embed|frames)/i),Ja=Fo(/\/>/i),Qa=Fo(/((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i),Xa=Fo(/^[\r\n\t ]+/),el=1,tl=3,nl=7,il=8,sl=9,rl=11,ol=Ho(ka({},["style","script","xmp","iframe","noembed","noframes","plaintext","noscript"])),al=function(){return"undefined"==typeof window?null:window},ll=function(e,t,n,i){return fa(e,t)&&ea(e[t])?ka(i.base?$a(i.base):{},e[t],i.transform):n},cl=function(e,t,n){const i=fa(e,t)?e[t]:void 0;return i&&"object"==typeof i?wa(i):n};var dl=function e(){let t=arguments.length>0&&void 0!==arguments[0]?arguments[0]:al();const n=t=>e(t);if(n.version="3.4.18",n.removed=[],!t||!t.document||t.document.nodeType!==sl||!t.Element)return n.isSupported=!1,n;let i=t.document;const s=i,r=s.currentScript,o=t.HTMLTemplateElement,a=t.Node,l=t.Element,c=t.NodeFilter,d=t.DOMParser,u=t.trustedTypes,p=l.prototype,h=Sa(p,"cloneNode"),f=Sa(p,"remove"),m=Sa(p,"removeAttributeNode"),g=Sa(p,"nextSibling"),y=Sa(p,"childNodes"),b=Sa(p,"parentNode"),v=Sa(p,"shadowRoot"),_=Sa(p,"attributes"),k=a&&a.prototype?Sa(a.prototype,"nodeType"):null,x=a&&a.prototype?Sa(a.prototype,"nodeName"):null,w=a&&a.prototype?Sa(a.prototype,"ownerDocument"):null,$=function(e){return k?k(e):e.nodeType},S=function(e){return x?x(e):e.nodeName},A=function(e,t){for(;null!==e;){const n=Bo(e,t);if(n)return n.get?va(n.get):null;e=Uo(e)}return null}(p,"namespaceURI"),T=function(e){return A?A(e):e.namespaceURI};if("function"==typeof o){const e=i.createElement("template");e.content&&e.content.ownerDocument&&(i=e.content.ownerDocument)}let E,z,O="",P=!1,R=0;const C=function(){if(R>0)throw ba('A configured TRUSTED_TYPES_POLICY callback (createHTML or createScriptURL) must not call DOMPurify.sanitize, as that causes infinite recursion. Do not pass a policy whose callbacks wrap DOMPurify as TRUSTED_TYPES_POLICY; see the "DOMPurify and Trusted Types" section of the README.')},M=function(e){C(),R++;try{return E.createHTML(e)}finally{R--}},L=function(e){return E&&_e?M(e):e},I=function(){return P||(z=function(e,t){if("object"!=typeof e||"function"!=typeof e.createPolicy)return null;let n=null;const i="data-tt-policy-suffix";t&&t.hasAttribute(i)&&(n=t.getAttribute(i));const s="dompurify"+(n?"#"+n:"");try{return e.createPolicy(s,{createHTML:e=>e,createScriptURL:e=>e})}catch(e){return console.warn("TrustedTypes policy "+s+" could not be created."),null}}(u,r),P=!0),z},N=i,j=N.implementation,D=N.createNodeIterator,U=N.createDocumentFragment,B=N.getElementsByTagName,H=s.importNode;let F={afterSanitizeAttributes:[],afterSanitizeElements:[],afterSanitizeShadowDOM:[],beforeSanitizeAttributes:[],beforeSanitizeElements:[],beforeSanitizeShadowDOM:[],uponSanitizeAttribute:[],uponSanitizeElement:[],uponSanitizeShadowNode:[]};n.isSupported="function"==typeof Io&&"function"==typeof b&&j&&void 0!==j.createHTMLDocument;const q=Na,Z=ja,W=Da,G=Ba,K=Ha,V=qa,Y=Za,J=Ga;let Q=Fa,X=null;const ee=ka({},[...Aa,...Ta,...Ea,...Oa,...Ra]);let te=null;const ne=ka({},[...Ca,...Ma,...La,...Ia]);let ie=null,se=null,re=null;const oe=Object.seal(qo(null,{tagCheck:{writable:!0,configurable:!1,enumerable:!0,value:null},attributeCheck:{writable:!0,configurable:!1,enumerable:!0,value:null}}));let ae=!0,le=!0,ce=!1,de=!0,ue=!1,pe=!0,he=!1,fe=!1,me=null,ge=null,ye=!1,be=!1,ve=!1,_e=!1,ke=!0,xe=!1;const we="user-content-";let $e=!0,Se=!1,Ae=null,Te=!1,Ee=null;const ze=ka({},["annotation-xml","audio","colgroup","desc","foreignobject","head","iframe","math","mi","mn","mo","ms","mtext","noembed","noframes","noscript","plaintext","script","selectedcontent","style","svg","template","thead","title","video","xmp"]);let Oe=null;const Pe=ka({},["audio","video","img","source","image","track"]);let Re=null;const Ce=ka({},["alt","class","for","id","label","name","pattern","placeholder","role","summary","title","value","style","xmlns"]),Me="http://www.w3.org/1998/Math/MathML",Le="http://www.w3.org/2000/svg",Ie="http://www.w3.org/1999/xhtml";let Ne=Ie,je=!1,De=null;const Ue=ka({},[Me,Le,Ie],ra),Be=Ho(ka({},["mi","mo","mn","ms","mtext"]));let He=null;const Fe=Ho(ka({},["annotation-xml"]));let qe=null;const Ze=Ho(qo(null)),We=ka({},["title","style","font","a","script"]);let Ge=null;const Ke=["application/xhtml+xml","text/html"];let Ve=null,Ye=null;const Je=i.createElement("form"),Qe=function(e){return e instanceof RegExp||e instanceof Function},Xe=function(){let e=arguments.length>0&&void 0!==arguments[0]?arguments[0]:{};e&&"object"==typeof e||(e={}),e=wa(e),Ge=-1===Ke.indexOf(e.PARSER_MEDIA_TYPE)?"text/html":e.PARSER_MEDIA_TYPE,Ve="application/xhtml+xml"===Ge?ra:sa,X=ll(e,"ALLOWED_TAGS",ee,{transform:Ve}),te=ll(e,"ALLOWED_ATTR",ne,{transform:Ve}),De=ll(e,"ALLOWED_NAMESPACES",Ue,{transform:ra}),Re=ll(e,"ADD_URI_SAFE_ATTR",Ce,{transform:Ve,base:Ce}),Oe=ll(e,"ADD_DATA_URI_TAGS",Pe,{transform:Ve,base:Pe}),Ee=ll(e,"FORBID_CONTENTS",ze,{transform:Ve}),se=ll(e,"FORBID_TAGS",qo(null),{transform:Ve}),re=ll(e,"FORBID_ATTR",qo(null),{transform:Ve}),Te=!!fa(e,"USE_PROFILES")&&(e.USE_PROFILES&&"object"==typeof e.USE_PROFILES?wa(e.USE_PROFILES):e.USE_PROFILES),ae=!1!==e.ALLOW_ARIA_ATTR,le=!1!==e.ALLOW_DATA_ATTR,ce=e.ALLOW_UNKNOWN_PROTOCOLS||!1,de=!1!==e.ALLOW_SELF_CLOSE_IN_ATTR,ue=e.SAFE_FOR_TEMPLATES||!1,pe=!1!==e.SAFE_FOR_XML,he=e.WHOLE_DOCUMENT||!1,be=e.RETURN_DOM||!1,ve=e.RETURN_DOM_FRAGMENT||!1,_e=e.RETURN_TRUSTED_TYPE||!1,ye=e.FORCE_BODY||!1,ke=!1!==e.SANITIZE_DOM,xe=e.SANITIZE_NAMED_PROPS||!1,$e=!1!==e.KEEP_CONTENT,Se=e.IN_PLACE||!1,Q=function(e){if(!e)return!1;try{return ya(e,""),!0}catch(e){return!1}}(e.ALLOWED_URI_REGEXP)?e.ALLOWED_URI_REGEXP:Fa,Ne="string"==typeof e.NAMESPACE?e.NAMESPACE:Ie,He=cl(e,"MATHML_TEXT_INTEGRATION_POINTS",Be),qe=cl(e,"HTML_INTEGRATION_POINTS",Fe);const t=cl(e,"CUSTOM_ELEMENT_HANDLING",Ze);if(ie=qo(null),fa(t,"tagNameCheck")&&Qe(t.tagNameCheck)&&(ie.tagNameCheck=t.tagNameCheck),fa(t,"attributeNameCheck")&&Qe(t.attributeNameCheck)&&(ie.attributeNameCheck=t.attributeNameCheck),fa(t,"allowCustomizedBuiltInElements")&&"boolean"==typeof t.allowCustomizedBuiltInElements&&(ie.allowCustomizedBuiltInElements=t.allowCustomizedBuiltInElements),Fo(ie),ue&&(le=!1),ve&&(be=!0),Te&&((fa(e,"ALLOWED_TAGS")||fa(e,"ALLOWED_ATTR"))&&"undefined"!=typeof console&&"function"==typeof console.warn&&console.warn("DOMPurify: USE_PROFILES overrides ALLOWED_TAGS and ALLOWED_ATTR. Do not use these options together."),X=ka({},Ra),te=qo(null),!0===Te.html&&(ka(X,Aa),ka(te,Ca)),!0===Te.svg&&(ka(X,Ta),ka(te,Ma),ka(te,Ia)),!0===Te.svgFilters&&(ka(X,Ea),ka(te,Ma),ka(te,Ia)),!0===Te.mathMl&&(ka(X,Oa),ka(te,La),ka(te,Ia))),oe.tagCheck=null,oe.attributeCheck=null,fa(e,"ADD_TAGS")&&("function"==typeof e.ADD_TAGS?oe.tagCheck=e.ADD_TAGS:ea(e.ADD_TAGS)&&(X===ee&&(X=$a(X)),ka(X,e.ADD_TAGS,Ve))),fa(e,"ADD_ATTR")&&("function"==typeof e.ADD_ATTR?oe.attributeCheck=e.ADD_ATTR:ea(e.ADD_ATTR)&&(te===ne&&(te=$a(te)),ka(te,e.ADD_ATTR,Ve))),fa(e,"ADD_FORBID_CONTENTS")&&ea(e.ADD_FORBID_CONTENTS)&&(Ee===ze&&(Ee=$a(Ee)),ka(Ee,e.ADD_FORBID_CONTENTS,Ve)),$e&&(X["#text"]=!0),he&&ka(X,["html","head","body"]),X.table&&(X.tbody=!0,delete se.tbody),e.TRUSTED_TYPES_POLICY){if("function"!=typeof e.TRUSTED_TYPES_POLICY.createHTML)throw ba('TRUSTED_TYPES_POLICY configuration option must provide a "createHTML" hook.');if("function"!=typeof e.TRUSTED_TYPES_POLICY.createScriptURL)throw ba('TRUSTED_TYPES_POLICY configuration option must provide a "createScriptURL" hook.');const t=E;E=e.TRUSTED_TYPES_POLICY;try{O=M("")}catch(e){throw E=t,e}}else null===e.TRUSTED_TYPES_POLICY?(E=void 0,O=""):(void 0===E&&(E=I()),E&&"string"==typeof O&&(O=M("")));Ye=Ho(e)},et=ka({},[...Ta,...Ea,...za]),tt=ka({},[...Oa,...Pa]),nt=function(e){const t=T(e),n=sa(S(e)),i=b(e);let s=Ne,r="template";return i&&$(i)===el&&(s=T(i),r=sa(S(i))),!!De[t]&&(t===Le?function(e,t,n){return t===Ie?"svg"===e:t===Me?"svg"===e&&("annotation-xml"===n||He[n]):Boolean(et[e])}(n,s,r):t===Me?function(e,t,n){return t===Ie?"math"===e:t===Le?"math"===e&&qe[n]:Boolean(tt[e])}(n,s,r):t===Ie?function(e,t,n){return!(t===Le&&!qe[n])&&!(t===Me&&!He[n])&&!tt[e]&&(We[e]||!et[e])}(n,s,r):"application/xhtml+xml"===Ge)},it=function(e){Jo(n.removed,{element:e});try{b(e).removeChild(e)}catch(t){if(f(e),!b(e))throw ba("a node selected for removal could not be detached from its tree and cannot be safely returned; refusing to sanitize in place")}},st=function(e,t,n){try{m(e,t)}catch(t){try{e.removeAttribute(n)}catch(e){}}},rt=function(e){ct(e);const t=y(e);t&&Ko(Qo(t),e=>{try{f(e)}catch(e){}}),$(e)===el&&at(e,!1)},ot=function(e,t,i){if(!i)try{i=t.getAttributeNode(e)}catch(e){i=null}if(Jo(n.removed,{attribute:i||null,from:t}),i)st(t,i,e);else try{t.removeAttribute(e)}catch(e){}if("is"===e)if(be||ve)try{it(t)}catch(e){}else try{t.setAttribute(e,"")}catch(e){}},at=function(e,t){const n=_(e);if(n)for(let i=n.length-1;i>=0;--i){const s=n[i],r=s&&s.name;"string"!=typeof r||t&&te[Ve(r)]||st(e,s,r)}},lt=function(e,t){let n=arguments.length>2&&void 0!==arguments[2]&&arguments[2];const i=[e];for(;i.length>0;){const e=i.pop();if(!1===t(e))continue;if(n&&$(e)===el){const t=v(e);kt(t)&&i.push(t)}const s=y(e);if(s)for(let e=s.length-1;e>=0;--e)i.push(s[e])}},ct=function(e){lt(e,e=>{$(e)===el&&at(e,!0)})},dt=function(e){const t=[];return lt(e,e=>{t.push(e)},!0),t},ut=function(e,t){let i=!1;return Ko(n.removed,t=>{t.element&&(i=i||t.element===e,ct(t.element))}),function(e,t){const n=ta();Ko(dt(e),e=>{$(e)===el&&na(n,e)}),Ko(t,e=>{$(e)!==el||ia(n,e)||at(e,!0)})}(e,t),i},pt=function(e,t,n,i){const s=mt(e);let r;for(;r=s.nextNode();)ia(i,r)&&!ia(Ae,r)&&(t&&wt(F.uponSanitizeShadowNode,r,null),Mt(r,n))},ht=function(e,t){return!!pe&&("patchsrc"===e||"for"===e&&"label"!==t&&"output"!==t)},ft=function(e){let t=null,n=null;if(ye)e="<remove></remove>"+e;else{const t=oa(e,Xa);n=t&&t[0]}"application/xhtml+xml"===Ge&&Ne===Ie&&(e='<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body>'+e+"</body></html>");const s=E?M(e):e;if(Ne===Ie)try{t=(new d).parseFromString(s,Ge)}catch(e){}if(!t||!t.documentElement){t=j.createDocument(Ne,"template",null);try{t.documentElement.innerHTML=je?O:s}catch(e){}}const r=t.body||t.documentElement;return e&&n&&r.insertBefore(i.createTextNode(n),r.childNodes[0]||null),Ne===Ie?B.call(t,he?"html":"body")[0]:he?t.documentElement:r},mt=function(e){let t=arguments.length>1&&void 0!==arguments[1]&&arguments[1];const n=w?w(e):e.ownerDocument;return D.call(n||e,e,(t?0:c.SHOW_ELEMENT)|c.SHOW_COMMENT|c.SHOW_TEXT|c.SHOW_PROCESSING_INSTRUCTION|c.SHOW_CDATA_SECTION,null)},gt=function(e){return e=aa(e,q," "),e=aa(e,Z," "),e=aa(e,W," ")},yt=function(e){var t;bt(e);const n=null===(t=e.querySelectorAll)||void 0===t?void 0:t.call(e,"template");n&&Ko(n,e=>{kt(e.content)&&yt(e.content)})},bt=function(e){e.normalize();const t=mt(e,!0);let n=t.nextNode();for(;n;)n.data=gt(n.data),n=t.nextNode()},vt=function(e){const t=x?x(e):null;return"string"==typeof t&&("form"===Ve(t)&&("string"!=typeof e.nodeName||"string"!=typeof e.textContent||"function"!=typeof e.removeChild||e.attributes!==_(e)||"function"!=typeof e.removeAttribute||"function"!=typeof e.removeAttributeNode||"function"!=typeof e.getAttributeNode||"function"!=typeof e.setAttribute||"string"!=typeof e.namespaceURI||"function"!=typeof e.insertBefore||"function"!=typeof e.hasChildNodes||e.nodeType!==k(e)||e.childNodes!==y(e)))},_t=function(e){if(!k||"object"!=typeof e||null===e)return null;try{const t=k(e);return"number"==typeof t?t:null}catch(e){return null}},kt=function(e){return _t(e)===rl},xt=function(e){return null!==_t(e)};function wt(e,t,i){0!==e.length&&Ko(e,e=>{e.call(n,t,i,Ye)})}const $t=function(e,t){if(e instanceof RegExp)return ya(e,t);if(e instanceof Function){for(var n=arguments.length,i=new Array(n>2?n-2:0),s=2;s<n;s++)i[s-2]=arguments[s];return Boolean(e(t,...i))}return!1},St=function(e,t,n,i){return 0===e.length?t:t===n||t===i?$a(t):t},At=function(e,t){return e!==t&&null===b(e)&&(Se&&ct(e),!0)},Tt=function(e,t){var i;if(i=e,Ae&&na(Ae,i),wt(F.beforeSanitizeElements,e,null),At(e,t))return!0;if(vt(e))return it(e),!0;const s=Ve(S(e)),r=$(e);if(X=St(F.uponSanitizeElement,X,ee,me),wt(F.uponSanitizeElement,e,{tagName:s,allowedTags:X}),At(e,t))return!0;if(function(e,t,n){return!!(pe&&n===el&&e.hasChildNodes()&&!xt(e.firstElementChild)&&ya(Ka,e.textContent)&&ya(Ka,e.innerHTML))||!!(pe&&ol[t]&&n===el&&T(e)===Ie&&(xt(e.firstElementChild)||"string"==typeof e.textContent&&ya(Ka,e.textContent)))||n===nl||!(!pe||n!==il||!ya(Va,e.data))}(e,s,r))return it(e),!0;if(se[s]||!(oe.tagCheck instanceof Function&&oe.tagCheck(s))&&!X[s]){const n=function(e,t,n){if(!se[t]&&Ot(t)&&$t(ie.tagNameCheck,t))return!1;if($e&&!Ee[t]&&!Ee[sa(t)]){const t=b(e),i=y(e);if(i&&t)for(let s=i.length-1;s>=0;--s){const r=e===n?h(i[s],!0):i[s];t.insertBefore(r,g(e))}}return it(e),!0}(e,s,t);return!(!1!==n||(wt(F.afterSanitizeElements,e,null),!At(e,t)))||n}if(r===el&&!nt(e))return it(e),!0;if(("noscript"===s||"noembed"===s||"noframes"===s)&&ya(Ya,e.innerHTML))return it(e),!0;if(ue&&r===tl){const t=e.textContent,i=gt(t);t!==i&&(Jo(n.removed,{element:e.cloneNode()}),e.textContent=i)}return wt(F.afterSanitizeElements,e,null),At(e,t)},Et=function(e,t,n){if(re[t])return!1;if(ht(t,e))return!1;if(ke&&("id"===t||"name"===t)&&(n in i||n in Je))return!1;const s=te[t]||oe.attributeCheck instanceof Function&&oe.attributeCheck(t,e);if(le&&ya(G,t))return!0;if(ae&&ya(K,t))return!0;if(!s)return Ot(e)&&$t(ie.tagNameCheck,e)&&$t(ie.attributeNameCheck,t,e)||"is"===t&&ie.allowCustomizedBuiltInElements&&$t(ie.tagNameCheck,n);if(Re[t])return!0;const r=aa(n,Y,"");return!!ya(Q,r)||(!("src"!==t&&"xlink:href"!==t&&"href"!==t||"script"===e||0!==la(n,"data:")||!Oe[e])||(!(!ce||ya(V,r))||!n))},zt=ka({},["annotation-xml","color-profile","font-face","font-face-format","font-face-name","font-face-src","font-face-uri","missing-glyph"]),Ot=function(e){return!zt[sa(e)]&&ya(J,e)},Pt=function(e,t,n,i){if(E&&"object"==typeof u&&"function"==typeof u.getAttributeType&&!n)switch(u.getAttributeType(e,t)){case"TrustedHTML":return M(i);case"TrustedScriptURL":return function(e){C(),R++;try{return E.createScriptURL(e)}finally{R--}}(i)}return i},Rt=function(e,t,n,i){try{return n?e.setAttributeNS(n,t,i):e.setAttribute(t,i),!vt(e)||(it(e),!1)}catch(n){return ot(t,e),!1}},Ct=function(e,t){return!(!pe||!ya(Qa,t))||"attributename"===sa(e)&&-1!==la(t,"href")},Mt=function(e,t){Tt(e,t),function(e,t){if(wt(F.beforeSanitizeAttributes,e,null),At(e,t))return;const i=e.attributes;if(!i||vt(e))return;te=St(F.uponSanitizeAttribute,te,ne,ge);const s={attrName:"",attrValue:"",keepAttr:!0,allowedAttributes:te,forceKeepAttr:void 0};let r=i.length;const o=Ve(S(e));for(;r--;){const t=i[r],a=t.name,l=t.namespaceURI,c=t.value,d=Ve(a),u=c;let p="value"===a?u:ca(u),h=!1;s.attrName=d,s.attrValue=p,s.keepAttr=!0,s.forceKeepAttr=void 0,wt(F.uponSanitizeAttribute,e,s),p=s.attrValue,!xe||"id"!==d&&"name"!==d||0===la(p,we)||(ot(a,e,t),p=we+p,h=!0),Ct(a,p)?ot(a,e,t):s.forceKeepAttr||(!s.keepAttr||!de&&ya(Ja,p)?ot(a,e,t):(ue&&(p=gt(p)),Et(o,d,p)?(p=Pt(o,d,l,p),p!==u&&Rt(e,a,l,p)&&h&&Yo(n.removed)):ot(a,e,t)))}wt(F.afterSanitizeAttributes,e,null),At(e,t)}(e,t),kt(e.content)&&Lt(e.content)},Lt=function(e){let t=null;const n=mt(e);for(wt(F.beforeSanitizeShadowDOM,e,null);t=n.nextNode();)if(wt(F.uponSanitizeShadowNode,t,null),Mt(t,e),$(t)===el){const e=v(t);kt(e)&&(It(e),Lt(e))}ue&&bt(e),wt(F.afterSanitizeShadowDOM,e,null)},It=function(e){const t=[{node:e,shadow:null}];for(;t.length>0;){const e=t.pop();if(e.shadow){Lt(e.shadow);continue}const n=e.node,i=$(n)===el,s=y(n);if(s)for(let e=s.length-1;e>=0;--e)t.push({node:s[e],shadow:null});if(i){const e=x?x(n):null;if("string"==typeof e&&"template"===Ve(e)){const e=n.content;kt(e)&&t.push({node:e,shadow:null})}}if(i){const e=v(n);kt(e)&&t.push({node:null,shadow:e},{node:e,shadow:null})}}};return n.sanitize=function(e){let t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:{},i=null,r=null,o=null,a=null;if(je=!e,je&&(e="\x3c!--\x3e"),"string"!=typeof e&&!xt(e)&&(e=function(e){switch(typeof e){case"string":return e;case"number":return da(e);case"boolean":return ua(e);case"bigint":return pa?pa(e):"0";case"symbol":return ha?ha(e):"Symbol()";case"undefined":default:return ma(e);case"function":case"object":{if(null===e)return ma(e);const t=e,n=Sa(t,"toString");if("function"==typeof n){const e=n(t);return"string"==typeof e?e:ma(e)}return ma(e)}}}(e),"string"!=typeof e))throw ba("dirty is not a string, aborting");if(!n.isSupported)return e;fe?(X=me,te=ge):Xe(t),n.removed=[];const l=Se&&"string"!=typeof e&&xt(e);let c=[];const d=Ae;if(l){u=e,pe&&lt(u,e=>{const t=$(e);if(t===nl||t===il&&ya(Va,e.data)){try{f(e)}catch(e){}return!1}if(t===el){const t=e,n=Ve(S(e));try{t.hasAttribute&&t.hasAttribute("patchsrc")&&t.removeAttribute("patchsrc"),t.hasAttribute&&t.hasAttribute("for")&&ht("for",n)&&t.removeAttribute("for")}catch(e){}}return!0});const t=S(e);if("string"==typeof t){const n=Ve(t);if(!X[n]||se[n])throw rt(e),ba("root node is forbidden and cannot be sanitized in-place")}if(vt(e))throw rt(e),ba("root node is clobbered and cannot be sanitized in-place");c=dt(e),Ae=ta()}else if(xt(e))i=ft("\x3c!----\x3e"),r=i.ownerDocument.importNode(e,!0),r.nodeType===el&&"BODY"===r.nodeName||"HTML"===r.nodeName?i=r:i.appendChild(r),It(i);else{if(!be&&!ue&&!he&&-1===e.indexOf("<"))return L(e);if(i=ft(e),!i)return be?null:_e?O:""}var u;i&&ye&&it(i.firstChild);const p=l?e:i;try{l&&It(e);const t=mt(p);for(;o=t.nextNode();)Mt(o,p);l&&function(e,t){const n=Ae;let i=null;const s=()=>(i||(i=ta(),Ko(t,e=>{na(i,e)})),i);for(let t=0;;t++){const i=dt(e),r=[e];let o=!1;if(Ko(i,e=>{$(e)===rl?Jo(r,e):o||ia(n,e)||(o=ia(s(),e))}),!o)return;if(t>=8)throw ba("the tree kept changing during in-place sanitization; refusing to return it");Ko(r,(t,n)=>{pt(t,n>0,e,s())})}}(e,c)}catch(t){throw l&&(rt(e),ut(e,c)),t}finally{Ae=d}if(l){if(ut(e,c))throw ba("a node selected for removal could not be safely returned; refusing to sanitize in place");return ue&&yt(e),e}if(be){if(ue&&yt(i),ve)for(a=U.call(i.ownerDocument);i.firstChild;)a.appendChild(i.firstChild);else a=i;return(te.shadowroot||te.shadowrootmode)&&(a=H.call(s,a,!0)),a}const h=()=>he?i.outerHTML:i.innerHTML;let m=h();return ue&&ya(Ua,m)&&(bt(i),m=h()),he&&X["!doctype"]&&i.ownerDocument&&i.ownerDocument.doctype&&i.ownerDocument.doctype.name&&ya(Wa,i.ownerDocument.doctype.name)&&(m="<!DOCTYPE "+i.ownerDocument.doctype.name+">\n"+m),L(m)},n.setConfig=function(){Xe(arguments.length>0&&void 0!==arguments[0]?arguments[0]:{}),fe=!0,me=X,ge=te},n.clearConfig=function(){Ye=null,fe=!1,me=null,ge=null,E=z,O=""},n.isValidAttribute=function(e,t,n){Ye||Xe({});const i=Ve(e),s=Ve(t);return("string"!=typeof n||!(Ct(t,n)||!de&&ya(Ja,n)))&&Et(i,s,n)},n.addHook=function(e,t){"function"==typeof t&&fa(F,e)&&Jo(F[e],t)},n.removeHook=function(e,t){if(fa(F,e)){if(void 0!==t){const n=Vo(F[e],t);return-1===n?void 0:Xo(F[e],n,1)[0]}return Yo(F[e])}},n.removeHooks=function(e){fa(F,e)&&(F[e]=[])},n.removeAllHooks=function(){F={afterSanitizeAttributes:[],afterSanitizeElements:[],afterSanitizeShadowDOM:[],beforeSanitizeAttributes:[],beforeSanitizeElements:[],beforeSanitizeShadowDOM:[],uponSanitizeAttribute:[],uponSanitizeElement:[],uponSanitizeShadowNode:[]}},n}();function ul(){return{async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null}}var pl={async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null};function hl(e){pl=e}var fl={exec:()=>null};function ml(e){let t=[];return n=>{let i=Math.max(0,Math.min(3,n-1)),s=t[i];return s||(s=e(i),t[i]=s),s}}function gl(e,t=""){let n="string"==typeof e?e:e.source,i={replace:(e,t)=>{let s="string"==typeof t?t:t.source;return s=s.replace(bl.caret,"$1"),n=n.replace(e,s),i},getRegex:()=>new RegExp(n,t)};return i}var yl=((e="")=>{try{return!!new RegExp("(?<=1)(?<!1)"+e)}catch{return!1}})(),bl={codeRemoveIndent:/^(?: {0,3}\t| {1,4})/gm,listInterruptsParagraph:/^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/,outputLinkReplace:/\\([\[\]])/g,indentCodeCompensation:/^(\s+)(?:```)/,beginningSpace:/^\s+/,endingHash:/#$/,startingSpaceChar:/^ /,endingSpaceChar:/ $/,endingSpaceTabChar:/[ \t]$/,nonSpaceChar:/[^ ]/,newLineCharGlobal:/\n/g,tabCharGlobal:/\t/g,leadingSpaceTab:/^[ \t]+/,multipleSpaceGlobal:/\s+/g,blankLine:/^[ \t]*$/,doubleBlankLine:/\n[ \t]*\n[ \t]*$/,blockquoteStart:/^ {0,3}>/,blockquoteSetextReplace:/\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g,blockquoteSetextReplace2:/^ {0,3}>[ \t]?/gm,blockquoteMarkerWhitespace:/^( {0,3}>)(\t[ \t]*)/gm,nestedBlockMarker:/^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/,listReplaceNesting:/^ {1,4}(?=( {4})*[^ ])/g,listIsTask:/^\[[ xX]\][ \t]+\S/,listReplaceTask:/^\[[ xX]\][ \t]+/,listTaskCheckbox:/\[[ xX]\]/,anyLine:/\n.*\n/,hrefBrackets:/^<(.*)>$/,tableDelimiter:/[:|]/,tableAlignChars:/^\||\| *$/g,tableRowBlankLine:/\n[ \t]*$/,tableAlignRight:/^ *-+: *$/,tableAlignCenter:/^ *:-+: *$/,tableAlignLeft:/^ *:-+ *$/,startATag:/^<a /i,endATag:/^<\/a>/i,startPreScriptTag:/^<(pre|code|kbd|script)(\s|>)/i,endPreScriptTag:/^<\/(pre|code|kbd|script)(\s|>)/i,startAngleBracket:/^</,endAngleBracket:/>$/,pedanticHrefTitle:/^([^'"]*[^\s])\s+(['"])(.*)\2/,unicodeAlphaNumeric:/[\p{L}\p{N}]/u,numericCharacterReference:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/,numericCharacterReferenceOrAmpersand:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,escapeTest:/[&<>"']/,escapeReplace:/[&<>"']/g,escapeTestNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/,escapeReplaceNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,caret:/(^|[^\[])\^/g,percentDecode:/%25/g,findPipe:/\|/g,splitPipe:/ \|/,slashPipe:/\\\|/g,carriageReturn:/\r\n|\r/g,spaceLine:/^ +$/gm,notSpaceStart:/^\S*/,endingNewline:/\n$/,listItemRegex:e=>new RegExp(`^( {0,3}${e})((?:[\t ][^\\n]*)?(?:\\n|$))`),nextBulletRegex:ml(e=>new RegExp(`^ {0,${e}}(?:[*+-]|\\d{1,9}[.)])((?:[ \t][^\\n]*)?(?:\\n|$))`)),hrRegex:ml(e=>new RegExp(`^ {0,${e}}((?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\\*[ \t]*){3,})(?:\\n+|$)`)),fencesBeginRegex:ml(e=>new RegExp(`^ {0,${e}}(?:\`\`\`|~~~)`)),headingBeginRegex:ml(e=>new RegExp(`^ {0,${e}}#{1,6}(?:\\s|$)`)),pedanticHeadingBeginRegex:ml(e=>new RegExp(`^ {0,${e}}#`)),htmlBeginRegex:ml(e=>new RegExp(`^ {0,${e}}(?:</?(?:${kl})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`,"i")),blockquoteBeginRegex:ml(e=>new RegExp(`^ {0,${e}}>`)),nestedContainerMarkers:/^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/},vl=/^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/,_l=/ {0,3}(?:[*+-]|\d{1,9}[.)])/,kl="address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul",xl=gl(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag",kl).getRegex(),wl=/^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/,$l=gl(wl).replace(/bull/g,_l).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g,"").replace(/html/g,xl).getRegex(),Sl=gl(wl).replace(/bull/g,_l).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g,/ {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g,xl).getRegex(),Al=/^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/,Tl=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/,El=gl(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label",Tl).replace("title",/(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex(),zl=gl(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g,_l).getRegex(),Ol=/<!--(?:-?>|[\s\S]*?(?:-->|$))/,Pl=gl("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ \t]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ \t]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ \t]*)+\\n|$))","i").replace("comment",Ol).replace("tag",kl).replace("attribute",/[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex(),Rl=e=>gl(Al).replace("hr",vl).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("|table","").replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list",e).replace("html",xl).getRegex(),Cl=Rl(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/),Ml=Rl(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/),Ll={blockquote:gl(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph",Ml).getRegex(),code:/^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/,def:El,fences:/^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/,heading:/^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/,hr:vl,html:Pl,lheading:$l,list:zl,newline:/^(?:[ \t]*(?:\n|$))+/,paragraph:Cl,table:fl,text:/^[^\n]+/},Il=gl("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr",vl).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("blockquote"," {0,3}>").replace("code","(?: {4}| {0,3}\t)[^\\n]").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html",xl).getRegex(),Nl={...Ll,lheading:Sl,table:Il,paragraph:gl(Al).replace("hr",vl).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("table",Il).replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html",xl).getRegex()},jl={...Ll,html:gl("^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:\"[^\"]*\"|'[^']*'|\\s[^'\"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))").replace("comment",Ol).replace(/tag/g,"(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(),def:/^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/,heading:/^(#{1,6})(.*)(?:\n+|$)/,fences:fl,lheading:/^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/,paragraph:gl(Al).replace("hr",vl).replace("heading"," *#{1,6} *[^\n]").replace("|table","").replace("blockquote"," {0,3}>").replace("|fences","").replace("|list","").replace("|html","").replace("|tag","").replace("lheading",$l).getRegex()},Dl=/^( {2,}|\\)\n(?!\s*$)[ \t]*/,Ul=/[\p{P}\p{S}]/u,Bl=/[\s\p{P}\p{S}]/u,Hl=/[^\s\p{P}\p{S}]/u,Fl=gl(/^((?![*_])punctSpace)/,"u").replace(/punctSpace/g,Bl).getRegex(),ql=/(?!~)[\p{P}\p{S}]/u,Zl=gl(/link|precode-code|html/,"g").replace("link",/\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-",yl?"(?<!`)()":"(^^|[^`])").replace("code",/(?<b>`+)[^`]+\k<b>(?!`)/).replace("html",/<(?! )[^<>]*?>/).getRegex(),Wl=/^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/,Gl=gl(Wl,"u").replace(/punct/g,Ul).getRegex(),Kl=gl(Wl,"u").replace(/punct/g,ql).getRegex(),Vl=gl(/^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/,"u").replace(/openQuote/g,/[\p{Pi}\p{Ps}"']/u).replace(/punct/g,Ul).getRegex(),Yl="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)",Jl=gl(Yl,"gu").replace(/notPunctSpace/g,Hl).replace(/punctSpace/g,Bl).replace(/punct/g,Ul).getRegex(),Ql=gl(Yl,"gu").replace(/notPunctSpace/g,/(?:[^\s\p{P}\p{S}]|~)/u).replace(/punctSpace/g,/(?!~)[\s\p{P}\p{S}]/u).replace(/punct/g,ql).getRegex(),Xl=gl("^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)","gu").replace(/notPunctSpace/g,Hl).replace(/punctSpace/g,Bl).replace(/punct/g,Ul).getRegex(),ec=gl("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)","gu").replace(/notPunctSpace/g,Hl).replace(/punctSpace/g,Bl).replace(/punct/g,Ul).getRegex(),tc=gl("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)","gu").replace(/notPunctSpace/g,Hl).replace(/punctSpace/g,Bl).replace(/punct/g,Ul).getRegex(),nc=gl(/^~~?(?:((?!~)punct)|[^\s~])/,"u").replace(/punct/g,Ul).getRegex(),ic=gl("^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)","gu").replace(/notPunctSpace/g,Hl).replace(/punctSpace/g,Bl).replace(/punct/g,Ul).getRegex(),sc=gl(/\\(punct)/,"gu").replace(/punct/g,Ul).getRegex(),rc=gl(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/,"gu").replace(/punct/g,Ul).getRegex(),oc=gl(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme",/[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email",/[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex(),ac=gl(Ol).replace("(?:--\x3e|$)","--\x3e").getRegex(),lc=gl("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment",ac).replace("attribute",/\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex(),cc=/\[(?:\\[\s\S]|[^\[\]\\])*\]/,dc=gl(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets",cc).getRegex(),uc=gl(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label",dc).replace("href",/<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title",/"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex(),pc=gl(/^!?\[(label)\]\[(ref)\]/).replace("label",dc).replace("ref",Tl).getRegex(),hc=gl(/^!?\[(ref)\](?:\[\])?/).replace("ref",Tl).getRegex(),fc=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/,mc=gl(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets",cc).getRegex(),gc=gl("reflink|nolink(?!\\()","g").replace("reflink",gl(/^!?\[(label)\]\[(ref)\]/).replace("label",mc).replace("ref",fc).getRegex()).replace("nolink",gl(/^!?\[(ref)\](?:\[\])?/).replace("ref",fc).getRegex()).getRegex(),yc=/[hH][tT][tT][pP][sS]?|[fF][tT][pP]/,bc=gl(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g,/[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(),vc={_backpedal:fl,anyPunctuation:sc,anyPunctuationOutsideCode:rc,autolink:oc,blockSkip:Zl,br:Dl,code:/^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/,del:fl,delLDelim:fl,delRDelim:fl,emStrongLDelim:Gl,emStrongRDelimAst:Jl,emStrongRDelimUnd:ec,escape:/^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/,link:uc,nolink:hc,punctuation:Fl,reflink:pc,reflinkSearch:gc,tag:lc,text:/^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/,url:fl},_c={...vc,emStrongLDelim:Vl,emStrongRDelimAst:Xl,emStrongRDelimUnd:tc,link:gl(/^!?\[(label)\]\((.*?)\)/).replace("label",dc).getRegex(),reflink:gl(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label",dc).getRegex()},kc={...vc,emStrongRDelimAst:Ql,emStrongLDelim:Kl,delLDelim:nc,delRDelim:ic,url:gl(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol",bc).replace("protocol",yc).replace("email",/[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(),_backpedal:/(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/,del:/^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/,text:gl(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol",yc).replace(/emailProtocol/g,/(?:mailto|xmpp):/).replace("wwwStart",yl?"(?<![^\\s*_~(])www\\.":"www\\.").getRegex()},xc={...kc,br:gl(Dl).replace("{2,}","*").getRegex(),text:gl(kc.text).replace("\\b_","\\b_| {2,}\\n").replace(/\{2,\}/g,"*").getRegex()},wc={normal:Ll,gfm:Nl,pedantic:jl},$c={normal:vc,gfm:kc,breaks:xc,pedantic:_c},Sc={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},Ac=e=>Sc[e];function Tc(e,t){if(t){if(bl.escapeTest.test(e))return e.replace(bl.escapeReplace,Ac)}else if(bl.escapeTestNoEncode.test(e))return e.replace(bl.escapeReplaceNoEncode,Ac);return e}function Ec(e){return bl.numericCharacterReference.test(e)?e.replace(bl.numericCharacterReferenceOrAmpersand,(e,t,n)=>{if(void 0===t&&void 0===n)return"&amp;";let i=void 0===t?Number.parseInt(n,16):Number.parseInt(t,10);return 0===i||i>1114111||i>=55296&&i<=57343?"�":38===i?"&amp;":String.fromCodePoint(i)}):e}function zc(e){try{e=encodeURI(e).replace(bl.percentDecode,"%")}catch{return null}return e}function Oc(e,t){let n=e.replace(bl.findPipe,(e,t,n)=>{let i=!1,s=t;for(;--s>=0&&"\\"===n[s];)i=!i;return i?"|":" |"}),i=n.split(bl.splitPipe),s=0;if(i[0].trim()||i.shift(),i.length>0&&!i.at(-1)?.trim()&&i.pop(),t)if(i.length>t)i.splice(t);else for(;i.length<t;)i.push("");for(;s<i.length;s++)i[s]=i[s].trim().replace(bl.slashPipe,"|");return i}function Pc(e,t,n){let i=e.length;if(0===i)return"";let s=0;for(;s<i;){if(e.charAt(i-s-1)!==t)break;s++}return e.slice(0,i-s)}function Rc(e){let t=e.split("\n"),n=t.length-1;for(;n>=0&&bl.blankLine.test(t[n]);)n--;return t.length-n<=2?e:t.slice(0,n+1).join("\n")}function Cc(e){return e.trim().replace(bl.multipleSpaceGlobal," ").toLowerCase().toUpperCase().toLowerCase()}function Mc(e,t){if(-1===e.indexOf(t[0])&&-1===e.indexOf(t[1]))return-1;let n=0;for(let i=0;i<e.length;i++)if("\\"===e[i])i++;else if(e[i]===t[0])n++;else if(e[i]===t[1]&&(n--,n<0))return i;return n>0?-2:-1}var Lc=new WeakMap;function Ic(e){let t={"*":-1,_:-1},n=-1,i=e.length;for(let s=0;s<i;s++){let r=e[s];if("*"!==r&&"_"!==r&&"~"!==r)continue;let o=0===s?"\n":e[s-1],a=s+1;for(;a<i&&e[a]===r;)a++;" "!==o&&"\t"!==o&&"\n"!==o&&"\r"!==o&&"\f"!==o&&("~"===r?n=s:t[r]=s),s=a-1}return{maskedSrc:e,lastPossibleEmStrongCloserIndex:t,lastPossibleDelCloserIndex:n}}function Nc(e,t,n){let i=Lc.get(e)?.at(-1);return i&&i.maskedSrc===t?i.lastPossibleEmStrongCloserIndex[n]:Ic(t).lastPossibleEmStrongCloserIndex[n]}function jc(e,t){let n=Lc.get(e)?.at(-1);return n&&n.maskedSrc===t?n.lastPossibleDelCloserIndex:Ic(t).lastPossibleDelCloserIndex}function Dc(e,t=0){let n=t,i="";for(let t of e)if("\t"===t){let e=4-n%4;i+=" ".repeat(e),n+=e}else i+=t,n++;return i}function Uc(e,t,n,i,s){let r=t.href,o=t.title||null,a=function(e,t){let n="";for(let i=0;i<e.length;i++){if("`"===e[i]){let s=t.inline.code.exec(e.slice(i));if(s){n+=s[0],i+=s[0].length-1;continue}}"\\"!==e[i]||"["!==e[i+1]&&"]"!==e[i+1]?n+=e[i]:(n+=e[i+1],i++)}return n}(e[1],s),l="!"===e[0].charAt(0),c=i.state.inLink,d=i.state.linkEmitted,u=i.state.inRawBlock;i.state.inLink=!0,i.state.linkEmitted=!1;let p=i.inlineTokens(a),h=i.state.linkEmitted;if(i.state.linkEmitted=d,i.state.inLink=c,!l){if(h)return void(i.state.inRawBlock=u);i.state.linkEmitted=!0}return{type:l?"image":"link",raw:n,href:r,title:o,text:a,tokens:p}}function Bc(e,t,n,i){if(!t.includes("<"))return!1;for(let s=0;s<t.length;s++){if("\\"===t[s]){s++;continue}if("`"===t[s]){let e=i.inline.code.exec(t.slice(s));if(e){s+=e[0].length-1;continue}}if("<"!==t[s])continue;let r=e.slice(n+s),o=i.inline.tag.exec(r)||i.inline.autolink.exec(r);if(o){if(o[0].length>t.length-s)return!0;s+=o[0].length-1}}return!1}var Hc=class{options;rules;lexer;constructor(e){this.options=e||pl}space(e){let t=this.rules.block.newline.exec(e);if(t&&t[0].length>0)return{type:"space",raw:t[0]}}code(e){let t=this.rules.block.code.exec(e);if(t){let e=this.options.pedantic?t[0]:Rc(t[0]),n=e.replace(this.rules.other.codeRemoveIndent,"");return{type:"code",raw:e,codeBlockStyle:"indented",text:n}}}fences(e){let t=this.rules.block.fences.exec(e);if(t){let e=t[0],n=function(e,t,n){let i=e.match(n.other.indentCodeCompensation);if(null===i)return t;let s=i[1];return t.split("\n").map(e=>{let t=e.match(n.other.beginningSpace);if(null===t)return e;let[i]=t;return e.slice(Math.min(i.length,s.length))}).join("\n")}(e,t[3]||"",this.rules);return void 0!==t[3]&&(""===n||n.endsWith("\n"))&&(n+="\n"),{type:"code",raw:e,lang:t[2]?t[2].trim().replace(this.rules.inline.anyPunctuation,"$1"):t[2],text:n}}}heading(e){let t=this.rules.block.heading.exec(e);if(t){let e=t[2].trim();if(this.rules.other.endingHash.test(e)){let t=Pc(e,"#");(this.options.pedantic||!t||this.rules.other.endingSpaceTabChar.test(t))&&(e=t.trim())}return{type:"heading",raw:Pc(t[0],"\n"),depth:t[1].length,text:e,tokens:this.lexer.inline(e)}}}hr(e){let t=this.rules.block.hr.exec(e);if(t)return{type:"hr",raw:Pc(t[0],"\n")}}blockquote(e){let t=this.rules.block.blockquote.exec(e);if(t){let e=Pc(t[0],"\n").split("\n"),n="",i="",s=[];for(;e.length>0;){let t,r=!1,o=[];for(t=0;t<e.length;t++)if(this.rules.other.blockquoteStart.test(e[t]))o.push(e[t]),r=!0;else{if(r)break;o.push(e[t])}e=e.slice(t);let a=o.join("\n"),l=a.replace(this.rules.other.blockquoteMarkerWhitespace,(e,t,n)=>n.startsWith(" ")?t+" "+n.slice(1):t+Dc(n,t.length)).replace(this.rules.other.blockquoteSetextReplace,"\n    $1").replace(this.rules.other.blockquoteSetextReplace2,"");n=n?`${n}\n${a}`:a,i=i?`${i}\n${l}`:l;let c=this.lexer.state.top;if(this.lexer.state.top=!0,this.lexer.blockTokens(l,s,!0),this.lexer.state.top=c,0===e.length)break;let d=s.at(-1);if("code"===d?.type||"heading"===d?.type||"hr"===d?.type||"html"===d?.type||"table"===d?.type)break;if("blockquote"===d?.type){let t=d,r=e.join("\n"),o=t.raw+"\n"+r.replace(this.rules.other.blockquoteSetextReplace2,""),a=this.blockquote(o);s[s.length-1]=a;let l=o.substring(a.raw.length).replace(/^\n/,""),c=l?l.split("\n").length:0,u=c?e.slice(0,-c):e;if(u.length>0&&(n=`${n}\n${u.join("\n")}`),i=i.substring(0,i.length-t.text.length)+a.text,e=e.slice(u.length),e.length>0&&this.rules.other.blockquoteStart.test(e[0]))continue;break}if("list"===d?.type){let t=d,r=t.raw+"\n"+e.join("\n"),o=this.list(r);s[s.length-1]=o;let a=o.raw.length>t.raw.length?r.slice(t.raw.length+1,o.raw.length).split("\n").length:0;if(a>0){let t=e.slice(0,a).join("\n");n=`${n}\n${t}`,i=`${i}\n${t}`}if(e=e.slice(a),e.length>0&&!this.rules.other.blockquoteStart.test(e[0]))break;continue}}return{type:"blockquote",raw:n,tokens:s,text:i}}}list(e){let t=this.rules.block.list.exec(e);if(t){if(!this.options.pedantic&&"text"===this.lexer.state.lastToken?.type&&!this.rules.other.listInterruptsParagraph.test(e))return;let n=e,i=()=>n.length-e.length,s=t[1].trim(),r=s.length>1,o={type:"list",raw:"",ordered:r,start:r?+s.slice(0,-1):"",loose:!1,items:[]};s=r?`\\d{1,9}\\${s.slice(-1)}`:`\\${s}`,this.options.pedantic&&(s=r?s:"[*+-]");let a=this.rules.other.listItemRegex(s),l=!1;for(;e;){let s=!1,r="";if(!(t=a.exec(e))||this.rules.block.hr.test(e))break;let c=i();e=e.substring(t[0].length);let d=t[2].split("\n",1)[0],u=t[1].length,p=this.options.pedantic?Dc(d,u):d.replace(this.rules.other.leadingSpaceTab,e=>Dc(e,u)),h=e.split("\n",1)[0],f=!p.trim(),m=0;if(this.options.pedantic?(m=2,r=p.trimStart()):f?m=u+1:(m=p.search(this.rules.other.nonSpaceChar),m=m>4?1:m,r=p.slice(m),m+=u),f&&this.rules.other.blankLine.test(h)&&(e=e.substring(h.length+1),s=!0),!s){let t=this.rules.other.nextBulletRegex(m),n=this.rules.other.hrRegex(m),i=this.rules.other.fencesBeginRegex(m),s=this.options.pedantic?this.rules.other.pedanticHeadingBeginRegex(m):this.rules.other.headingBeginRegex(m),o=this.rules.other.htmlBeginRegex(m),a=this.rules.other.blockquoteBeginRegex(m),l=!1;for(;e;){let c,d=e.split("\n",1)[0];if(h=d,this.options.pedantic?(h=h.replace(this.rules.other.listReplaceNesting,"  "),c=h):c=h.replace(this.rules.other.leadingSpaceTab,e=>Dc(e)),i.test(h)||s.test(h)||o.test(h)||a.test(h)||t.test(h)||n.test(h))break;if(c.search(this.rules.other.nonSpaceChar)>=m||!h.trim())r+="\n"+c.slice(m),l=!1;else{if(f)break;let e=p;if(!this.options.pedantic&&!r.includes("\n")&&!p.includes("\t")){let t;for(;!n.test(e)&&(t=this.rules.other.nestedBlockMarker.exec(e));)e=e.slice(t[0].length);if(!e.trim())break}if(e.replace(this.rules.other.tabCharGlobal,"    ").search(this.rules.other.nonSpaceChar)>=4||i.test(e)||s.test(e)||o.test(e)||n.test(e))break;if(!this.options.pedantic&&!l){let e=p.replace(this.rules.other.nestedContainerMarkers,"");if(this.rules.block.fences.test(e)||this.rules.block.heading.test(e)||this.rules.block.hr.test(e))break}r+="\n"+(!this.options.pedantic&&/^ {0,3}(?:=+|-+) *$/.test(h)&&this.rules.block.lheading.test(`${p}\n${h}`)?`    ${c.replace(/^ {0,3}/,"")}`:h),l=!0}f=!h.trim(),e=e.substring(d.length+1),p=c.slice(m)}}let g=n.slice(c,i());o.loose||(l?o.loose=!0:this.rules.other.doubleBlankLine.test(g)&&(l=!0)),o.items.push({type:"list_item",raw:g,task:!!this.options.gfm&&this.rules.other.listIsTask.test(r),loose:!1,text:r,tokens:[]})}let c=o.items.at(-1);if(!c)return;c.raw=c.raw.trimEnd(),c.text=c.text.trimEnd(),o.raw=n.slice(0,i()).trimEnd();let d=[];for(let e of o.items)if(this.lexer.state.top=!1,d.push(this.lexer.inlineQueue.length),e.tokens=this.lexer.blockTokens(e.text,[]),!o.loose){let t=e.tokens.filter(e=>"space"===e.type),n=t.length>0&&t.some(e=>this.rules.other.anyLine.test(e.raw));o.loose=n}for(let e=0;e<o.items.length;e++){let t=o.items[e],n=t.tokens[0];if(!t.task||"text"!==n?.type&&"paragraph"!==n?.type)t.task&&(t.task=!1);else{t.text=t.text.replace(this.rules.other.listReplaceTask,""),n.raw=n.raw.replace(this.rules.other.listReplaceTask,""),n.text=n.text.replace(this.rules.other.listReplaceTask,"");let i=this.lexer.inlineQueue;for(let t=d[e];t<i.length;t++)if(i[t].tokens===n.tokens){i[t].src=i[t].src.replace(this.rules.other.listReplaceTask,"");break}let s=this.rules.other.listTaskCheckbox.exec(t.raw);if(s){let e={type:"checkbox",raw:s[0]+" ",checked:"[ ]"!==s[0]};t.checked=e.checked,o.loose?t.tokens[0]&&["paragraph","text"].includes(t.tokens[0].type)&&"tokens"in t.tokens[0]&&t.tokens[0].tokens?(t.tokens[0].raw=e.raw+t.tokens[0].raw,t.tokens[0].text=e.raw+t.tokens[0].text,t.tokens[0].tokens.unshift(e)):t.tokens.unshift({type:"paragraph",raw:e.raw,text:e.raw,tokens:[e]}):t.tokens.unshift(e)}}}if(o.loose)for(let e of o.items){e.loose=!0;for(let t of e.tokens)"text"===t.type&&(t.type="paragraph")}return o}}html(e){let t=this.rules.block.html.exec(e);if(t){if("paragraph"===this.lexer.state.lastToken?.type&&!this.rules.other.htmlBeginRegex(4).test(e))return;let n=Rc(t[0]);return{type:"html",block:!0,raw:n,pre:"pre"===t[1]||"script"===t[1]||"style"===t[1],text:n}}}def(e){let t=this.rules.block.def.exec(e);if(t){if(!this.rules.other.startAngleBracket.test(t[2])&&-1!==Mc(t[2],"()"))return;let e=Cc(t[1]),n=t[2]?t[2].replace(this.rules.other.hrefBrackets,"$1").replace(this.rules.inline.anyPunctuation,"$1"):"",i=t[3]?t[3].substring(1,t[3].length-1).replace(this.rules.inline.anyPunctuation,"$1"):t[3];return{type:"def",tag:e,raw:Pc(t[0],"\n"),href:n,title:i}}}table(e){let t=this.rules.block.table.exec(e);if(!t||!this.rules.other.tableDelimiter.test(t[2]))return;let n=Oc(t[1]),i=t[2].replace(this.rules.other.tableAlignChars,"").split("|"),s=t[3]?.trim()?t[3].replace(this.rules.other.tableRowBlankLine,"").split("\n"):[],r={type:"table",raw:Pc(t[0],"\n"),header:[],align:[],rows:[]};if(n.length===i.length){for(let e of i)this.rules.other.tableAlignRight.test(e)?r.align.push("right"):this.rules.other.tableAlignCenter.test(e)?r.align.push("center"):this.rules.other.tableAlignLeft.test(e)?r.align.push("left"):r.align.push(null);for(let e=0;e<n.length;e++)r.header.push({text:n[e],tokens:this.lexer.inline(n[e]),header:!0,align:r.align[e]});for(let e of s)r.rows.push(Oc(e,r.header.length).map((e,t)=>({text:e,tokens:this.lexer.inline(e),header:!1,align:r.align[t]})));return r}}lheading(e){let t=this.rules.block.lheading.exec(e);if(t){let e=t[1].trim();return{type:"heading",raw:Pc(t[0],"\n"),depth:"="===t[2].charAt(0)?1:2,text:e,tokens:this.lexer.inline(e)}}}paragraph(e){let t=this.rules.block.paragraph.exec(e);if(t){let e="\n"===t[1].charAt(t[1].length-1)?t[1].slice(0,-1):t[1];return{type:"paragraph",raw:t[0],text:e,tokens:this.lexer.inline(e)}}}text(e){let t=this.rules.block.text.exec(e);if(t)return{type:"text",raw:t[0],text:t[0],tokens:this.lexer.inline(t[0])}}escape(e){if(92!==e.charCodeAt(0))return;let t=this.rules.inline.escape.exec(e);return t?{type:"escape",raw:t[0],text:t[1]}:void 0}tag(e){if(60!==e.charCodeAt(0))return;let t=this.rules.inline.tag.exec(e);return t?(!this.lexer.state.inLink&&this.rules.other.startATag.test(t[0])?this.lexer.state.inLink=!0:this.lexer.state.inLink&&this.rules.other.endATag.test(t[0])&&(this.lexer.state.inLink=!1),!this.lexer.state.inRawBlock&&this.rules.other.startPreScriptTag.test(t[0])?this.lexer.state.inRawBlock=!0:this.lexer.state.inRawBlock&&this.rules.other.endPreScriptTag.test(t[0])&&(this.lexer.state.inRawBlock=!1),{type:"html",raw:t[0],inLink:this.lexer.state.inLink,inRawBlock:this.lexer.state.inRawBlock,block:!1,text:t[0]}):void 0}link(e){if(!1===this.lexer.state.linkParenPossible)return;let t=e.charCodeAt(0);if(91!==t&&33!==t)return;let n=this.rules.inline.link.exec(e);if(n){let t="!"===n[0].charAt(0)?2:1;if(!this.options.pedantic&&Bc(e,n[1],t,this.rules))return;let i=n[2].trim();if(!this.options.pedantic&&this.rules.other.startAngleBracket.test(i)){if(!this.rules.other.endAngleBracket.test(i))return;let e=Pc(i.slice(0,-1),"\\");if((i.length-e.length)%2==0)return}else{let e=Mc(n[2],"()");if(-2===e)return;if(e>-1){let t=(0===n[0].indexOf("!")?5:4)+n[1].length+e;n[2]=n[2].substring(0,e),n[0]=n[0].substring(0,t).trim(),n[3]=""}}let s=Pc(n[0].slice(0,-1),"\\");if((n[0].length-s.length)%2==0)return;let r=n[2],o="";if(this.options.pedantic){let e=this.rules.other.pedanticHrefTitle.exec(r);e&&(r=e[1],o=e[3])}else o=n[3]?n[3].slice(1,-1):"";return r=r.trim(),this.rules.other.startAngleBracket.test(r)&&(r=this.options.pedantic&&!this.rules.other.endAngleBracket.test(i)?r.slice(1):r.slice(1,-1)),Uc(n,{href:r&&r.replace(this.rules.inline.anyPunctuation,"$1"),title:o&&o.replace(this.rules.inline.anyPunctuation,"$1")},n[0],this.lexer,this.rules)}}reflink(e,t){let n,i=e.charCodeAt(0);if((91===i||33===i)&&((n=this.rules.inline.reflink.exec(e))||(n=this.rules.inline.nolink.exec(e)))){let i="!"===n[0].charAt(0)?2:1;if(!this.options.pedantic&&Bc(e,n[1],i,this.rules))return;let s=t[Cc(n[2]||n[1])];if(!s){let e=n[0].charAt(0);return{type:"text",raw:e,text:e}}return Uc(n,s,n[0],this.lexer,this.rules)}}emStrong(e,t,n=""){let i=this.rules.inline.emStrongLDelim.exec(e);if(!i||!i[1]&&!i[2]&&!i[3]&&!i[4])return;let s=i[0][0],r=n===s,o=t.length-e.length,a=o;for(;!this.options.pedantic&&a>0&&t[a-1]===s;)a--;let l=[...t.slice(Math.max(0,a-2),a)].at(-1)??"",c="*"===l||"_"===l||!!this.rules.inline.punctuation.exec(l);a<o&&(n=l);let d=a<o?c:"*"===n||"_"===n||!!this.rules.inline.punctuation.exec(n);if(i[4]&&n.match(this.rules.other.unicodeAlphaNumeric))return;let u=i[1]||i[3]||"";if(!u||!n||d){let n,d,p=[...i[0]].length-1,h=p,f=0,m=o-a+p,g=!(this.options.pedantic||!l.trim()||!u&&("*"!==s||c));if("*"!==s&&"_"!==s)return;let y="*"===s?this.rules.inline.emStrongRDelimAst:this.rules.inline.emStrongRDelimUnd,b=Nc(this,t,s),v=t.length-e.length+p;if(b<v)return;t=t.slice(-1*e.length+p);let _=b-v;for(y.lastIndex=0;null!==(i=y.exec(t))&&!(i.index>_);){if(n=i[1]||i[2]||i[3]||i[4]||i[5]||i[6],!n)continue;if(d=[...n].length,i[3]||i[4]){h+=d;continue}if((i[5]||i[6]||g)&&m%3&&!((m+d)%3)){if(r&&(i[5]||i[6]))break;f+=d;continue}if(h-=d,h>0)continue;d=Math.min(d,d+h+f);let t=[...i[0]][0].length,s=e.slice(0,p+i.index+t+d);if(Math.min(p,d)%2){let e=s.slice(1,-1);return{type:"em",raw:s,text:e,tokens:this.lexer.inlineTokens(e)}}let o=s.slice(2,-2);return{type:"strong",raw:s,text:o,tokens:this.lexer.inlineTokens(o)}}}}codespan(e){if(96!==e.charCodeAt(0))return;let t=this.rules.inline.code.exec(e);if(t){let e=t[2].replace(this.rules.other.newLineCharGlobal," "),n=this.rules.other.nonSpaceChar.test(e),i=this.rules.other.startingSpaceChar.test(e)&&this.rules.other.endingSpaceChar.test(e);return n&&i&&(e=e.substring(1,e.length-1)),{type:"codespan",raw:t[0],text:e}}}br(e){let t=e.charCodeAt(0);if(32!==t&&92!==t&&10!==t)return;let n=this.rules.inline.br.exec(e);return n?{type:"br",raw:n[0]}:void 0}del(e,t,n=""){if(126!==e.charCodeAt(0))return;let i=this.rules.inline.delLDelim.exec(e);if(i&&(!i[1]||!n||this.rules.inline.punctuation.exec(n))){let n,s,r=[...i[0]].length-1,o=r,a=this.rules.inline.delRDelim,l=jc(this,t),c=t.length-e.length+r;if(l<c)return;t=t.slice(-1*e.length+r);let d=l-c;for(a.lastIndex=0;null!==(i=a.exec(t))&&!(i.index>d);){if(n=i[1]||i[2]||i[3]||i[4]||i[5]||i[6],!n||(s=[...n].length,s!==r))continue;if(i[3]||i[4]){o+=s;continue}if(o-=s,o>0)continue;s=Math.min(s,s+o);let t=[...i[0]][0].length,a=e.slice(0,r+i.index+t+s),l=a.slice(r,-r);return{type:"del",raw:a,text:l,tokens:this.lexer.inlineTokens(l)}}}}autolink(e){if(60!==e.charCodeAt(0))return;let t=this.rules.inline.autolink.exec(e);if(t){let e,n;return"@"===t[2]?(e=t[1],n="mailto:"+e):(e=t[1],n=e),{type:"link",raw:t[0],text:e,href:n,autolink:!0,tokens:[{type:"text",raw:e,text:e}]}}}url(e){let t;if(t=this.rules.inline.url.exec(e)){let e,n;if("@"===t[2])e=t[0],n="mailto:"+e;else{let i;do{i=t[0],t[0]=this.rules.inline._backpedal.exec(t[0])?.[0]??""}while(i!==t[0]);e=t[0],n="www."===t[1]?"http://"+t[0]:t[0]}return{type:"link",raw:t[0],text:e,href:n,autolink:!0,tokens:[{type:"text",raw:e,text:e}]}}}inlineText(e){let t=this.rules.inline.text.exec(e);if(t){let e=this.lexer.state.inRawBlock;return{type:"text",raw:t[0],text:e?t[0]:Ec(t[0]),escaped:e}}}},Fc=class e{tokens;options;state;inlineQueue;tokenizer;constructor(e){this.tokens=[],this.tokens.links=Object.create(null),this.options=e||pl,this.options.tokenizer=this.options.tokenizer||new Hc,this.tokenizer=this.options.tokenizer,this.tokenizer.options=this.options,this.tokenizer.lexer=this,this.inlineQueue=[],this.state={inLink:!1,inRawBlock:!1,linkEmitted:!1,linkParenPossible:!0,top:!0};let t={other:bl,block:wc.normal,inline:$c.normal};this.options.pedantic?(t.block=wc.pedantic,t.inline=$c.pedantic):this.options.gfm&&(t.block=wc.gfm,this.options.breaks?t.inline=$c.breaks:t.inline=$c.gfm),this.tokenizer.rules=t}static get rules(){return{block:wc,inline:$c}}static lex(t,n){return new e(n).lex(t)}static lexInline(t,n){return new e(n).inlineTokens(t)}lex(e){e=e.replace(bl.carriageReturn,"\n"),this.blockTokens(e,this.tokens);for(let e=0;e<this.inlineQueue.length;e++){let t=this.inlineQueue[e];this.state.inRawBlock=!1,this.inlineTokens(t.src,t.tokens)}return this.inlineQueue=[],this.tokens}blockTokens(e,t=[],n=!1){this.tokenizer.lexer=this;let i=this.state.lastToken;this.options.pedantic&&(e=e.replace(bl.tabCharGlobal,"    ").replace(bl.spaceLine,""));let s,r=1/0,o=this.options.gfm&&!this.options.pedantic&&this.tokenizer.paragraph===Hc.prototype.paragraph;for(;e;){if(!(e.length<r)){this.infiniteLoopError(e.charCodeAt(0));break}let i;if(r=e.length,this.state.lastToken=t.at(-1),this.options.extensions?.block?.some(n=>!!(i=n.call({lexer:this},e,t))&&(e=e.substring(i.raw.length),t.push(i),!0)))continue;if(i=this.tokenizer.space(e)){e=e.substring(i.raw.length);let n=t.at(-1);1===i.raw.length&&void 0!==n?n.raw+="\n":t.push(i);continue}if(i=this.tokenizer.code(e)){e=e.substring(i.raw.length);let n=t.at(-1);"paragraph"===n?.type||"text"===n?.type?(n.raw+=(n.raw.endsWith("\n")?"":"\n")+i.raw,n.text+="\n"+i.text,this.inlineQueue.at(-1).src=n.text):t.push(i);continue}if(i=this.tokenizer.fences(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.heading(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.hr(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.blockquote(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.list(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.html(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.def(e)){e=e.substring(i.raw.length);let n=t.at(-1);"paragraph"===n?.type||"text"===n?.type?(n.raw+=(n.raw.endsWith("\n")?"":"\n")+i.raw,n.text+="\n"+i.raw,this.inlineQueue.at(-1).src=n.text):(this.tokens.links[i.tag]||(this.tokens.links[i.tag]={href:i.href,title:i.title}),t.push(i));continue}if(i=this.tokenizer.table(e)){e=e.substring(i.raw.length),t.push(i);continue}if(i=this.tokenizer.lheading(e)){e=e.substring(i.raw.length),t.push(i);continue}let a=e;if(this.options.extensions?.startBlock){let t,n=1/0,i=e.slice(1);this.options.extensions.startBlock.forEach(e=>{t=e.call({lexer:this},i),"number"==typeof t&&t>=0&&(n=Math.min(n,t))}),n<1/0&&n>=0&&(a=e.substring(0,n+1))}if(this.state.top&&(i=this.tokenizer.paragraph(a))){let r=t.at(-1);(n||r===s&&o)&&"paragraph"===r?.type?(r.raw+=(r.raw.endsWith("\n")?"":"\n")+i.raw,r.text+="\n"+i.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=r.text,s=r):(t.push(i),s=i),n=a.length!==e.length,e=e.substring(i.raw.length);continue}if(i=this.tokenizer.text(e)){e=e.substring(i.raw.length);let n=t.at(-1);"text"===n?.type?(n.raw+=(n.raw.endsWith("\n")?"":"\n")+i.raw,n.text+="\n"+i.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=n.text):t.push(i);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return this.state.top=!0,this.state.lastToken=i,t}inline(e,t=[]){return this.inlineQueue.push({src:e,tokens:t}),t}linkInText(e){if(!e.includes("["))return!1;let t=this.tokenizer.rules.inline.link;for(let n of e.matchAll(this.tokenizer.rules.inline.blockSkip))if(t.test(n[0])&&"!"!==e.charAt(n.index-1))return!0;for(let t of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)){let e=t[0],n=e.lastIndexOf("[");if("!"!==e.charAt(0)&&Object.hasOwn(this.tokens.links,Cc(e.slice(n+1,-1)))&&!(n>1&&this.linkInText(e.slice(1,n-1))))return!0}return!1}inlineTokens(e,t=[]){this.tokenizer.lexer=this;let n=this.state.linkParenPossible;this.state.linkParenPossible=e.includes(")");try{return this.#e(e,t)}finally{this.state.linkParenPossible=n}}#e(e,t){let n=e.includes("*")||e.includes("_")||e.includes("~"),i=n||this.options.hooks?.emStrongMask||this.tokenizer.emStrong!==Hc.prototype.emStrong||this.tokenizer.del!==Hc.prototype.del?this.#t(e):e;if(!n)return this.#n(e,i,t);!function(e,t){let n=Ic(t),i=Lc.get(e);i?i.push(n):Lc.set(e,[n])}(this.tokenizer,i);try{return this.#n(e,i,t)}finally{!function(e){let t=Lc.get(e);t&&(t.pop(),0===t.length&&Lc.delete(e))}(this.tokenizer)}}#n(e,t,n){let i=!1,s="",r=1/0;for(;e;){if(!(e.length<r)){this.infiniteLoopError(e.charCodeAt(0));break}let o;if(r=e.length,i||(s=""),i=!1,this.options.extensions?.inline?.some(t=>!!(o=t.call({lexer:this},e,n))&&(e=e.substring(o.raw.length),n.push(o),!0)))continue;if(o=this.tokenizer.escape(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.tag(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.link(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.reflink(e,this.tokens.links)){e=e.substring(o.raw.length);let t=n.at(-1);"text"===o.type&&"text"===t?.type?(t.raw+=o.raw,t.text+=o.text):n.push(o);continue}let a=e[0];if("*"===a||"_"===a){let r=t.length-e.length;if(Nc(this.tokenizer,t,a)<=r){let t=1;for(;t<e.length&&e.charCodeAt(t)===a.charCodeAt(0);)t++;let r=e.substring(0,t),o=n.at(-1);"text"!==o?.type||o.escaped?n.push({type:"text",raw:r,text:r,escaped:!1}):(o.raw+=r,o.text+=r),e=e.substring(t),s=a,i=!0;continue}}else if("~"===a){let r=t.length-e.length;if(jc(this.tokenizer,t)<=r){let t=1;for(;t<e.length&&126===e.charCodeAt(t);)t++;let r=e.substring(0,t),o=n.at(-1);"text"!==o?.type||o.escaped?n.push({type:"text",raw:r,text:r,escaped:!1}):(o.raw+=r,o.text+=r),e=e.substring(t),s=a,i=!0;continue}}if(o=this.tokenizer.emStrong(e,t,s)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.codespan(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.br(e)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.del(e,t,s)){e=e.substring(o.raw.length),n.push(o);continue}if(o=this.tokenizer.autolink(e)){e=e.substring(o.raw.length),n.push(o);continue}if(!this.state.inLink&&(o=this.tokenizer.url(e))){e=e.substring(o.raw.length),n.push(o);continue}let l=e;if(this.options.extensions?.startInline){let t,n=1/0,i=e.slice(1);this.options.extensions.startInline.forEach(e=>{t=e.call({lexer:this},i),"number"==typeof t&&t>=0&&(n=Math.min(n,t))}),n<1/0&&n>=0&&(l=e.substring(0,n+1))}if(o=this.tokenizer.inlineText(l)){e=e.substring(o.raw.length),"_"!==o.raw.slice(-1)&&(s=o.raw.slice(-1)),i=!0;let t=n.at(-1);"text"===t?.type?(t.raw+=o.raw,t.text+=o.text):n.push(o);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return n}#i(e){let t,{blockSkip:n,tag:i,autolink:s}=this.tokenizer.rules.inline,r="",o=0;for(n.lastIndex=0;t=n.exec(e);){let a=t.index+(t[2]?t[2].length:0),l=t.index+t[0].length;if("<"===e.charAt(a)){let t=e.slice(a),r=i.exec(t)||s.exec(t);if(!r){n.lastIndex=a+1;continue}l=a+r[0].length,n.lastIndex=l}r+=e.slice(o,a)+"["+"a".repeat(l-a-2)+"]",o=l}return r+e.slice(o)}#t(e){let t=e;if(this.tokens.links&&e.includes("[")){let e=this.tokenizer.rules.inline.reflinkSearch,n=t=>{let i=t.lastIndexOf("[");if(!Object.hasOwn(this.tokens.links,Cc(t.slice(i+1,-1))))return t;if(i>1&&"!"!==t.charAt(0)){let s=t.slice(1,i-1);if(this.linkInText(s))return"["+s.replace(e,n)+"]["+"a".repeat(t.length-i-2)+"]"}return"["+"a".repeat(t.length-2)+"]"};t=t.replace(e,n)}return t=t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode,(e,t,n)=>n?"+".repeat(e.length):t?t+e.slice(t.length,-t.length).replace(/`/g,"+")+t:e),t=this.#i(t),t=this.options.hooks?.emStrongMask?.call({lexer:this},t)??t,t}infiniteLoopError(e){let t="Infinite loop on byte: "+e;if(!this.options.silent)throw new Error(t);console.error(t)}},qc=class{options;parser;constructor(e){this.options=e||pl}space(e){return""}code({text:e,lang:t,escaped:n}){let i=(t||"").match(bl.notSpaceStart)?.[0],s=e?e.replace(bl.endingNewline,"")+"\n":"";return i?'<pre><code class="language-'+Tc(i)+'">'+(n?s:Tc(s,!0))+"</code></pre>\n":"<pre><code>"+(n?s:Tc(s,!0))+"</code></pre>\n"}blockquote({tokens:e}){return`<blockquote>\n${this.parser.parse(e)}</blockquote>\n`}html({text:e}){return e}def(e){return""}heading({tokens:e,depth:t}){return`<h${t}>${this.parser.parseInline(e)}</h${t}>\n`}hr(e){return"<hr>\n"}list(e){let t=e.ordered,n=e.start,i="";for(let t=0;t<e.items.length;t++){let n=e.items[t];i+=this.listitem(n)}let s=t?"ol":"ul";return"<"+s+(t&&1!==n?' start="'+n+'"':"")+">\n"+i+"</"+s+">\n"}listitem(e){return`<li>${this.parser.parse(e.tokens)}</li>\n`}checkbox({checked:e}){return"<input "+(e?'checked="" ':"")+'disabled="" type="checkbox"> '}paragraph({tokens:e}){return`<p>${this.parser.parseInline(e)}</p>\n`}table(e){let t="",n="";for(let t=0;t<e.header.length;t++)n+=this.tablecell(e.header[t]);t+=this.tablerow({text:n});let i="";for(let t=0;t<e.rows.length;t++){let s=e.rows[t];n="";for(let e=0;e<s.length;e++)n+=this.tablecell(s[e]);i+=this.tablerow({text:n})}return i&&(i=`<tbody>${i}</tbody>`),"<table>\n<thead>\n"+t+"</thead>\n"+i+"</table>\n"}tablerow({text:e}){return`<tr>\n${e}</tr>\n`}tablecell(e){let t=this.parser.parseInline(e.tokens),n=e.header?"th":"td";return(e.align?`<${n} align="${e.align}">`:`<${n}>`)+t+`</${n}>\n`}strong({tokens:e}){return`<strong>${this.parser.parseInline(e)}</strong>`}em({tokens:e}){return`<em>${this.parser.parseInline(e)}</em>`}codespan({text:e}){return`<code>${Tc(e,!0)}</code>`}br(e){return"<br>"}del({tokens:e}){return`<del>${this.parser.parseInline(e)}</del>`}link({href:e,title:t,text:n,tokens:i,autolink:s}){let r=s?Tc(n,!0):this.parser.parseInline(i),o=zc(e);if(null===o)return r;let a='<a href="'+(e=Tc(o,s))+'"';return t&&(a+=' title="'+Tc(t)+'"'),a+=">"+r+"</a>",a}image({href:e,title:t,text:n,tokens:i}){i&&(n=this.parser.parseInline(i,this.parser.textRenderer));let s=zc(e);if(null===s)return Tc(n);let r=`<img src="${Tc(e=s)}" alt="${Tc(n)}"`;return t&&(r+=` title="${Tc(t)}"`),r+=">",r}text(e){return"tokens"in e&&e.tokens?this.parser.parseInline(e.tokens):"escaped"in e&&e.escaped?e.text:Tc(e.text)}},Zc=class{parser;strong({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}em({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}codespan({text:e}){return e}del({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}html({text:e}){return e}text({text:e}){return e}link({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}image({text:e,tokens:t}){return t?this.parser.parseInline(t,this):e}br(){return"\n"}checkbox({raw:e}){return e}},Wc=class e{options;renderer;textRenderer;constructor(e){this.options=e||pl,this.options.renderer=this.options.renderer||new qc,this.renderer=this.options.renderer,this.renderer.options=this.options,this.renderer.parser=this,this.textRenderer=new Zc,this.textRenderer.parser=this}static parse(t,n){return new e(n).parse(t)}static parseInline(t,n){return new e(n).parseInline(t)}parse(e){this.renderer.parser=this;let t="";for(let n=0;n<e.length;n++){let i=e[n];if(this.options.extensions?.renderers?.[i.type]){let e=i,n=this.options.extensions.renderers[e.type].call({parser:this},e);if(!1!==n||!["space","hr","heading","code","table","blockquote","list","checkbox","html","def","paragraph","text"].includes(e.type)){t+=!1===n?"":n??"";continue}}let s=i;switch(s.type){case"space":t+=this.renderer.space(s);break;case"hr":t+=this.renderer.hr(s);break;case"heading":t+=this.renderer.heading(s);break;case"code":t+=this.renderer.code(s);break;case"table":t+=this.renderer.table(s);break;case"blockquote":t+=this.renderer.blockquote(s);break;case"list":t+=this.renderer.list(s);break;case"checkbox":t+=this.renderer.checkbox(s);break;case"html":t+=this.renderer.html(s);break;case"def":t+=this.renderer.def(s);break;case"paragraph":t+=this.renderer.paragraph(s);break;case"text":t+=this.renderer.text(s);break;default:{let e='Token with "'+s.type+'" type was not found.';if(this.options.silent)return console.error(e),"";throw new Error(e)}}}return t}parseInline(e,t=this.renderer){this.renderer.parser=this;let n="";for(let i=0;i<e.length;i++){let s=e[i];if(this.options.extensions?.renderers?.[s.type]){let e=this.options.extensions.renderers[s.type].call({parser:this},s);if(!1!==e||!["escape","html","link","image","checkbox","strong","em","codespan","br","del","text"].includes(s.type)){n+=!1===e?"":e??"";continue}}let r=s;switch(r.type){case"escape":case"text":n+=t.text(r);break;case"html":n+=t.html(r);break;case"link":n+=t.link(r);break;case"image":n+=t.image(r);break;case"checkbox":n+=t.checkbox(r);break;case"strong":n+=t.strong(r);break;case"em":n+=t.em(r);break;case"codespan":n+=t.codespan(r);break;case"br":n+=t.br(r);break;case"del":n+=t.del(r);break;default:{let e='Token with "'+r.type+'" type was not found.';if(this.options.silent)return console.error(e),"";throw new Error(e)}}}return n}},Gc=class{options;block;constructor(e){this.options=e||pl}static passThroughHooks=new Set(["preprocess","postprocess","processAllTokens","emStrongMask"]);static passThroughHooksRespectAsync=new Set(["preprocess","postprocess","processAllTokens"]);preprocess(e){return e}postprocess(e){return e}processAllTokens(e){return e}emStrongMask(e){return e}provideLexer(e=this.block){return e?Fc.lex:Fc.lexInline}provideParser(e=this.block){return e?Wc.parse:Wc.parseInline}};function Kc(e,t){if(Array.isArray(t))for(let n=0;n<t.length;n++)e.push(t[n]);else e.push(t)}var Vc=class{defaults={async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null};options=this.setOptions;parse=this.parseMarkdown(!0);parseInline=this.parseMarkdown(!1);Parser=Wc;Renderer=qc;TextRenderer=Zc;Lexer=Fc;Tokenizer=Hc;Hooks=Gc;constructor(...e){this.use(...e)}walkTokens(e,t){let n=[];for(let i of e)switch(Kc(n,t.call(this,i)),i.type){case"table":{let e=i;for(let i of e.header)Kc(n,this.walkTokens(i.tokens,t));for(let i of e.rows)for(let e of i)Kc(n,this.walkTokens(e.tokens,t));break}case"list":{let e=i;Kc(n,this.walkTokens(e.items,t));break}default:{let e=i;this.defaults.extensions?.childTokens?.[e.type]?this.defaults.extensions.childTokens[e.type].forEach(i=>{let s=e[i].flat(1/0);Kc(n,this.walkTokens(s,t))}):e.tokens&&Kc(n,this.walkTokens(e.tokens,t))}}return n}use(...e){let t=this.defaults.extensions||{renderers:Object.create(null),childTokens:Object.create(null)};return e.forEach(e=>{let n={...e};if(n.async=this.defaults.async||n.async||!1,e.extensions&&(e.extensions.forEach(e=>{if(!e.name)throw new Error("extension name required");if("renderer"in e){let n=t.renderers[e.name];t.renderers[e.name]=n?function(...t){let i=e.renderer.apply(this,t);return!1===i&&(i=n.apply(this,t)),i}:e.renderer}if("tokenizer"in e){if(!e.level||"block"!==e.level&&"inline"!==e.level)throw new Error("extension level must be 'block' or 'inline'");let n=t[e.level];n?n.unshift(e.tokenizer):t[e.level]=[e.tokenizer],e.start&&("block"===e.level?t.startBlock?t.startBlock.push(e.start):t.startBlock=[e.start]:"inline"===e.level&&(t.startInline?t.startInline.push(e.start):t.startInline=[e.start]))}"childTokens"in e&&e.childTokens&&(t.childTokens[e.name]=e.childTokens)}),n.extensions=t),e.renderer){let t=this.defaults.renderer||new qc(this.defaults);for(let n in e.renderer){if(!(n in t))throw new Error(`renderer '${n}' does not exist`);if(["options","parser"].includes(n))continue;let i=n,s=e.renderer[i],r=t[i];t[i]=(...e)=>{let n=s.apply(t,e);return!1===n&&(n=r.apply(t,e)),!1===n?"":n??""}}n.renderer=t}if(e.tokenizer){let t=this.defaults.tokenizer||new Hc(this.defaults);for(let n in e.tokenizer){if(!(n in t))throw new Error(`tokenizer '${n}' does not exist`);if(["options","rules","lexer"].includes(n))continue;let i=n,s=e.tokenizer[i],r=t[i];t[i]=(...e)=>{let n=s.apply(t,e);return!1===n&&(n=r.apply(t,e)),n}}n.tokenizer=t}if(e.hooks){let t=this.defaults.hooks||new Gc;for(let n in e.hooks){if(!(n in t))throw new Error(`hook '${n}' does not exist`);if(["options","block"].includes(n))continue;let i=n,s=e.hooks[i],r=t[i];Gc.passThroughHooks.has(n)?t[i]=e=>{if(t.options.async&&Gc.passThroughHooksRespectAsync.has(n))return(async()=>{let n=await s.call(t,e);return r.call(t,n)})();let i=s.call(t,e);return r.call(t,i)}:t[i]=(...e)=>{if(t.options.async)return(async()=>{let n=await s.apply(t,e);return!1===n&&(n=await r.apply(t,e)),n})();let n=s.apply(t,e);return!1===n&&(n=r.apply(t,e)),n}}n.hooks=t}if(e.walkTokens){let t=this.defaults.walkTokens,i=e.walkTokens;n.walkTokens=function(e){let n=[];return Kc(n,i.call(this,e)),t&&Kc(n,t.call(this,e)),n}}this.defaults={...this.defaults,...n}}),this}setOptions(e){return this.defaults={...this.defaults,...e},this}lexer(e,t){return Fc.lex(e,t??this.defaults)}parser(e,t){return Wc.parse(e,t??this.defaults)}parseMarkdown(e){return(t,n)=>{let i={...n},s={...this.defaults,...i},r=this.onError(!!s.silent,!!s.async);if(!0===this.defaults.async&&!1===i.async)return r(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));if(typeof t>"u"||null===t)return r(new Error("marked(): input parameter is undefined or null"));if("string"!=typeof t)return r(new Error("marked(): input parameter is of type "+Object.prototype.toString.call(t)+", string expected"));if(s.hooks&&(s.hooks.options=s,s.hooks.block=e),s.async)return(async()=>{let n=s.hooks?await s.hooks.preprocess(t):t,i=await(s.hooks?await s.hooks.provideLexer(e):e?Fc.lex:Fc.lexInline)(n,s),r=s.hooks?await s.hooks.processAllTokens(i):i;s.walkTokens&&await Promise.all(this.walkTokens(r,s.walkTokens));let o=await(s.hooks?await s.hooks.provideParser(e):e?Wc.parse:Wc.parseInline)(r,s);return s.hooks?await s.hooks.postprocess(o):o})().catch(r);try{s.hooks&&(t=s.hooks.preprocess(t));let n=(s.hooks?s.hooks.provideLexer(e):e?Fc.lex:Fc.lexInline)(t,s);s.hooks&&(n=s.hooks.processAllTokens(n)),s.walkTokens&&this.walkTokens(n,s.walkTokens);let i=(s.hooks?s.hooks.provideParser(e):e?Wc.parse:Wc.parseInline)(n,s);return s.hooks&&(i=s.hooks.postprocess(i)),i}catch(e){return r(e)}}}onError(e,t){return n=>{if(n.message+="\nPlease report this to https://github.com/markedjs/marked.",e){let e="<p>An error occurred:</p><pre>"+Tc(n.message+"",!0)+"</pre>";return t?Promise.resolve(e):e}if(t)return Promise.reject(n);throw n}}},Yc=new Vc;function Jc(e,t){return Yc.parse(e,t)}Jc.options=Jc.setOptions=function(e){return Yc.setOptions(e),Jc.defaults=Yc.defaults,hl(Jc.defaults),Jc},Jc.getDefaults=ul,Jc.defaults=pl,Jc.use=function(...e){return Yc.use(...e),Jc.defaults=Yc.defaults,hl(Jc.defaults),Jc},Jc.walkTokens=function(e,t){return Yc.walkTokens(e,t)},Jc.parseInline=Yc.parseInline,Jc.Parser=Wc,Jc.parser=Wc.parse,Jc.Renderer=qc,Jc.TextRenderer=Zc,Jc.Lexer=Fc,Jc.lexer=Fc.lex,Jc.Tokenizer=Hc,Jc.Hooks=Gc,Jc.parse=Jc,Jc.options,Jc.setOptions,Jc.walkTokens,Jc.parseInline,Wc.parse,Fc.lex;const Qc=new Vc({gfm:!0,breaks:!0,async:!1}),Xc={FORBID_TAGS:["img","picture","video","audio","source","style","form","input","button","textarea","select","iframe","svg","math"],FORBID_ATTR:["style","class","id"],ALLOW_DATA_ATTR:!1};let ed=!1;function td(e){return function(e){return ed||(ed=!0,dl.addHook("afterSanitizeAttributes",e=>{"A"===e.tagName&&(e.setAttribute("target","_blank"),e.setAttribute("rel","noopener noreferrer nofollow"))})),dl.sanitize(e,Xc)}(Qc.parse(e))}const nd=/^ {0,3}(`{3,}|~{3,})/,id=/^ {0,3}(`{3,}|~{3,})\s*$/;class sd{constructor(){this.text="",this.blocks=[],this.stableEnd=0,this.scanPos=0,this.blockStart=0,this.pendingBreak=-1}update(e){const t=Math.max(0,this.stableEnd-64);return(e.length<this.stableEnd||!e.startsWith(this.text.slice(t,this.stableEnd),t))&&this.reset(),this.text=e,this.scan(),{blocks:this.blocks,tail:td(this.text.slice(this.stableEnd))}}split(e){this.blocks.push(td(this.text.slice(this.blockStart,this.pendingBreak))),this.stableEnd=this.blockStart=e,this.pendingBreak=-1}reset(){this.blocks.length=0,this.stableEnd=this.scanPos=this.blockStart=0,this.fence=void 0,this.pendingBreak=-1}scan(){for(;;){const e=this.text.indexOf("\n",this.scanPos);if(e<0)return void(this.pendingBreak>=0&&/^\S/.test(this.text.slice(this.scanPos,this.scanPos+1))&&this.split(this.scanPos));const t=this.text.slice(this.scanPos,e),n=this.scanPos;this.scanPos=e+1;const i=nd.exec(t)?.[1];if(this.fence){const e=this.fence;i&&i[0]===e[0]&&i.length>=e.length&&id.test(t)&&(this.fence=void 0);continue}t.trim()?(this.pendingBreak>=0&&!/^[ \t]/.test(t)&&this.split(n),this.pendingBreak=-1,i&&(this.fence=i)):n>this.blockStart&&(this.pendingBreak=n)}}}var rd=Object.defineProperty;class od extends oe{constructor(){super(...arguments),this.text="",this.parser=new sd,this.blocks=[],this.tail=""}willUpdate(e){e.has("text")&&({blocks:this.blocks,tail:this.tail}=this.parser.update(this.text))}render(){const e=[];for(let t=0;t<this.blocks.length;t+=32)e.push(this.blocks.slice(t,t+32));return H`${Po([this.blocks.length],()=>e.map(e=>H`<div class="group">
              ${e.map(e=>H`<div class="block">${Co(e)}</div>`)}
            </div>`))}
      <div class="block">${Co(this.tail)}</div>`}static{this.styles=r`
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
  `}}((e,t,n)=>{for(var i,s=void 0,r=e.length-1;r>=0;r--)(i=e[r])&&(s=i(t,n,s)||s);s&&rd(t,n,s)})([de()],od.prototype,"text");var ad=Object.defineProperty,ld=(e,t,n,i)=>{for(var s,r=void 0,o=e.length-1;o>=0;o--)(s=e[o])&&(r=s(t,n,r)||r);return r&&ad(t,n,r),r};function cd(e){if(void 0!==e)try{return JSON.parse(e)}catch{return e}}const dd=e=>{const t=cd(e);return"string"==typeof t?t:JSON.stringify(t,null,2)};function ud(e){const t=cd(e.arguments),n=t&&"object"==typeof t?t:{},i=ge.toolNames[e.name]??e.name;return"call_service"===e.name&&"string"==typeof n.domain?`${i} ${n.domain}.${String(n.service??"")}`:"string"==typeof n.entity_id?`${i} ${n.entity_id}`:i}class pd extends oe{render(){const e=this.call,t=e.status??"running",n=(e.entity_ids??[]).map(e=>this.states?.[e]).filter(e=>Boolean(e));return H`<div class="row ${t}">
      ${"awaiting"===t?H`<div class="confirm" role="group" aria-label=${ge.toolStatus.awaiting}>
              <span>${ge.toolNeedsApproval(e.confirm??ud(e))}</span>
              <span class="buttons">
                <button class="approve" @click=${()=>this.decide(!0)}>
                  ${ge.approve}
                </button>
                <button class="deny" @click=${()=>this.decide(!1)}>${ge.deny}</button>
              </span>
            </div>`:q}
      <details>
        <summary>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${kr}></path></svg>
          <span class="what">${ud(e)}</span>
          <span class="status">${ge.toolStatus[t]}</span>
        </summary>
        <div class="body">
          <div class="label">${ge.toolArguments}</div>
          <pre>${dd(e.arguments||"{}")}</pre>
          ${void 0!==e.result?H`<div class="label">${ge.toolResult}</div>
                  <pre>${dd(e.result)}</pre>`:q}
          ${n.length?H`<div class="label">${ge.toolLiveState}</div>
                  <ul class="live">
                    ${n.map(e=>H`<li>
                          ${String(e.attributes.friendly_name??e.entity_id)}:
                          <strong>${e.state}</strong>
                        </li>`)}
                  </ul>`:q}
        </div>
      </details>
    </div>`}decide(e){Er(this,"oacc-decide",{id:this.call.id,approve:e})}static{this.styles=[ur,r`
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
    `]}}ld([de({attribute:!1})],pd.prototype,"call"),ld([de({attribute:!1})],pd.prototype,"states");const hd=[["oacc-markdown",od],["oacc-tool-call",pd],["oacc-chat-message",oo],["oacc-error-banner",zo],["oacc-composer",Ao],["oacc-chat-view",wo],["oacc-provider-form",qr],["oacc-settings-page",io],[xr,Tr],["openai-compatible-conversation-card-editor",Gr],["openai-compatible-conversation-panel",Jr]];for(const[e,t]of hd)customElements.get(e)||customElements.define(e,t);const fd=window;fd.customCards??=[],fd.customCards.some(e=>e.type===xr)||fd.customCards.push({type:xr,name:ge.cardName,description:ge.cardDescription,preview:!0});
//# sourceMappingURL=openai-compatible-conversation.js.map
