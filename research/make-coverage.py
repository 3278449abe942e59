#!/usr/bin/env python3
"""Writes research/coverage.md from the content and the research logs: what the record holds
by speaker group and period, every query run (the logs, in full), and an estimate of recall.

    python3 research/make-coverage.py

The recall estimate is a capture-recapture (Lincoln-Petersen) estimate: the 112 statements
known before our own research (the founding record and the audit's additions) are the first
"capture"; the statements our searches surfaced are the second; the known statements our
searches found again are the recaptures. It assumes every statement is about as easy to find
as any other, which is not quite true (widely reported remarks are easier), so the estimate
of the total is a floor and the recall an upper bound.
"""
import glob
import os
import re
from collections import Counter

import yaml

from record import load

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)

countries, speakers, records, wording_languages = load()
GROUP_NAMES = {'united-states': 'United States', 'ukraine': 'Ukraine', 'europe': 'Europe, NATO, EU, Canada', 'russia': 'Russia', 'other': 'Other'}


def group_of(s):
    return countries.get(speakers[s['speaker']]['country'], 'other')


def period_of(date):
    d = str(date)
    if d < '2025-07':
        return '2025 H1'
    if d < '2026':
        return '2025 H2'
    return '2026'


PERIODS = ['2025 H1', '2025 H2', '2026']
GROUPS = ['united-states', 'ukraine', 'europe', 'russia', 'other']
table = Counter((group_of(s), period_of(s['date'])) for s in records)
added = Counter(str(s.get('added')) for s in records)

known_files = ['../shared/sources/dossier.yaml', '../shared/sources/to-add/additions-2026-12.yaml']
known = {}
for f in known_files:
    for s in yaml.safe_load(open(f))['statements']:
        known[s['id']] = s['speaker_country']
logs = sorted(glob.glob('research/log-*.md'))
log_text = {f: open(f, encoding='utf-8').read() for f in logs}
def count_queries(text):
    """A log's queries: its numbered table rows; in a log whose rows are not numbered, every table row that is neither a header nor a separator."""
    numbered = len(re.findall(r'^\| *\d+ *\|', text, re.M))
    if numbered:
        return numbered
    lines = text.split('\n')
    separator = re.compile(r'^\|[\s:|-]+\|\s*$')
    return sum(1 for i, l in enumerate(lines) if l.startswith('|') and not separator.match(l) and not (i + 1 < len(lines) and separator.match(lines[i + 1])))


queries = {f: count_queries(t) for f, t in log_text.items()}
refound = {k for k in known if any(k in t for t in log_text.values())}
found_new = [s for s in records if str(s.get('added')) >= '2026-12-03' and s['id'] not in known]


def estimate(known_ids, refound_ids, new_count):
    m = len(refound_ids)
    n1 = len(known_ids)
    n2 = new_count + m
    if m == 0:
        return None
    total = n1 * n2 / m
    return total


lines = []
w = lines.append
w('# Coverage of the record')
w('')
w('Made by `python3 research/make-coverage.py` from `content/` and the research logs; do not edit by hand.')
w('')
w('## What the record holds')
w('')
w(f'{len(records)} statements by {len({s["speaker"] for s in records})} speakers. Of these, 76 are the founding record, 36 the December 2026 audit\'s additions, and {len(found_new)} were found by our own searches of stored copies of public news pages in December 2026.')
w('')
w('| group | ' + ' | '.join(PERIODS) + ' | all |')
w('| --- | ' + ' | '.join('---:' for _ in PERIODS) + ' | ---: |')
for g in GROUPS:
    row = [table[(g, p)] for p in PERIODS]
    if sum(row):
        w(f'| {GROUP_NAMES[g]} | ' + ' | '.join(str(x) for x in row) + f' | {sum(row)} |')
w('| all | ' + ' | '.join(str(sum(table[(g, p)] for g in GROUPS)) for p in PERIODS) + f' | {len(records)} |')
w('')
w('## How the searching was done')
w('')
w('Searches ran in waves, each split by speaker group or gap: wave 1 by speaker, event and keyword across the whole period; waves 2 and 3 aimed at the months, events and groups the earlier waves found thin; wave 4 at Europe and Ukraine (the groups furthest from complete) and at Ukrainian-language wordings of statements already on record; wave 5 at members of the U.S. Congress and the thinnest months; wave 6 at each prominent speaker month by month, in the speakers\' languages; waves 7 to 10 at the thinnest months, second-tier speakers, events and outlets; wave 11 where the independent sample below found the record short (other quoted sentences from occasions already on record, Russian officials, Ukraine and the United States in early 2025); wave 12 added the second sample\'s misses; wave 13 searched the groups and periods the second sample found below 90%, by outlet archive and second-rank speaker; wave 14 added the third sample\'s misses; wave 15 searched the cells the third sample found short; wave 16 added the fourth sample\'s misses; wave 17 swept every group month by month the way the outside audit samples, keeping every qualifying statement it met. Queries were in English and in the speakers\' languages (Ukrainian, Russian, German, French, Polish, Italian, Dutch and others). Each log below lists every query, what it surfaced, what was already on record, and what was left out and why (no quotation marks, no named speaker, no date, a rewritten or word-spun page, another remark). The method is `../shared/guides/research-method.md`; the briefs the researchers followed are `research/BRIEF-research.md` and the wave briefs beside it.')
w('')
w('| log | queries |')
w('| --- | ---: |')
for f in logs:
    w(f'| [{os.path.basename(f)}]({os.path.basename(f)}) | {queries[f]} |')
w(f'| all | {sum(queries.values())} |')
w('')
w('A sample of 60 findings was re-checked independently against the stored pages: `research/verification.md`.')
w('')
w('## How complete is it? An independent sample')
w('')
w('The independent audit that will measure recall is not in the repository. Our best estimate of it is an audit of the same kind: three helpers who saw neither the record nor our research logs drew statements from the stored pages the way an outside auditor would (month by month and speaker by speaker, every qualifying statement in the order the results showed it, at most two per speaker per period; `research/audit/BRIEF-sample.md`, their queries in `research/audit/log-sample-*.md`), and each sampled statement was looked up in the record (`research/audit/match.py`, by its words; the few the words did not settle decided by hand in `research/audit/decisions.yaml`). The sample was drawn before wave 11 and measured against the record as it stood then:')
w('')
def recall_table(path):
    """The summary table of a recall file written by research/audit/match.py (the rows before its list of every sampled statement)."""
    rows = [l for l in open(path, encoding='utf-8').read().split('\n') if l.startswith('| ')]
    return rows[: next(i for i, l in enumerate(rows) if l.startswith('| sample id'))]


