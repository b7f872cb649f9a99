#!/usr/bin/env bash
# hostile.sh PROGRAM - pathological and hostile inputs, generated here into a
# temporary directory (nothing big is committed): each must end, well inside
# a generous hang guard, with a result or a clear error and the documented
# exit status, and never with a sanitizer report.
#
# With HOSTILE_TIMES=FILE set, each run's elapsed time and peak RSS (from
# /usr/bin/time) are appended to FILE; the test itself asserts no timings.
set -u
prog=$1
py=/usr/bin/python3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
guard=120

# run NAME WANT_STATUS PATTERN ARGS...: runs the program; checks its status,
# that stderr+stdout match the extended regex PATTERN, and no sanitizer output.
run() {
  local name=$1 want=$2 pattern=$3
  shift 3
  local pre=(timeout "$guard")
  if [ -n "${HOSTILE_TIMES:-}" ]; then
    pre=(timeout "$guard" /usr/bin/time -o "$tmp/time" -f "%e s %M KB")
  fi
  "${pre[@]}" "$prog" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ -n "${HOSTILE_TIMES:-}" ] && [ -s "$tmp/time" ]; then
    printf '%-28s status %s  %s\n' "$name" "$got" "$(tail -1 "$tmp/time")" >>"$HOSTILE_TIMES"
  fi
  if [ "$got" = 124 ]; then
    echo "FAILED: $name: no result within ${guard}s (hang)"
    fail=1
    return
  fi
  if [ "$got" != "$want" ]; then
    echo "FAILED: $name: status $got, want $want"
    head -c 2000 "$tmp/err"
    fail=1
  fi
  if ! cat "$tmp/err" "$tmp/out" | grep -Eq -- "$pattern"; then
    echo "FAILED: $name: output does not match /$pattern/"
    head -c 2000 "$tmp/err"
    fail=1
  fi
  if grep -Eq 'Sanitizer|runtime error:' "$tmp/err"; then
    echo "FAILED: $name: sanitizer report"
    head -c 4000 "$tmp/err"
    fail=1
  fi
}

# A small valid dataset to start each case from.
base=$tmp/base
mkdir "$base"
printf 'id,kind,name,country,aliases\nA,agency,Alpha,N,\nB,agency,Beta,,\nN,nation,Nation,,\n' \
  >"$base/entities.csv"
printf 'id,date,end,type,parties,title,source\na1,2001,,mou,A;B,One,s\na2,2002,,mou,A;N,Two,s\na3,,,launch,A;B;N,Three,s\n' \
  >"$base/agreements.csv"
fresh() { rm -rf "$tmp/$1" && cp -r "$base" "$tmp/$1" && echo "$tmp/$1"; }
run base 0 'valid: 3 entities, 3 agreements' -d "$base" check

# A 1 GiB file (sparse: no time, no disk) is refused by its size before a
# byte is read; a small limit refuses a small file the same way.
d=$(fresh huge)
truncate -s 1G "$d/agreements.csv"
run huge-file 1 'agreements.csv: error: file is larger than the limit of 536870912 bytes' -d "$d" check
run max-file-small 1 'entities.csv: error: file is larger than the limit of 50 bytes' --max-file 50 -d "$base" check
run max-file-ok 0 'valid' --max-file 1K -d "$base" check
run max-file-bad 2 "option '--max-file' needs a size" --max-file 12X -d "$base" check

# A 10 MB field: over the 64 KiB default, accepted with a larger --max-field.
d=$(fresh bigfield)
$py - "$d/agreements.csv" <<'EOF'
import sys
with open(sys.argv[1], "a") as f:
    f.write('a4,2003,,mou,A;B,"' + "x" * 10_000_000 + '",s\n')
EOF
run big-field 1 'agreements.csv:5:[0-9]+: error: field longer than 65536 bytes' -d "$d" check
run big-field-allowed 0 'valid: 3 entities, 4 agreements' --max-field 16M -d "$d" check
run big-field-listed 0 'a4' --max-field=16M -d "$d" --format csv agreements

