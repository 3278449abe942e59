/**
 * Writes the embed cards (/embed/<id>/) after the build, from the shell Astro rendered once
 * (`embed/_shell/index.html`) and the list of cards (`embed/cards.json`); both are then removed.
 * src/lib/embed.ts says why the cards are not Astro pages each. The embed page renders the
 * shell in `astro build` only, by the flag src/integrations/shell-pages.ts sets for every page
 * written from a shell.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type EmbedCard, fillShell, SHELL_ID } from '../lib/embed.ts';

/** Writes every card under `dir/embed/`; returns how many. Throws, naming the file, if the shell or the list is missing or broken. */
export function writeEmbeds(dir: string): number {
	const shellFile = join(dir, 'embed', SHELL_ID, 'index.html');
	const listFile = join(dir, 'embed', 'cards.json');
	for (const file of [shellFile, listFile]) if (!existsSync(file)) throw new Error(`the embed cards cannot be written: the build made no ${file}`);
	const shell = readFileSync(shellFile, 'utf8');
	const cards = JSON.parse(readFileSync(listFile, 'utf8')) as EmbedCard[];
	for (const card of cards) {
		const folder = join(dir, 'embed', card.id);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'index.html'), fillShell(shell, card));
	}
	rmSync(join(dir, 'embed', SHELL_ID), { recursive: true });
	rmSync(listFile);
	return cards.length;
}

export default function embeds(): AstroIntegration {
	return {
		name: 'guarantee-watch:embeds',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const count = writeEmbeds(fileURLToPath(dir));
				logger.info(`wrote ${count} embed cards in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
