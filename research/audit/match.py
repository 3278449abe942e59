#!/usr/bin/env python3
"""Compare the independent recall samples (research/audit/sample-*.yaml) with the record.

A sampled statement is on record when its words are: its quote (or a source's wording) found
in a quote or a report's wording of the same speaker's statement, after folding case,
quotation marks, apostrophes, dashes and spacing. A long run of shared words (50 characters,
or 60% of the shorter text) only suggests a match: another sentence of the same occasion is
not the same statement, so those are listed with the suggestion, as is everything else with
the speaker's statements within a week, for an editor to decide by reading both; the
decisions are in research/audit/decisions.yaml (`sample id: on-record id | missing`).

Two samples: the first (`sample-*.yaml`) measures the record as it stood when it was drawn,
before wave 11 (which began by adding the first sample's own misses): statements found in
wave 11 (research/findings/w11-*.yaml) are left out of that comparison, so its figures can be
reproduced from any later build. The second (`sample2-*.yaml`, drawn after wave 11 began, by
other helpers with other ways in) measures the record after wave 11, before its own misses
were added (research/findings/w12-*.yaml). The third (`sample3-*.yaml`, drawn while wave 13
searched the groups and periods below the target, by helpers who saw neither) measures the
record after wave 13, before its own misses were added (research/findings/w14-*.yaml). The
fourth (`sample4-*.yaml`, drawn while wave 15 searched the cells the third found short, by
helpers who saw neither) measures the record after wave 15, before its own misses were added
(research/findings/w16-*.yaml). The fifth (`sample5-*.yaml`, drawn the audit's way while
wave 17 swept every group month by month, by helpers who saw neither) measures the record
after wave 17, before its own misses were added (w18-*.yaml); the sixth (`sample6-*.yaml`,
drawn the same way while wave 19 searched the first-rank speakers' occasions) the record after
wave 19, before its own misses were added (w20-*.yaml); the seventh (`sample7-*.yaml`, of the
sixth's four short cells only) the record after wave 21;
the eighth (`sample8-*.yaml`, of the three cells the sixth and seventh pooled found short, drawn
while wave 25 searched them day by day) the record after wave 25, before its own misses were
added (w26-*.yaml); the ninth (`sample9-*.yaml`, every cell) the record after wave 25 and the
eighth's misses, before its own misses were added (w28-*.yaml); the tenth (`sample10-*.yaml`,
every cell) the record after wave 29, before its own misses were added (w30-*.yaml); the eleventh
(`sample11-*.yaml`, Europe in 2025 and Ukraine in 2025-H1) the record after wave 32; the twelfth
(`sample12-*.yaml`, Ukraine and Europe in 2025-H1) the record after wave 35, before its own misses
were added (w36-*.yaml); the thirteenth
(`sample13-*.yaml`, every cell) the record after wave 38, before its own misses were added
(w39-*.yaml); the fourteenth (`sample14-*.yaml`, every cell) the record after wave 40, before its
own misses were added (w41-*.yaml); the fifteenth (`sample15-*.yaml`, every cell) the record after
waves 45 and 46, before its own misses were added (w47-*.yaml); the sixteenth (`sample16-*.yaml`, five short
cells) the record after the fifteenth's misses and wave 49, before its own were added (w50-*.yaml); the seventeenth
(`sample17-*.yaml`, two short cells) the record after the sixteenth's misses and wave 51, before its own were added (w52-*.yaml).

Usage: python3 research/audit/match.py [--second | --third | --fourth | --fifth | --sixth | --seventh | --eighth | --ninth | --tenth | --eleventh | --twelfth | --thirteenth | --fourteenth | --fifteenth | --sixteenth | --seventeenth] [dist/data/statements.json]
Writes research/audit/recall.md (recall2.md … recall7.md), with decisions from decisions.yaml
(decisions2.yaml … decisions7.yaml).
"""
import datetime, difflib, json, re, sys, unicodedata
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parents[2]
args = sys.argv[1:]
SAMPLE = 17 if '--seventeenth' in args else 16 if '--sixteenth' in args else 15 if '--fifteenth' in args else 14 if '--fourteenth' in args else 13 if '--thirteenth' in args else 12 if '--twelfth' in args else 11 if '--eleventh' in args else 10 if '--tenth' in args else 9 if '--ninth' in args else 8 if '--eighth' in args else 7 if '--seventh' in args else 6 if '--sixth' in args else 5 if '--fifth' in args else 4 if '--fourth' in args else 3 if '--third' in args else 2 if '--second' in args else 1
SECOND = SAMPLE == 2
args = [a for a in args if a not in ('--second', '--third', '--fourth', '--fifth', '--sixth', '--seventh', '--eighth', '--ninth', '--tenth', '--eleventh', '--twelfth', '--thirteenth', '--fourteenth', '--fifteenth', '--sixteenth', '--seventeenth')]
PREFIX, SUFFIX = {1: ('sample-', ''), 2: ('sample2-', '2'), 3: ('sample3-', '3'), 4: ('sample4-', '4'), 5: ('sample5-', '5'), 6: ('sample6-', '6'), 7: ('sample7-', '7'), 8: ('sample8-', '8'), 9: ('sample9-', '9'), 10: ('sample10-', '10'), 11: ('sample11-', '11'), 12: ('sample12-', '12'), 13: ('sample13-', '13'), 14: ('sample14-', '14'), 15: ('sample15-', '15'), 16: ('sample16-', '16'), 17: ('sample17-', '17')}[SAMPLE]
# Statements added after a sample was drawn are left out of its comparison: wave 11 and after
# for the first sample, and for each later sample its own misses and every wave after them
# (wave 12 on for the second, 14 on for the third, 16 on for the fourth, 18 on for the fifth,
# 20 on for the sixth, 23 on for the seventh, 26 on for the eighth, 28 on for the ninth, 30 on for the tenth). A new wave's prefix goes into LATER, so no sample counts it.
LATER = ['w11', 'w12', 'w13', 'w14', 'w15', 'w16', 'w17', 'w18', 'w19', 'w20', 'w21', 'w22', 'w23', 'w24', 'w25', 'w26', 'w27', 'w28', 'w29', 'w30', 'w31', 'w32', 'w33', 'w34', 'w35', 'w36', 'w37', 'w38', 'w39', 'w40', 'w41', 'w42', 'w43', 'w44', 'w45', 'w46', 'w47', 'w48', 'w49', 'w50', 'w51', 'w52', 'w53', 'w54']
FIRST_AFTER = {1: 'w11', 2: 'w12', 3: 'w14', 4: 'w16', 5: 'w18', 6: 'w20', 7: 'w23', 8: 'w26', 9: 'w28', 10: 'w30', 11: 'w34', 12: 'w36', 13: 'w39', 14: 'w41', 15: 'w47', 16: 'w50', 17: 'w52'}[SAMPLE]
AFTER = [f'{w}-*.yaml' for w in LATER[LATER.index(FIRST_AFTER):]]
later = {x['id'] for g in AFTER for p in (ROOT / 'research/findings').glob(g) for x in yaml.safe_load(open(p, encoding='utf-8')) or [] if 'id' in x}
record = [s for s in json.load(open(args[0] if args else ROOT / 'dist/data/statements.json', encoding='utf-8'))['statements'] if s['id'] not in later]
decisions_file = ROOT / f'research/audit/decisions{SUFFIX}.yaml'
decisions = yaml.safe_load(open(decisions_file, encoding='utf-8')) if decisions_file.exists() else {}
decisions = decisions or {}
# A second round of decisions (decisionsNb.yaml) replaces the first for the statements it
# lists: those first decided missing before a concurrent wave the sample measures was
# published, and decided again against the record with that wave in it.
second_file = ROOT / f'research/audit/decisions{SUFFIX}b.yaml'
if second_file.exists():
    decisions.update(yaml.safe_load(open(second_file, encoding='utf-8')) or {})

