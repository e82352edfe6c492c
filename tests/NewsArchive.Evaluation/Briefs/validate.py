#!/usr/bin/env python3
"""Checks a folder of articles and gold files: python3 validate.py FOLDER"""
import json, re, sys, os, glob, datetime, html as htmlmod

def norm(s):
    s = htmlmod.unescape(s)
    s = s.replace('\u00a0', ' ').replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip(' "\'.,;:')

def date_ok(d, p):
    pat = {'year': r'^\d{4}$', 'month': r'^\d{4}-\d{2}$', 'day': r'^\d{4}-\d{2}-\d{2}$'}.get(p)
    if not pat or not re.match(pat, d or ''): return False
    try:
        if p == 'day': datetime.date.fromisoformat(d)
        if p == 'month': datetime.date.fromisoformat(d + '-01')
    except ValueError: return False
    return True

folder = sys.argv[1]
golds = sorted(glob.glob(os.path.join(folder, '*.gold.json')))
bad = 0
for g in golds:
    stem = g[:-len('.gold.json')]
    arts = [stem + e for e in ('.txt', '.md', '.html') if os.path.exists(stem + e)]
    probs = []
    if len(arts) != 1: probs.append(f'expected one article beside the gold file, found {len(arts)}')
    try: gold = json.load(open(g, encoding='utf-8'))
    except Exception as e: print(f'{g}: JSON does not parse: {e}'); bad += 1; continue
    raw = open(arts[0], encoding='utf-8-sig').read() if arts else ''
    text = norm(re.sub(r'<[^>]*>', ' ', raw) if arts and arts[0].endswith('.html') else raw)
    for k in ('title', 'published', 'people', 'organizations', 'places', 'quotes', 'events'):
        if k not in gold: probs.append(f'missing key {k}')
    pub = gold.get('published')
    if pub is not None:
        if not date_ok(pub.get('date'), pub.get('precision')): probs.append(f'published date/precision disagree: {pub}')
        if pub.get('inferred') and not pub.get('why'): probs.append('inferred publication date needs a "why"')
    names = set()
    for kind in ('people', 'organizations', 'places'):
        for e in gold.get(kind, []):
            if not e.get('name'): probs.append(f'{kind}: entry without name')
            if 'required' not in e: probs.append(f'{kind} {e.get("name")}: no "required"')
            if kind != 'places': names.add(e.get('name'))
    for q in gold.get('quotes', []):
        qt = norm(q.get('text', ''))
        if not (qt in text or (qt[:40] in text and qt[-40:] in text)): probs.append(f'quote not found verbatim in article: {q.get("text", "")[:60]}')
        if q.get('speaker') is not None and q['speaker'] not in names: probs.append(f'speaker not a person/org name: {q["speaker"]}')
    for e in gold.get('events', []):
        if not date_ok(e.get('date'), e.get('precision')): probs.append(f'event date/precision disagree: {e}')
        if not e.get('anchor') or norm(e['anchor']) not in text: probs.append(f'event anchor not found verbatim: {e.get("anchor")}')
    if probs:
        bad += 1
        print(os.path.basename(g)); [print('  -', p) for p in probs]
print(f'{len(golds)} gold files, {bad} with problems')
sys.exit(1 if bad else 0)
