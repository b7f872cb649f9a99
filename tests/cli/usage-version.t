# --version: exit 0
args: --version
status: 0
--- stdout
coopgraph 0.1.0
--- stderr
