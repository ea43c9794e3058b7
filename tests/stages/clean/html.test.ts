import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlText, isoDate } from '../../../src/stages/clean/html.js';
import { clean } from '../../../src/stages/clean.js';
import { visibleText } from '../../../src/export/report/document.js';
import { Reporter } from '../../../src/diagnostics/diagnostic.js';

const body = (inner: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${inner}</body></html>`;
const textOf = (inner: string) => htmlText(body(inner)).text;

describe('htmlText: the visible text, laid out in lines', () => {
  it.each([
    ['whitespace collapses, none at line ends', '<p>  Ilham\n\t  Aliyev   met <b>Putin</b> .  </p>', 'Ilham Aliyev met Putin .'],
    ['a paragraph is set off by a blank line, a div by a line break', '<p>One.</p><p>Two.</p><div>Three</div><div>Four</div>', 'One.\n\nTwo.\n\nThree\nFour'],
    ['br breaks a line, inline elements do not', 'a<br>b <span>c</span><a href="x">d</a>', 'a\nb cd'],
    ['list items are lines', '<ul><li>World</li><li>Business</li></ul><p>Text.</p>', 'World\nBusiness\n\nText.'],
    ['character references are decoded', '<p>AT&amp;T, Caf&eacute; &#8220;Q&#x201D; x&nbsp;y</p>', 'AT&T, Café “Q” x\u00A0y'],
    ['scripts, styles, templates and hidden elements give no text (aria-hidden is seen, not hidden)', '<script>var a="<p>Trump</p>"</script><style>p{}</style><template>Musk</template><p hidden>Gaza</p><div style="display: none">Meta</div><p><span aria-hidden="true">K</span>ept.</p>', 'Kept.'],
    ['table cells are separated by a tab, rows are lines', '<table><tr><th>Team</th><th>Points</th></tr><tr><td>Qarabag</td> <td>10</td><td></td></tr></table>', 'Team\tPoints\nQarabag\t10'],
    ['pre keeps its whitespace', '<pre>a  b\n  c</pre><p>d</p>', 'a  b\n  c\n\nd'],
    ['unclosed and stray tags', '<p>one<p>two</span></div><li>three', 'one\n\ntwo\nthree'],
    ['a comment is no text', '<p>a<!-- Vladimir Putin -->b</p>', 'ab'],
  ])('%s', (_name, inner, expected) => expect(textOf(inner)).toBe(expected));

  it('the head gives no text, only metadata', () => {
    expect(htmlText('<html><head><title>Headline</title><meta name="x" content="Baku"></head><body><p>Body.</p></body></html>').text).toBe('Body.');
  });

  it('maps every character back to where it sits in the markup (a reference to its whole reference)', () => {
    const html = body('<h1>Aliyev &amp; Putin</h1>\n<p class="lead">President <b>Ilham\n   Aliyev</b> met&nbsp;Putin.</p>');
    const { text, map } = htmlText(html);
    expect(text).toBe('Aliyev & Putin\n\nPresident Ilham Aliyev met\u00A0Putin.');
    const at = (s: string) => {
      const i = text.indexOf(s);
      return html.slice(map.toOriginalStart(i), map.toOriginalEnd(i + s.length));
    };
    expect(at('&')).toBe('&amp;');
    expect(at('Ilham Aliyev')).toBe('Ilham\n   Aliyev');
    expect(at('\u00A0')).toBe('&nbsp;');
    expect(at('President Ilham')).toBe('President <b>Ilham');
  });

  it('property: every character of the text maps to itself in the markup, or to the reference that wrote it', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const ref = fc.constantFrom(['&amp;', '&'], ['&eacute;', 'é'], ['&#65;', 'A'], ['&lt;', '<']);
    const inline = fc.oneof(word.map((w) => ({ html: w })), ref.map(([h]) => ({ html: h })), fc.constantFrom(' ', '\n  ', '\t').map((w) => ({ html: w })));
    const el = fc.constantFrom('p', 'div', 'span', 'b', 'li', 'h2', 'td');
    const node = fc.tuple(el, fc.array(inline, { maxLength: 6 })).map(([e, xs]) => `<${e}>${xs.map((x) => x.html).join('')}</${e}>`);
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (nodes) => {
        const html = body(nodes.join(''));
        const { text, map } = htmlText(html);
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (c === '\n' || c === '\t' || c === ' ') continue;
          const p = map.toOriginalStart(i);
          if (html[p] === '&') expect(htmlText(body(`<p>${html.slice(p, map.toOriginalEnd(i + 1))}</p>`)).text).toBe(c);
          else expect(html[p]).toBe(c);
        }
        // no leading or trailing whitespace on a line, no two spaces
        for (const line of text.split('\n')) expect(line).toBe(line.trim());
        expect(text).not.toMatch(/ {2}/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlText: what the markup says is not the article', () => {
  const page = body(
    '<header><a>Example News</a><nav><ul><li>World</li><li>Sport</li></ul></nav></header>' +
      '<main><article><header><h1>Ceasefire holds</h1></header><p>The ceasefire held on Monday.</p></article>' +
      '<aside><h2>Read more</h2><ul><li>Elon Musk buys Twitter</li></ul></aside></main>' +
      '<div role="contentinfo">Contact us</div><footer>© 2020 Example News</footer>',
  );
  it('nav, aside, footer, a header outside the article and landmark roles are left out and listed with their text', () => {
    const r = htmlText(page);
    expect(r.text).toBe('Ceasefire holds\n\nThe ceasefire held on Monday.');
    expect(r.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['html <header>', 'Example News World Sport'],
      ['html <aside>', 'Read more Elon Musk buys Twitter'],
      ['html <role=contentinfo>', 'Contact us'],
      ['html <footer>', '© 2020 Example News'],
    ]);
    for (const d of r.dropped) expect(page.slice(d.span.start, d.span.end)).toMatch(/^<(header|aside|div|footer)\b[\s\S]*<\/(header|aside|div|footer)>$/);
  });

  it('a header outside any article that holds the h1 is the story\'s head, kept; a form (ASP.NET wraps whole pages in one) is no boilerplate', () => {
    const r = htmlText(
      body('<form id="aspnetForm"><header class="masthead"><a>Example News</a></header><div class="story"><header><h1>Ceasefire holds</h1><p>By Jane Roe</p></header><p>The ceasefire held on Monday.</p></div><nav>Home</nav></form>'),
    );
    expect(r.text).toBe('Ceasefire holds\n\nBy Jane Roe\n\nThe ceasefire held on Monday.');
    expect(r.dropped.map((d) => [d.reason, d.text])).toEqual([
      ['html <header>', 'Example News'],
      ['html <nav>', 'Home'],
    ]);
  });

  it('a page whose story sits inside such an element keeps it (read again without this step)', () => {
    const r = htmlText(body('<aside><p>The only text of the page.</p></aside>'));
    expect(r.text).toBe('The only text of the page.');
    expect(r.dropped).toEqual([]);
  });
});

describe('htmlText: the metadata a page declares', () => {
  it.each([
    ['Open Graph and article meta', '<meta property="og:title" content="Ceasefire holds"><meta property="article:published_time" content="2020-11-10T09:30:00+03:00"><meta property="og:site_name" content="Example News">', { title: 'Ceasefire holds', date: '2020-11-10T09:30:00+03:00', outlet: 'Example News', dateline: null }],
    ['JSON-LD in a @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2021-03-01","publisher":{"@type":"Organization","name":"Daily Example"}}]}</script>', { title: 'Talks resume', date: '2021-03-01', outlet: 'Daily Example', dateline: null }],
    ['the <title>, less the outlet', '<title>Talks resume in Baku | Daily Example</title><meta property="og:site_name" content="Daily Example">', { title: 'Talks resume in Baku', date: null, outlet: 'Daily Example', dateline: null }],
    ['a date that is not ISO 8601, broken JSON-LD: nothing', '<title>X</title><meta name="date" content="Monday"><script type="application/ld+json">{broken</script>', { title: 'X', date: null, outlet: null, dateline: null }],
  ])('%s', (_name, head, expected) => expect(htmlText(`<html><head>${head}</head><body><p>Text.</p></body></html>`).metadata).toEqual(expected));

  it.each([
    ['the h1, then the site', '<title>Ceasefire holds in Karabakh | Example News</title>', '<h1>Ceasefire holds in Karabakh</h1>', { title: 'Ceasefire holds in Karabakh', outlet: 'Example News' }],
    ['the site, then the h1', '<title>Example News - Ceasefire holds in Karabakh</title>', '<h1>Ceasefire  holds in <b>Karabakh</b></h1>', { title: 'Ceasefire holds in Karabakh', outlet: 'Example News' }],
    ['a section between', '<title>Ceasefire holds in Karabakh - World | Example News</title>', '<h1>Ceasefire holds in Karabakh</h1>', { title: 'Ceasefire holds in Karabakh', outlet: 'Example News' }],
    ['a declared site name wins as the outlet', '<title>Ceasefire holds in Karabakh | Example News</title><meta property="og:site_name" content="Example Daily">', '<h1>Ceasefire holds in Karabakh</h1>', { title: 'Ceasefire holds in Karabakh', outlet: 'Example Daily' }],
    ['an h1 that is the site\'s logo', '<title>Ceasefire holds in Karabakh | Example News</title>', '<h1>Example News</h1><h2>Ceasefire holds in Karabakh</h2>', { title: 'Ceasefire holds in Karabakh | Example News', outlet: null }],
    ['a name as long as the headline', '<title>Truce holds | The Daily Example News Online</title>', '<h1>Truce holds</h1>', { title: 'Truce holds | The Daily Example News Online', outlet: null }],
    ['a hyphen inside the headline', '<title>Ceasefire holds in Nagorno-Karabakh</title>', '<h1>Ceasefire holds in Nagorno</h1>', { title: 'Ceasefire holds in Nagorno-Karabakh', outlet: null }],
  ])('the <title> is the h1 beside the outlet\'s name (%s)', (_name, head, h1, expected) =>
    expect(htmlText(`<html><head>${head}</head><body>${h1}<p>Text.</p></body></html>`).metadata).toMatchObject(expected),
  );

  it.each([
    ['2020-12-28', '2020-12-28'],
    ['2020-12-28 10:15', '2020-12-28T10:15'],
    ['2020-12-28T10:15:00.000Z', '2020-12-28T10:15:00.000Z'],
    ['2020-13-45', null],
    ['28/12/2020', null],
  ])('isoDate(%s)', (s, expected) => expect(isoDate(s)).toBe(expected));
});

describe('clean: a web page', () => {
  const html =
    '<html><head><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2020-11-10"></head><body>' +
    '<nav><a>Home</a> | <a>World</a></nav><article><h1>Aliyev meets Putin in Moscow</h1>' +
    '<p>President <b>Ilham Aliyev</b> met Vladimir Putin in Moscow on Monday, the Kremlin said in a statement published after the talks, which lasted three hours.</p>' +
    '<p>The two leaders discussed the ceasefire agreement and the return of refugees to the region, officials on both sides said later in the day.</p></article></body></html>';
  const doc = clean({ id: 'p', path: 'p.html', text: html, encoding: 'utf-8', bytes: html.length, format: 'html' }, { report: new Reporter() });

  it('blocks are spans of the markup that hold the page text; the metadata is the declared one', () => {
    expect(doc.clean).toContain('President Ilham Aliyev met Vladimir Putin');
    for (const b of doc.blocks) expect(visibleText(html.slice(b.span.start, b.span.end))).toBe(doc.clean.slice(b.clean.start, b.clean.end));
    expect(doc.metadata).toMatchObject({ date: '2020-11-10', outlet: 'Example News' });
    expect(doc.dropped.map((d) => d.reason)).toContain('html <nav>');
    const i = doc.clean.indexOf('Ilham Aliyev');
    expect(html.slice(doc.toSource.toOriginalStart(i), doc.toSource.toOriginalEnd(i + 12))).toBe('Ilham Aliyev');
  });
});

describe('visibleText (the report shows a page as text)', () => {
  it.each([
    ['<p>AT&amp;T <b>Ilham\n  Aliyev</b></p>', ' AT&T Ilham Aliyev '],
    ['<head><title>x</title><script>var a = 1;</script></head><!-- c -->text', ' text'],
  ])('%s', (markup, expected) => expect(visibleText(markup)).toBe(expected));
});
