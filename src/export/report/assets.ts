import { TYPE_ORDER, TYPE_STYLE } from './html.js';

/**
 * The report's only style sheet and script, inlined into every page: the
 * report opens from disk with no network (system fonts, no external file).
 */
const typeRules = TYPE_ORDER.map((t) => {
  const s = TYPE_STYLE[t];
  return `.m.${t}{background:${s.tint};border-color:${s.dark}}.m.${t} .tl,.chip.${t},.key.${t}{background:${s.dark}}`;
}).join('\n');

export const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#111;background:#f4f5f7}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,.m:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
header.top{background:#0f172a;color:#f8fafc;padding:18px 24px}
header.top h1{margin:0;font-size:1.45rem;font-weight:650;letter-spacing:.01em}
header.top p{margin:4px 0 0;color:#cbd5e1;font-size:.92rem}
header.top a{color:#bfdbfe}
nav.toc{display:flex;flex-wrap:wrap;gap:4px 18px;margin-top:10px;font-size:.92rem}
main{max-width:1180px;margin:0 auto;padding:18px 20px 60px}
section.card{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:16px 20px;margin:0 0 18px;box-shadow:0 1px 2px rgba(15,23,42,.04)}
h2{font-size:1.2rem;margin:0 0 12px}
h3{font-size:1rem;margin:14px 0 6px}
.muted{color:#475569}
.small{font-size:.86rem}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:0;padding:0;list-style:none}
.stats li{border:1px solid #e2e8f0;border-radius:8px;padding:8px 12px;background:#f8fafc}
.stats b{display:block;font-size:1.5rem;font-variant-numeric:tabular-nums;line-height:1.2}
.stats span{color:#475569;font-size:.86rem}
.legend{display:flex;flex-wrap:wrap;gap:8px 14px;margin:12px 0 0;padding:0;list-style:none;font-size:.9rem;align-items:center}
.key,.chip{display:inline-block;color:#fff;font-size:.7rem;font-weight:700;letter-spacing:.04em;border-radius:4px;padding:1px 6px;vertical-align:middle}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:8px 28px}
svg{max-width:100%;height:auto;font-family:inherit}
svg text{fill:#1e293b;font-size:12px}
svg a text{fill:#1e3a8a}
svg a:hover text,svg a:focus text{text-decoration:underline}
.network-wrap{display:grid;grid-template-columns:minmax(0,3fr) minmax(240px,2fr);gap:18px;align-items:start}
@media (max-width:860px){.network-wrap{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e2e8f0;vertical-align:top}
th{background:#f1f5f9;font-weight:650;position:sticky;top:0;z-index:1;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th button{all:unset;cursor:pointer;font-weight:650}
th button::after{content:" \\2195";color:#94a3b8}
th[aria-sort=ascending] button::after{content:" \\2191";color:#0f172a}
th[aria-sort=descending] button::after{content:" \\2193";color:#0f172a}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:0 0 10px}
.filters label{display:inline-flex;gap:5px;align-items:center;cursor:pointer}
.filters input[type=search]{font:inherit;padding:4px 8px;border:1px solid #94a3b8;border-radius:6px;min-width:220px}
.table-scroll{max-height:620px;overflow:auto;border:1px solid #e2e8f0;border-radius:8px}
td details summary{cursor:pointer;color:#1d4ed8}
td details ul{margin:4px 0 2px;padding-left:18px}
code,.id{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.82rem;color:#334155}
.id{word-break:break-all}
article.doc{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:16px 22px 18px;margin:0 0 18px}
article.doc h2{font-size:1.2rem;margin:0 0 4px;line-height:1.35}
.docmeta{display:flex;flex-wrap:wrap;gap:2px 14px;font-size:.88rem;color:#475569;margin:0 0 10px}
.docmeta b{color:#1e293b;font-weight:600}
.text p{margin:0 0 .8em;max-width:78ch;line-height:1.9}
.text p.zone-title{font-weight:650;font-size:1.05rem}
.text p.zone-meta,.text p.zone-caption{font-size:.9rem;color:#334155}
.text p.zone-meta::before,.text p.zone-caption::before{content:attr(data-zone);display:inline-block;font-size:.66rem;letter-spacing:.05em;text-transform:uppercase;color:#475569;border:1px solid #cbd5e1;border-radius:3px;padding:0 4px;margin-right:6px;vertical-align:1px}
.m{white-space:nowrap;border:1px solid;border-radius:4px;padding:1px 2px 1px 4px;color:#111;cursor:help;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.m .tl{display:inline-block;color:#fff;font-size:.62rem;font-weight:700;letter-spacing:.04em;border-radius:3px;padding:0 4px;margin-left:4px;line-height:1.5;vertical-align:.12em;user-select:none;-webkit-user-select:none}
.m.sel,.m:target{outline:3px solid #f59e0b;outline-offset:1px}
${typeRules}
details.dropped{margin:0 0 .8em;max-width:78ch;border-left:3px solid #cbd5e1;padding:2px 0 2px 10px;color:#64748b;background:#f8fafc}
details.dropped summary{cursor:pointer;font-size:.84rem}
details.dropped .dtext{margin:4px 0 2px;font-size:.9rem;color:#64748b;white-space:pre-wrap;text-decoration:line-through;text-decoration-color:#cbd5e1}
.diags{font-size:.86rem;color:#7c2d12}
.failed{border-color:#fca5a5;background:#fef2f2}
#tip{position:fixed;z-index:10;max-width:340px;background:#0f172a;color:#f8fafc;border-radius:8px;padding:8px 11px;font-size:.84rem;line-height:1.45;box-shadow:0 6px 24px rgba(15,23,42,.3);pointer-events:none}
#tip[hidden]{display:none}
#tip dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:1px 10px}
#tip dt{color:#94a3b8}
#tip dd{margin:0;word-break:break-word}
#tip .tname{font-weight:700;font-size:.95rem;margin-bottom:4px}
.pager{display:flex;justify-content:space-between;gap:12px;margin:0 0 14px;font-size:.92rem}
nav.onpage ol{columns:2 22em;column-gap:28px;margin:0 0 18px;font-size:.92rem}
@media print{#tip,.filters{display:none}.table-scroll{max-height:none}}
`;

/**
 * Tooltip, entity table sort/filter, and highlighting of an entity's other
 * mentions when one is targeted. Text goes into the page only through
 * `textContent`, never `innerHTML`.
 */
export const JS = `
(function(){
"use strict";
var tip=document.getElementById('tip'),current=null;
function show(m){
  current=m;
  if(!tip)return;
  var d=m.dataset;tip.textContent='';
  var n=document.createElement('div');n.className='tname';n.textContent=d.n;tip.appendChild(n);
  var dl=document.createElement('dl');
  var rows=[['type',d.t],['id',d.e],['role',d.r||'\\u2014'],['found by',d.s],['confidence',d.c],['text',m.firstChild?m.firstChild.textContent:'']];
  rows.forEach(function(r){var dt=document.createElement('dt');dt.textContent=r[0];var dd=document.createElement('dd');dd.textContent=r[1];dl.appendChild(dt);dl.appendChild(dd);});
  tip.appendChild(dl);tip.hidden=false;m.setAttribute('aria-describedby','tip');
  var b=m.getBoundingClientRect(),w=tip.offsetWidth,h=tip.offsetHeight;
  var x=Math.max(8,Math.min(b.left,window.innerWidth-w-8));
  var y=b.bottom+8;if(y+h>window.innerHeight-8)y=Math.max(8,b.top-h-8);
  tip.style.left=x+'px';tip.style.top=y+'px';
}
function hide(m){if(tip)tip.hidden=true;current=null;if(m)m.removeAttribute('aria-describedby');}
function markOf(t){return t&&t.closest?t.closest('.m'):null;}
document.addEventListener('mouseover',function(e){var m=markOf(e.target);if(m)show(m);});
document.addEventListener('mouseout',function(e){var m=markOf(e.target);if(m&&!m.contains(e.relatedTarget))hide(m);});
document.addEventListener('focusin',function(e){var m=markOf(e.target);if(m)show(m);});
document.addEventListener('focusout',function(e){var m=markOf(e.target);if(m)hide(m);});
document.addEventListener('keydown',function(e){if(e.key==='Escape')hide(markOf(document.activeElement));});
// the detail follows its mention when the page scrolls (focusing a mention scrolls it into view)
var queued=false;
window.addEventListener('scroll',function(){if(current&&!queued){queued=true;requestAnimationFrame(function(){queued=false;if(current)show(current);});}},{passive:true});

function select(){
  var old=document.querySelectorAll('.m.sel');for(var i=0;i<old.length;i++)old[i].classList.remove('sel');
  var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
  var t=document.getElementById(id);if(!t||!t.classList.contains('m'))return;
  var all=document.querySelectorAll('.m');
  for(var j=0;j<all.length;j++)if(all[j].dataset.e===t.dataset.e&&all[j].closest('article')===t.closest('article'))all[j].classList.add('sel');
}
window.addEventListener('hashchange',select);select();

var table=document.getElementById('entities');
if(table){
  var body=table.tBodies[0],rows=[].slice.call(body.rows),count=document.getElementById('entity-count');
  var boxes=[].slice.call(document.querySelectorAll('input[name=etype]')),q=document.getElementById('entity-search');
  function filter(){
    var on={};boxes.forEach(function(b){on[b.value]=b.checked;});
    var s=(q&&q.value||'').trim().toLowerCase(),n=0;
    rows.forEach(function(r){var ok=on[r.dataset.type]&&(!s||r.dataset.search.indexOf(s)>=0);r.hidden=!ok;if(ok)n++;});
    if(count)count.textContent=n+' of '+rows.length;
  }
  boxes.forEach(function(b){b.addEventListener('change',filter);});
  if(q)q.addEventListener('input',filter);
  var ths=[].slice.call(table.tHead.rows[0].cells);
  ths.forEach(function(th,col){
    var btn=th.querySelector('button');if(!btn)return;
    btn.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='descending'?'ascending':th.getAttribute('aria-sort')==='ascending'?'descending':(th.dataset.kind==='num'?'descending':'ascending');
      ths.forEach(function(o){o.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir);
      var k=dir==='ascending'?1:-1,num=th.dataset.kind==='num';
      rows.sort(function(a,b){
        var x=a.cells[col].dataset.v,y=b.cells[col].dataset.v;
        var c=num?(Number(x)-Number(y)):(x<y?-1:x>y?1:0);
        return c*k||Number(a.dataset.i)-Number(b.dataset.i);
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  filter();
}
})();
`;
