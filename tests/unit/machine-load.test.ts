import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCounters, readCounters, spent } from '../../scripts/machine-load.ts';

/** The kernel's transparent huge page setting, e.g. `always [madvise] never` (empty where there is none). */
const thpSetting = (file = '/sys/kernel/mm/transparent_hugepage/enabled') => (existsSync(file) ? readFileSync(file, 'utf8') : '');

const STAT = 'cpu  1226208 21198 465748 688004 20235 0 7315 0 0 0\ncpu0 613104 10599 232874 344002 10117 0 3657 0 0 0\nintr 1 2 3\n';
const VMSTAT = 'nr_free_pages 123\npgfault 175288444\npgmajfault 3171\n';

describe('machine load (the bench reports it beside each build)', () => {
	it('reads user time (user + nice), kernel time (system + irq + softirq) and page faults', () => {
		expect(parseCounters(STAT, VMSTAT)).toEqual({ userSecs: (1226208 + 21198) / 100, kernelSecs: (465748 + 0 + 7315) / 100, faults: 175288444 });
	});

	it('names what is missing', () => {
		expect(() => parseCounters('intr 1 2 3\n', VMSTAT)).toThrow(/\/proc\/stat has no "cpu" line/);
		expect(() => parseCounters(STAT, 'pgmajfault 3\n')).toThrow(/\/proc\/vmstat has no "pgfault" line/);
	});

	it('gives what was spent between two readings, or null without both', () => {
		const before = { userSecs: 10, kernelSecs: 4, faults: 1000 };
		expect(spent(before, { userSecs: 12.5, kernelSecs: 5, faults: 4000 })).toEqual({ userSecs: 2.5, kernelSecs: 1, faults: 3000 });
		expect(spent(null, before)).toBeNull();
		expect(spent(before, null)).toBeNull();
	});

	it.runIf(process.platform === 'linux')('counts the page faults of memory touched for the first time, on this machine', () => {
		const before = readCounters();
		// 64 MiB written once: 16,384 pages of 4 KiB, each faulted in on its first touch, unless
		// the kernel gives every large mapping huge pages of 2 MiB (32 of them). Machine-wide, so
		// other processes' faults can only add.
		const everyMappingHuge = /\[always\]/.test(thpSetting());
		const buffer = Buffer.alloc(64 * 1024 * 1024, 1);
		const after = readCounters();
		expect(buffer[buffer.length - 1]).toBe(1);
		expect(spent(before, after)!.faults).toBeGreaterThanOrEqual(everyMappingHuge ? 32 : 16_000);
	});
});
