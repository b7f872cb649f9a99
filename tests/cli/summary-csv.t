# summary as CSV, --top 3
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid" summary --format csv --top 3
status: 0
--- stdout
section,key,value
dataset,name,fx/valid
entities,total,10
kind,agency,5
kind,nation,4
kind,company,1
agreements,total,8
agreements,multilateral,2
agreements,undated,1
type,cooperation_agreement,5
type,statement_of_intent,2
type,membership,1
type,framework_agreement,0
dates,first,2005
dates,last,2023-01-15
top,ESA,4
top,ISRO,4
top,JAXA,3
--- stderr
