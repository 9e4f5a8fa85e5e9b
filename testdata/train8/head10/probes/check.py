import json,sys,os,collections
exp=json.load(open(sys.argv[1])); got=collections.defaultdict(list)
for l in open(sys.argv[2]):
    r=json.loads(l); src=os.path.basename(r.get('source',{}).get('path','') or r.get('source',{}).get('uri','') or '')
    got[src].append(r.get('title'))
bad=0
for n,ts in exp.items():
    g=got.get(n,[])
    if g!=ts:
        bad+=1; print("FAIL",n,"\n   want",ts,"\n   got ",g)
print("fail",bad,"of",len(exp))
