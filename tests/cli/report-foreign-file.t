# report-foreign-file: refuses a directory holding files that are not the
# report's (the test's own .stdout and .stderr), and writes nothing into it
args: -d {fixtures}/render/mini report .
status: 1
--- stdout
--- stderr
coopgraph: '.' holds 2 files that the report does not write (such as '.stderr'); use --force to write the report into it anyway (other files are kept)