# A line of 10^6 commas, as a data row and as the header.
d=$(fresh commas)
$py -c 'import sys; sys.stdout.write("," * 1_000_000 + "\n")' >>"$d/agreements.csv"
run commas-row 1 'agreements.csv:5:4097: error: record has more than 4096 fields' -d "$d" check
d=$(fresh commas-header)
$py -c 'import sys; sys.stdout.write("id,kind,name" + "," * 1_000_000 + "\n")' >"$d/entities.csv"
run commas-header 1 'entities.csv:1:4107: error: record has more than 4096 fields' -d "$d" check

# Extra columns of agreements.csv are kept: a header of thousands of them
# (it overflowed a fixed array of 4096 before) is refused at the limit.
d=$(fresh wide-header)
$py -c 'import sys; sys.stdout.write("id,date,end,type,parties,title,source" + ",x" * 5000 + "\n")' >"$d/agreements.csv"
run wide-header 1 'agreements.csv:1:[0-9]+: error: record has more than 4096 fields' -d "$d" check

# An agreement with 10^5 parties: over the field limit, then over
# --max-parties, then over --max-pairs (10^5 parties are 5*10^9 pairs).
d=$(fresh parties)
$py - "$d" <<'EOF'
import sys
d = sys.argv[1]
n = 100_000
with open(d + "/entities.csv", "w") as f:
    f.write("id,kind,name,country,aliases\n")
    for i in range(n):
        f.write(f"e{i},agency,E{i},,\n")
with open(d + "/agreements.csv", "w") as f:
    f.write("id,date,end,type,parties,title,source\n")
    f.write("big,2000,,club," + ";".join(f"e{i}" for i in range(n)) + ",Everyone,s\n")
    # A clique just under the default limit stays usable.
    f.write("club,2001,,club," + ";".join(f"e{i}" for i in range(1000)) + ",Thousand,s\n")
EOF
run parties-field 1 'agreements.csv:2:[0-9]+: error: field longer than 65536 bytes' -d "$d" check
run parties-limit 1 'agreements.csv:2:16: error: agreement lists 100000 parties, more than the limit of 1000' \
  --max-field 1M -d "$d" check
run parties-pairs 1 'error: the agreements make 5000449500 pairs of partners .*more than the limit of 20000000' \
  --max-field 1M --max-parties 100000 -d "$d" check
sed -i '2d' "$d/agreements.csv"
run parties-1000 0 ' 999 ' --max-field 1M -d "$d" centrality --top 3
run parties-1000-partners 0 'e999 ' --max-field 1M -d "$d" partners e0
# Duplicates in a long party list are still found (in linear time).
printf 'dup,2002,,club,e1;e2;e3;e2,Dup,s\n' >>"$d/agreements.csv"
run parties-dup 1 "agreements.csv:3:[0-9]+: error: party 'e2' is listed twice" -d "$d" check

# 10^6 entities in no agreement: one warning each, shown up to a count.
d=$(fresh isolated)
$py - "$d/entities.csv" <<'EOF'
import sys
with open(sys.argv[1], "a") as f:
    for i in range(1_000_000):
        f.write(f"x{i},agency,Unused {i},,\n")
EOF
run isolated-check 0 '\.\.\. and 99990[0-9] more warnings' -d "$d" check
run isolated-centrality 0 'pagerank' -d "$d" --format csv centrality --measure partners,pagerank --top 3
# Above 2000 entities svg draws the 300 most connected and says so.
run isolated-svg 0 'showing the 300 most connected of 1000003 entities' -d "$d" svg -o "$tmp/iso.svg"
# Asking for all of them is refused, and leaves no file.
run isolated-svg-all 1 'figure would have 1000003 entities.*more than the limit of 5000' \
  -d "$d" svg --max-nodes 0 -o "$tmp/iso-all.svg"
