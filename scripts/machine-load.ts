/**
 * What the whole machine spent while a command ran: CPU seconds in user code and in the
 * kernel, and page faults, from Linux's /proc/stat and /proc/vmstat read before and after.
 * The bench reports them beside each build because a build's own resource usage misses
 * most of Pagefind's binary (for Pagefind alone over the 20,000-statement site, `/usr/bin/time`
 * counted 6 s in user code and 9 s in the kernel where the machine spent 50 s and 29 s), and
 * because on this machine kernel time, most of it page faults, is a large and changeable part
 * of a build (DEVELOPERS.md, "A page fault costs about 12 µs"). Machine-wide, so meaningful
 * only when nothing else runs: the bench runs alone.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Cumulative counters: CPU seconds (all cores) in user code and in the kernel, and page faults. */
export interface MachineCounters {
	userSecs: number;
	kernelSecs: number;
	faults: number;
}

/**
 * The counters in the texts of /proc/stat and /proc/vmstat. User time counts `user` and
 * `nice`; kernel time `system`, `irq` and `softirq` (`man 5 proc`), in `ticksPerSec` ticks.
 * Throws naming the field when a text lacks it.
 */
export function parseCounters(stat: string, vmstat: string, ticksPerSec = 100): MachineCounters {
	const cpu = /^cpu\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+(\d+)\s+(\d+)/m.exec(stat);
	if (!cpu) throw new Error('/proc/stat has no "cpu" line with user, nice, system, idle, iowait, irq and softirq');
	const [user, nice, system, irq, softirq] = cpu.slice(1).map(Number) as [number, number, number, number, number];
	const faults = /^pgfault (\d+)$/m.exec(vmstat);
	if (!faults) throw new Error('/proc/vmstat has no "pgfault" line');
	return { userSecs: (user + nice) / ticksPerSec, kernelSecs: (system + irq + softirq) / ticksPerSec, faults: Number(faults[1]) };
}

/** The machine's counters now, or null where there is no /proc/stat and /proc/vmstat (not Linux). */
export function readCounters(): MachineCounters | null {
	if (!existsSync('/proc/stat') || !existsSync('/proc/vmstat')) return null;
	return parseCounters(readFileSync('/proc/stat', 'utf8'), readFileSync('/proc/vmstat', 'utf8'));
}

/** What was spent between two readings (null if either is missing). */
export function spent(before: MachineCounters | null, after: MachineCounters | null): MachineCounters | null {
	if (!before || !after) return null;
	return { userSecs: after.userSecs - before.userSecs, kernelSecs: after.kernelSecs - before.kernelSecs, faults: after.faults - before.faults };
}
