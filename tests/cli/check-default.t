# check on the embedded default dataset (no -d); warnings on stderr not compared
args: --format csv check
status: 0
--- stdout
valid,entities,agreements,multilateral,types,errors,warnings
true,50,73,4,17,0,55
