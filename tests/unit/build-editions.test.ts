/**
 * How scripts/build.ts starts the editions side by side on a fresh checkout: the others wait
 * until the first has written the files Astro keeps in `.astro/` for all of them.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { untilWritten } from '../../scripts/editions.ts';

describe('starting the other editions on a fresh checkout', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gw-editions-'));
	const files = [join(dir, 'content-assets.mjs'), join(dir, 'content-modules.mjs')];
	afterEach(() => {
		for (const file of files) rmSync(file, { force: true });
	});

	it('waits until the first build has written every shared file', async () => {
		setTimeout(() => writeFileSync(files[0]!, ''), 50);
		setTimeout(() => writeFileSync(files[1]!, ''), 150);
		await untilWritten(files, new Promise(() => {}), 10);
		expect(files.every((file) => existsSync(file))).toBe(true);
	});

	it('stops waiting when the first build ends without writing them, failed or not', async () => {
		await expect(untilWritten(files, Promise.resolve(1), 10)).resolves.toBeUndefined();
		await expect(untilWritten(files, Promise.reject(new Error('stopped')), 10)).resolves.toBeUndefined();
		expect(files.some((file) => existsSync(file))).toBe(false);
	});
});
