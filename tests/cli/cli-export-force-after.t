# export: --force after OUTFILE (csv into an existing dataset directory of ours)
args: -d {fixtures}/query export {tmp}/out --to csv --force
status: 0
--- stdout
