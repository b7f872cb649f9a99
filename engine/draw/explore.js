/* explore.js - the coopgraph network explorer, inlined in the page by
 * engine/draw/explore.c. It only adds behaviour to a page that is complete
 * without it: finds the figure by its SVG ids, maps the drawing to the data
 * through Graphviz's <title> elements (node: entity id; edge: "A--B"), and
 * never loads anything. */
(function () {
  'use strict';
  var root = document.getElementById('cg-x');
  var dataEl = document.getElementById('cg-x-data');
  if (!root || !dataEl) return;
  var titleEl = document.getElementById(root.getAttribute('data-figure') + 'title');
  var svg = titleEl && titleEl.closest('svg');
  if (!svg) return;
  var D = JSON.parse(dataEl.textContent);
  var E = D.ents, A = D.agr, P = D.pairs, T = D.types;
  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  };

  /* ---- the data, indexed ---- */
  var byKey = new Map(); /* lower-case id, name or alias -> entity */
  var adj = E.map(function () { return []; }); /* entity -> [pair] */
  E.forEach(function (e, i) {
    [e[0], e[1]].concat(e[3]).forEach(function (s) {
      if (s && !byKey.has(s.toLowerCase())) byKey.set(s.toLowerCase(), i);
    });
  });
  var pairKey = new Map();
  P.forEach(function (p, k) {
    adj[p[0]].push(k);
    adj[p[1]].push(k);
    pairKey.set(E[p[0]][0] + '--' + E[p[1]][0], k);
    pairKey.set(E[p[1]][0] + '--' + E[p[0]][0], k);
  });
  var year = function (a) { return a[1] ? +a[1].slice(0, 4) : 0; };
  var minY = Infinity, maxY = -Infinity, undated = 0;
  A.forEach(function (a) {
    var y = year(a);
    if (!y) { undated++; return; }
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  var other = function (p, i) { return P[p][0] === i ? P[p][1] : P[p][0]; };
  var name = function (i) { return E[i][1] ? E[i][0] + ' (' + E[i][1] + ')' : E[i][0]; };
  var plural = function (n, w) { return n + ' ' + w + (n === 1 ? '' : 's'); };

  /* ---- the drawing, mapped through <title> ---- */
  var nodeOf = E.map(function () { return null; });
  var edgeOf = P.map(function () { return []; }); /* a pair may be drawn as several edges */
  var entOfNode = new Map(), pairOfEdge = new Map();
  var nodes = [], edges = [];
  svg.querySelectorAll('g.node').forEach(function (g) {
    var t = g.querySelector('title');
    var i = t ? byKey.get(t.textContent.toLowerCase()) : undefined;
    if (i === undefined || E[i][0] !== t.textContent) return;
    nodeOf[i] = g;
    entOfNode.set(g, i);
    nodes.push(g);
  });
  svg.querySelectorAll('g.edge').forEach(function (g) {
    var t = g.querySelector('title');
    var k = t ? pairKey.get(t.textContent) : undefined;
    if (k === undefined) return;
    edgeOf[k].push(g);
    pairOfEdge.set(g, k);
    edges.push(g);
  });

  /* ---- the page: controls shown, the figure moved into the stage ---- */
  var stage = root.querySelector('.cg-stage');
  svg.parentNode.insertBefore(root, svg);
  stage.appendChild(svg);
  svg.setAttribute('role', 'group');
  svg.setAttribute('tabindex', '-1'); /* the stage is the tab stop, not the svg */
  svg.classList.add('cg-live');
  root.hidden = false;
  var panel = $('cg-panel'), status = $('cg-status');
  var say = function (s) { status.textContent = s; };

  /* ---- filters and time ---- */
  var groupOn = D.groups.map(function () { return true; });
  var kindOn = D.kinds.map(function () { return true; });
  var slider = $('cg-year'), yearOut = $('cg-year-out'), note = $('cg-time-note');
  var hasYears = minY <= maxY;
  if (hasYears) {
    slider.min = minY;
    slider.max = maxY;
    slider.value = maxY;
  } else {
    slider.disabled = true;
  }
  var asOf = function () { return hasYears ? +slider.value : Infinity; };
  var pairVisible = new Uint8Array(P.length), entVisible = new Uint8Array(E.length);
  var agrOn = function (a, y) {
    var yy = year(A[a]);
    return groupOn[T[A[a][2]][1]] && (!yy || yy <= y);
  };
  function apply() {
    var y = asOf(), np = 0, ne = 0, nu = 0, seen = new Uint8Array(A.length);
    entVisible.fill(0);
    P.forEach(function (p, k) {
      var on = kindOn[E[p[0]][2]] !== false && kindOn[E[p[1]][2]] !== false &&
        p[2].some(function (a) { return agrOn(a, y); });
      pairVisible[k] = on ? 1 : 0;
      if (on) {
        np++;
        entVisible[p[0]] = entVisible[p[1]] = 1;
        p[2].forEach(function (a) {
          if (!seen[a] && !year(A[a]) && agrOn(a, y)) { seen[a] = 1; nu++; }
        });
      }
      edgeOf[k].forEach(function (g) { g.classList.toggle('cg-hide', !on); });
    });
    E.forEach(function (e, i) {
      if (!adj[i].length && kindOn[e[2]] !== false) entVisible[i] = 1;
      if (entVisible[i]) ne++;
      if (nodeOf[i]) nodeOf[i].classList.toggle('cg-hide', !entVisible[i]);
    });
    yearOut.textContent = hasYears ? String(y) + (y >= maxY ? ' (all)' : '') : 'no dates';
    note.textContent = (hasYears ? 'As of ' + y + ': ' : '') + plural(ne, 'entity').replace(/ys$/, 'ies') +
      ' and ' + plural(np, 'partner pair') + ' shown of ' + E.length + ' and ' + P.length + '; ' +
      plural(nu, 'undated agreement') + ' always shown' + (undated ? ' (' + undated + ' in all)' : '') + '.';
    highlight(hover >= 0 ? hover : current);
  }

  function checkbox(box, label, count, on, set, colour) {
    var id = box.id + '-' + box.children.length;
    var w = el('span', 'cg-check'), c = el('input'), l = el('label', null, label + ' (' + count + ')');
    if (colour) { /* the edge colour of the figure's legend; the label says the same in words */
      var sw = el('span', 'cg-swatch');
      sw.style.backgroundColor = colour;
      sw.setAttribute('aria-hidden', 'true');
      l.insertBefore(sw, l.firstChild);
    }
    c.type = 'checkbox';
    c.id = id;
    c.checked = true;
    l.htmlFor = id;
    c.addEventListener('change', function () { set(c.checked); apply(); });
    w.appendChild(c);
    w.appendChild(l);
    box.appendChild(w);
  }
  var groupCount = D.groups.map(function () { return 0; });
  A.forEach(function (a) { groupCount[T[a[2]][1]]++; });
  D.groups.forEach(function (g, k) {
    checkbox($('cg-groups'), g, plural(groupCount[k], 'agreement'), true, function (v) { groupOn[k] = v; },
      D.groupColours[k]);
  });
  var kindCount = D.kinds.map(function () { return 0; });
  E.forEach(function (e) { if (e[2] >= 0) kindCount[e[2]]++; });
  D.kinds.forEach(function (g, k) {
    checkbox($('cg-kinds'), g, plural(kindCount[k], 'entity').replace(/ys$/, 'ies'), true, function (v) { kindOn[k] = v; });
  });

  /* ---- focus: one entity and its partners ---- */
  var current = -1, hover = -1, pair = -1;
  function highlight(i) {
    var on = new Set(), on2 = new Set();
    if (i >= 0) {
      on.add(i);
      adj[i].forEach(function (k) { if (pairVisible[k]) { on.add(other(k, i)); on2.add(k); } });
    }
    svg.classList.toggle('cg-focus', i >= 0);
    nodes.forEach(function (g) {
      var j = entOfNode.get(g);
      g.classList.toggle('cg-dim', i >= 0 && !on.has(j));
      g.classList.toggle('cg-hl', i >= 0 && on.has(j));
      g.classList.toggle('cg-sel', j === i);
    });
    edges.forEach(function (g) {
      var k = pairOfEdge.get(g);
      g.classList.toggle('cg-dim', i >= 0 && !on2.has(k));
      g.classList.toggle('cg-hl', i >= 0 && on2.has(k));
    });
  }

  function dateText(a) { return A[a][1] || 'undated'; }
  function agreementItem(a, withWhom) {
    var li = el('li'), t = el('span', 'cg-date', dateText(a));
    li.appendChild(t);
    li.appendChild(document.createTextNode(' ' + T[A[a][2]][0] + ': ' + A[a][3] +
      (withWhom ? ' \u2014 with ' + withWhom : '') + ' [' + A[a][0] + ']'));
    return li;
  }
  function partnersOf(i) {
    return adj[i].map(function (k) { return k; }).sort(function (x, y) {
      var d = P[y][2].length - P[x][2].length;
      if (d) return d;
      var a = E[other(x, i)][0], b = E[other(y, i)][0];
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }
  function summary(list) { /* types with counts, first and last year */
    var types = new Map(), lo = 0, hi = 0;
    list.forEach(function (a) {
      var t = T[A[a][2]][0], y = year(A[a]);
      types.set(t, (types.get(t) || 0) + 1);
      if (y && (!lo || y < lo)) lo = y;
      if (y > hi) hi = y;
    });
    var s = Array.from(types, function (x) { return x[0] + ' ' + x[1]; }).join(', ');
    return s + (lo ? '; ' + (lo === hi ? lo : lo + '\u2013' + hi) : '; undated');
  }
  function showEntity(i) {
    pair = -1;
    panel.textContent = '';
    if (i < 0) {
      panel.appendChild(el('p', 'cg-hint', 'No entity chosen. Find one by name above, or click or Tab to a node.'));
      return;
    }
    var ps = partnersOf(i), hist = new Map();
    ps.forEach(function (k) {
      P[k][2].forEach(function (a) {
        if (!hist.has(a)) hist.set(a, []);
        hist.get(a).push(E[other(k, i)][0]);
      });
    });
    panel.appendChild(el('h3', null, name(i)));
    panel.appendChild(el('p', null, (D.kinds[E[i][2]] || 'entity') + '; ' + plural(ps.length, 'partner') +
      ', ' + plural(hist.size, 'agreement') + (nodeOf[i] ? '' : '; not drawn in this figure')));
    if (ps.length) {
      panel.appendChild(el('h4', null, 'Partners by agreements'));
      var ol = el('ol', 'cg-partners');
      ps.forEach(function (k) {
        var j = other(k, i), li = el('li'), b = el('button', 'cg-link', E[j][0]);
        b.type = 'button';
        b.setAttribute('data-entity', E[j][0]);
        b.setAttribute('aria-label', 'Agreements of ' + E[i][0] + ' with ' + name(j));
        b.addEventListener('click', function () { showPair(i, k); });
        li.appendChild(b);
        li.appendChild(document.createTextNode(' ' + (E[j][1] ? E[j][1] + ': ' : '') +
          plural(P[k][2].length, 'agreement') + ' (' + summary(P[k][2]) + ')'));
        ol.appendChild(li);
      });
      panel.appendChild(ol);
      panel.appendChild(el('h4', null, 'Agreement history'));
      var hl = el('ol', 'cg-history');
      Array.from(hist.keys()).sort(function (x, y) { return x - y; }).forEach(function (a) {
        hl.appendChild(agreementItem(a, hist.get(a).join(', ')));
      });
      panel.appendChild(hl);
    }
  }
  function showPair(i, k) {
    var j = other(k, i);
    pair = k;
    panel.textContent = '';
    panel.appendChild(el('h3', null, E[i][0] + ' and ' + E[j][0]));
    panel.appendChild(el('p', null, name(i) + ' and ' + name(j) + ': ' + plural(P[k][2].length, 'agreement') + '.'));
    var ol = el('ol', 'cg-pair');
    P[k][2].forEach(function (a) { ol.appendChild(agreementItem(a)); });
    panel.appendChild(ol);
    var back = el('button', 'cg-link', 'Back to ' + E[i][0]), go = el('button', 'cg-link', 'Focus ' + E[j][0]);
    back.type = go.type = 'button';
    back.addEventListener('click', function () { select(i); });
    go.addEventListener('click', function () { select(j, true); });
    panel.appendChild(back);
    panel.appendChild(document.createTextNode(' '));
    panel.appendChild(go);
    edges.forEach(function (g) { g.classList.toggle('cg-pairsel', pairOfEdge.get(g) === k); });
    say(E[i][0] + ' and ' + E[j][0] + ': ' + plural(P[k][2].length, 'agreement') + ' listed.');
  }
  function select(i, moveFocus) {
    current = i;
    highlight(i);
    showEntity(i);
    edges.forEach(function (g) { g.classList.remove('cg-pairsel'); });
    if (i >= 0) {
      say(name(i) + ' focused: ' + plural(adj[i].length, 'partner') + '.');
      if (nodeOf[i]) {
        rove(nodeOf[i]);
        reveal(nodeOf[i]);
        if (moveFocus) nodeOf[i].focus({ preventScroll: true });
      }
    }
  }

  /* One node is in the tab order (roving tabindex): Tab enters the network
   * once, arrow keys move to the nearest entity in that direction. */
  var rover = null;
  function rove(g) {
    if (rover) rover.setAttribute('tabindex', '-1');
    rover = g;
    g.setAttribute('tabindex', '0');
  }
  var DIRS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  function nearest(g, d) { /* the closest shown node within 60 degrees of direction d */
    var a = g.getBoundingClientRect(), ax = (a.left + a.right) / 2, ay = (a.top + a.bottom) / 2;
    var best = null, bestScore = Infinity;
    nodes.forEach(function (h) {
      if (h === g || h.classList.contains('cg-hide')) return;
      var b = h.getBoundingClientRect(), dx = (b.left + b.right) / 2 - ax, dy = (b.top + b.bottom) / 2 - ay;
      var along = dx * d[0] + dy * d[1], across = Math.abs(dx * d[1] - dy * d[0]);
      if (along <= 0 || across > along * 1.8) return;
      var score = along + 2 * across;
      if (score < bestScore) { bestScore = score; best = h; }
    });
    return best;
  }
  nodes.forEach(function (g) {
    var i = entOfNode.get(g);
    g.setAttribute('tabindex', '-1');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', name(i) + ', ' + (D.kinds[E[i][2]] || 'entity') + ', ' + plural(adj[i].length, 'partner'));
  });
  svg.addEventListener('mouseover', function (ev) {
    var g = ev.target.closest && ev.target.closest('g.node');
    var i = g ? entOfNode.get(g) : undefined;
    if (i !== undefined && i !== hover) { hover = i; highlight(i); }
  });
  svg.addEventListener('mouseout', function (ev) {
    var g = ev.target.closest && ev.target.closest('g.node');
    if (g && !(ev.relatedTarget && g.contains(ev.relatedTarget))) { hover = -1; highlight(current); }
  });
  svg.addEventListener('focusin', function (ev) {
    var i = entOfNode.get(ev.target);
    if (i !== undefined && i !== current) select(i);
  });
  var dragged = false;
  svg.addEventListener('click', function (ev) {
    if (dragged) return;
    var g = ev.target.closest('g.node'), e = ev.target.closest('g.edge');
    if (g && entOfNode.has(g)) select(entOfNode.get(g));
    else if (e && pairOfEdge.has(e)) {
      var k = pairOfEdge.get(e);
      select(P[k][0]);
      showPair(P[k][0], k);
    }
  });
  svg.addEventListener('keydown', function (ev) {
    var i = entOfNode.get(ev.target);
    if (i === undefined) return;
    if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(i); }
    if (DIRS[ev.key] && !ev.shiftKey) { /* Shift+arrows pan, as on the figure itself */
      ev.preventDefault();
      ev.stopPropagation();
      var h = nearest(ev.target, DIRS[ev.key]);
      if (h) { rove(h); h.focus({ preventScroll: true }); reveal(h); }
    }
  });
  if (nodes.length) rove(nodes[0]);

  /* ---- find ---- */
  var find = $('cg-find'), list = $('cg-find-list');
  E.forEach(function (e) {
    [e[0], e[1]].concat(e[3]).forEach(function (s, n) {
      if (!s) return;
      var o = document.createElement('option');
      o.value = s;
      if (n) o.label = e[0];
      list.appendChild(o);
    });
  });
  function lookup(text, loose) {
    var q = text.trim().toLowerCase();
    if (!q) return -1;
    if (byKey.has(q)) return byKey.get(q);
    if (!loose) return -1;
    var best = -1;
    byKey.forEach(function (i, k) { if (best < 0 && k.indexOf(q) === 0) best = i; });
    byKey.forEach(function (i, k) { if (best < 0 && k.indexOf(q) >= 0) best = i; });
    return best;
  }
  find.addEventListener('input', function () {
    var i = lookup(find.value, false);
    if (i >= 0 && i !== current) select(i);
  });
  find.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    var i = lookup(find.value, true);
    if (i >= 0) select(i);
    else say('No entity matches \u201c' + find.value.trim() + '\u201d.');
  });

  /* ---- time: slider and play ---- */
  var play = $('cg-play'), timer = 0;
  slider.addEventListener('input', apply);
  function stop() {
    clearInterval(timer);
    timer = 0;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }
  play.disabled = !hasYears;
  play.addEventListener('click', function () {
    if (timer) { stop(); return; }
    if (+slider.value >= maxY) slider.value = minY;
    apply();
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(function () {
      if (+slider.value >= maxY) { stop(); return; }
      slider.value = +slider.value + 1;
      apply();
    }, 600);
  });

  /* ---- pan and zoom: the viewBox, nothing else moves ---- */
  var vb0 = svg.viewBox.baseVal, home = [vb0.x, vb0.y, vb0.width, vb0.height], vb = home.slice();
  var homeText = svg.getAttribute('viewBox');
  function reset() { vb = home.slice(); svg.setAttribute('viewBox', homeText); }
  function setView(v) {
    var minW = home[2] / 20;
    if (v[2] < minW) { v[0] += (v[2] - minW) / 2; v[1] += (v[3] - minW * home[3] / home[2]) / 2; v[2] = minW; v[3] = minW * home[3] / home[2]; }
    if (v[2] > home[2] * 2) return;
    vb = v;
    svg.setAttribute('viewBox', v.map(function (n) { return +n.toFixed(2); }).join(' '));
  }
  function zoom(f, cx, cy) { /* f > 1 zooms in around (cx, cy) in viewBox units */
    if (cx === undefined) { cx = vb[0] + vb[2] / 2; cy = vb[1] + vb[3] / 2; }
    setView([cx - (cx - vb[0]) / f, cy - (cy - vb[1]) / f, vb[2] / f, vb[3] / f]);
  }
  function pan(dx, dy) { setView([vb[0] + dx, vb[1] + dy, vb[2], vb[3]]); }
  function scale() { var r = svg.getBoundingClientRect(); return r.width ? vb[2] / r.width : 1; }
  function reveal(g) {
    var r = g.getBoundingClientRect(), s = svg.getBoundingClientRect();
    if (r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom) return;
    var k = scale();
    pan(((r.left + r.right) / 2 - (s.left + s.right) / 2) * k, ((r.top + r.bottom) / 2 - (s.top + s.bottom) / 2) * k);
  }
  $('cg-zin').addEventListener('click', function () { zoom(1.25); });
  $('cg-zout').addEventListener('click', function () { zoom(0.8); });
  $('cg-zreset').addEventListener('click', reset);
  /* The wheel zooms once the figure has focus (a click or Tab), or with Ctrl;
   * before that it scrolls the page, so a reader is never caught in the figure. */
  stage.addEventListener('wheel', function (ev) {
    if (!ev.ctrlKey && !stage.contains(document.activeElement)) return;
    ev.preventDefault();
    var r = svg.getBoundingClientRect(), k = scale();
    zoom(ev.deltaY < 0 ? 1.15 : 1 / 1.15, vb[0] + (ev.clientX - r.left) * k, vb[1] + (ev.clientY - r.top) * k);
  }, { passive: false });
  var drag = null;
  stage.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, k: scale(), v: vb.slice() };
    dragged = false;
  });
  stage.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!dragged) { dragged = true; stage.setPointerCapture(ev.pointerId); stage.classList.add('cg-dragging'); }
    setView([drag.v[0] - dx * drag.k, drag.v[1] - dy * drag.k, drag.v[2], drag.v[3]]);
  });
  var endDrag = function () { drag = null; stage.classList.remove('cg-dragging'); setTimeout(function () { dragged = false; }, 0); };
  stage.addEventListener('pointerup', endDrag);
  stage.addEventListener('pointercancel', endDrag);
  stage.addEventListener('keydown', function (ev) {
    var step = vb[2] / 10, used = true;
    switch (ev.key) {
      case 'ArrowLeft': pan(-step, 0); break;
      case 'ArrowRight': pan(step, 0); break;
      case 'ArrowUp': pan(0, -step); break;
      case 'ArrowDown': pan(0, step); break;
      case '+': case '=': zoom(1.25); break;
      case '-': case '_': zoom(0.8); break;
      case '0': reset(); break;
      case 'Escape': select(-1); break;
      default: used = false;
    }
    if (used) ev.preventDefault();
  });
  root.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && !stage.contains(ev.target)) select(-1);
  });

  apply();
  showEntity(-1);
  root.setAttribute('data-ready', '1');
  window.cgReadyAt = performance.now(); /* for scripts/explore-bench */
})();
