#!/usr/bin/env python3
"""Writes the two Ukrainian-wording worklists from the content as it stands:

    python3 research/make-uk-worklists.py

research/uk-worklist-ukrainian-officials.yaml: statements by Ukrainian speakers with no
Ukrainian wording yet; research/uk-worklist-others.yaml: other speakers' statements with
none (an outlet's translation is what a researcher looks for there). Same counting as
research/make-coverage.py's "Ukrainian wordings" section, so the two never disagree.
"""
import os

import yaml

from record import load

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)
countries, speakers, records, languages = load()


def entry(s):
    return {
        'id': s['id'],
        'speaker': speakers[s['speaker']]['name'],
        'date': str(s['date']),
        'setting': s.get('setting'),
        'quote': s['quote'],
        'language': s.get('language', 'en'),
    }


missing = sorted((s for s in records if 'uk' not in languages[s['id']]), key=lambda s: str(s['date']))
ukrainian = [entry(s) for s in missing if countries.get(speakers[s['speaker']]['country']) == 'ukraine'
             and s.get('spokenLanguage') in ('uk', None)]
others = [entry(s) for s in missing if countries.get(speakers[s['speaker']]['country']) != 'ukraine']
for name, rows in (('ukrainian-officials', ukrainian), ('others', others)):
    with open(f'research/uk-worklist-{name}.yaml', 'w', encoding='utf-8') as f:
        yaml.safe_dump(rows, f, allow_unicode=True, sort_keys=False, width=200)
    print(f'research/uk-worklist-{name}.yaml: {len(rows)} statements')
