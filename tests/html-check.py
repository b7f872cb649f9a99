#!/usr/bin/python3
"""html-check.py FILE... - an HTML page's structure, as a browser's parser
sees it: a doctype, one html/head/body, every element closed in order (void
elements excepted, SVG's self-closed ones allowed), no character reference
that does not resolve. Replaces `xmllint --html`, whose parser reports a
spurious htmlParseEntityRef error when an entity straddles one of its
internal buffer boundaries (so the result depended on byte offsets)."""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack, self.errors, self.count, self.doctype = [], [], {}, False

    def err(self, msg):
        line, col = self.getpos()
        self.errors.append(f"{line}:{col + 1}: {msg}")

    def handle_decl(self, decl):
        self.doctype |= decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        if tag != "title" or self.stack[-1:] == ["head"]:  # SVGs have titles of their own
            self.count[tag] = self.count.get(tag, 0) + 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1

    def handle_endtag(self, tag):
        if tag in VOID:
            self.err(f"end tag of void element <{tag}>")
        elif not self.stack or self.stack[-1] != tag:
            self.err(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            if tag in self.stack:
                del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag):]
        else:
            self.stack.pop()

    def handle_entityref(self, name):
        import html.entities
        if name not in html.entities.name2codepoint:
            self.err(f"unknown entity &{name};")

    def handle_charref(self, name):
        try:
            cp = int(name[1:], 16) if name[:1] in "xX" else int(name)
            ok = 0 < cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF
        except ValueError:
            ok = False
        if not ok:
            self.err(f"bad character reference &#{name};")


bad = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    p = Page()
    p.feed(text)
    p.close()
    if not p.doctype:
        p.errors.append("no <!DOCTYPE html>")
    for tag in ("html", "head", "body", "title"):
        if p.count.get(tag, 0) != 1:
            p.errors.append(f"{p.count.get(tag, 0)} <{tag}> elements, expected 1")
    if p.stack:
        p.errors.append(f"unclosed elements at the end: {p.stack}")
    # A bare & that starts no reference: the parser takes it as text, browsers too, but it is
    # an escaping bug in our output.
    # Script elements hold raw text, where & means nothing to HTML: their bodies are blanked.
    bare = re.sub(r"(<script[^>]*>)(.*?)(</script>)",
                  lambda m: m.group(1) + re.sub(r"[^\n]", " ", m.group(2)) + m.group(3),
                  text, flags=re.S | re.I)
    for m in re.finditer(r"&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)", bare):
        line = bare.count("\n", 0, m.start()) + 1
        p.errors.append(f"{line}: unescaped '&'")
        break
    for e in p.errors:
        print(f"{path}:{e}")
    bad |= bool(p.errors)
sys.exit(1 if bad else 0)
