#!/usr/bin/env python3
"""Prepares a round of research findings for coding, blind coding and translation:

    python3 research/prep-round.py FINDINGS.yaml… --round N --part M --translation K

Skips statements already on record (an `id:` in content/articles/) and writes
  research/coding/statements-roundN.yaml   for the coder (codebook dimensions)
  research/blind/statements-partM.yaml     the same statements for the blind coder
  research/translation-K-en.yaml           the editors' texts to translate into
                                           content/translations/uk/statements-K.yaml
  research/translation-K-speakers.yaml     new speakers' names to translate
The coders see only what the codebook needs: id, speaker, role, date, setting, kind, quote.
"""
import argparse
import glob
import os
import re

import yaml

ap = argparse.ArgumentParser()
ap.add_argument('files', nargs='+')
ap.add_argument('--round', required=True)
ap.add_argument('--part', required=True)
ap.add_argument('--translation', required=True)
a = ap.parse_args()

on_record = set()  # statements and further reports both list the id
for p in glob.glob('content/articles/*.md'):
    on_record.update(re.findall(r'^\s*-?\s*id: (\S+)$', open(p, encoding='utf-8').read(), re.M))
speakers = {os.path.basename(p)[:-3] for p in glob.glob('content/speakers/*.md')}

found, seen = [], set()
for f in a.files:
    for s in yaml.safe_load(open(f, encoding='utf-8')) or []:
        if s['id'] in on_record or s['id'] in seen:
            continue
        seen.add(s['id'])
        found.append(s)

coding = [{'id': s['id'], 'speaker': s['speaker_name'], 'speaker_role': s['role'], 'date': str(s['date']),
           'setting': s['setting'], 'kind': s['kind'], 'quote': s['quote']} for s in found]
tr = [{'id': s['id'], 'role': s['role'], 'setting': s['setting'], 'context': s['context'],
       'notes': ' '.join(t for t in [s.get('notes'), s.get('date_basis')] if t and str(t).strip()) or None} for s in found]
new_speakers = {s['speaker']: s['speaker_name'] for s in found if s['speaker'] not in speakers}

dump = lambda o, p: yaml.safe_dump(o, open(p, 'w', encoding='utf-8'), allow_unicode=True, sort_keys=False, width=200)
dump({'statements': coding}, f'research/coding/statements-round{a.round}.yaml')
dump({'statements': coding}, f'research/blind/statements-part{a.part}.yaml')
dump(tr, f'research/translation-{a.translation}-en.yaml')
dump(new_speakers, f'research/translation-{a.translation}-speakers.yaml')
print(f'{len(found)} new statements ({len(new_speakers)} new speakers); skipped as on record: '
      f'{sum(len(yaml.safe_load(open(f, encoding="utf-8")) or []) for f in a.files) - len(found)}')
