# report-bad-option: unknown options are usage errors
args: -d {fixtures}/render/mini report --bogus out
status: 2
--- stdout
