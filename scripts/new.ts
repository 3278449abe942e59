/**
 * `npm run new -- <report URL>`: the first step of adding a news report. If the report is
 * already on file, says which file (an address with or without `www.`, `https` or a trailing
 * slash is the same report). Otherwise creates `content/articles/<slug>.md`, named from the
 * address, with a skeleton to fill in: the report's facts and one statement with every field,
 * each commented. `npm run validate` then says exactly what is still missing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV } from '../src/env.ts';
import { parseFrontmatterFile } from '../src/lib/content/frontmatter.ts';
import { articleSlugFromUrl } from '../src/lib/content/slugs.ts';

const input = process.argv[2];
if (!input) {
	console.error('Give the report’s address: npm run new -- https://example.com/the-report');
	process.exit(1);
}
let url: URL;
try {
	url = new URL(input);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
} catch {
	console.error(`"${input}" is not a web address; give the full address, starting with https://`);
	process.exit(1);
}

/** The same report whatever the scheme, `www.`, trailing slash or tracking parameters. */
function sameReport(address: string): string {
	const u = new URL(address);
	for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid)/.test(key)) u.searchParams.delete(key);
	return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

const dir = join(ENV.contentDir, 'articles');
const wanted = sameReport(url.href);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
	const parsed = parseFrontmatterFile(readFileSync(join(dir, name), 'utf8'));
	if (!parsed.ok || typeof parsed.data.url !== 'string') continue;
	try {
		if (sameReport(parsed.data.url) === wanted) {
			const ids = (parsed.data.statements as { id?: string }[]).map((s) => s.id).join(', ');
			console.log(`This report is already on file: ${join(dir, name)} (statements: ${ids}).`);
			console.log('Add a statement to its list, or list a statement recorded elsewhere by its id with this report’s own wording (quotedAs, wording, evidence).');
			process.exit(0);
		}
	} catch {
		// A malformed address elsewhere is npm run validate's to report, not ours.
	}
}

let slug = articleSlugFromUrl(url.href);
for (let n = 2; existsSync(join(dir, `${slug}.md`)); n++) slug = `${articleSlugFromUrl(url.href)}-${n}`;
const file = join(dir, `${slug}.md`);
const today = new Date().toISOString().slice(0, 10);
const skeleton = `---
# One news report. Fill in what the page shows; leave null what it does not (never guess).
url: ${url.href}
outlet: ${url.hostname.replace(/^www\./, '')}   # the site's name as readers know it
title: null        # the headline exactly as the page shows it
author: null
published: null    # YYYY-MM-DD shown on the page (or in its address)
# If the page is a copy of another outlet's report (a Reuters credit, a New York Times byline), name it:
# original: { outlet: Reuters, title: null, published: null, relation: copy }   # relation: copy | rewrite | citing
statements:
  # The full record of each statement whose quote you copy from THIS page. For a statement
  # already on record (npm run validate suggests ids), list only: id, quotedAs, wording, evidence.
  - id: speaker-id-${today}-three-words   # <speaker id>-<date said>-<a few words>; never changes once published
    speaker: speaker-id                    # a file in content/speakers/ (create it: name, country)
    role: The speaker's role on that date
    date: ${today}                         # when it was SAID (YYYY-MM-DD, or YYYY-MM with datePrecision: month)
    datePrecision: day                     # day | month | approximate
    setting: Where and how it was said, in our words
    # event: an-event-id                   # a file in content/events/, if it was said at one
    kind: direct_quote                     # direct_quote (in quotation marks on the page) | paraphrase
    # Copy the quote and its sentence character for character. Use |- blocks so apostrophes
    # and quotation marks need no escaping:
    quote: |-
      The words exactly as printed, without the surrounding quotation marks
    evidence: |-
      The whole sentence in which the page prints them, quotation marks included.
    translated: false                      # true if the speaker spoke another language (then translatedBy: outlet | speaker-office | unknown)
    position: none                         # the codebook (content/codebook.md): supports | conditional | opposes | evades | none
    usRole: unspecified                    # leads | takes-part | backstop | no-role | unspecified
    speechAct: describes                   # states-policy | calls-on-others | relays | describes
    elements: []                           # from the codebook's list, e.g. [ground-troops, backstop]
    topics: [us-role]                      # ids from content/topics.yaml
    context: What was happening when it was said, in our own words.
    notes: null                            # what is uncertain and why, for readers; or null
    added: ${today}
---
`;
writeFileSync(file, skeleton);
console.log(`Created ${file}.`);
console.log('Next: fill it in from the page, then run npm run validate (it lists anything missing, by file and field).');
