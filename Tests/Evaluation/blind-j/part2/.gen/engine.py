import json, re, os
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
getcontext().prec = 60
OUT = '/work/main/Tests/Evaluation/blind-j/part2'
LOC = {'en': (',', '.'), 'fr': ('\u202f', ','), 'frs': (' ', ','), 'frn': ('\u00a0', ','),
       'de': ('.', ','), 'zh': (',', '.'), 'frd': ('.', ','), 'none': ('', '.'), 'frc': (',', '.')}
CUR = {'loc': 'en', 'doc': None}
PENDING = []
DOCS = []
def ev(expr):
    assert re.fullmatch(r'[0-9.e+\-*/() ]+', expr), expr
    return eval(re.sub(r'(\d+(?:\.\d+)?(?:e\d+)?)', r'D("\1")', expr), {'D': D})
def rnd(v, dec):
    return v.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
def fmt(s, loc=None, fw=False):
    g, dp = LOC[loc or CUR['loc']]
    s = str(s); neg = s.startswith('-'); s = s.lstrip('-')
    ip, _, fp = s.partition('.')
    if g and len(ip) >= 4:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:]); ip = ip[:-3]
        parts.insert(0, ip); ip = g.join(parts)
    r = ('-' if neg else '') + ip + (dp + fp if fp else '')
    if fw:
        r = r.translate(str.maketrans('0123456789,.', '０１２３４５６７８９，．'))
    return r
def N(s, loc=None, fw=False):
    return fmt(s, loc, fw)
def X(expr, dec, shape, wrong=None, note=None, also=(), rounding=None, loc=None, fw=False, source=None):
    true = rnd(ev(expr), dec)
    if wrong is not None:
        w = D(wrong)
        diff = abs(w - ev(expr))
        if rounding == 'approx':
            assert diff > abs(ev(expr)) * D('0.01'), (expr, wrong)
        else:
            assert diff > D(1).scaleb(-dec) / 2, (expr, wrong)
        stated = wrong
    else:
        stated = str(true)
        if rounding == 'approx':
            pass
    rel = {'shape': shape, 'expr': expr, 'stated': stated, 'error': wrong is not None}
    if rounding: rel['rounding'] = rounding
    if wrong is not None:
        rel['note'] = note or 'planted'
    rel['_also'] = list(also)
    if source: rel['_source'] = source
    disp = fmt(stated, loc, fw)
    rel['_disp'] = disp
    PENDING.append(rel)
    return disp
def A(expr, stated_str, shape, wrong=False, note=None, also=(), loc=None, fw=False):
    """approx: stated given explicitly"""
    v = ev(expr); s = D(stated_str)
    ok = abs(v - s) <= abs(v) * D('0.01')
    assert ok != wrong, (expr, stated_str)
    rel = {'shape': shape, 'expr': expr, 'stated': stated_str, 'error': wrong, 'rounding': 'approx', '_also': list(also)}
    if wrong: rel['note'] = note or 'planted'
    disp = fmt(stated_str, loc, fw); rel['_disp'] = disp
    PENDING.append(rel); return disp
def T(value, src_path, src_tag, wrong=None, note=None, loc=None, also=()):
    """translation relation: value is counterpart figure (ASCII decimal)"""
    stated = wrong if wrong is not None else value
    rel = {'shape': 'translation', 'expr': value, 'stated': stated, 'error': wrong is not None, '_also': list(also),
           '_source': (src_path, src_tag)}
    if wrong is not None: rel['note'] = note or 'drifted figure in this version'
    disp = fmt(stated, loc); rel['_disp'] = disp
    PENDING.append(rel); return disp
class Doc:
    def __init__(s, path, lang, style, loc, fm=None):
        assert not PENDING, PENDING
        s.path, s.lang, s.style = path, lang, style
        s.lines, s.rels, s.tags = [], [], {}
        CUR['loc'] = loc; CUR['doc'] = s
        if fm:
            s.lines.append('---')
            for k, v in fm:
                s.lines.append(f'{k}: {v}')
            s.lines.append('---'); s.lines.append('')
        DOCS.append(s)
    def L(s, text='', tag=None):
        subs = text.split('\n')
        start = len(s.lines)
        s.lines.extend(subs)
        if tag: s.tags[tag] = start + 1
        for rel in PENDING:
            idx = None
            for i, sub in enumerate(subs):
                if rel['_disp'] in sub:
                    idx = i; break
            assert idx is not None, (s.path, rel, text)
            rel['line'] = start + idx + 1
            s.rels.append(rel)
        PENDING.clear()
    def __call__(s, text='', tag=None):
        s.L(text, tag)
def finish():
    assert not PENDING
    files = []
    for d in DOCS:
        rels = []
        for r in d.rels:
            o = {'line': r['line'], 'shape': r['shape'], 'expr': r['expr'], 'stated': r['stated'], 'error': r['error']}
            if 'rounding' in r: o['rounding'] = r['rounding']
            if r['error']:
                o['also_lines'] = [d.tags[t] for t in r['_also']]
                o['note'] = r['note']
            elif r['_also']:
                o['also_lines'] = [d.tags[t] for t in r['_also']]
            if '_source' in r:
                p, t = r['_source']
                sd = [x for x in DOCS if x.path == p][0]
                o['source'] = f"{p}:{sd.tags[t]}"
            # line contains digits check
            rels.append(o)
        rels.sort(key=lambda o: o['line'])
        clean = not any(o['error'] for o in rels)
        files.append({'path': d.path, 'lang': d.lang, 'style': d.style, 'clean': clean, 'relations': rels})
        with open(os.path.join(OUT, d.path), 'w', encoding='utf-8') as f:
            f.write('\n'.join(d.lines).rstrip('\n') + '\n')
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump({'files': files}, f, ensure_ascii=False, indent=1)
    from collections import Counter
    c = Counter(o['shape'] for fl in files for o in fl['relations'] if o['error'])
    print(len(files), 'files', sum(1 for f in files if f['clean']), 'clean')
    print('relations', sum(len(f['relations']) for f in files))
    print(sorted(c.items()))
    for f in files:
        ne = sum(o['error'] for o in f['relations'])
        print(f['path'], f['lang'], len(f['relations']), ne)
