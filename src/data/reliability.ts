/**
 * The blind codings of the record (content/reliability/round-<n>.yaml), held against the
 * published codes at build time: the methodology page's agreement figures and
 * research/coding-reliability.md come from here, so they are rebuilt with the record.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ENV } from '../env.ts';
import { type ContentError, formatContentError, zodIssuesToErrors } from '../lib/content/errors.ts';
import { parseYamlFile } from '../lib/content/frontmatter.ts';
import { CODES, day, type Statement } from '../lib/content/schemas.ts';
import { type CodeSet, compareCodings } from '../lib/reliability.ts';

/** One coder's codes of one statement, with the codebook's values only. */
const codeSchema = z.strictObject({ id: z.string({ error: 'should be a statement id' }), ...CODES });

const roundSchema = z.strictObject(
	{
		round: z.number({ error: 'should be the round number' }).int({ error: 'should be a whole number' }),
		/** When the blind coding was made. */
		date: day,
		/** Who coded and what they saw, in our words. */
		coder: z.string({ error: 'should be a sentence: who coded and what they saw' }),
		/** What happened with the round: revised the codebook, or the figures reported. */
		use: z.string({ error: 'should be a sentence: what the round was used for' }),
		codes: z.array(codeSchema, { error: 'should be a list of codes' }),
		/** For a past round: the published codes it was compared with then (the codebook has moved on since). */
		primary: z.array(codeSchema, { error: 'should be a list of codes' }).optional(),
	},
	{ error: 'should hold a round: round, date, coder, use and codes' },
);

export type ReliabilityRound = z.infer<typeof roundSchema>;

/** Thrown when a round's file cannot be read: every problem, located, and no stack trace. */
export class ReliabilityFileError extends Error {
	override name = 'ReliabilityFileError';
	readonly errors: ContentError[];
	constructor(errors: ContentError[]) {
		super(`${errors.length} problem(s) in the blind codings:\n${errors.map(formatContentError).join('\n')}`);
		this.errors = errors;
		this.stack = this.message;
	}
}

/**
 * For the command-line scripts: runs `read`, and if a round's file is broken prints each
 * problem on its own line (file, field, what is wrong) and stops with exit code 1.
 */
export function orExitOnRoundErrors<T>(read: () => T, dir: string): T {
	try {
		return read();
	} catch (e) {
		if (!(e instanceof ReliabilityFileError)) throw e;
		for (const error of e.errors) console.error(formatContentError(error));
		console.error(`\n${e.errors.length} problem${e.errors.length === 1 ? '' : 's'} in ${dir}/reliability/: nothing was written. Fix the lines above and run again.`);
		process.exit(1);
	}
}

/** Each round's file (`content/reliability/round-<n>.yaml`), checked; any problem throws, naming the file and field. */
export function readRounds(contentDir = ENV.contentDir): ReliabilityRound[] {
	const dir = join(contentDir, 'reliability');
	if (!existsSync(dir)) return [];
	const errors: ContentError[] = [];
	const rounds: ReliabilityRound[] = [];
	for (const name of readdirSync(dir).filter((f) => /^round-\d+\.yaml$/.test(f))) {
		const file = join(dir, name);
		const read = parseYamlFile(readFileSync(file, 'utf8'));
		if (!read.ok) {
			errors.push({ file, path: `line ${read.line}`, message: read.message });
			continue;
		}
		const value = read.value;
		if (value === null || value === undefined) {
			errors.push({ file, path: 'file', message: 'is empty; it should hold a round: round, date, coder, use and codes' });
			continue;
		}
		const parsed = roundSchema.safeParse(value);
		if (parsed.success) rounds.push(parsed.data);
		else errors.push(...zodIssuesToErrors(file, value, parsed.error.issues));
	}
	if (errors.length) throw new ReliabilityFileError(errors);
	return rounds.sort((a, b) => a.round - b.round);
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