def fold(text):
    text = unicodedata.normalize('NFKC', text or '').lower()
    text = re.sub(r'[’‘`´ʼ]', "'", text)
    text = re.sub(r'[“”„«»"]', '', text)
    text = re.sub(r'[–—−-]', '-', text)
    text = re.sub(r'[^\w\s\'-]', ' ', text)
    return re.sub(r'\s+', ' ', text).strip()

def surname(name):
    """A speaker's surname, folded to ASCII and cut to four letters: Zelensky and Zelenskyy, Støre and Store match."""
    last = unicodedata.normalize('NFKD', name.split()[-1].lower().replace('ø', 'o'))
    # Ukrainian names come as Hetmanchuk or Getmanchuk: h and g are one letter here.
    return ''.join(c for c in last if c.isascii() and c.isalpha()).replace('h', 'g')[:4]

# The record's words: each statement's quote and every report's wording of it (not the
# evidence around them, which holds other sentences too).
texts = []  # (statement id, speaker's surname, folded text)
by_speaker = {}
for s in record:
    who = surname(s['speaker']['name'])
    by_speaker.setdefault(who, []).append(s)
    texts.append((s['id'], who, fold(s['quote'])))
    for src in s.get('sources') or []:
        if src.get('quotedAs'): texts.append((s['id'], who, fold(src['quotedAs'])))

