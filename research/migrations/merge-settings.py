#!/usr/bin/env python3
"""Gives every statement of one occasion the same setting (research/settings-merge.yaml).

One occasion (one speaker, one date) had been described in two or more wordings by different
research rounds; the site counts and compares statements by occasion (src/lib/positions.ts),
so each wording counted as an occasion of its own. For each merged wording this sets the
statement's English setting to the group's canonical one in its article, and its Ukrainian
setting to the one the canonical statements already carry, so both editions count alike.

    python3 research/migrations/merge-settings.py research/settings-merge.yaml
"""
import glob
import json
import re
import sys

import yaml

groups = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
record = json.load(open('dist/data/statements.json', encoding='utf-8'))['statements']
by_key = {}
for s in record:
    by_key.setdefault((s['speaker']['id'], s['date'], s['setting']), []).append(s['id'])

# Ukrainian settings by statement id, and where each entry is.
uk_setting, uk_file = {}, {}
for path in sorted(glob.glob('content/translations/uk/statements*.yaml')):
    for entry in yaml.safe_load(open(path, encoding='utf-8')) or []:
        uk_setting[entry['id']] = entry['setting']
        uk_file[entry['id']] = path

PLAIN = re.compile(r'^[A-Za-z0-9À-ž\u0400-\u04FF(][^\n]*$')


def scalar(text):
    """A YAML scalar for one line of text: plain where YAML reads it back unchanged, else double-quoted."""
    if PLAIN.match(text) and ': ' not in text and ' #' not in text and not text.endswith(':') and yaml.safe_load(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)


changes = {}  # statement id -> (canonical English, canonical Ukrainian or None)
for g in groups:
    date = str(g['date'])
    canon_ids = by_key.get((g['speaker'], date, g['canonical']), [])
    if not canon_ids:
        sys.exit(f"no statement of {g['speaker']} on {date} has the setting {g['canonical']!r}")
    uk = {uk_setting[i] for i in canon_ids if i in uk_setting}
    if len(uk) > 1:
        sys.exit(f"the canonical statements of {g['speaker']} on {date} have {len(uk)} Ukrainian settings")
    for m in g['merge']:
        ids = by_key.get((g['speaker'], date, m), [])
        if not ids:
            sys.exit(f"no statement of {g['speaker']} on {date} has the setting {m!r}")
        for i in ids:
            changes[i] = (g['canonical'], next(iter(uk)) if uk else None)

# English: the `setting:` line of each statement's full entry in its article.
done = 0
for path in glob.glob('content/articles/*.md'):
    lines = open(path, encoding='utf-8').read().split('\n')
    current, touched = None, False
    for n, line in enumerate(lines):
        m = re.match(r'^  - id: (\S+)$', line)
        if m:
            current = m.group(1)
        elif current in changes and re.match(r'^    setting: ', line):
            lines[n] = '    setting: ' + scalar(changes[current][0])
            touched, done = True, done + 1
    if touched:
        open(path, 'w', encoding='utf-8').write('\n'.join(lines))

# Ukrainian: the `setting: |-` block of each entry.
uk_done = 0
for path in sorted(set(uk_file.values())):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, current, n = [], None, 0
    while n < len(lines):
        line = lines[n]
        m = re.match(r'^- id: (\S+)$', line)
        if m:
            current = m.group(1)
        if current in changes and changes[current][1] is not None and line.startswith('  setting:'):
            out += ['  setting: |-', '    ' + changes[current][1]]
            uk_done += 1
            n += 1
            while n < len(lines) and lines[n].startswith('    '):
                n += 1
            continue
        out.append(line)
        n += 1
    open(path, 'w', encoding='utf-8').write('\n'.join(out))
print(f'{len(changes)} statements given their occasion\'s setting: {done} English, {uk_done} Ukrainian')
