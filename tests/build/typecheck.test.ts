import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('the project type-checks in TypeScript strictest mode (astro check)', () => {
	const out = execFileSync('astro', ['check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	expect(out).toMatch(/- 0 errors/);
});