def day(d):
    parts = str(d).split('-')
    return datetime.date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 15)

def match(item):
    # Only the same speaker's statements: words a report quotes are one speaker's, and short
    # common phrases ("without security guarantees") recur across speakers.
    who = surname(item['speaker_name'])
    own = [(sid, t) for sid, w, t in texts if w == who]
    wordings = [item['quote']] + [src.get('quoted_as') for src in item.get('sources') or [] if src.get('quoted_as')]
    for w in map(fold, wordings):
        if len(w) < 12: continue
        for sid, t in own:
            if w in t or (len(t) >= 40 and t in w): return sid, 'words'
    best = (0, None)
    for w in map(fold, wordings):
        for sid, t in own:
            m = difflib.SequenceMatcher(None, w, t, autojunk=False).find_longest_match(0, len(w), 0, len(t))
            if m.size >= 50 or (m.size >= 25 and m.size >= 0.6 * min(len(w), len(t))):
                if m.size > best[0]: best = (m.size, sid)
    if best[1]: return best[1], 'overlap'
    return None, None

def near(item):
    out = []
    for s in by_speaker.get(surname(item['speaker_name']), []):
        try:
            if abs((day(s['date']) - day(item['date'])).days) <= 7: out.append(s['id'])
        except ValueError:
            pass
    return out

GROUPS = {'europe': 'Europe, NATO, EU, Canada', 'ukraine': 'Ukraine', 'united-states': 'United States', 'russia': 'Russia'}
PERIODS = ['2025-H1', '2025-H2', '2026']
rows, review = [], []
for path in sorted((ROOT / 'research/audit').glob(f'{PREFIX}*.yaml')):
    name = path.stem.removeprefix(PREFIX)
    for item in yaml.safe_load(open(path, encoding='utf-8')) or []:
        # A file per group, named by it (sample3-us.yaml holds the United States).
        # From the eighth on, files may be per cell (sample8-ukraine-h1.yaml): the group is the name's first part.
        group = item.get('group') or {'us': 'united-states'}.get(name.split('-')[0] if SAMPLE >= 8 else name, name.split('-')[0] if SAMPLE >= 8 else name)
        sid, how = match(item)
        decided = decisions.get(item['id'])
        if decided:
            sid, how = (None, 'missing (by hand)') if decided == 'missing' else (decided, 'by hand')
        elif how == 'overlap':
            review.append((item, [sid] + [c for c in near(item) if c != sid]))
            sid, how = None, None
        elif not sid:
            review.append((item, near(item)))
        rows.append({'id': item['id'], 'group': group, 'period': item['period'], 'found': sid, 'how': how})

