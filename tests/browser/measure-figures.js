// measure-figures.js - judges figures the way a reader meets them: each SVG
// inlined in a page at 800 CSS px width (an HTML page is laid out as it is,
// in an 800 px wide viewport) in Debian's headless Chromium, and measured
// through the DOM:
//   text px     the smallest font size of any non-blank <text>, in CSS px as
//               drawn (font-size times the element's screen scale);
//   overlaps    pairs of text boxes (getBoundingClientRect, cut to the font
//               size in height) that intersect by more than 1 px both ways;
//   spills      texts whose box leaves the figure, or comes closer than 1 px
//               to the left or right edge (leaves the top or bottom) of the shape of the node or legend cell it sits
//               in (the drawn shape of the same Graphviz node group sharing most
//               of the text's box): the margin stands in for renderers
//               (rsvg) that set the text a little wider than Chromium;
//   crossings   edges (Graphviz <g class="edge">, <title>A--B</title>) that
//               pass through a node (<g class="node">, <title>id</title>)
//               they do not join: points every 2 px along each edge path
//               (getPointAtLength) falling inside a node's outline shrunk by
//               15% towards its centre (a node framing an end of the
//               edge, such as a panel of small multiples, does not count);
//   ratio       width:height of the drawn figure.
// Rules: text >= 9 px, no overlaps, no spills, no crossings, ratio within
// 1:3 .. 3:1. A table per figure on stdout; exit 1 when a rule fails.
//
// usage: node measure-figures.js [OPTIONS] FILE[=NAME]...
//   FILE            an .svg (inlined at 800 px) or an .html page
//   --edges-max NAME=PCT   allow at most PCT% of NAME's edges to cross nodes
//   --labels-only NAME     judge NAME's edges not at all (a dense network
//                          whose edges cannot avoid nodes): text rules only
//   --xfail NAME           NAME is known to fail (listed explicitly, with the
//                          issue that fixes it); its failure does not fail
//                          the run, and a pass (XPASS) does
//   --shots DIR            write DIR/NAME.png, the figure as a reader sees it
//   --json FILE            write every figure's numbers to FILE
//   --details N            failures listed per figure (default 8)
const fs = require('fs');
const path = require('path');
const { launch } = require('./chromium');

const RULES = { minTextPx: 9, maxRatio: 3 };
const WIDTH = 800;

function usage(msg) {
  console.error(`measure-figures: ${msg}`);
  console.error('usage: node measure-figures.js [--edges-max NAME=PCT] [--labels-only NAME] ' +
    '[--xfail NAME] [--shots DIR] [--json FILE] [--details N] FILE[=NAME]...');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { files: [], edgesMax: {}, labelsOnly: new Set(), xfail: new Set(), shots: null,
    json: null, details: 8 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    if (a === '--edges-max') {
      const m = /^(.+)=([0-9.]+)$/.exec(next());
      if (!m) usage('--edges-max takes NAME=PCT');
      o.edgesMax[m[1]] = parseFloat(m[2]);
    } else if (a === '--labels-only') o.labelsOnly.add(next());
    else if (a === '--xfail') o.xfail.add(next());
    else if (a === '--shots') o.shots = next();
    else if (a === '--json') o.json = next();
    else if (a === '--details') o.details = parseInt(next(), 10);
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else {
      const eq = a.lastIndexOf('=');
      const file = eq > 0 ? a.slice(0, eq) : a;
      const name = eq > 0 ? a.slice(eq + 1) : path.basename(a).replace(/\.(svg|html?)$/, '');
      o.files.push({ file, name });
    }
  }
  if (!o.files.length) usage('no figures given');
  return o;
}

