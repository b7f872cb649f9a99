# an article that cannot be read: path: error, exit 1, nothing written
args: extract -o out missing.txt
status: 1
--- stdout
--- stderr
missing.txt: error: cannot open: No such file or directory
