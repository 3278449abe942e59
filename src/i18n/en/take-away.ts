/** The take-away box's words (TakeAway.astro and its script): part of `en` (../en.ts). */

export const takeAway = {
	heading: 'Take these statements away',
	note: 'Citations of every statement listed here, or the list as data; made in your browser from the published data file.',
	format: 'Format',
	formats: { apa: 'APA', chicago: 'Chicago', mla: 'MLA', bibtex: 'BibTeX', csl: 'CSL-JSON', csv: 'CSV', json: 'JSON' },
	copy: 'Copy',
	download: 'Download',
	working: 'Preparing…',
	copied: (n: number, format: string) => `${format} of ${n} ${n === 1 ? 'statement' : 'statements'} copied.`,
	downloaded: (n: number, file: string) => `${file} saved: ${n} ${n === 1 ? 'statement' : 'statements'}.`,
	none: 'No statement is listed yet.',
	failed: 'Could not prepare the list; the data file did not load.',
};