// Runs in the page: measures every <svg> under `root` that is not nested in
// another svg. Returns one result per svg.
function measureInPage(opts) {
  const SHRINK = 0.85; // a node's outline, scaled towards its centre
  const STEP = 2; // px between samples along an edge
  const TOL = 1; // px of overlap forgiven (anti-aliasing, rounding)
  // Text must stay this far inside its node or cell: other renderers (rsvg,
  // a reader's fallback font) set the same text a little wider than Chromium.
  const MARGIN = 1;
  const results = [];
  const rectOf = (e) => e.getBoundingClientRect();
  const area = (r) => Math.max(0, r.width) * Math.max(0, r.height);
  const inter = (a, b) => ({ w: Math.min(a.right, b.right) - Math.max(a.left, b.left),
    h: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) });
  const titleOf = (g) => {
    const t = Array.from(g.children).find((c) => c.tagName === 'title');
    return t ? t.textContent : null;
  };
  const shapesOf = (g) => Array.from(g.querySelectorAll('ellipse,polygon,path,rect,polyline,circle'))
    .filter((s) => !s.closest('text'));
  // The smallest shape next to text t (same parent) holding its anchor point,
  // other than the figure's background.
  const cellOf = (t, figure) => {
    const m = t.getScreenCTM();
    if (!m) return null;
    const fs = parseFloat(getComputedStyle(t).fontSize) || 0;
    const anchor = t.getAttribute('text-anchor') || 'start';
    const dx = anchor === 'start' ? 1 : anchor === 'end' ? -1 : 0;
    const x = parseFloat(t.getAttribute('x')) + dx, y = parseFloat(t.getAttribute('y')) - fs / 3;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    const p = new DOMPoint(x, y).matrixTransform(m);
    let best = null;
    for (const sh of t.parentElement.children) {
      if (!/^(polygon|rect|path|ellipse)$/.test(sh.tagName)) continue;
      const sr = rectOf(sh);
      if (area(sr) >= 0.4 * area(figure)) continue;
      if (p.x < sr.left || p.x > sr.right || p.y < sr.top || p.y > sr.bottom) continue;
      if (!best || area(sr) < area(best)) best = sr;
    }
    return best;
  };
  const svgs = Array.from(document.querySelectorAll('svg')).filter((s) => !s.parentElement.closest('svg'));
  svgs.forEach((svg, index) => {
    const box = rectOf(svg);
    const r = { index, width: box.width, height: box.height,
      ratio: box.height > 0 ? box.width / box.height : 0, texts: 0, minTextPx: Infinity,
      minTextWhat: '', overlaps: [], spills: [], edges: 0, crossed: [], nodes: 0 };
    // Texts.
    const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent.trim() !== '' &&
      getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden');
    const tboxes = texts.map((t) => {
      const m = t.getScreenCTM();
      const scale = m ? Math.sqrt(m.a * m.a + m.b * m.b) : 1;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      // For overlaps, the em box: Chromium's box of a text adds the font's
      // ascent, descent and line gap (about 1.15 em), so consecutive lines of
      // one label, set 1.2 em apart, would touch.
      const full = rectOf(t), trim = Math.max(0, (full.height - px) / 2);
      const em = { left: full.left, right: full.right, top: full.top + trim, bottom: full.bottom - trim };
      return { t, rect: full, em, px, label: t.textContent.trim().slice(0, 40) };
    });
    r.texts = tboxes.length;
    for (const tb of tboxes)
      if (tb.px < r.minTextPx) { r.minTextPx = tb.px; r.minTextWhat = tb.label; }
    if (!tboxes.length) r.minTextPx = 0;
    for (let i = 0; i < tboxes.length; i++)
      for (let j = i + 1; j < tboxes.length; j++) {
        const a = tboxes[i].em, b = tboxes[j].em;
        if (a.left > b.right || b.left > a.right || a.top > b.bottom || b.top > a.bottom) continue;
        const x = inter(a, b);
        if (x.w > TOL && x.h > TOL)
          r.overlaps.push(`"${tboxes[i].label}" / "${tboxes[j].label}" (${x.w.toFixed(1)}x${x.h.toFixed(1)} px)`);
      }
    // Spills: out of the figure, or out of the shape around the text in its node.
    for (const tb of tboxes) {
      const a = tb.rect;
      if (a.left < box.left - TOL || a.right > box.right + TOL || a.top < box.top - TOL ||
          a.bottom > box.bottom + TOL) {
        r.spills.push(`"${tb.label}" leaves the figure`);
        continue;
      }
      const node = tb.t.closest('g.node');
      if (!node) {
        // Text of the graph itself (a legend as the graph's label): its cell
        // is the smallest shape beside it (same parent) under its anchor.
        if (tb.t.closest('g.edge')) continue;
        const cell = cellOf(tb.t, box);
        if (!cell) continue;
        const outX = Math.max(cell.left - a.left, a.right - cell.right);
        const outY = Math.max(cell.top - a.top, a.bottom - cell.bottom);
        if (outX > -MARGIN || outY > TOL)
          r.spills.push(`"${tb.label}" ${outX > 0 || outY > TOL ? 'leaves' : 'touches'} its cell by ` +
            `${Math.max(outX, outY - TOL).toFixed(1)} px`);
        continue;
      }
      // The cell is the shape sharing most of the text's box (the smaller on a tie).
      let best = null, bestShare = 0;
      for (const s of shapesOf(node)) {
        const sr = rectOf(s), x = inter(a, sr);
        const share = Math.max(0, x.w) * Math.max(0, x.h);
        if (share > bestShare + 1e-6 || (best && Math.abs(share - bestShare) <= 1e-6 && area(sr) < area(best))) {
          if (share <= 0) continue;
          best = sr;
          bestShare = share;
        }
      }
      if (!best) continue; // text with no shape around it (plaintext)
      // Sideways the margin applies; up and down the text box (the font's
      // full ascent and descent) may touch the border.
      const outX = Math.max(best.left - a.left, a.right - best.right);
      const outY = Math.max(best.top - a.top, a.bottom - best.bottom);
      const out = Math.max(outX + MARGIN, outY - TOL + MARGIN) - MARGIN;
      if (outX > -MARGIN || outY > TOL)
        r.spills.push(`"${tb.label}" ${out > 0 ? 'leaves' : 'touches'} its ${node.classList.contains('legend') ? 'legend cell' : 'node'} ` +
          `"${titleOf(node)}" by ${out.toFixed(1)} px`);
    }
    // Nodes: the outline (a shape covering most of the node's box) or the box.
    const nodes = Array.from(svg.querySelectorAll('g.node')).map((g) => {
      const gr = rectOf(g);
      let outline = null;
      for (const s of shapesOf(g)) {
        const sr = rectOf(s);
        if (area(sr) >= 0.8 * area(gr) && (!outline || area(sr) > area(rectOf(outline)))) outline = s;
      }
      if (outline && !(outline.isPointInFill && outline.getScreenCTM())) outline = null;
      return { id: titleOf(g), rect: gr, outline, cx: (gr.left + gr.right) / 2, cy: (gr.top + gr.bottom) / 2 };
    });
    r.nodes = nodes.length;
    const ids = new Set(nodes.map((n) => n.id));
    const inside = (n, x, y) => {
      // The point moved away from the centre by 1/SHRINK lies inside the
      // outline exactly when (x, y) lies inside the outline shrunk by SHRINK.
      const X = n.cx + (x - n.cx) / SHRINK, Y = n.cy + (y - n.cy) / SHRINK;
      if (X < n.rect.left || X > n.rect.right || Y < n.rect.top || Y > n.rect.bottom) return false;
      if (!n.outline) return true;
      const p = new DOMPoint(X, Y).matrixTransform(n.outline.getScreenCTM().inverse());
      return n.outline.isPointInFill(p);
    };
    // Edges.
    for (const g of svg.querySelectorAll('g.edge')) {
      const title = titleOf(g) || '';
      let ends = null;
      for (let k = title.indexOf('--'); k >= 0; k = title.indexOf('--', k + 1)) {
        const a = title.slice(0, k), b = title.slice(k + 2);
        if (ids.has(a) && ids.has(b)) { ends = [a, b]; break; }
      }
      if (!ends) {
        const m = /^(.*?)(--|->)(.*)$/.exec(title);
        ends = m ? [m[1], m[3]] : [title, title];
      }
      r.edges++;
      // A node whose box holds an end of the edge is a frame around it (a
      // panel of small multiples), not a node the edge passes through.
      const endRects = nodes.filter((nd) => nd.id === ends[0] || nd.id === ends[1]).map((nd) => nd.rect);
      const holds = (nd) => endRects.some((e) => e.left >= nd.rect.left && e.right <= nd.rect.right &&
        e.top >= nd.rect.top && e.bottom <= nd.rect.bottom);
      const hit = new Set();
      for (const nd of nodes) if (holds(nd)) hit.add(nd.id);
      const frames = hit.size;
      for (const p of g.querySelectorAll('path')) {
        const len = p.getTotalLength();
        const m = p.getScreenCTM();
        if (!m || !(len > 0)) continue;
        const scale = Math.sqrt(m.a * m.a + m.b * m.b) || 1;
        const n = Math.max(2, Math.ceil((len * scale) / STEP));
        for (let k = 0; k <= n; k++) {
          const q = p.getPointAtLength((len * k) / n).matrixTransform(m);
          for (const nd of nodes) {
            if (nd.id === ends[0] || nd.id === ends[1] || hit.has(nd.id)) continue;
            if (q.x < nd.rect.left || q.x > nd.rect.right || q.y < nd.rect.top || q.y > nd.rect.bottom) continue;
            if (inside(nd, q.x, q.y)) hit.add(nd.id);
          }
        }
      }
      const through = Array.from(hit).slice(frames);
      if (through.length) r.crossed.push(`${ends[0]}--${ends[1]} through ${through.join(', ')}`);
    }
    results.push(r);
  });
  return results;
}

