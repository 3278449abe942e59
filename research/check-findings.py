#!/usr/bin/env python3
"""Check a findings file: parses, required fields, every quote/quoted_as inside its evidence."""
import sys, yaml, re
REQ = ['id','speaker','speaker_name','speaker_country','role','date','date_precision','setting','kind','quote','language','topics','context','sources']
bad = 0
for path in sys.argv[1:]:
    data = yaml.safe_load(open(path, encoding='utf-8')) or []
    ids = set()
    for i, s in enumerate(data):
        where = f"{path}: [{i}] {s.get('id') or s.get('statement')}"
        if 'statement' in s:  # extra source
            ev, w = s.get('evidence') or '', s.get('quoted_as')
            if not ev: print(where, 'no evidence'); bad += 1
            elif w and w not in ev: print(where, 'quoted_as not inside evidence'); bad += 1
            continue
        for k in REQ:
            if s.get(k) in (None, '', []): print(where, 'missing', k); bad += 1
        if not re.match(r'^[a-z0-9]+(-[a-z0-9]+)*$', s.get('id') or ''): print(where, 'bad id'); bad += 1
        if s.get('id') in ids: print(where, 'duplicate id'); bad += 1
        ids.add(s.get('id'))
        srcs = s.get('sources') or []
        if srcs:
            ev = srcs[0].get('evidence') or ''
            if s.get('quote') and s['quote'] not in ev:
                print(where, 'quote NOT inside the first source evidence'); bad += 1
        for j, src in enumerate(srcs[1:], 1):
            ev = src.get('evidence') or ''
            w = src.get('quoted_as') or s.get('quote')
            if not ev: print(where, f'source {j} has no evidence'); bad += 1
            elif w not in ev: print(where, f'source {j}: its wording is not inside its evidence'); bad += 1
print('problems:', bad)
sys.exit(1 if bad else 0)
