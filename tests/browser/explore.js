// explore.js PROGRAM DATASET_DIR ARTEFACTS_DIR - the explorer of the report's
// index.html, driven in Debian's headless Chromium: find, focus, partner
// list, year slider, type filter, pan and zoom, keyboard, axe-core (WCAG 2.1
// A/AA), no console errors, no request but the page itself; the same page
// with JavaScript off; and the page of `coopgraph explore`. Expected values
// come from the dataset's CSV files read here, not from the page's own data.
// Screenshots are kept in ARTEFACTS_DIR.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { launch } = require('./chromium');

const [prog, dataDir, artefacts] = process.argv.slice(2);
if (!prog || !dataDir || !artefacts) {
  console.log('usage: explore.js PROGRAM DATASET_DIR ARTEFACTS_DIR');
  process.exit(2);
}
fs.mkdirSync(artefacts, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-explore-'));
let failed = 0, passed = 0;
function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.log('FAILED: ' + what); }
}

// ---- the reference: the dataset's CSV, parsed here (RFC 4180) ----
function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') q = false;
      else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const head = rows.shift();
  return rows.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] || ''])));
}
const agreements = readCsv(path.join(dataDir, 'agreements.csv'));
const types = readCsv(path.join(dataDir, 'types.csv'));
// A type's filter group: the `group` column when types.csv has one, else its label.
const groupOf = new Map(types.map((t) => [t.type, t.group || t.label || t.type]));
const key = (a, b) => (a < b ? a + '--' + b : b + '--' + a);
const pairs = new Map(); // "A--B" (sorted) -> [agreement]
for (const a of agreements) {
  const ps = a.parties.split(';');
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      const k = key(ps[i], ps[j]);
      if (!pairs.has(k)) pairs.set(k, []);
      pairs.get(k).push(a);
    }
}
const partnersOf = (e) => {
  const s = new Set();
  for (const k of pairs.keys()) {
    const [a, b] = k.split('--');
    if (a === e) s.add(b);
    if (b === e) s.add(a);
  }
  return s;
};
const year = (a) => (a.date ? +a.date.slice(0, 4) : 0);

// ---- the page ----
execFileSync(prog, ['-q', 'report', path.join(tmp, 'r')]);
const pageUrl = 'file://' + path.join(tmp, 'r', 'index.html');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// WCAG 2.1 A/AA, and axe's best practices (one main landmark, all content
// in landmarks, headings in order).
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function axe(page, what) {
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
  const v = res.violations;
  for (const x of v)
    console.log('  axe ' + what + ': ' + x.id + ' (' + x.impact + ') ' + x.nodes.length +
      ' nodes, e.g. ' + x.nodes[0].target.join(' '));
  check(v.length === 0, what + ': axe-core finds no WCAG 2.1 A/AA or best-practice violation (' + v.length + ')');
}
// The same at the width of a report's text column, where tables scroll.
async function axeNarrow(page, what) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 800, height: 1000 });
  await axe(page, what + ' at 800 px');
  await page.setViewportSize(size);
}

// Titles of the network's nodes and edges, with their classes and display.
const shapes = (page) => page.evaluate(() => {
  const svg = document.getElementById('network-title').closest('svg');
  const out = { nodes: {}, edges: {} };
  for (const kind of ['node', 'edge'])
    svg.querySelectorAll('g.' + kind).forEach((g) => {
      const t = g.querySelector('title').textContent;
      out[kind + 's'][t] = {
        dim: g.classList.contains('cg-dim'),
        shown: getComputedStyle(g).display !== 'none',
      };
    });
  delete out.nodes['@legend'];
  return out;
});

