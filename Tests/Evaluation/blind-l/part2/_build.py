import json, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
F = []
def R(at, shape, expr, stated, error=False, also=(), **kw):
    d = dict(at=at, shape=shape, expr=expr, stated=stated, error=error, also=list(also)); d.update(kw); return d
def file(path, lang, style, clean, rels):
    F.append((path, lang, style, clean, rels))
def find(path, at):
    lines = open(path, encoding='utf-8').read().split('\n')
    hits = [i+1 for i, l in enumerate(lines) if at in l]
    if len(hits) != 1:
        print(f"!! {path}: {at!r} -> {hits}"); return -1
    return hits[0]
exec(open('_spec.py', encoding='utf-8').read())
out = []
for path, lang, style, clean, rels in F:
    rr = []
    for r in rels:
        e = dict(line=find(path, r['at']), shape=r['shape'], expr=r['expr'], stated=r['stated'], error=r['error'])
        if r['error'] or r['also']:
            e['also_lines'] = [find(path, a) for a in r['also']]
        for k in ('note', 'rounding', 'source'):
            if k in r: e[k] = r[k]
        if 'source' in r:
            sp, sat = r['source']; e['source'] = f"{sp}:{find(sp, sat)}"
        rr.append(e)
    out.append(dict(path=path, lang=lang, style=style, clean=clean, relations=rr))
json.dump({"files": out}, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), "files")