def write_table(path):
    """Writes a recall file's summary table, and returns it."""
    table = recall_table(path)
    w('\n'.join(table))
    w('')
    return table


write_table('research/audit/recall.md')
w('Its statements that were missing were then added, and wave 11 searched where they pointed: most were another quoted sentence from an occasion the record already had, and Russian statements. Once its misses are added, a sample no longer measures the record, so a second sample was drawn the same way by three other helpers, who saw neither the record, our logs nor the first sample, and came in by other ways (week by week, by outlet, by kind of occasion: `research/audit/BRIEF-sample2.md`). Measured against the record after wave 11 (`research/audit/recall2.md`):')
w('')
table2 = write_table('research/audit/recall2.md')
def cells(path):
    """A recall file's group-period rows: (group, period) → (sampled, on record)."""
    return {(c[0].strip('| '), c[1]): (int(c[2]), int(c[3])) for c in (r.split(' | ') for r in recall_table(path)[2:]) if c[1] != 'all'}


def below_target(path):
    """A recall file's group-period cells under 90%, as "group period (on record of sampled)"."""
    return [f"{g} {p} ({f} of {n})" for (g, p), (n, f) in cells(path).items() if g != 'all groups' and f < 0.9 * n]


def overall_of(table):
    """The 'all' rows of a recall table: recall by group, and 'all groups'."""
    return {c[0].strip('| '): c[4].strip('| ') for c in (r.split(' | ') for r in table) if len(c) == 5 and c[1] == 'all'}


def measured(intro, path):
    """A sample's paragraph and its recall table; returns its recall by group ('all groups' too)."""
    w(intro)
    w('')
    return overall_of(write_table(path))


def wave(findings, text):
    """A wave's paragraph, written once its findings file exists (the log grows with the research)."""
    if os.path.exists(os.path.join(ROOT, findings)):
        w(text)
        w('')


def every_cell_sample(name, intro, path, rest):
    """A sample of every cell: its paragraph and table, then the cells below 90% followed by `rest`; returns its recall by group."""
    overall = measured(intro, path)
    summary(name, overall, f"Below 90% are {', '.join(below_target(path))}{rest}")
    return overall


def short_cells_sample(intro, path, rest):
    """A sample of the cells still short: its paragraph and table, then which cells it found at or above 90% and which below, then `rest`."""
    measured(intro, path)
    met = [f"{g} {p} ({f} of {n})" for (g, p), (n, f) in cells(path).items() if g != 'all groups' and f >= 0.9 * n]
    w(f"At or above 90%: {', '.join(met) or 'none'}. Below: {', '.join(below_target(path)) or 'none'}. {rest}")
    w('')


def summary(name, by_group, rest):
    """The line after a sample's table: its recall over all and by group, then what followed."""
    w(f"By the {name} sample: {by_group.get('all groups', '?')} over all; by group {', '.join(f'{g} {v}' for g, v in by_group.items() if g != 'all groups')}. {rest}")
    w('')