function pageFor(svgText) {
  // Inline, not <img>: the DOM of the figure is what gets measured. The XML
  // prolog and doctype are dropped; the svg is given the column's width and
  // the height its viewBox implies.
  const body = svgText.replace(/^\uFEFF?(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?/, '');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0;background:white}
    #col{width:${WIDTH}px}
  </style></head><body><div id="col">${body}</div>
  <script>
    (function () {
      var s = document.querySelector('#col > svg');
      var vb = s.viewBox && s.viewBox.baseVal;
      var w = vb && vb.width ? vb.width : s.getBBox().width, h = vb && vb.height ? vb.height : s.getBBox().height;
      s.setAttribute('width', '${WIDTH}');
      s.setAttribute('height', String(${WIDTH} * h / w));
      s.style.display = 'block';
    })();
  </script></body></html>`;
}

function fmt(x, d) { return Number.isFinite(x) ? x.toFixed(d) : '-'; }

function judge(r, name, o) {
  const fails = [];
  if (r.minTextPx < RULES.minTextPx) fails.push(`text ${fmt(r.minTextPx, 1)} px < ${RULES.minTextPx} px ("${r.minTextWhat}")`);
  if (r.overlaps.length) fails.push(`${r.overlaps.length} overlapping text pairs`);
  if (r.spills.length) fails.push(`${r.spills.length} texts spill`);
  const pct = r.edges ? (100 * r.crossed.length) / r.edges : 0;
  if (!o.labelsOnly.has(name)) {
    const max = o.edgesMax[name] !== undefined ? o.edgesMax[name] : 0;
    if (pct > max) fails.push(`${r.crossed.length} of ${r.edges} edges (${fmt(pct, 1)}%) cross nodes they do not join (at most ${max}%)`);
  }
  if (!(r.ratio >= 1 / RULES.maxRatio && r.ratio <= RULES.maxRatio))
    fails.push(`width:height ${fmt(r.ratio, 2)} outside 1:${RULES.maxRatio}..${RULES.maxRatio}:1`);
  return { fails, pct };
}

(async () => {
  const o = parseArgs(process.argv.slice(2));
  if (o.shots) fs.mkdirSync(o.shots, { recursive: true });
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 1000 } });
  const all = [];
  let failed = 0;
  for (const f of o.files) {
    let text;
    try { text = fs.readFileSync(f.file, 'utf8'); } catch (e) {
      console.log(`${f.name}: FAILED: cannot read ${f.file}: ${e.message}`);
      failed++;
      continue;
    }
    if (/\.html?$/.test(f.file)) await page.goto('file://' + path.resolve(f.file));
    else await page.setContent(pageFor(text));
    const res = await page.evaluate(measureInPage, {});
    if (o.shots) await page.screenshot({ path: path.join(o.shots, f.name + '.png'), fullPage: true });
    if (!res.length) {
      console.log(`${f.name}: FAILED: no <svg> in ${f.file}`);
      failed++;
      continue;
    }
    // A page marked xfail is expected to fail as a whole: some figure of it fails.
    const pageXfail = o.xfail.has(f.name);
    let pageFails = 0;
    for (const r of res) {
      const name = res.length > 1 ? `${f.name}#${r.index + 1}` : f.name;
      const { fails, pct } = judge(r, name, o);
      const xfail = o.xfail.has(name) || (pageXfail && res.length === 1);
      if (fails.length) pageFails++;
      const verdict = fails.length ? (xfail || pageXfail ? 'XFAIL' : 'FAIL') : (xfail ? 'XPASS' : 'ok');
      // A pass of a figure marked xfail fails too: the mark must go with the fix.
      if (fails.length !== 0 ? !(xfail || pageXfail) : xfail) failed++;
      if (!fails.length && xfail) fails.push('passes: remove its xfail mark');
      all.push({ name, file: f.file, width: r.width, height: r.height, ratio: r.ratio, texts: r.texts,
        minTextPx: r.minTextPx, overlaps: r.overlaps.length, spills: r.spills.length, nodes: r.nodes,
        edges: r.edges, crossed: r.crossed.length, crossedPct: pct, verdict, fails });
      console.log(`== ${name} (${f.file})`);
      console.log(`  size ${fmt(r.width, 0)}x${fmt(r.height, 0)} px   ratio ${fmt(r.ratio, 2)}   texts ${r.texts}   ` +
        `min text ${fmt(r.minTextPx, 1)} px   overlaps ${r.overlaps.length}   spills ${r.spills.length}   ` +
        `edges ${r.edges}   crossing ${r.crossed.length} (${fmt(pct, 1)}%)${o.labelsOnly.has(name) ? ' [not judged]' : ''}   ` +
        verdict);
      for (const why of fails) console.log(`  - ${why}`);
      const show = (label, list) => list.slice(0, o.details).forEach((x) => console.log(`    ${label}: ${x}`));
      show('overlap', r.overlaps);
      show('spill', r.spills);
      if (!o.labelsOnly.has(name)) show('crossing', r.crossed);
    }
    if (pageXfail && res.length > 1 && !pageFails) {
      console.log(`${f.name}: XPASS: every figure passes: remove its xfail mark`);
      failed++;
    }
  }
  await browser.close();
  // The summary table, one row per figure.
  const head = ['figure', 'width', 'height', 'ratio', 'min text px', 'overlaps', 'spills', 'edges', 'crossing', 'verdict'];
  const rows = all.map((a) => [a.name, fmt(a.width, 0), fmt(a.height, 0), fmt(a.ratio, 2), fmt(a.minTextPx, 1),
    String(a.overlaps), String(a.spills), String(a.edges), `${a.crossed} (${fmt(a.crossedPct, 1)}%)`, a.verdict]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  console.log('');
  console.log(line(head));
  rows.forEach((r) => console.log(line(r)));
  if (o.json) fs.writeFileSync(o.json, JSON.stringify(all, null, 1) + '\n');
  console.log(failed ? `${failed} figure(s) FAILED` : 'all figures pass');
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.log('FAILED: ' + (e && e.stack || e)); process.exit(1); });