lines = [f"# Recall on {({1: 'an', 2: 'a second', 3: 'a third', 4: 'a fourth', 5: 'a fifth', 6: 'a sixth', 7: 'a seventh', 8: 'an eighth', 9: 'a ninth', 10: 'a tenth', 11: 'an eleventh', 12: 'a twelfth', 13: 'a thirteenth', 14: 'a fourteenth', 15: 'a fifteenth', 16: 'a sixteenth', 17: 'a seventeenth'})[SAMPLE]} independent sample", '',
         'Made by `python3 research/audit/match.py` from the samples in this folder and the built record; do not edit by hand.', '',
         f"Measured against the record {({1: 'before wave 11', 2: 'after wave 11, before its own misses were added', 3: 'after wave 13, before its own misses were added', 4: 'after wave 15, before its own misses were added', 5: 'after wave 17, before its own misses were added', 6: 'after wave 19, before its own misses were added', 7: 'after wave 21, before its own misses were added', 8: 'after wave 25, before its own misses were added', 9: 'after wave 25 and the misses of the eighth sample, before its own misses were added', 10: 'after wave 29, before its own misses were added', 11: 'after wave 32', 12: 'after wave 35, before its own misses were added', 13: 'after wave 38, before its own misses were added', 14: 'after wave 40, before its own misses were added', 15: 'after waves 45 and 46, before its own misses were added', 16: 'after the misses of the fifteenth sample were added and wave 49, before its own misses were added', 17: 'after the misses of the sixteenth sample were added and wave 51, before its own misses were added'})[SAMPLE]}: {len(record)} statements.", '',
         {1: 'Three helpers drew a sample of statements from the stored news pages the way an outside auditor would, without seeing the record or our research logs (`BRIEF-sample.md`; their queries are in `log-sample-*.md`): month by month and speaker by speaker, every qualifying statement in the order the results showed it, at most two per speaker per period.', 2: 'Three other helpers drew a second sample the same way, without seeing the record, our research logs or the first sample, and by other ways in (week by week, by outlet and by kind of occasion as well as by speaker: `BRIEF-sample2.md`; their queries are in `log-sample2-*.md`).', 3: 'Four other helpers drew a third sample, one per group, without seeing the record, our research logs, the earlier samples or the briefs of the waves they measure, and by other ways in again (day by day in the busiest weeks, week by week in quiet months, by outlet, by kind of occasion and by second-rank speakers: `BRIEF-sample3.md`; their queries are in `log-sample3-*.md`), while wave 13 searched the groups and periods the second sample had found below the target.', 4: 'Four other helpers drew a fourth sample, one per group, without seeing the record, our research logs, the earlier samples or the briefs of the waves they measure, and by other ways in again (each period read from its end backwards, the group\'s own language before English, by setting and by second-rank speakers: `BRIEF-sample4.md`; their queries are in `log-sample4-*.md`), while wave 15 searched the cells the third sample had found below the target.', 5: 'Four other helpers drew a fifth sample, one per group, without seeing the record, our research logs, the earlier samples or the briefs of the waves they measure, the way the outside audit does (month by month in calendar order, a general query in English and one in the group\'s language, then speakers, statements taken in the order the results show them: `BRIEF-sample5.md`; their queries are in `log-sample5-*.md`), while wave 17 swept every group month by month the same way.', 6: 'Four other helpers drew a sixth sample the same way as the fifth, one per group, with the budget spread evenly over the three periods (`BRIEF-sample6.md`; their queries are in `log-sample6-*.md`), while wave 19 searched deep into the occasions of the first-rank speakers of the cells the fifth sample had found below the target.', 7: 'Three other helpers drew a seventh sample the same way, but only of the four cells the sixth sample had found below 90% on 8 to 16 statements each (Ukraine in the first half of 2025 and in 2026, the United States in the first half of 2025, Russia in the second half of 2025: `BRIEF-sample7.md`; their queries are in `log-sample7-*.md`), after wave 21 had searched the second rank of Ukraine and the United States.', 8: 'Three other helpers drew an eighth sample the same way, of the three cells the sixth and seventh samples pooled had found below 90% (Ukraine in the first half of 2025 and in 2026, the United States in the first half of 2025: `BRIEF-sample8.md`; their queries are in `log-sample8-*.md`), while wave 25 searched the same cells day by day.', 9: 'Four other helpers drew a ninth sample of every group and period the same way as the sixth, with the budget spread evenly over the three periods (`BRIEF-sample9.md`; their queries are in `log-sample9-*.md`), to measure the record after wave 25 and the eighth sample\'s misses.', 10: 'Four other helpers drew a tenth sample of every group and period the same way as the ninth (`BRIEF-sample10.md`; their queries are in `log-sample10-*.md`), while wave 29 searched the second rank of the four cells the ninth sample had found below 90% (`research/BRIEF-wave29.md`), to measure the record after that wave.', 11: 'Two other helpers drew an eleventh sample the same way, of the cells the tenth sample (and the ninth and tenth together) had found short only: Europe in both halves of 2025 and Ukraine in the first half of 2025 (`BRIEF-sample11.md`; their queries are in `log-sample11-*.md`), to measure the record after wave 32, which searched those cells appearance by appearance.', 12: 'Two other helpers drew a twelfth sample the same way, of the two cells the ninth to eleventh samples had found short in the first half of 2025: Ukraine and Europe (`BRIEF-sample12.md`; their queries are in `log-sample12-*.md`), while wave 35 searched Ukraine\'s first half of 2025 speaker by speaker in Ukrainian first (`research/BRIEF-wave35.md`), to measure the record after that wave.', 13: 'Four other helpers drew a thirteenth sample of every group and period the same way as the tenth (`BRIEF-sample13.md`; their queries are in `log-sample13-*.md`), to measure the record after waves 35 to 38 and the rule, from wave 37, that admits statements read on a faithful copy or in a labelled translation of a translation.', 14: 'Four other helpers drew a fourteenth sample of every group and period the same way as the thirteenth (`BRIEF-sample14.md`; their queries are in `log-sample14-*.md`), while wave 40 looked for the Ukrainian words of Ukrainian officials\' statements earlier samples had found only in English (`research/BRIEF-wave40.md`), to measure the record after that wave.', 15: 'Four other helpers drew a fifteenth sample of every group and period the same way as the fourteenth (`BRIEF-sample15.md`; their queries are in `log-sample15-*.md`), while wave 45 looked for the Ukrainian words of Ukrainian officials\' statements on record or held back known only in English or Russian (`research/BRIEF-wave45.md`) and wave 46 searched the first half of 2025 of Europe and Ukraine beyond the doorsteps (`research/BRIEF-wave46.md`), to measure the record after those waves.', 16: 'Four other helpers drew a sixteenth sample the same way, of the five cells the fifteenth sample had found below 90% or had drawn few statements from (Ukraine in the first half of 2025, Europe in 2026, the United States in the second half of 2025, Russia in the first half of 2025 and in 2026: `BRIEF-sample16.md`; their queries are in `log-sample16-*.md`), while wave 49 searched four of those cells occasion by occasion (`research/BRIEF-wave49.md`), to measure the record after the fifteenth sample\'s misses and that wave were added.', 17: 'Two other helpers drew a seventeenth sample the same way, of the two cells the sixteenth sample had found below 90% (Europe in 2026, the United States in the second half of 2025: `BRIEF-sample17.md`; their queries are in `log-sample17-*.md`), while wave 51 searched both cells day by day (`research/BRIEF-wave51.md`), to measure the record after the sixteenth sample\'s misses and that wave were added.'}[SAMPLE]
         + f' Each sampled statement is then looked up in the record by its words; the few the words do not settle were decided by hand (`decisions{SUFFIX}.yaml`' + (f'; those first decided missing before the concurrent wave was published were decided again against the record with it, in `decisions{SUFFIX}b.yaml`' if second_file.exists() else '') + ').', '',
         '| group | period | sampled | on record | recall |', '| --- | --- | ---: | ---: | ---: |']
