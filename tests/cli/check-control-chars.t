# control characters that a message quotes from the data are escaped on stderr, one message a line
args: -d "$(mkdir {tmp}/ds && printf 'id,kind\nE\001\033X,agency\nE2,agency\nE3,agency\nE\0114,agency\n' > {tmp}/ds/entities.csv && printf 'id,date,type,parties\nA1,2001,x,E2;E3\n' > {tmp}/ds/agreements.csv && echo ds)" check
status: 1
--- stderr
ds/entities.csv:2:2: error: invalid entity id 'E\x01\x1bX': only letters, digits, '_', '.' and '-' are allowed
ds/entities.csv:5:2: error: invalid entity id 'E\x094': only letters, digits, '_', '.' and '-' are allowed
coopgraph: 2 errors in dataset 'ds'
