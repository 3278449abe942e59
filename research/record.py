"""The record as the research scripts read it, straight from content/ (no build needed):
speakers, statements and the languages of every wording of each. Shared by make-coverage.py
and make-uk-worklists.py, so their counts never disagree."""
import glob
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def frontmatter(path):
    text = open(path, encoding='utf-8').read()
    end = text.index('\n---', 3)
    return yaml.safe_load(text[4:end])


def load():
    """(countries, speakers by id, statements, languages of each statement's wordings by id)."""
    countries = yaml.safe_load(open(os.path.join(ROOT, 'content/countries.yaml')))
    speakers = {os.path.basename(p)[:-3]: frontmatter(p) for p in glob.glob(os.path.join(ROOT, 'content/speakers/*.md'))}
    records = []
    languages = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'content/articles/*.md'))):
        for s in frontmatter(path)['statements']:
            if 'quote' in s:
                records.append(s)
                languages.setdefault(s['id'], set()).add(s.get('language', 'en'))
            elif s.get('quotedAs') and s.get('language'):
                languages.setdefault(s['id'], set()).add(s['language'])
    return countries, speakers, records, languages
