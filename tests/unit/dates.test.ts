import { describe, expect, it } from 'vitest';
import { formatMonthKey, formatStatementDate, formatStatementDateLong, isAfter, isDay, isMonth, parseRecordDate } from '../../src/lib/dates.ts';

describe('record dates', () => {
	it('accepts real dates and months only', () => {
		expect(isDay('2025-02-28')).toBe(true);
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2025-02-29')).toBe(false);
		expect(isDay('2025-02-30')).toBe(false);
		expect(isDay('2025-13-01')).toBe(false);
		expect(isDay('2025-2-1')).toBe(false);
		expect(isMonth('2025-02')).toBe(true);
		expect(isMonth('2025-00')).toBe(false);
		expect(parseRecordDate('not a date')).toBeNull();
	});

	it('shows a date as precisely as it is known', () => {
		expect(formatStatementDate('2025-02-26', 'day')).toBe('26 Feb 2025');
		expect(formatStatementDate('2025-02', 'month')).toBe('February 2025');
		expect(formatStatementDate('2025-02-09', 'approximate')).toBe('about 9 Feb 2025');
		expect(formatStatementDate('2025-02', 'approximate')).toBe('about February 2025');
		expect(formatStatementDateLong('2025-02-26', 'day')).toBe('Wednesday 26 February 2025');
		expect(formatStatementDateLong('2025-02-09', 'approximate')).toBe('about 9 February 2025');
		expect(formatMonthKey('2026-01')).toBe('January 2026');
	});

	it('never shifts a day, whatever the time zone of the build machine', () => {
		// Calendar dates are built and formatted in the same local frame.
		expect(formatStatementDate('2025-01-01', 'day')).toBe('1 Jan 2025');
		expect(formatStatementDate('2025-12-31', 'day')).toBe('31 Dec 2025');
	});

	it('knows the future, by day or by month', () => {
		expect(isAfter('2026-11-23', '2026-11-22')).toBe(true);
		expect(isAfter('2026-11-22', '2026-11-22')).toBe(false);
		expect(isAfter('2026-11', '2026-11-22')).toBe(false);
		expect(isAfter('2026-12', '2026-11-22')).toBe(true);
	});
});
