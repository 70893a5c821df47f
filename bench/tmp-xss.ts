import { buildRegistry } from '../src/lib/registry/index.ts';
const payloads = [
  '<img src="x" onerror="alert(1)">', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', '<a href="data:text/html,<script>alert(1)</script>">d</a>',
  '<a href="vbscript:msgbox(1)">v</a>', '[j](JAVASCRIPT:alert(1))', '[j2](java&#x09;script:alert(1))', '<svg><script>alert(1)</script></svg>', '<math><mtext><script>alert(1)</script></mtext></math>',
  '<form action="javascript:alert(1)"><button>b</button></form>', '<object data="x.swf"></object>', '<embed src="x">', '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<style>body{display:none}</style>', '<link rel="stylesheet" href="//evil/x.css">', '<meta http-equiv="refresh" content="0;url=//evil">', '<base href="//evil/">',
  '<span style="background:url(javascript:alert(1))">s</span>', '<a href="#" onclick="alert(1)">c</a>', '<details open ontoggle="alert(1)">t</details>', '<input autofocus onfocus="alert(1)">',
  '![i](javascript:alert(1))', '<video src=x onerror=alert(1)>', '<a href="https://ok.example/">ok</a>', '<img src="https://ok.example/i.png" alt="ok">', '<a href="//evil.example/">proto-rel</a>', '<p id="confref-search-input">clobber</p>', '<a name="__proto__">n</a>',
];
const rows = payloads.map((p, i) => `| xss.p${i} | 1 | Integer | ${p.replace(/\|/g, '\\|')} |`);
const r = buildRegistry([{ path: 'x.md', contents: `# X\n\n| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n` }]);
for (const o of r.registry.options.sort((a, b) => Number(a.key.slice(5)) - Number(b.key.slice(5)))) console.log(o.key, JSON.stringify(o.descriptions.en?.html));