[ -e "$tmp/iso-all.svg" ] && { echo "FAILED: refused svg left a file"; fail=1; }

# Binary garbage in both files; errors are capped, the load still ends.
d=$(fresh garbage)
# Seeded, so that the first error is known (random.random() is the part of
# the module whose sequence Python promises to keep across versions).
garbage() { $py -c "import random, sys; random.seed(7); sys.stdout.buffer.write(bytes(int(random.random() * 256) for _ in range($1)))"; }
garbage 1000000 >"$d/entities.csv"
cp "$d/entities.csv" "$d/agreements.csv"
run garbage 1 'entities.csv:1:3: error: invalid UTF-8 byte 0xA6' -d "$d" check
grep -q 'agreements.csv:1:3: error: invalid UTF-8 byte 0xA6' "$tmp/err" ||
  { echo "FAILED: garbage: agreements.csv's error not reported"; fail=1; }
# Past the header, every garbage row is an error of its own: shown up to --max-errors.
{ head -1 "$base/agreements.csv"; for i in $(seq 1000); do head -c 50 /dev/urandom | tr -d '\n\r"'; echo; done; } \
  >"$d/agreements.csv"
cp "$base/entities.csv" "$d/entities.csv"
run garbage-errors 1 '^\.\.\. and [0-9]+ more errors' --max-errors 5 -d "$d" check
n=$(grep -c ': error: ' "$tmp/err")
[ "$n" -le 5 ] || { echo "FAILED: --max-errors 5 showed $n errors"; fail=1; }

# A byte-order mark in the middle: an ordinary (invalid) character there.
d=$(fresh bom)
printf '\xef\xbb\xbfB2,agency,Beta two,,\n' >>"$d/entities.csv"
run bom-middle 1 "entities.csv:5:1: error: invalid entity id '.B2'" -d "$d" check
d=$(fresh bom-twice)
{ printf '\xef\xbb\xbf'; cat "$base/entities.csv"; } >"$d/entities.csv"
run bom-start 0 'valid: 3 entities' -d "$d" check

# CR-only line ends (old Mac files) are line ends, as CRLF and LF are.
d=$(fresh cr)
tr '\n' '\r' <"$base/entities.csv" >"$d/entities.csv"
tr '\n' '\r' <"$base/agreements.csv" >"$d/agreements.csv"
run cr-only 0 'valid: 3 entities, 3 agreements' -d "$d" check
printf 'a4,2003,,mou,A;Q,Four,s\r' >>"$d/agreements.csv"
run cr-only-error 1 "agreements.csv:5:[0-9]+: error: unknown party 'Q'" -d "$d" check

# NUL bytes and invalid UTF-8, reported where they are.
d=$(fresh nul)
printf 'C,agency,Ga\0mma,,\n' >>"$d/entities.csv"
run nul 1 'entities.csv:5:12: error: NUL byte in input' -d "$d" check
d=$(fresh utf8)
printf 'C,agency,G\xc3\x28mma,,\nD,agency,\xed\xa0\x80,,\n' >>"$d/entities.csv"
run bad-utf8 1 'entities.csv:5:11: error: invalid UTF-8 byte 0xC3' -d "$d" check
grep -q 'entities.csv:6:10: error: invalid UTF-8 byte 0xED' "$tmp/err" ||
  { echo "FAILED: surrogate not reported"; fail=1; }

# Data quoted in an error message cannot drive the terminal: ESC is shown as \x1b.
d=$(fresh esc)
printf 'E\033[2J,agency,Clear screen,,\n' >>"$d/entities.csv"
run escape-in-message 1 "entities.csv:5:2: error: invalid entity id 'E.x1b\[2J'" -d "$d" check
grep -q "$(printf '\033')" "$tmp/err" && { echo "FAILED: raw ESC on stderr"; fail=1; }

