import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { reliability, reliabilityReport } from '../../src/data/reliability.ts';
import { content, page } from './helpers.ts';

const statements = [...content().statements.values()];

it('research/coding-reliability.md is current: rebuilt from the codings, never typed in', () => {
	const settlement = (round: number) => {
		const path = `research/coding/round${round}-settlement.md`;
		return existsSync(path) ? readFileSync(path, 'utf8') : null;
	};
	expect(readFileSync('research/coding-reliability.md', 'utf8'), 'run npm run reliability').toBe(reliabilityReport(statements, settlement));
});

it('the methodology page shows the latest round’s α per dimension, as computed from the codings', () => {
	const latest = reliability(statements).at(-1)!;
	const $ = page('/about/');
	const cells = $('#reliability ~ .table-scroll table tbody tr')
		.map((_, tr) => $(tr).find('td').last().text())
		.get();
	expect(cells).toEqual(latest.dimensions.map((d) => d.alpha.toFixed(2)));
});
