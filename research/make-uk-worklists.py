#!/usr/bin/env python3
"""Writes the two Ukrainian-wording worklists from the content as it stands:

    python3 research/make-uk-worklists.py

research/uk-worklist-ukrainian-officials.yaml: statements by Ukrainian speakers with no
Ukrainian wording yet; research/uk-worklist-others.yaml: other speakers' statements with
none (an outlet's translation is what a researcher looks for there). Same counting as
research/make-coverage.py's "Ukrainian wordings" section, so the two never disagree.
"""
import glob
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)

countries = yaml.safe_load(open('content/countries.yaml'))


def frontmatter(path):
    text = open(path, encoding='utf-8').read()
    end = text.index('\n---', 3)
    return yaml.safe_load(text[4:end])


speakers = {os.path.basename(p)[:-3]: frontmatter(p) for p in glob.glob('content/speakers/*.md')}
records = []
languages = {}
for path in sorted(glob.glob('content/articles/*.md')):
    for s in frontmatter(path)['statements']:
        if 'quote' in s:
            records.append(s)
            languages.setdefault(s['id'], set()).add(s.get('language', 'en'))
        elif s.get('quotedAs') and s.get('language'):
            languages.setdefault(s['id'], set()).add(s['language'])


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
