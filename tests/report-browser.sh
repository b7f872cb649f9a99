#!/usr/bin/env bash
# report-browser.sh PROGRAM FIXTURES_DIR - opens the page of `coopgraph report`
# (default dataset) in Debian's headless Chromium: a screenshot is taken and is
# not blank, and every inline SVG of the page has a non-zero size as laid out by
# the browser. Chromium is installed by scripts/setup, so its absence is a
# failure, not a skip. Works as root (--no-sandbox) and with no display.
set -u
prog=$1 fixtures=$2
: "$fixtures" # the default dataset is used; kept for the same call as report-check.sh
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0

chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then
  echo "FAILED: chromium not found; run scripts/setup (it installs Debian's chromium)"
  exit 1
fi
command -v python3 >/dev/null || { echo "FAILED: python3 not found"; exit 1; }

"$prog" -q report "$tmp/r" || { echo "FAILED: $prog report $tmp/r"; exit 1; }
[ -s "$tmp/r/index.html" ] || { echo "FAILED: $tmp/r/index.html missing or empty"; exit 1; }

# No display is needed with --headless; unset DISPLAY so a stale one is not used.
unset DISPLAY WAYLAND_DISPLAY
export HOME=$tmp/home
mkdir -p "$HOME"
browser() { # browser PROFILE ARGS... - headless Chromium, a fresh profile each run
  local profile=$1; shift
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/$profile" "$@"
}

# 1. Screenshot of the page; not blank.
browser profile --window-size=1280,2400 --screenshot="$tmp/shot.png" \
  "file://$tmp/r/index.html" >"$tmp/shot.log" 2>&1
rc=$?
if [ $rc -ne 0 ] || [ ! -s "$tmp/shot.png" ]; then
  echo "FAILED: chromium screenshot (status $rc, $([ -s "$tmp/shot.png" ] && echo png written || echo no png))"
  tail -20 "$tmp/shot.log"
  exit 1
fi
# REPORT_BROWSER_SHOT=FILE keeps a copy of the screenshot, to look at.
[ -n "${REPORT_BROWSER_SHOT:-}" ] && cp "$tmp/shot.png" "$REPORT_BROWSER_SHOT"
python3 - "$tmp/shot.png" <<'EOF' || fail=1
# A small PNG reader (8-bit, non-interlaced, colour types 0/2/4/6), no PIL.
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("FAILED: screenshot is not a PNG")
pos, idat, hdr = 8, [], None
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        hdr = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat.append(body)
    pos += 12 + n
w, h, depth, ctype, _, _, interlace = hdr
if depth != 8 or interlace or ctype not in (0, 2, 4, 6):
    sys.exit("FAILED: unsupported PNG (depth %d, colour type %d, interlace %d)" % (depth, ctype, interlace))
bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
raw = zlib.decompress(b"".join(idat))
stride = w * bpp
prev = bytearray(stride)
nonwhite, colours = 0, set()
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    if f == 1:
        for i in range(bpp, stride):
            line[i] = (line[i] + line[i - bpp]) & 255
    elif f == 2:
        line = bytearray((x + b) & 255 for x, b in zip(line, prev))
    elif f == 3:
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((a + prev[i]) >> 1)) & 255
    elif f == 4:
        for i in range(stride):
            b = prev[i]
            if i >= bpp:
                a = line[i - bpp]; c = prev[i - bpp]
            else:
                a = c = 0
            pa = b - c; pb = a - c; pc = pa + pb
            if pa < 0: pa = -pa
            if pb < 0: pb = -pb
            if pc < 0: pc = -pc
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    if ctype in (2, 6):
        px = list(zip(line[0::bpp], line[1::bpp], line[2::bpp]))
    else:
        px = [(v, v, v) for v in line[0::bpp]]
    colours.update(px)
    nonwhite += sum(1 for p in px if min(p) < 235)
share = nonwhite / float(w * h)
print("screenshot %dx%d: %.1f%% not near-white, %d distinct colours" % (w, h, 100 * share, len(colours)))
if share < 0.02 or len(colours) < 8:
    sys.exit("FAILED: screenshot looks blank")
EOF

# 2. Size of every inline SVG, measured in the browser. A test-only page (never
# part of the report) loads the report in an iframe and writes one line per
# svg, "id width height", which --dump-dom prints.
cat >"$tmp/probe.html" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>probe</title></head>
<body>
<iframe id="report" src="r/index.html" style="width:1280px;height:2400px"></iframe>
<pre id="out">PENDING</pre>
<script>
document.getElementById('report').addEventListener('load', function () {
  var out = [];
  try {
    var doc = this.contentDocument;
    var svgs = doc.querySelectorAll('svg');
    for (var i = 0; i < svgs.length; i++) {
      var r = svgs[i].getBoundingClientRect();
      // The report's svgs carry no id of their own; their title ids
      // (aria-labelledby "network-title ...") name them.
      var name = svgs[i].id || (svgs[i].getAttribute('aria-labelledby') || '').split(' ')[0] || ('svg' + i);
      out.push('SVG ' + name + ' ' + r.width + ' ' + r.height);
    }
    out.push('COUNT ' + svgs.length);
  } catch (e) {
    out.push('ERROR ' + e);
  }
  document.getElementById('out').textContent = out.join('\n');
});
</script>
</body></html>
EOF
browser profile2 --allow-file-access-from-files --virtual-time-budget=10000 \
  --dump-dom "file://$tmp/probe.html" >"$tmp/dom.html" 2>"$tmp/dom.log"
rc=$?
if [ $rc -ne 0 ]; then
  echo "FAILED: chromium --dump-dom (status $rc)"; tail -20 "$tmp/dom.log"; exit 1
fi
python3 - "$tmp/dom.html" <<'EOF' || fail=1
import re, sys
dom = open(sys.argv[1], encoding="utf-8", errors="replace").read()
m = re.search(r'<pre id="out">(.*?)</pre>', dom, re.S)
if not m:
    sys.exit("FAILED: no probe output in the dumped DOM")
text = m.group(1)
if "ERROR" in text or "PENDING" in text:
    sys.exit("FAILED: probe did not measure the page: " + text.strip())
svgs = re.findall(r"^SVG (\S+) (\S+) (\S+)$", text, re.M)
bad = 0
for sid, w, h in svgs:
    ok = float(w) > 0 and float(h) > 0
    print("svg %-24s %8.1f x %-8.1f %s" % (sid, float(w), float(h), "ok" if ok else "ZERO SIZE"))
    if not ok:
        bad += 1
if len(svgs) < 3:
    sys.exit("FAILED: %d inline svgs measured, expected at least 3" % len(svgs))
prefixes = ("network-", "ego-", "timeline-")
for p in prefixes:
    if not any(sid.startswith(p) for sid, _, _ in svgs):
        sys.exit("FAILED: no inline svg named (id or aria-labelledby) %s..." % p)
if bad:
    sys.exit("FAILED: %d inline svgs with a zero size" % bad)
EOF

[ $fail = 0 ] && echo "report-browser: ok"
exit $fail
