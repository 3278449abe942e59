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
