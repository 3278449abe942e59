"""The Ukrainian edition's line (issue 18): of the statements by Ukrainian officials who spoke
Ukrainian (or in an unknown language), how many the /uk/ edition leads with their own
Ukrainian words. The build test (tests/build/uk-edition.test.ts) holds it at 80% or more; run
this on dist/data/statements.json before importing findings of Ukrainian officials found only
in English, to see whether the line still holds.

Usage: python3 research/uk-line.py [dist/data/statements.json]
"""
import json
import math
import sys

data = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'dist/data/statements.json'))
officials = [s for s in data['statements'] if s['speaker'].get('country') == 'Ukraine' and s['spokenLanguage'] in ('uk', None)]
# The /uk/ page leads with a Ukrainian report's wording of the quote whenever one is on record
# (a paraphrase aside): the rule of editionQuote in src/lib/statement-view.ts.
led = [s for s in officials if s['language'] == 'uk' or any(src['language'] == 'uk' and src['quotedAs'] and src['wording'] != 'paraphrase' for src in s['sources'])]
print(f'{len(led)} of {len(officials)} ({100 * len(led) / len(officials):.1f}%) lead in Ukrainian; the line is 80%')
need = len(officials) * 0.8
print(f'room for {math.floor((len(led) - need) / 0.8)} more statement(s) without Ukrainian words')
