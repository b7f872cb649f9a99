# summary as JSON, --top 2, global options after the command
args: summary --top 2 -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid" --format=json
status: 0
--- stdout
{
  "dataset": "fx/valid",
  "entities": {
    "total": 10,
    "by_kind": {
      "agency": 5,
      "nation": 4,
      "company": 1
    }
  },
  "agreements": {
    "total": 8,
    "multilateral": 2,
    "undated": 1,
    "by_type": {
      "cooperation_agreement": 5,
      "statement_of_intent": 2,
      "membership": 1,
      "framework_agreement": 0
    }
  },
  "dates": {
    "first": "2005",
    "last": "2023-01-15"
  },
  "top": [
    {
      "id": "ESA",
      "name": "Agence spatiale européenne",
      "kind": "agency",
      "agreements": 4
    },
    {
      "id": "ISRO",
      "name": "Indian Space Research Organisation",
      "kind": "agency",
      "agreements": 4
    }
  ]
}
--- stderr
