#!/usr/bin/env python3
"""Checks an editors' translation file against the English it translates:

    python3 research/check-translation.py ENGLISH.yaml TRANSLATION.yaml

Both are lists of entries with an `id` (statements) or maps by id (speakers, events). Every
translated entry must name an id of the English file, carry the same fields (no more, none
missing), hold non-empty Cyrillic text in each, and contain no «…» or “…” quotation: our
translations never present words as someone's quote.
"""
import re
import sys

import yaml

english, translated = (yaml.safe_load(open(p, encoding='utf-8')) for p in sys.argv[1:3])
by_id = (lambda d: {e['id']: e for e in d}) if isinstance(english, list) else (lambda d: d)
en, uk = by_id(english), by_id(translated or ([] if isinstance(english, list) else {}))
problems = []


def walk(path, a, b):
    if isinstance(a, dict):
        if not isinstance(b, dict) or set(a) != set(b):
            problems.append(f'{path}: fields {sorted(b) if isinstance(b, dict) else b!r} should be {sorted(a)}')
            return
        for k in a:
            if k != 'id':
                walk(f'{path}.{k}', a[k], b[k])
    elif isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            problems.append(f'{path}: should be a list of {len(a)}')
            return
        for i, (x, y) in enumerate(zip(a, b)):
            walk(f'{path}[{i}]', x, y)
    elif a is None:
        if b is not None:
            problems.append(f'{path}: should be null, as in English')
    else:
        if not isinstance(b, str) or not b.strip():
            problems.append(f'{path}: empty')
        elif not re.search('[а-яіїєґА-ЯІЇЄҐ]', b) and re.search('[a-z]{4,}', b):
            problems.append(f'{path}: not translated: {b[:60]!r}')
        elif re.search('[«“„]', b) or b.count('"') >= 2:
            problems.append(f'{path}: holds a quotation ({b[:60]!r}); say it in our words, without quotation marks')


for key, entry in uk.items():
    if key not in en:
        problems.append(f'{key}: no such id in the English file')
    else:
        walk(key, en[key], entry)
print('\n'.join(problems) if problems else f'ok: {len(uk)} of {len(en)} translated')
sys.exit(1 if problems else 0)
