/**
 * The blind codings of the record (content/reliability/round-<n>.yaml), held against the
 * published codes at build time: the methodology page's agreement figures and
 * research/coding-reliability.md come from here, so they are rebuilt with the record.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { ENV } from '../env.ts';
import type { Statement } from '../lib/content/schemas.ts';
import { type CodeSet, compareCodings } from '../lib/reliability.ts';

export interface ReliabilityRound {
	round: number;
	/** When the blind coding was made (YYYY-MM-DD). */
	date: string;
	/** Who coded and what they saw, in our words. */
	coder: string;
	/** What happened with the round: revised the codebook, or the figures reported. */
	use: string;
	codes: CodeSet[];
	/** For a past round: the published codes it was compared with then (the codebook has moved on since). */
	primary?: CodeSet[];
}

export function readRounds(contentDir = ENV.contentDir): ReliabilityRound[] {
	const dir = join(contentDir, 'reliability');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /^round-\d+\.yaml$/.test(f))
		.map((f) => jsYaml.load(readFileSync(join(dir, f), 'utf8')) as ReliabilityRound)
		.sort((a, b) => a.round - b.round);
}

/** Each round against the published codes of the statements it covers. */
export function reliability(statements: readonly Statement[], contentDir = ENV.contentDir) {
	const published: CodeSet[] = statements.map((s) => ({ id: s.id, position: s.position, usRole: s.usRole, speechAct: s.speechAct, elements: s.elements }));
	return readRounds(contentDir).map((round) => ({ round, ...compareCodings(round.primary ?? published, round.codes) }));
}

const NAMES = { position: 'position', usRole: 'U.S. role', speechAct: 'speech act', elements: 'elements' } as const;

/** research/coding-reliability.md: every round, its α per dimension, its disagreements, and how they were settled. */
export function reliabilityReport(statements: readonly Statement[], settlement: (round: number) => string | null, contentDir = ENV.contentDir): string {
	const out: string[] = [];
	const w = (line = '') => out.push(line);
	w('# Coding reliability');
	w();
	w('Made by `npm run reliability` from `content/reliability/` and the published codes; the methodology page shows the same figures, computed at build time. Do not edit by hand.');
	w();
	w('Each round, an independent coder who saw only the codebook (`content/codebook.md`) and each statement’s quote, speaker, role, date, setting and kind coded the statements blind. Agreement with the published codes is Krippendorff’s α for nominal data, per dimension; for elements, over every statement × element pair (named or not).');
	for (const r of reliability(statements, contentDir)) {
		w();
		w(`## Round ${r.round.round} (${r.round.date}): ${r.statements} statements`);
		w();
		w(r.round.coder);
		w();
		w('| dimension | units | agreed | α |');
		w('| --- | ---: | ---: | ---: |');
		for (const d of r.dimensions) w(`| ${NAMES[d.dimension]} | ${d.units} | ${d.agreed} | ${Number.isNaN(d.alpha) ? 'n/a' : d.alpha.toFixed(3)} |`);
		w();
		w(r.round.use);
		w();
		w(`### Disagreements (${r.disagreements.length})`);
		w();
		if (r.disagreements.length) {
			w('| statement | dimension | published | second coder |');
			w('| --- | --- | --- | --- |');
			for (const x of r.disagreements) w(`| ${x.id} | ${NAMES[x.dimension]} | ${x.published} | ${x.second} |`);
		} else w('None.');
		const settled = settlement(r.round.round);
		if (settled) {
			w();
			w('### How they were settled');
			w();
			w(settled.replace(/^#+ .*\n+/, '').replace(/^(#+) /gm, '###$1 '));
		}
	}
	return `${out.join('\n')}\n`;
}
