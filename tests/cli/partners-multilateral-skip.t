# USA only partners through a three-party agreement: none left under skip
args: -d {fixtures}/query --format csv partners USA --multilateral skip
status: 0
--- stdout
id,name,kind,agreements,first,last,types
--- stderr