# Files that are not regular files: refused, never waited on.
d=$(fresh fifo)
rm "$d/agreements.csv" && mkfifo "$d/agreements.csv"
run fifo 1 'agreements.csv: error: not a regular file' -d "$d" check
d=$(fresh fifo-types)
mkfifo "$d/types.csv"
run fifo-types 1 'types.csv: error: not a regular file' -d "$d" check
d=$(fresh device)
rm "$d/agreements.csv" && ln -s /dev/zero "$d/agreements.csv"
run device 1 'agreements.csv: error: not a regular file' -d "$d" check
d=$(fresh dir)
rm "$d/agreements.csv" && mkdir "$d/agreements.csv"
run directory 1 'agreements.csv: error: not a regular file' -d "$d" check
d=$(fresh empty)
: >"$d/agreements.csv"
run empty-file 1 "agreements.csv:1:1: error: empty file: expected the header line" -d "$d" check

# Limit options: bad values are command-line errors (status 2).
run limit-zero 2 "option '--max-parties' needs a whole number" --max-parties 0 check
run limit-junk 2 "option '--max-errors' needs a whole number" --max-errors=-1 check
run limit-missing 2 "option '--max-pairs' needs a value" check --max-pairs

# DOT input (-d file.dot): every build reads it, so a probe that does not
# load is a failure, not a reason to skip the DOT cases.
printf 'graph { a -- b }\n' >"$tmp/probe.dot"
run dot-probe 0 'valid: 2 entities, 1 agreement' -d "$tmp/probe.dot" check
{
  # Nesting far deeper than any real file: the parser's stack limit ends it.
  $py -c 'import sys; n=200000; sys.stdout.write("graph {" + "subgraph {" * n + "a -- b" + "}" * n + "}\n")' \
    >"$tmp/deep.dot"
  run dot-deep 1 'deep.dot:1: error: memory exhausted' -d "$tmp/deep.dot" check
  # Enormous: 10^6 nodes on one line, and binary garbage.
  $py -c 'import sys; sys.stdout.write("graph { " + " -- ".join(f"n{i}" for i in range(1000000)) + " }\n")' \
    >"$tmp/long.dot"
  # cgraph's parser gives up on an edge chain this long ("memory exhausted"):
  # a clear error, where taking the part it built before would be a wrong answer.
  run dot-enormous 1 'memory exhausted' -d "$tmp/long.dot" check
  garbage 100000 >"$tmp/garbage.dot"
  run dot-garbage 1 'garbage.dot:2: error: NUL byte in input' -d "$tmp/garbage.dot" check
  truncate -s 1G "$tmp/huge.dot"
  run dot-huge 1 'larger than the limit' -d "$tmp/huge.dot" check
  # Small files that multiply: an edge default of 1,000 parties on 60 edges
  # (30 million pairs), and {all} -- {all} over 1,000 nodes (a million edges
  # from 10 KB). Both are refused before any agreement is built.
  $py -c 'import sys; n=[f"n{i}" for i in range(1000)]; sys.stdout.write("graph {\n" + " ".join(n) + "\nedge [parties=\"" + ";".join(n) + "\"]\n" + "".join(f"n{i} -- n{i+1}\n" for i in range(60)) + "}\n")' \
    >"$tmp/wide.dot"
  run dot-party-limit 1 'wide.dot:4: error: edge "n0" -- "n1": agreement lists 1000 parties, more than the limit of 999' \
    --max-parties 999 --max-pairs 100000000 -d "$tmp/wide.dot" check
  run dot-pair-limit 1 'wide.dot: error: the agreements make 29970000 pairs of partners .*more than the limit of 20000000' \
    -d "$tmp/wide.dot" check
  $py -c 'import sys; n=" ".join(f"n{i}" for i in range(1000)); sys.stdout.write("graph {\n{" + n + "} -- {" + n + "}\n}\n")' \
    >"$tmp/cross.dot"
  run dot-edge-limit 1 'cross.dot: error: the graph has 999000 edges between two nodes, .*more than the limit of 131072 pairs' \
    --max-pairs 131072 -d "$tmp/cross.dot" check
}
exit $fail
