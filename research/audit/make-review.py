#!/usr/bin/env python3
"""Lists a sample's statements the words did not settle, for a deciding helper (BRIEF-decide.md):

    python3 research/audit/match.py --tenth > /tmp/match.txt
    python3 research/audit/make-review.py 10 /tmp/match.txt [FINDINGS.yaml…]

Each unsettled statement (`REVIEW` in match.py's output, or listed as not on record) comes with
the record's statements by the same speaker within 21 days (from dist/data/statements.json,
plus any findings files given: a wave not yet published). Writes research/audit/reviewN.yaml.
"""
import datetime
import glob
import json
import re
import sys
import unicodedata

import yaml

n, match_out, *findings = sys.argv[1:]
rec = json.load(open('dist/data/statements.json', encoding='utf-8'))['statements']
for f in findings:
    for s in yaml.safe_load(open(f, encoding='utf-8')) or []:
        rec.append({'id': s['id'], 'speaker': {'name': s['speaker_name']}, 'date': str(s['date']), 'setting': s.get('setting'), 'quote': s['quote'],
                    'sources': [{'quotedAs': src.get('quoted_as')} for src in s.get('sources') or []]})
items = {}
for f in glob.glob(f'research/audit/sample{n}-*.yaml'):
    for s in yaml.safe_load(open(f, encoding='utf-8')):
        items[s['id']] = s
text = open(match_out, encoding='utf-8').read()
recall = open(f'research/audit/recall{n}.md', encoding='utf-8').read()
missing = re.findall(r'^- `([^`]+)`', recall.split('## Every sampled statement')[0], re.M)
ids = list(dict.fromkeys(re.findall(r'^REVIEW (\S+)', text, re.M) + missing))


def surname(name):
    last = unicodedata.normalize('NFKD', name.split()[-1].lower().replace('ø', 'o'))
    return ''.join(c for c in last if c.isascii() and c.isalpha()).replace('h', 'g')[:4]


def day(d):
    p = str(d).split('-')
    return datetime.date(int(p[0]), int(p[1]), int(p[2]) if len(p) > 2 and p[2][:2].isdigit() else 15)


out = []
for i in ids:
    it = items[i]
    cands = []
    for s in rec:
        if surname(s['speaker']['name']) != surname(it['speaker_name']):
            continue
        try:
            if abs((day(s['date']) - day(it['date'])).days) > 21:
                continue
        except (ValueError, IndexError):
            continue
        cands.append({'id': s['id'], 'date': s['date'], 'setting': s['setting'], 'quote': s['quote'],
                      'other_wordings': [src['quotedAs'] for src in s.get('sources') or [] if src.get('quotedAs')]})
    out.append({'sample_id': i, 'speaker': it['speaker_name'], 'date': str(it['date']), 'setting': it.get('setting'), 'quote': it['quote'],
                'evidence': it['sources'][0]['evidence'], 'record_candidates': cands})
yaml.safe_dump(out, open(f'research/audit/review{n}.yaml', 'w', encoding='utf-8'), allow_unicode=True, sort_keys=False, width=200)
print(len(out), 'to decide,', sum(len(o['record_candidates']) for o in out), 'candidates')