(async () => {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pageUrl);
  await page.waitForSelector('#cg-x[data-ready="1"]', { timeout: 10000 });
  const x = page.locator('#cg-x');
  await x.screenshot({ path: path.join(artefacts, 'explore-before.png') });
  await axe(page, 'report page');
  await axeNarrow(page, 'report page');

  // Find: type ISRO; ISRO is focused, its partners and only they highlighted.
  await page.locator('#cg-find').click();
  await page.keyboard.type('ISRO', { delay: 20 });
  let s = await shapes(page);
  const isroPartners = partnersOf('ISRO');
  check(s.nodes.ISRO && !s.nodes.ISRO.dim, 'ISRO is highlighted after typing ISRO');
  check(await page.$eval('#network-title', (t) => [...t.closest('svg').querySelectorAll('g.node.cg-sel')]
    .map((g) => g.querySelector('title').textContent).join()) === 'ISRO', 'ISRO, and only it, is the focused node');
  check(await page.$eval('#cg-panel h3', (h) => h.textContent.startsWith('ISRO')),
    'the panel shows ISRO');
  const lit = Object.keys(s.nodes).filter((t) => !s.nodes[t].dim).sort();
  const want = ['ISRO', ...isroPartners].filter((t) => t in s.nodes).sort();
  check(JSON.stringify(lit) === JSON.stringify(want),
    'highlighted nodes are ISRO and its partners: got ' + lit.join(' ') + '; want ' + want.join(' '));
  const litEdges = Object.keys(s.edges).filter((t) => !s.edges[t].dim);
  check(litEdges.length > 0 && litEdges.every((t) => t.split('--').includes('ISRO')) &&
    Object.keys(s.edges).filter((t) => t.split('--').includes('ISRO')).every((t) => !s.edges[t].dim),
    'highlighted edges are exactly ISRO\'s');
  // The partner list is ranked by shared agreements.
  const listed = await page.$$eval('#cg-panel .cg-partners button', (bs) => bs.map((b) => b.textContent));
  const counts = listed.map((p) => pairs.get(key('ISRO', p)).length);
  check(listed.length === isroPartners.size && counts.every((c, i) => i === 0 || counts[i - 1] >= c),
    'the panel lists ISRO\'s ' + isroPartners.size + ' partners by agreements: ' + listed.join(' '));
  await x.screenshot({ path: path.join(artefacts, 'explore-isro.png') });
  // The README's picture: the same at the width of a laptop window.
  await page.setViewportSize({ width: 960, height: 900 });
  await x.screenshot({ path: path.join(artefacts, 'explore-readme.png') });
  await page.setViewportSize({ width: 1280, height: 1000 });

  // Click a partner: the panel lists the pair's agreements.
  const partner = listed[1] || listed[0];
  await page.locator('#cg-panel .cg-partners button', { hasText: partner }).first().click();
  const ids = await page.$$eval('#cg-panel .cg-pair li', (ls) => ls.map((l) => l.textContent.match(/\[([^\]]+)\]$/)[1]));
  const wantIds = pairs.get(key('ISRO', partner)).map((a) => a.id);
  check(JSON.stringify([...ids].sort()) === JSON.stringify([...wantIds].sort()),
    'the panel lists the agreements of ISRO and ' + partner + ': got ' + ids.join(' ') + '; want ' + wantIds.join(' '));
  // Clicking the partner's node focuses it.
  await page.locator('#network-title').evaluate(() => 0);
  const node = page.locator('svg g.node', { has: page.locator('title', { hasText: new RegExp('^' + partner + '$') }) });
  await node.click();
  check(await page.$eval('#cg-panel h3', (h, p) => h.textContent.startsWith(p), partner),
    'clicking ' + partner + '\'s node shows it in the panel');

  // Time: the network as of 2000.
  await page.locator('#cg-year').fill('2000');
  s = await shapes(page);
  const shown = Object.keys(s.edges).filter((t) => s.edges[t].shown);
  const hidden = Object.keys(s.edges).filter((t) => !s.edges[t].shown);
  const asOf = (t) => pairs.get(key(...t.split('--'))).some((a) => !a.date || year(a) <= 2000);
  check(shown.length > 0 && shown.every(asOf),
    'at 2000 every visible edge has an agreement of 2000 or before, or undated: ' + shown.filter((t) => !asOf(t)).join(' '));
  check(hidden.length > 0 && hidden.every((t) => !asOf(t)),
    'at 2000 the edges with only later agreements are hidden (' + hidden.length + ')');
  const undated = new Set();
  for (const t of shown) for (const a of pairs.get(key(...t.split('--')))) if (!a.date) undated.add(a.id);
  check(await page.$eval('#cg-time-note', (n, u) => n.textContent.includes(u + ' undated'), undated.size),
    'the caption counts the ' + undated.size + ' undated agreements still shown');
  await page.locator('#cg-year').press('End');
  // Play steps through the years from the first; pressing it again pauses.
  const first = await page.$eval('#cg-year', (r) => r.min);
  await page.locator('#cg-play').click();
  await page.waitForFunction((m) => +document.getElementById('cg-year').value > +m, first);
  check(await page.$eval('#cg-play', (b) => b.getAttribute('aria-pressed')) === 'true', 'Play is pressed while playing');
  await page.locator('#cg-play').click();
  check(await page.$eval('#cg-play', (b) => b.getAttribute('aria-pressed')) === 'false', 'Play again pauses');
  await page.locator('#cg-year').press('End');

  // Each type group's swatch has the colour the figure draws that group's edges in.
  const swatches = await page.$$eval('#cg-groups label', (ls) => ls.map((l) => {
    const sw = l.querySelector('.cg-swatch');
    return [l.textContent.replace(/ \(\d+ agreements?\)$/, ''), sw ? getComputedStyle(sw).backgroundColor : null];
  }));
  const strokes = await page.evaluate(() => {
    const out = {};
    document.getElementById('network-title').closest('svg').querySelectorAll('g.edge').forEach((g) => {
      out[g.querySelector('title').textContent] = getComputedStyle(g.querySelector('path')).stroke;
    });
    return out;
  });
  let matched = 0;
  for (const [gname, colour] of swatches) {
    const own = Object.keys(strokes).filter((t) => pairs.get(key(...t.split('--'))).every((a) => groupOf.get(a.type) === gname));
    check(colour !== null, 'the "' + gname + '" check box has a swatch');
    if (!own.length) continue;
    matched++;
    check(own.every((t) => strokes[t] === colour),
      'the "' + gname + '" swatch (' + colour + ') is the colour of its ' + own.length + ' edges');
  }
  check(matched >= 2, matched + ' groups have edges of their own to compare swatches with');

  // Filters: a type group off hides its edges, and only those.
  const labels = await page.$$eval('#cg-groups label', (ls) => ls.map((l) => l.textContent));
  const group = labels.find((l) => l.startsWith('Membership ')) || labels[0];
  const gname = group.replace(/ \(\d+ agreements?\)$/, '');
  await page.getByLabel(group, { exact: true }).uncheck();
  s = await shapes(page);
  const onlyGroup = (t) => pairs.get(key(...t.split('--'))).every((a) => groupOf.get(a.type) === gname);
  const groupEdges = Object.keys(s.edges).filter(onlyGroup);
  check(groupEdges.length > 0 && groupEdges.every((t) => !s.edges[t].shown),
    'with "' + gname + '" off its ' + groupEdges.length + ' edges are hidden');
  check(Object.keys(s.edges).filter((t) => !onlyGroup(t)).every((t) => s.edges[t].shown),
    'with "' + gname + '" off the other edges stay');
  await page.getByLabel(group, { exact: true }).check();

  // Pan and zoom: buttons and keys change the viewBox, reset restores it.
  const vb = () => page.$eval('#network-title', (t) => t.closest('svg').getAttribute('viewBox'));
  const home = await vb();
  await page.locator('#cg-zin').click();
  const zoomed = await vb();
  check(zoomed !== home, 'zoom in changes the view');
  await page.locator('.cg-stage').focus();
  await page.keyboard.press('ArrowRight');
  check((await vb()) !== zoomed, 'the arrow key pans');
  await page.locator('#cg-zreset').click();
  check((await vb()) === home, 'reset view restores it');
  // The wheel scrolls the page until the figure has focus, then zooms.
  const overStage = async () => { // the pointer over the visible middle of the figure
    await page.locator('.cg-stage').scrollIntoViewIfNeeded();
    const b = await page.locator('.cg-stage').boundingBox();
    const top = Math.max(b.y, 0), bottom = Math.min(b.y + b.height, 1000);
    await page.mouse.move(b.x + b.width / 2, (top + bottom) / 2);
  };
  await page.locator('#cg-find').focus();
  await overStage();
  await page.mouse.wheel(0, -200);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  check((await vb()) === home, 'the wheel does not zoom a figure without focus');
  await page.locator('.cg-stage').focus();
  await overStage();
  await page.mouse.wheel(0, -200);
  await page.waitForFunction((h) => document.getElementById('network-title').closest('svg').getAttribute('viewBox') !== h, home);
  check((await vb()) !== home, 'the wheel zooms the focused figure');
  await page.locator('#cg-zreset').click();
  // Dragging pans.
  await overStage();
  const b0 = await page.locator('.cg-stage').boundingBox();
  const y0 = (Math.max(b0.y, 0) + Math.min(b0.y + b0.height, 1000)) / 2, x0 = b0.x + 20;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 60, y0 + 30, { steps: 5 });
  await page.mouse.up();
  check((await vb()) !== home, 'dragging pans the figure');
  await page.locator('#cg-zreset').click();

  // Keyboard: Tab from the stage reaches a node, which is then focused.
  await page.locator('.cg-stage').focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const a = document.activeElement;
    return a && a.matches('g.node') ? a.querySelector('title').textContent : null;
  });
  check(focused && await page.$eval('#cg-panel h3', (h, p) => h.textContent.startsWith(p), focused),
    'Tab reaches a node and the panel shows it (' + focused + ')');
  check(await page.$$eval('svg g.node[tabindex="0"]', (gs) => gs.length) === 1,
    'one node at a time is in the tab order');
  const name0 = await page.evaluate(() => document.activeElement.querySelector('title').textContent);
  let moved = null;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    moved = await page.evaluate(() => document.activeElement.matches('g.node') ?
      document.activeElement.querySelector('title').textContent : null);
    if (moved && moved !== name0) break;
  }
  check(moved && moved !== name0 && await page.$eval('#cg-panel h3', (h, p) => h.textContent.startsWith(p), moved),
    'an arrow key moves to another entity (' + name0 + ' to ' + moved + ') and the panel follows');
  await page.keyboard.press('Escape');
  s = await shapes(page);
  check(Object.values(s.nodes).every((n) => !n.dim), 'Escape clears the highlight');

  await page.locator('#cg-find').fill('ISRO');
  await axe(page, 'report page, ISRO focused');
  await x.screenshot({ path: path.join(artefacts, 'explore-after.png') });
  check(errors.length === 0, 'no console errors or warnings: ' + errors.join(' | '));
  check(requests.length === 1 && requests[0] === pageUrl,
    'no request but the page itself: ' + requests.join(' '));

  // JavaScript off: the static report, explorer hidden, figure shown.
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1000 } });
  const p2 = await nojs.newPage();
  await p2.goto(pageUrl);
  check(!(await p2.locator('#cg-x').isVisible()), 'without JavaScript the explorer controls are hidden');
  const high = await p2.locator('#network-title').evaluate((t) => t.closest('svg').getBoundingClientRect().height);
  check(high > 100, 'without JavaScript the network figure is shown (' + high + ' px high)');
  await nojs.close();

  // `coopgraph explore`: the page alone.
  const one = path.join(tmp, 'explore.html');
  execFileSync(prog, ['-q', 'explore', '-o', one]);
  const p3 = await context.newPage();
  const errors3 = [];
  p3.on('pageerror', (e) => errors3.push(String(e)));
  p3.on('console', (m) => { if (m.type() === 'error') errors3.push(m.text()); });
  await p3.goto('file://' + one);
  await p3.waitForSelector('#cg-x[data-ready="1"]', { timeout: 10000 });
  await p3.locator('#cg-find').fill('esa');
  check(await p3.$eval('#cg-panel h3', (h) => h.textContent.startsWith('ESA')),
    'explore page: finding "esa" (any case) focuses ESA');
  await axe(p3, 'explore page');
  check(errors3.length === 0, 'explore page: no console errors: ' + errors3.join(' | '));

  // Hostile names (<script>, ]]>, quotes, controls): shown as text, never run.
  const hostile = path.join(__dirname, '..', 'fixtures', 'hostile', 'injection');
  execFileSync(prog, ['-q', '-d', hostile, 'explore', '-o', path.join(tmp, 'hostile.html')]);
  const errors5 = [], dialogs = [];
  p3.removeAllListeners('pageerror');
  p3.on('pageerror', (e) => errors5.push(String(e)));
  p3.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await p3.goto('file://' + path.join(tmp, 'hostile.html'));
  await p3.waitForSelector('#cg-x[data-ready="1"]', { timeout: 10000 });
  const q = readCsv(path.join(hostile, 'entities.csv'))[0];
  await p3.locator('#cg-find').fill(q.id);
  check(await p3.$eval('#cg-panel h3', (h) => h.textContent) === q.id + ' (' + q.name + ')',
    'a hostile name is shown as text in the panel');
  check(await p3.$$eval('script', (ss) => ss.length) === 2 && dialogs.length === 0 && errors5.length === 0,
    'hostile names add no script, run nothing, raise no error: ' + dialogs.concat(errors5).join(' | '));

  // An empty network (no entities, no dates): the page still works.
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, 'entities.csv'), 'id,kind,name,country,aliases\n');
  fs.writeFileSync(path.join(empty, 'agreements.csv'), 'id,date,end,type,parties,title,source\n');
  execFileSync(prog, ['-q', '-d', empty, 'explore', '-o', path.join(tmp, 'empty.html')]);
  const errors4 = [];
  p3.removeAllListeners('pageerror');
  p3.on('pageerror', (e) => errors4.push(String(e)));
  await p3.goto('file://' + path.join(tmp, 'empty.html'));
  check(await p3.locator('#cg-x[data-ready="1"]').count() === 1 && errors4.length === 0,
    'an empty network\'s page is ready without errors: ' + errors4.join(' | '));

  await browser.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(passed + ' passed, ' + failed + ' failed; screenshots in ' + artefacts);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.log('FAILED: ' + (e && e.stack || e));
  process.exit(1);
});