overall2 = overall_of(table2)
summary('second', overall2, "The furthest from complete were Ukraine\'s statements of the first half of 2025 and the U.S. statements of late 2025 and 2026, where the misses were further sentences of interviews and hearings already on record. Its misses were then added too (`research/findings/w12-audit2*.yaml`); one of them, on a Russian-run aggregator\'s page only, was not.")
overall3 = measured('Wave 13 then searched the groups and periods the second sample had found below 90% (Ukraine in 2025, the United States from July 2025, Europe in 2025: `research/BRIEF-wave13.md`), by outlet archive, second-rank speaker and occasion, and added 141 statements. At the same time four more helpers, one per group, drew a third sample without seeing the record, our logs, the earlier samples or the wave\'s brief, and by other ways in again (day by day in the busiest weeks, by outlet, by kind of occasion, by second-rank speaker: `research/audit/BRIEF-sample3.md`). Measured against the record after wave 13 (`research/audit/recall3.md`):', 'research/audit/recall3.md')
summary('third', overall3, "Below 90% were the first half of 2025 for Russia, the United States and Ukraine and 2026 for Europe and the United States, each cell of 7 to 14 statements. Wave 13 itself found only one of the third sample\'s statements: its 141 statements were mostly further sentences of occasions the sample did not draw. Ten of the third sample\'s fourteen misses were then added (`research/findings/w14-audit3.yaml`); four were not (an aggregator\'s rewrite, a fragment known only through a translation and back, two quotes that do not speak of guarantees).")
overall4 = measured('Wave 15 then searched the cells the third sample had found short (Russia and the United States in early 2025, the United States in 2026, Ukrainian second-rank speakers, Europe in 2026: `research/BRIEF-wave15.md`) and added 59 statements, while four more helpers drew a fourth sample by other ways in again (each period read from its end backwards, the group\'s own language first, by setting and second-rank speaker: `research/audit/BRIEF-sample4.md`). The 57 statements its words did not settle were decided by a helper who read both texts and an editor who checked the reasons (`research/audit/decisions4.yaml`). Measured against the record after wave 15 (`research/audit/recall4.md`):', 'research/audit/recall4.md')
overall = overall4
summary('fourth', overall4, "Wave 15 found only two of its 201 statements: waves aimed where one sample pointed find the statements that sample missed, not the next sample\'s. Europe\'s first half of 2025 was the furthest from complete (most misses there were remarks of February and March 2025 by ministers and party leaders the record holds on other days). Twenty-five of its thirty-one misses were added (`research/findings/w16-audit4.yaml`); six were not (a transcript with a speaker label instead of quotation marks, and five known only from a network of pages that republish Russian-language reporting in other languages).")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall5.md')):
    overall = measured('Wave 17 then swept every group month by month the way the outside audit samples, keeping every qualifying statement it met (`research/BRIEF-wave17.md`), while four more helpers drew a fifth sample the audit\'s own way (calendar order, a general query in English and one in the group\'s language each month, then speakers, statements taken in the order the results show them: `research/audit/BRIEF-sample5.md`). Measured against the record after wave 17 (`research/audit/recall5.md`):', 'research/audit/recall5.md')
    summary('fifth', overall, "Below 90% are Europe in the first half of 2025 (13 of 18) and in 2026 (12 of 14), Ukraine in the first half of 2025 (8 of 10) and in 2026 (5 of 6), and Russia in the second half of 2025 (6 of 8). The search budget of the session ran out while the sample was drawn (20 to 70 queries per group instead of 80), so it holds 131 statements, fewer in 2026 than in 2025, and its cells of 2 to 23 statements move by 4 to 50 points per statement. Wave 17 added 56 statements. Ten of the fifth sample\'s thirteen misses were then added (`research/findings/w18-audit5.yaml`); three were not (a page of the network that republishes other outlets\' reports, a fragment known only through a translation and back, a small aggregator\'s translation that names no original outlet).")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall6.md')):
    overall = measured('Wave 19 then went deep instead of wide: several queries per occasion of the first-rank speakers of the cells the fifth sample had found short, with the occasion\'s other themes and a second and third outlet, keeping every further quoted sentence (`research/BRIEF-wave19.md`), while four more helpers drew a sixth sample the audit\'s way with the budget spread evenly over the three periods (`research/audit/BRIEF-sample6.md`). The 46 statements its words did not settle were decided by a helper who read both texts, checked by an editor, who overruled one (`research/audit/decisions6.yaml`). Measured against the record after wave 19 (`research/audit/recall6.md`), our estimate of the record\'s recall until the ninth sample:', 'research/audit/recall6.md')
    summary('sixth', overall, "Below 90% are Ukraine in the first half of 2025 (5 of 8) and in 2026 (8 of 9), the United States in the first half of 2025 (10 of 15) and Russia in the second half of 2025 (14 of 16); Europe reaches 90% or more in every period. Wave 19 added 97 statements (two more were withdrawn on review before publication: one printed without quotation marks, one another outlet\'s longer rendering of a statement on record, now its wording), and only one of the sixth sample\'s 154 statements found on record is one of them, so the record before wave 19 stood at about 89% on this sample: the last four samples put the record at 85–90%, and each new sample meets statements no earlier search met. Ten of the sixth sample\'s eighteen misses were then added (`research/findings/w20-audit6.yaml`); eight were not (two pages of the network that republishes other outlets\' reports, an unattributed mirror of a broadcaster\'s article, four quotes known only through a translation and back, one that speaks of talks\' security parameters rather than guarantees). Wave 21 then searched the second rank of Ukraine and the United States on the first rank\'s occasions (`research/BRIEF-wave21.md`), where the sixth sample\'s misses were, and found both close to exhausted for what the stored pages show: 10 new statements (six more left out on review: transcripts without quotation marks, an unattributed copy, one off the subject) against 83 found again; a search for Ukrainian wordings gave six Ukrainian officials\' statements their own words.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall7.md')):
    measured('The sixth sample\'s cells below 90% held 8 to 16 statements each, too few to tell a short cell from a small one, so three more helpers drew a seventh sample of those four cells only, the same way (`research/audit/BRIEF-sample7.md`; ten unsettled matches decided in `research/audit/decisions7.yaml`). Measured against the record after wave 21 (`research/audit/recall7.md`):', 'research/audit/recall7.md')
    sixth, seventh = cells('research/audit/recall6.md'), cells('research/audit/recall7.md')
    pooled = {k: (sixth.get(k, (0, 0))[0] + n, sixth.get(k, (0, 0))[1] + f) for k, (n, f) in seventh.items() if k[0] != 'all groups'}
    w("Taken with the sixth sample, the four cells stand at: " + ', '.join(f"{g} {p} {f} of {n} ({100 * f / n:.0f}%)" for (g, p), (n, f) in pooled.items()) + ". "
      "The first half of 2025 for Ukraine and the United States is short, not just small; the seventh sample\'s three misses there were a remark by the deputy head of the President\'s Office on a day the record did not hold, Trump\'s words at the Oval Office meeting of 28 February, and a fragment known only through a translation and back. Four of its five misses were then added (`research/findings/w23-audit7.yaml`); the fifth, the fragment, was not.")
    w('')
if os.path.exists(os.path.join(ROOT, 'research/audit/recall8.md')):
    measured('Wave 25 then went through those three cells day by day (`research/BRIEF-wave25.md`): for each day the group\'s officials spoke, every official who spoke that day, in English and for Ukraine in Ukrainian, and added 47 statements, while three more helpers drew an eighth sample of the three cells the sixth and seventh samples pooled had found short (Ukraine in the first half of 2025 and in 2026, the United States in the first half of 2025), the same way and without seeing the wave (`research/audit/BRIEF-sample8.md`; seven unsettled matches decided in `research/audit/decisions8.yaml`). Measured against the record after wave 25 (`research/audit/recall8.md`):', 'research/audit/recall8.md')
    wave25 = {x['id'] for p in glob.glob(os.path.join(ROOT, 'research/findings/w25-*.yaml')) if not p.endswith('-extra-sources.yaml') for x in yaml.safe_load(open(p, encoding='utf-8')) or []}
    lines8 = [l for l in open(os.path.join(ROOT, 'research/audit/recall8.md'), encoding='utf-8').read().split('\n') if l.startswith('| ')]
    rows8 = [l.split(' | ') for l in lines8[next(i for i, l in enumerate(lines8) if l.startswith('| sample id')) + 2:]]  # every sampled statement: id, group, period, on record as, how
    by_wave = [c for c in rows8 if c[3] in wave25]
    found8 = [c for c in rows8 if c[3] != '—']
    w(f"{len(by_wave)} of the {len(found8)} statements it found on record are wave 25\'s, so the wave moved these cells from {100 * (len(found8) - len(by_wave)) / len(rows8):.0f}% to {100 * len(found8) / len(rows8):.0f}% on this sample. With 13 to 15 statements a cell, one statement still moves a cell by seven or eight points. Two of its three misses were then added (`research/findings/w26-audit8.yaml`); the third, found only on an undated aggregator\'s copy that names no source, was not.")
    w('')
if os.path.exists(os.path.join(ROOT, 'research/audit/recall9.md')):
    overall = every_cell_sample('ninth', 'Then four more helpers drew a ninth sample of every group and period, the way the sixth was drawn (`research/audit/BRIEF-sample9.md`), to measure the whole record after wave 25 and the eighth sample\'s misses; a helper who read both texts decided the 33 matches the words did not settle (`research/audit/decisions9.yaml`). Measured against that record (`research/audit/recall9.md`), our estimate of the record\'s recall until the tenth sample:', 'research/audit/recall9.md', "; a cell of 6 to 25 statements moves by 4 to 17 points per statement. Five of its eleven misses were then added (`research/findings/w28-audit9.yaml`); six were not (two found only on pages of the network that republishes other outlets\' reports or an unattributed copy of them, an aggregator\'s rewritten copy, an embedded post without quotation marks, a page that prints no year, and a fragment known only through a translation and back).")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall10.md')):
    overall = every_cell_sample('tenth', 'Wave 29 then went speaker by speaker through the second rank of the four cells the ninth sample had left below 90% (Ukraine in both halves of 2025, Europe in 2026, the United States in the first half of 2025: `research/BRIEF-wave29.md`) and added 19 statements (four more by Ukrainian officials are held back until their Ukrainian words are found, so that the Ukrainian edition keeps four in five Ukrainian officials\' statements in their own words: `research/findings/w29-held-for-uk.yaml`; 15 more from the UK Parliament\'s records, NATO\'s transcript and an MP\'s website were left out on review: printed without quotation marks; five more by speakers who held no office, one from an unsigned rewrite, one from an unattributed copy). At the same time four more helpers drew a tenth sample of every group and period the ninth\'s way, without seeing the wave (`research/audit/BRIEF-sample10.md`); a helper who read both texts decided the 34 matches the words did not settle (`research/audit/decisions10.yaml`). Measured against the record after wave 29 (`research/audit/recall10.md`), our estimate of the record\'s recall until the thirteenth sample:', 'research/audit/recall10.md', ". Two of its thirteen misses were then added (`research/findings/w30-audit10.yaml`); eleven were not: four fragments of two to five words inside a report\'s paraphrase, two known only through a translation and back, a press office\'s statement in the third person, a garbled translation of a post, and three found only on rewriting or summarising sites or an unattributed copy. A further report wave 29 gave for a statement it took to be on record, which the build refused, brought to light one finding of wave 10 that had never been published; it is now (`research/findings/w30-recovered.yaml`).")
wave('research/findings/w32-europe-h1.yaml', "Wave 32 then went appearance by appearance through Europe\'s 2025, where the tenth sample\'s misses were other answers of leaders\' press conferences, doorsteps and interviews on days the record covers, and through Ukraine\'s first half of 2025, the weakest cell over the ninth and tenth samples together (17 of 21): `research/BRIEF-wave32.md`. It added 36 statements (two more were left out on review: an unattributed copy of another outlet\'s report, and a line that only names guarantees as a subject of talks to come). Two searches for Ukrainian wordings (`research/log-w31-uk-wordings.md`, `research/log-w32-uk-wordings.md`) gave three more Ukrainian officials\' statements their own words, which let one of the four statements held back after wave 29 be published (`research/findings/w33-released.yaml`); three still wait for their Ukrainian words. No sample has yet measured the record after wave 32.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall11.md')):
    measured('Two more helpers then drew an eleventh sample of those short cells only (Europe in both halves of 2025, Ukraine in the first half of 2025), the same way and without seeing wave 32 (`research/audit/BRIEF-sample11.md`); a helper who read both texts decided the 18 matches the words did not settle (`research/audit/decisions11.yaml`). Measured against the record after wave 32 (`research/audit/recall11.md`):', 'research/audit/recall11.md')
    eleventh = cells('research/audit/recall11.md')
    w(f"Europe stands at {eleventh[('Europe, NATO, EU, Canada', '2025-H1')][1]} of {eleventh[('Europe, NATO, EU, Canada', '2025-H1')][0]} in the first half of 2025 and {eleventh[('Europe, NATO, EU, Canada', '2025-H2')][1]} of {eleventh[('Europe, NATO, EU, Canada', '2025-H2')][0]} in the second; Ukraine\'s first half of 2025 at {eleventh[('Ukraine', '2025-H1')][1]} of {eleventh[('Ukraine', '2025-H1')][0]}, still the shortest cell. Of its eleven misses, five the record\'s rules leave out (pages that republish other outlets\' reports in translation, a translation and back, an unattributed copy, a guest post known through two translations); three were then added (`research/findings/w34-audit11.yaml`); three by Ukrainian officials wait for their Ukrainian words.")
    w('')
wave('research/findings/w35-ukraine-janfeb.yaml', "Wave 35 then went speaker by speaker through Ukraine\'s first half of 2025, the one cell the ninth to eleventh samples together still put clearly short (27 of 35), querying each speaker\'s Ukrainian words first (`research/BRIEF-wave35.md`). It found 18 statements and few by the second rank: the stored pages hold little of their words on guarantees before August 2025. Three were left out on review (a copy that drops the quote\'s first letter, a set-off block without quotation marks on an undated copy, a line that does not speak of guarantees). Ten were published, seven of them in their own Ukrainian words; five found only in English, or in one case only in Russian, are held back so that the Ukrainian edition keeps four in five Ukrainian officials\' statements in their own words (`research/findings/w35-held-for-uk.yaml`). A further search for the Ukrainian words of Ukrainian officials\' statements on record (`research/log-w35-uk-wordings.md`, 76 queries) found none: the pages that would hold them are stored only as far as their opening lines, or in Russian.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall12.md')):
    measured('Two more helpers drew a twelfth sample of Europe and Ukraine in the first half of 2025 the same way, without seeing wave 35 (`research/audit/BRIEF-sample12.md`); a helper who read both texts decided the 15 matches the words did not settle (`research/audit/decisions12.yaml`). Measured against the record after wave 35, before its own misses were added (`research/audit/recall12.md`):', 'research/audit/recall12.md')
    twelfth = cells('research/audit/recall12.md')
    w(f"Europe\'s first half of 2025 stands at {twelfth[('Europe, NATO, EU, Canada', '2025-H1')][1]} of {twelfth[('Europe, NATO, EU, Canada', '2025-H1')][0]} and Ukraine\'s at {twelfth[('Ukraine', '2025-H1')][1]} of {twelfth[('Ukraine', '2025-H1')][0]}. Two of its eight misses were added at once (`research/findings/w36-audit12.yaml`). Of the other six, three were read only on a copy of another outlet\'s report, in a translation of a translation, or on a page without a date whose day another report states: the record had left such statements out since the first waves, and the samples kept counting them as misses.")
    w('')
wave('research/findings/w37-admitted.yaml', "From wave 37 the record admits them, labelled, as `sources/README.md` rules 5 and 6 say: a faithful copy is cited as the site read, with the original it names; a translation of a translation is published with its wording marked as a re-translation; a page without a date is used when a dated report of the same occasion gives the day (`research/BRIEF-research.md`, \"What counts\"). The laundering networks, rewriting and summarising sites, garbled text and fragments of a few words inside a paraphrase stay out. Seven of the sixth to twelfth samples\' misses were admitted under this rule (`research/findings/w37-admitted.yaml`, `research/findings/w37-admitted-b.yaml`); four by Ukrainian officials wait for their Ukrainian words.")
wave('research/findings/w38-europe.yaml', "Wave 38 then went back through the earlier waves\' logs for the statements they had left out only because they were read on a copy or in a translation of a translation (`research/BRIEF-wave38.md`), searched each again for its excerpt, and added 24 (20 European, three Russian and U.S., one Ukrainian in its own words; two more were left out on review: a date that rested on a laundering network\'s page, and words that do not speak of guarantees). Most such entries in the logs are now on record under a better report, or stay out for a reason that still holds. At the same time a helper read every speaker\'s same-day settings and found 157 occasions described in two or more wordings by different rounds: their 268 statements now carry one wording per occasion in both editions (`research/settings-merge.yaml`, `research/migrations/merge-settings.py`), so that shifts of position are counted between occasions, not within one.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall13.md')):
    overall = every_cell_sample('thirteenth', 'Four more helpers then drew a thirteenth sample of every group and period the way the tenth was drawn (`research/audit/BRIEF-sample13.md`), without seeing the record or waves 35 to 38; a helper who read both texts decided the 29 matches the words did not settle (`research/audit/decisions13.yaml`). Measured against the record after wave 38 (`research/audit/recall13.md`)' + (', our estimate of the record\'s recall until the fourteenth sample:' if os.path.exists(os.path.join(ROOT, 'research/audit/recall14.md')) else ', this is our newest estimate of the record\'s recall:'), 'research/audit/recall13.md', ". Seven of its twelve misses were then added (`research/findings/w39-audit13.yaml`); the other five are Ukrainian officials\' statements found only in English, which wait for their Ukrainian words.")
wave('research/findings/w40-uk-leads.yaml', "Wave 40 then looked for the Ukrainian words of ten statements by Ukrainian officials that the eleventh to thirteenth samples had found only in English (`research/BRIEF-wave40.md`, 96 queries). One was found in Ukrainian outlets\' words (Yermak\'s interview with Corriere della Sera), four only in English, one was already on record, and four on no page the record\'s rules admit. The stored Ukrainian pages of the other occasions hold only their opening lines. Yermak\'s and Podolyak\'s of 28 February 2025 were published; three found only in English wait in `research/findings/w40-held-for-uk.yaml`.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall14.md')):
    overall = every_cell_sample('fourteenth', 'Four more helpers then drew a fourteenth sample of every group and period the same way (`research/audit/BRIEF-sample14.md`), without seeing the record or wave 40; a helper who read both texts decided the 31 matches the words did not settle (`research/audit/decisions14.yaml`). Measured against the record after wave 40 (`research/audit/recall14.md`)' + (', our estimate of the record\'s recall until the fifteenth sample:' if os.path.exists(os.path.join(ROOT, 'research/audit/recall15.md')) else ', this is our newest estimate of the record\'s recall:'), 'research/audit/recall14.md', ". Ten of its eleven misses were then added (`research/findings/w41-audit14.yaml`), four of the five by Ukrainian officials in the first half of 2025 in Ukrainian words; Yermak\'s remark to Axios of November 2025, found only in English, waits for its Ukrainian words.")
wave('research/findings/w42-europe-h1.yaml', "Wave 42 then went through the two cells the fourteenth sample had left below 90% by kind of source (`research/BRIEF-wave42.md`, about 195 queries): Ukraine\'s first half of 2025 in Ukrainian-language pages (official readouts, the Rada, the telethon, Ukrainian outlets\' translations of foreign interviews), and Europe\'s first half of 2025 meeting by meeting through the doorsteps of NATO and EU meetings, in the speakers\' own languages. It added 30 statements: 25 European (most in Dutch, German, Italian, Spanish and Polish outlets, since English reports of those meetings were nearly all on record) and five by Ukrainian officials in Ukrainian words; two more found only in Russian are held (`research/findings/w42-held-for-uk.yaml`). The Ukrainian words it found gave the Ukrainian edition\'s line room for two statements found only in English, both misses of earlier samples in Ukraine\'s first half of 2025 (`research/findings/w43-released.yaml`). Official transcripts of doorsteps and briefings are stored, but without quotation marks, and the Ukrainian ministries\' briefing transcripts only as far as their openings.")
wave('research/findings/w44-europe-h2.yaml', "Wave 44 repeated the doorsteps sweep for Europe\'s second half of 2025 and for 2026 (`research/BRIEF-wave42.md`, last section; about 140 queries). It added 17 statements, seven for July to December 2025 and ten for January 2026 (German parliamentarians\' reactions to the Paris summit, Portugal\'s prime minister, a Latvian committee chair), most in the words the speakers used; about 114 qualifying remarks it met were already on record. The stored pages hold no European statement on guarantees from March 2026, and official transcripts of the NATO and EU ministerials of autumn 2025 and early 2026 carry no quotation marks.")
wave('research/findings/w45-released.yaml', "Wave 45 looked again for the Ukrainian words of Ukrainian officials\' statements known only in English or Russian, the held ones first, then every statement on the worklist (`research/BRIEF-wave45.md`, two helpers, about 140 queries, each avoiding the earlier logs\' queries). It found them for seven: three held statements (UNN\'s Ukrainian rendering of the AP interview of 1 February 2025, and Lenta.ua\'s report, citing Interfax-Ukraine, of the video conference of 17 February 2025) and four on record. One more, a local government site\'s copy of a presidential post, was left out on review: its excerpt shows neither quotation marks nor the speaker\'s name. That gave the Ukrainian edition\'s line room to publish the three and six more held statements known only in English or Russian, all from Ukraine\'s first half of 2025 (`research/findings/w45-released.yaml`). For most other statements the Ukrainian pages are stored only up to a line before the words, or only in Russian.")
wave('research/findings/w46-europe-h1.yaml', "Wave 46 went through the first half of 2025 of Europe and Ukraine beyond the doorsteps: national parliaments, national newspapers, radio and television, party leaders, ambassadors and the second rank, in the speakers\' own languages first (`research/BRIEF-wave46.md`, two helpers, about 195 queries). For Europe it added 33 statements (22 from February 2025: German, Dutch, Italian, Norwegian and Finnish party leaders and ministers around the Munich conference and the Paris meeting; nine from March; two from May) and nine further reports of statements on record, and met about 75 already on record. For Ukraine it added six, two of them in Ukrainian words; of the four in other languages, two spoken in German and English are published, and two known only in French and Russian are held (`research/findings/w46-held-for-uk.yaml`). Parliamentary debates are stored mostly as transcripts without quotation marks, and January and April to June 2025 hold little for either group.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall15.md')):
    overall = every_cell_sample('fifteenth', 'Four more helpers then drew a fifteenth sample of every group and period the same way (`research/audit/BRIEF-sample15.md`), without seeing the record or waves 45 and 46; a helper who read both texts decided the 34 matches the words did not settle (`research/audit/decisions15.yaml`). Measured against the record after waves 45 and 46, before its own misses were added (`research/audit/recall15.md`), this is our newest estimate of the record\'s recall:', 'research/audit/recall15.md', ", each one or two statements short of it in a cell of six to seventeen. All eight of its misses were then added (`research/findings/w47-audit15.yaml`).")
wave('research/findings/w49-europe.yaml', "Wave 49 then went occasion by occasion through four of the cells the fifteenth sample had left one or two statements short (`research/BRIEF-wave49.md`, three helpers): Russia in the first half of 2025 and in 2026, Europe in 2026, the United States in the second half of 2025. The search service\'s budget for the session ran out after about 150 of its queries. It found 20 new statements and kept 8: four Russian (three passages of Lavrov\'s interview with the Defence Ministry\'s newspaper of 1 March 2025, Naryshkin in January 2026) and four European (Starmer and Healey in the Commons on 7 January 2026 as the press quoted them, Merz in the Bundestag in December 2025, Szijjártó on 7 January 2026). Twelve were left out on review because the page prints the words in a transcript or a reprinted post, without quotation marks (`research/findings/w49-left-out.yaml`): the House of Commons record, two television transcripts and a newspaper\'s question-and-answer interview. It met about 106 statements already on record, and added 14 further reports of statements on record.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall16.md')):
    short_cells_sample('Four more helpers then drew a sixteenth sample of the five cells the fifteenth had found short or had drawn few statements from, the same way and without seeing the record or wave 49 (`research/audit/BRIEF-sample16.md`); a helper who read both texts decided the matches the words did not settle (`research/audit/decisions16.yaml`). Measured against the record after the fifteenth sample\'s misses and wave 49, before its own misses were added (`research/audit/recall16.md`):', 'research/audit/recall16.md', "Six of its misses were then added (`research/findings/w50-audit16.yaml`); a question-and-answer transcript without quotation marks was not, and a Ukrainian official\'s remark known only in French waits for the Ukrainian edition\'s line.")
wave('research/findings/w51-europe-jan.yaml', "Wave 51 then went day by day through the two cells the sixteenth sample had still found below 90% (`research/BRIEF-wave51.md`, four helpers, about 314 queries): Europe in 2026 (January, then February on) and the United States from July to December 2025 (a quarter each). It met about 165 statements already on record and found 26 new ones, of which it kept 22: eleven European of January 2026 (Macron\'s France 2 interview and a line of his press conference on 6 January, Merz twice, von der Leyen\'s post on X, Romania\'s president four times, Stubb\'s New Year speech), four of February (Rutte at his Kyiv press conference, Macron at Munich, an Italian defence under-secretary twice), and seven American (Trump\'s Daily Caller and Fox interviews and a White House answer on the time limit of an Article 5-like offer, the press secretary on 19 August, the NATO ambassador at Bled and on Fox, the Congressional Ukraine Caucus on the 28-point plan). Four were left out (`research/findings/w51-left-out.yaml`): a quoted clause that says nothing without the report\'s own words, and three remarks known only from one undated copy site. Many answers of the cells\' occasions are stored only as transcripts without quotation marks, or cut off before the guarantee passage, and no European page on guarantees is stored from March 2026 on.")
if os.path.exists(os.path.join(ROOT, 'research/audit/recall17.md')):
    short_cells_sample('Two more helpers then drew a seventeenth sample of those two cells, the same way and without seeing the record or wave 51 (`research/audit/BRIEF-sample17.md`); a helper who read both texts decided the matches the words did not settle (`research/audit/decisions17.yaml`). Measured against the record after the sixteenth sample\'s misses and wave 51, before its own misses were added (`research/audit/recall17.md`):', 'research/audit/recall17.md', "Its two misses were then added (`research/findings/w52-audit17.yaml`). The United States\' helper found 17 qualifying statements for the half-year, not 20: the two-per-speaker cap filled early, and most December remarks are quoted from officials who are not named.")
wave('research/findings/w53a-uk-extra-sources.yaml', "Wave 53 looked once more for the Ukrainian words of the four held statements and of the 106 on record by Ukrainian officials known only in other languages (`research/BRIEF-wave53.md`, two helpers, 99 queries, avoiding wave 45\'s). It found none that qualifies: for most, only Russian, Polish, Italian or Georgian copies are stored, and the Ukrainian pages that carry the remark (a reprinted post of the foreign minister after Jeddah, two reports of the presidential chief of staff\'s Corriere interview, a report of the Paris summit of 6 January 2026) are stored only up to a line before the words. The four statements stay held, and the Ukrainian edition\'s line stays at 80.1%.")
wave('research/findings/w54-congress-h1.yaml', "Wave 54 went speaker by speaker through two seams the samples\' misses pointed to (`research/BRIEF-wave54.md`, three helpers, 213 queries): members of the U.S. Congress, since the sixteenth and seventeenth samples each missed a House member\'s Sunday-show answer, and Russia in the first half of 2025, at exactly 90% in the sixteenth sample. It met 65 statements already on record and added 16: six by members of Congress (Graham twice at the Munich panel with Zelensky and once to Politico, Klobuchar on ABC, Bacon\'s op-ed on the Budapest Memorandum, and Schumer, new to the record, known only in a Persian translation) and ten Russian (further answers of the Kremlin\'s briefings of 17 and 20 February, 19 March and 23 April 2025 on European troops, a further passage of Grushko\'s Izvestia interview, Karasin, Zakharova and Ambassador Polishchuk). One was left out (`research/findings/w54-left-out.yaml`): a congressman\'s words on whether the minerals agreement needed ratification, not on guarantees. Most Sunday-show answers and floor speeches are stored only as transcripts without quotation marks.")
if all(os.path.exists(os.path.join(ROOT, f'research/audit/recall{n}.md')) for n in (15, 16, 17)):
    # Each cell at the newest sample that measured it: the fifteenth measured every cell, the
    # sixteenth and seventeenth only the cells still short, after the misses before them were added.
    newest = {}
    for n in (15, 16, 17):
        for cell, counts in cells(f'research/audit/recall{n}.md').items():
            if cell[0] != 'all groups':
                newest[cell] = (n, *counts)
    w('Each group and period at the newest sample that measured it (the fifteenth measured every cell; the sixteenth and seventeenth only the cells still below 90%, each after the misses of the sample before it were added):')
    w('')
    w('| group | period | sample | sampled | on record | recall |')
    w('| --- | --- | ---: | ---: | ---: | ---: |')
    for (g, p), (n, sampled, found) in sorted(newest.items()):
        w(f'| {g} | {p} | {n} | {sampled} | {found} | {100 * found / sampled:.0f}% |')
    w('')
    low = [f'{g} {p}' for (g, p), (n, sampled, found) in sorted(newest.items()) if found < 0.9 * sampled]
    w(f"Below 90% at its newest measure: {', '.join(low) or 'none'}.")
    w('')
w('')
w('## A second estimate: capture and recapture')
w('')
w('An older estimate, kept for comparison, made by capture and recapture: the 112 statements known before our searches are one sample of the statements that exist; our searches are another; how many of the known ones the searches found again says how much of the whole the searches see.')
w('')
total = estimate(known, refound, len(found_new))
w(f'- Known before our searches: {len(known)}. Found again by our searches (named in a log): {len(refound)}. New statements our searches found: {len(found_new)}.')
if total:
    w(f'- Estimated statements that exist in the stored pages: about {total:.0f}. The record holds {len(records)}: an estimated recall of about {100 * len(records) / total:.0f}%.')
w('')
w('| group | known | found again | new | estimated total | on record | estimated recall |')
w('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for g in GROUPS:
    kg = {k for k, c in known.items() if countries.get(c, 'other') == g}
    if not kg:
        continue
    rg = kg & refound
    ng = len([s for s in found_new if group_of(s) == g])
    on = len([s for s in records if group_of(s) == g])
    t = estimate(kg, rg, ng)
    w(f'| {GROUP_NAMES[g]} | {len(kg)} | {len(rg)} | {ng} | {f"{t:.0f}" if t else "n/a"} | {on} | {f"{100 * on / t:.0f}%" if t else "n/a"} |')
w('')
# The later waves' own tallies (from their logs' "already on record" columns, counted by the
# researchers): of the statements a wave's searches surfaced, how many the record already held.
WAVE_TALLIES = [
    ('wave 4, Europe', 44, 130),
    ('wave 4, Ukraine', 50, 63),
    ('wave 5, United States', 37, 36),
    ('wave 5, thin months', 31, 34),
    ('wave 6, Western Europe, EU, NATO, Canada', 84, 52),
    ('wave 6, Central, Eastern and Northern Europe', 62, 65),
    ('wave 6, Ukraine', 69, 46),
    ('wave 6, United States and Russia', 81, 34),
    ('wave 7, Europe, NATO, EU, Canada', 160, 139),
    ('wave 7, Ukraine', 54, 20),
    ('wave 7, Russia and the United States', 74, 34),
    ('wave 8, Europe (thin months)', 114, 35),
    ('wave 8, Ukraine and Russia (thin months)', 106, 20),
    ('wave 9, Europe, NATO, EU, Canada (by event, outlet, second-tier speaker)', 91, 106),
    ('wave 9, Ukraine', 55, 48),
    ('wave 9, United States and Russia', 99, 31),
    ('wave 10, Western Europe, EU, NATO, Canada (the political field)', 88, 38),
    ('wave 10, Central, Eastern and Northern Europe', 62, 41),
    ('wave 10, Ukraine', 42, 38),
    ('wave 11, Europe, NATO, EU, Canada (2025, occasion by occasion)', 136, 67),
    ('wave 11, Russia', 84, 23),
    ('wave 11, Ukraine and the United States (January–June 2025)', 44, 34),
    ('wave 13, Ukraine (January–June 2025)', 20, 21),
    ('wave 13, Ukraine (July–December 2025)', 80, 34),
    ('wave 13, United States (July 2025 on)', 70, 18),
    ('wave 13, Europe, NATO, EU, Canada (2025)', 147, 68),
    ('wave 15, Russia (above all January–June 2025)', 66, 18),
    ('wave 15, United States (January–June 2025 and 2026)', 70, 16),
    ('wave 15, Ukraine (2025, second-rank speakers)', 69, 12),
    ('wave 15, Europe, NATO, EU, Canada (2026)', 40, 13),
    ('wave 17, Europe, NATO, EU, Canada (January–June 2025, month by month)', 26, 18),
    ('wave 17, Europe, NATO, EU, Canada (July 2025 on, month by month)', 85, 16),
    ('wave 17, United States and Russia (month by month)', 95, 10),
    ('wave 17, Ukraine (month by month; found again estimated by the researcher)', 52, 12),
    ('wave 19, Europe, NATO, EU, Canada (January–June 2025, occasion by occasion)', 80, 56),
    ('wave 19, Europe, NATO, EU, Canada (2026, occasion by occasion)', 57, 22),
    ('wave 19, Ukraine (January–June 2025 and 2026; found again estimated by the researcher)', 75, 15),
    ('wave 19, Russia (July 2025 on) and the United States (January–June 2025; found again estimated)', 66, 6),
    ('wave 21, United States (second rank, January–December 2025)', 38, 5),
    ('wave 21, Ukraine (second rank, January–June 2025 and 2026; found again estimated)', 45, 5),
    ('wave 25, Ukraine (January–March 2025, day by day)', 24, 15),
    ('wave 25, Ukraine (April–June 2025, day by day)', 8, 3),
    ('wave 25, Ukraine (2026, day by day)', 47, 17),
    ('wave 25, United States (January–March 2025, day by day)', 33, 10),
    ('wave 25, United States (April–June 2025, day by day)', 13, 2),
    ('wave 29, Ukraine (January–June 2025, second rank and occasion by occasion)', 14, 10),
    ('wave 29, Ukraine (July–December 2025, second rank and occasion by occasion; found again estimated)', 49, 9),
    ('wave 29, Europe, NATO, EU, Canada (2026, speaker by speaker)', 39, 2),
    ('wave 29, United States (January–June 2025, speaker by speaker)', 22, 2),
    ('wave 32, Europe, NATO, EU, Canada (January–June 2025, appearance by appearance; found again estimated)', 55, 21),
    ('wave 32, Europe, NATO, EU, Canada (July–December 2025, appearance by appearance; found again estimated)', 60, 9),
    ('wave 32, Ukraine (January–June 2025, appearance by appearance)', 17, 6),
    ('wave 35, Ukraine (January–February 2025, second rank, in Ukrainian first; found again estimated)', 25, 9),
    ('wave 35, Ukraine (March–April 2025, second rank, in Ukrainian first; found again estimated)', 24, 6),
    ('wave 35, Ukraine (May–June 2025, second rank, in Ukrainian first)', 5, 3),
    ('wave 42, Ukraine (January–March 2025, Ukrainian-language pages by kind of source)', 14, 3),
    ('wave 42, Ukraine (April–June 2025, Ukrainian-language pages by kind of source)', 15, 4),
    ('wave 42, Europe, NATO, EU, Canada (January–June 2025, doorsteps of NATO and EU meetings)', 47, 25),
    ('wave 44, Europe, NATO, EU, Canada (July–December 2025, doorsteps of NATO and EU meetings)', 64, 7),
    ('wave 44, Europe, NATO, EU, Canada (January–March 2026, doorsteps and reactions)', 50, 10),
    ('wave 46, Europe, NATO, EU, Canada (January–June 2025, parliaments, national press and broadcasters, party leaders; found again estimated)', 75, 33),
    ('wave 46, Ukraine (January–June 2025, Ukrainian media interviews, ambassadors, the Rada)', 36, 6),
    ('wave 49, Russia (January–June 2025 and 2026, occasion by occasion)', 32, 4),
    ('wave 49, Europe, NATO, EU, Canada (January–March 2026, occasion by occasion; found again estimated)', 30, 4),
    ('wave 49, United States (July–December 2025, occasion by occasion)', 44, 0),
    ('wave 51, Europe, NATO, EU, Canada (January 2026, day by day; found again estimated)', 45, 15),
    ('wave 51, Europe, NATO, EU, Canada (February 2026 on, week by week; found again estimated)', 25, 4),
    ('wave 51, United States (July–September 2025, day by day)', 57, 4),
    ('wave 51, United States (October–December 2025, day by day; found again estimated)', 40, 3),
    ('wave 54, United States (Congress, January–June 2025)', 13, 5),
    ('wave 54, United States (Congress, July 2025 on)', 17, 1),
    ('wave 54, Russia (January–June 2025, speaker by speaker)', 35, 10),
]
w('A second, plainer check: of the statements each later wave\'s searches surfaced, the share the record already held before that wave. If the record were nearly complete, most of what a new search finds would already be on it.')
w('')
w('| wave | already on record | new | share already on record |')
w('| --- | ---: | ---: | ---: |')
for name, again, new in WAVE_TALLIES:
    w(f'| {name} | {again} | {new} | {100 * again / (again + new):.0f}% |')
w('')
w('By this check the record held well under the capture-recapture figure before waves 4 and 5, and a little more than half of what wave 6 surfaced. Wave 7 found the United States (28 found again for 1 new) and Ukraine (54 for 20) close to exhausted for what these queries reach, while Europe still gave nearly one new statement for every one found again and Russian lawmakers remain a seam. Wave 8, aimed at the thinnest months, found three to five statements already on record for every new one in every group. Waves 9 and 10 turned to speakers the record lacked (party leaders, committee chairs, ambassadors, ministers on national radio and television): there Europe and Ukraine still gave about one new statement for every one or two found again, so both groups are further from complete than the capture-recapture figure says, while the United States and Russia gave three found again for every new one. The figures above are upper bounds.')
w('')
w('The estimate leans optimistic: remarks that many outlets carried are both more likely to be in the founding record and more likely to be found again, so the statements nobody has found yet are probably more than it counts, and with a few dozen recaptures per group its error is wide. Read it as a direction: the groups and periods with few statements in the first table are where to search next. It also cannot rise above the share of the known statements our searches found again (for Europe 28 of 35, 80%), however many new statements the searches add, and it put Russia at 100% where the independent sample found 67%: the sample above is the measure to report.')
w('')
w('## Ukrainian wordings')
w('')
ua = [s for s in records if group_of(s) == 'ukraine']
ua_uk = [s for s in ua if 'uk' in wording_languages[s['id']]]
ua_spoken_uk = [s for s in ua if s.get('spokenLanguage') in ('uk', None)]
ua_spoken_uk_with = [s for s in ua_spoken_uk if 'uk' in wording_languages[s['id']]]
others_uk = [s for s in records if group_of(s) != 'ukraine' and 'uk' in wording_languages[s['id']]]
w(f'- Statements by Ukrainian officials with a Ukrainian wording on record: {len(ua_uk)} of {len(ua)} ({100 * len(ua_uk) / len(ua):.0f}%). Of those not known to have been spoken in another language (an interview given in English, say), {len(ua_spoken_uk_with)} of {len(ua_spoken_uk)} ({100 * len(ua_spoken_uk_with) / len(ua_spoken_uk):.0f}%).')
w(f'- Other speakers\' statements with a Ukrainian wording (an outlet\'s translation): {len(others_uk)}.')
w('')
w('## Leads not yet on record')
w('')
w('- Twelve wordings once listed under founding statements turned out to be other remarks by the same speaker (Rubio, Rutte, Vance, Witkoff, Macron and Zelensky among them); they were removed from those statements with corrections, and are leads for statements of their own once their passages are found.')
w('- Each log ends with what it left out and what the stored pages seem to lack.')
w('')
for f in logs:
    w('---')
    w('')
    # Each log's headings move one level down under this file's title.
    w(re.sub(r'^(#+) ', lambda m: '#' + m.group(1) + ' ', log_text[f], flags=re.M))
    w('')
open('research/coverage.md', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(f"research/coverage.md: {len(records)} statements, {sum(queries.values())} queries, recall on the newest sample of every cell {overall.get('all groups', '?')}")
