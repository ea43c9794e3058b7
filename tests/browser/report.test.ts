/**
 * The report as a person uses it: opened from disk in a real headless
 * Chromium (Debian's `chromium` package, driven by playwright-core).
 *
 * Skips when /usr/bin/chromium is missing (`apt-get install -y chromium`).
 * The screenshot is saved next to the report in the temp directory; run with
 * UPDATE_SCREENSHOT=1 to also refresh docs/report-screenshot.png (kept out of
 * plain runs so `npm test` never dirties the work tree).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { buildReport } from './build-report.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_BROWSER = existsSync(CHROMIUM);
if (!HAVE_BROWSER) console.warn(`tests/browser/report.test.ts: SKIPPED, no browser at ${CHROMIUM} (install it with: apt-get install -y chromium)`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let tmp: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const p = await context.newPage();
  await p.setViewportSize(viewport);
  await p.goto(pathToFileURL(file).href);
  return p;
}

describe.skipIf(!HAVE_BROWSER)(`report.html in Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ne-report-'));
    await buildReport(join(ROOT, 'input'), join(tmp, 'out'), join(ROOT, 'gazetteers'));
    // a fresh profile every run (launchPersistentContext passes it as --user-data-dir)
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
    context.on('request', (r) => requests.push(r.url()));
    page = await open(join(tmp, 'out', 'report.html'));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  // [entity id, surface text expected among its mentions, type class, visible label]
  const HIGHLIGHTS: [string, string, string, string][] = [
    ['person:ilham-aliyev', 'Ilham Aliyev', 'person', 'PERSON'],
    ['place:baku', 'Baku', 'place', 'PLACE'],
    ['organization:osce-minsk-group', 'OSCE Minsk group', 'organization', 'ORG'],
    ['iso:AZ', 'Azerbaijan', 'place', 'PLACE'],
    ['norp:armenian', 'Armenian', 'norp', 'NORP'],
  ];

  it.each(HIGHLIGHTS)('%s is highlighted in the text as %s with its type', async (id, text, type, label) => {
    const marks = page.locator(`article mark.m[data-e="${id}"]`);
    expect(await marks.count()).toBeGreaterThan(0);
    const surfaces = await marks.evaluateAll((ms) => ms.map((m) => m.firstChild?.textContent));
    expect(surfaces).toContain(text);
    for (const cls of await marks.evaluateAll((ms) => ms.map((m) => m.className))) expect(cls).toBe(`m ${type}`);
    // not colour alone: a label with the type is written next to the name
    await expect.poll(() => marks.first().locator('.tl').innerText()).toBe(label);
    await marks.first().scrollIntoViewIfNeeded();
    expect(await marks.first().isVisible()).toBe(true);
  });

  it('each type has its own highlight colour, and the text keeps a strong contrast on it', async () => {
    const colours = await page.evaluate(() => {
      const out: Record<string, { bg: string; fg: string }> = {};
      for (const t of ['person', 'place', 'organization', 'norp']) {
        const m = document.querySelector(`article mark.m.${t}`)!;
        const s = getComputedStyle(m);
        out[t] = { bg: s.backgroundColor, fg: s.color };
      }
      return out;
    });
    expect(new Set(Object.values(colours).map((c) => c.bg)).size).toBe(4);
    for (const { bg, fg } of Object.values(colours)) expect(contrast(bg, fg)).toBeGreaterThanOrEqual(7);
  });

  it('hovering a mention shows its canonical name, id, role and how it was found', async () => {
    const muradov = page.locator('article mark.m[data-e="person:rustam-muradov"]').first();
    await muradov.scrollIntoViewIfNeeded();
    await muradov.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('Rustam Muradov');
    expect(text).toContain('person:rustam-muradov');
    expect(text).toContain('Lieutenant General'); // 'Lieutenant General Rustam Muradov' -> role
    expect(text).toMatch(/found by\s+\S+/);
    expect(text).toMatch(/confidence\s+0\.\d+/);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('focusing a mention with the keyboard shows the same detail; Escape hides it', async () => {
    const baku = page.locator('article mark.m[data-e="place:baku"]').first();
    await baku.focus();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('place:baku');
    expect(await baku.getAttribute('aria-describedby')).toBe('tip');
    // Tab moves to the next mention and the detail follows it
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.n ?? null);
    expect(focused).not.toBeNull();
    expect(await tip.innerText()).toContain(focused!);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('the type filter of the entities table shows only the chosen types', async () => {
    const rows = page.locator('#entities tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(20);
    for (const t of ['person', 'place', 'norp']) await page.locator(`input[name=etype][value=${t}]`).uncheck();
    const visible = page.locator('#entities tbody tr:not([hidden])');
    const types = await visible.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.type));
    expect(types.length).toBeGreaterThan(3);
    expect(new Set(types)).toEqual(new Set(['organization']));
    expect(await page.locator('#entities tbody tr:not([hidden])', { hasText: 'OSCE Minsk Group' }).count()).toBe(1);
    expect(await page.locator('#entities tbody tr:not([hidden])', { hasText: 'Ilham Aliyev' }).count()).toBe(0);
    expect(await page.locator('#entity-count').innerText()).toBe(`${types.length} of ${all}`);
    await page.locator('#entity-search').fill('minsk');
    expect(await visible.count()).toBe(1);
    await page.locator('#entity-search').fill('');
    for (const t of ['person', 'place', 'norp']) await page.locator(`input[name=etype][value=${t}]`).check();
    expect(await visible.count()).toBe(all);
  });

  it('the entities table sorts by a column', async () => {
    await page.locator('#entities th button', { hasText: 'Entity' }).click();
    const names = await page.locator('#entities tbody tr td:first-child summary').allInnerTexts();
    const lower = names.map((n) => n.toLowerCase());
    expect(lower).toEqual([...lower].sort());
    const mentions = page.locator('#entities th', { hasText: 'Mentions' });
    const counts = async () => (await page.locator('#entities tbody tr td:nth-child(3)').allInnerTexts()).map(Number);
    await mentions.locator('button').click(); // a number column sorts largest first
    expect(await mentions.getAttribute('aria-sort')).toBe('descending');
    expect(await counts()).toEqual([...(await counts())].sort((a, b) => b - a));
    await mentions.locator('button').click();
    expect(await mentions.getAttribute('aria-sort')).toBe('ascending');
    expect(await counts()).toEqual([...(await counts())].sort((a, b) => a - b));
    expect(new Set(await counts()).size).toBeGreaterThan(3);
  });

  it('an entity links to its mentions: following the link lands on a mention of that entity', async () => {
    const row = page.locator('#entities tbody tr', { hasText: 'Ilham Aliyev' }).first();
    await row.locator('summary').click();
    const links = row.locator('details a');
    expect(await links.count()).toBeGreaterThan(0);
    await links.first().click();
    const targetId = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${targetId}"]`);
    expect(await target.getAttribute('data-e')).toBe('person:ilham-aliyev');
    expect(await target.isVisible()).toBe(true);
    // the entity's other mentions in that document are outlined too
    const outlined = await page.locator('mark.m.sel').evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.e));
    expect(outlined.length).toBeGreaterThan(0);
    expect(new Set(outlined)).toEqual(new Set(['person:ilham-aliyev']));
  });

  it('dropped boilerplate is shown collapsed and greyed, and opens for auditing', async () => {
    const dropped = page.locator('details.dropped', { hasText: 'repeated title' }).first();
    expect(await dropped.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await dropped.locator('summary').click();
    const text = dropped.locator('.dtext');
    expect(await text.isVisible()).toBe(true);
    expect(await text.innerText()).toContain('Azerbaijani Defense Minister meets with commander');
    const grey = await dropped.evaluate((d) => getComputedStyle(d).color);
    expect(contrast(grey, 'rgb(255, 255, 255)')).toBeLessThan(7); // greyed compared with the near-black text
  });

  it('a large report: the overview links into pages of documents, and a page works like the report', async () => {
    // the seeds with the thresholds lowered: documents on pages of 2 (the batch: above 300, pages of 50)
    await buildReport(join(ROOT, 'input'), join(tmp, 'paged-out'), join(ROOT, 'gazetteers'), { pageThreshold: 2, pageSize: 2 });
    const overview = await open(join(tmp, 'paged-out', 'report.html'));
    const docLinks = overview.locator('#documents tbody td a');
    expect(await docLinks.count()).toBe(5);
    // the third document is the first on the second page; following its link lands on it there
    const href = (await docLinks.nth(2).getAttribute('href'))!;
    expect(href).toMatch(/^report\/documents-2\.html#d-/);
    await docLinks.nth(2).click();
    await overview.waitForURL(/documents-2\.html#/);
    const anchor = decodeURIComponent(new URL(overview.url()).hash.slice(1));
    const article = overview.locator(`article[id="${anchor}"]`);
    expect(await article.isVisible()).toBe(true);
    expect(await overview.locator('article.doc').count()).toBe(2);
    // a mention on the page shows its detail on focus, as in the report
    const mark = article.locator('mark.m').first();
    await mark.focus();
    await expect.poll(() => overview.locator('#tip').isVisible()).toBe(true);
    expect(await overview.locator('#tip').innerText()).toContain((await mark.getAttribute('data-e'))!);
    // the pager leads to the neighbouring pages
    await overview.locator('nav.pager a[rel="next"]').first().click();
    await overview.waitForURL(/documents-3\.html$/);
    expect(await overview.locator('article.doc').count()).toBe(1);
    expect(await overview.locator('nav.pager a[rel="next"]').count()).toBe(0);
    await overview.close();
  });

  it('makes no network request: only the file itself is loaded', async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('text from an article stays text: a <script> in an article does not run', async () => {
    const input = join(tmp, 'hostile-in');
    mkdirSync(input);
    writeFileSync(
      join(input, 'evil.txt'),
      [
        'Title with <script>window.__pwned = 1</script> in it',
        '',
        'BAKU, Azerbaijan, Dec. 3',
        '',
        'Officials in Baku said on Thursday that the strings <img src=x onerror="window.__pwned = 2"> and "</p><script>window.__pwned = 3</script>" found in a leaked report were harmless text, and that the ministry would publish the full document next week.',
        '',
      ].join('\n'),
    );
    await buildReport(input, join(tmp, 'hostile-out'), join(ROOT, 'gazetteers'));
    const before = requests.length;
    const p = await open(join(tmp, 'hostile-out', 'report.html'));
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const body = (await p.locator('article').textContent()) ?? ''; // textContent: also the collapsed removed blocks
    expect(body).toContain('<script>window.__pwned = 1</script>');
    expect(body).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await p.locator('article img, article script').count()).toBe(0);
    expect(requests.slice(before).filter((u) => !u.startsWith('file://'))).toEqual([]);
    await p.close();
  });

  it('saves a screenshot of a document with a mention detail open', async () => {
    const p = await open(join(tmp, 'out', 'report.html'), { width: 1280, height: 860 });
    const m = p.locator('article mark.m[data-e="person:zakir-hasanov"]').first();
    await p.evaluate(() => document.fonts.ready);
    await m.evaluate((el) => el.closest('article')!.scrollIntoView());
    await m.hover();
    await expect.poll(() => p.locator('#tip').isVisible()).toBe(true);
    const file = join(tmp, 'report-screenshot.png');
    await p.screenshot({ path: file });
    expect(existsSync(file)).toBe(true);
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(file, join(ROOT, 'docs', 'report-screenshot.png'));
    await p.close();
  });
});

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