for g in GROUPS:
    for p in PERIODS + ['all']:
        sel = [r for r in rows if r['group'] == g and (p == 'all' or r['period'] == p)]
        if not sel: continue
        found = sum(1 for r in sel if r['found'])
        lines.append(f"| {GROUPS[g]} | {p} | {len(sel)} | {found} | {100 * found / len(sel):.0f}% |")
for p in PERIODS + ['all']:
    sel = [r for r in rows if p == 'all' or r['period'] == p]
    if not sel: continue  # a sample of a few cells (the seventh) has no statement in some periods
    found = sum(1 for r in sel if r['found'])
    lines.append(f"| all groups | {p} | {len(sel)} | {found} | {100 * found / len(sel):.0f}% |")
lines += ['', '## Sampled statements not on record', '']
missing = [r for r in rows if not r['found']]
lines += [f"- `{r['id']}` ({r['group']}, {r['period']}){' — decided by hand' if r['how'] == 'missing (by hand)' else ''}" for r in missing] or ['None.']
lines += ['', '## Every sampled statement', '', '| sample id | group | period | on record as | matched by |', '| --- | --- | --- | --- | --- |']
lines += [f"| {r['id']} | {r['group']} | {r['period']} | {r['found'] or '—'} | {r['how'] or '—'} |" for r in rows]
(ROOT / f'research/audit/recall{SUFFIX}.md').write_text('\n'.join(lines) + '\n', encoding='utf-8')
print('\n'.join(lines[6:6 + 20]))
for item, cands in review:
    print(f"\nREVIEW {item['id']} [{item['speaker_name']} {item['date']}] {item['quote'][:140]!r}\n   near: {cands}")
