# an empty graph is an empty dataset
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/empty.gv" --format json summary
status: 0
--- stdout
{
  "dataset": "fx/dot/empty.gv",
  "entities": {
    "total": 0,
    "by_kind": {}
  },
  "agreements": {
    "total": 0,
    "multilateral": 0,
    "undated": 0,
    "by_type": {}
  },
  "dates": {
    "first": null,
    "last": null
  },
  "top": []
}
--- stderr
