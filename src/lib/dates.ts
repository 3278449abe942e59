/**
 * Calendar dates as the record keeps them: `YYYY-MM-DD`, or `YYYY-MM` when only the month is
 * known. They are calendar facts, not instants, so they are built as local dates and
 * formatted in the same local frame: the build machine's time zone can never shift a day.
 */
import { format as formatIn } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { uk } from 'date-fns/locale/uk';
import { LANG } from '../edition.ts';

/**
 * The date patterns of each edition. Ukrainian names a month alone in the nominative
 * (`LLLL`: "лютий 2025") and inside a date in the genitive (`MMMM`: "26 лютого 2025").
 */
const PATTERNS = {
	en: { day: 'd MMM yyyy', dayLong: 'd MMMM yyyy', weekday: 'EEEE d MMMM yyyy', month: 'MMMM yyyy', monthShort: 'MMM yyyy', monthName: 'MMMM', monthAbbr: 'MMM', about: 'about ' },
	uk: { day: 'd MMM yyyy', dayLong: 'd MMMM yyyy', weekday: 'EEEE, d MMMM yyyy', month: 'LLLL yyyy', monthShort: 'LLL yyyy', monthName: 'LLLL', monthAbbr: 'LLL', about: 'близько ' },
} as const;
const P = PATTERNS[LANG];
const LOCALE = LANG === 'uk' ? { locale: uk } : {};

function format(date: Date, pattern: string): string {
	return formatIn(date, pattern, LOCALE);
}

/** The precisions a statement's date can have (see PRODUCT.md, content model). */
export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** Parses `YYYY-MM-DD` or `YYYY-MM` into a local Date (the 1st for a month), or null if it is not a real date. */
export function parseRecordDate(value: string): Date | null {
	const day = DAY.exec(value);
	const month = day ? null : MONTH.exec(value);
	const parts = day ?? month;
	if (!parts) return null;
	const y = Number(parts[1]);
	const m = Number(parts[2]);
	const d = day ? Number(parts[3]) : 1;
	const date = new Date(y, m - 1, d);
	// new Date(2025, 1, 30) rolls over to 2 March: a rolled date was never a real one.
	if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
	return date;
}

/** True for a real `YYYY-MM-DD` date. */
export function isDay(value: string): boolean {
	return DAY.test(value) && parseRecordDate(value) !== null;
}

/** True for a real `YYYY-MM` month. */
export function isMonth(value: string): boolean {
	return MONTH.test(value) && parseRecordDate(value) !== null;
}

/** Today's date as `YYYY-MM-DD` in UTC: the reference for "never in the future". */
export function todayIso(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** True when a `YYYY-MM-DD` or `YYYY-MM` value lies after `today` (a month is future only once it has not begun). */
export function isAfter(value: string, today: string): boolean {
	return value.length === 7 ? value > today.slice(0, 7) : value > today;
}

/**
 * The date as a reader should see it, honest about its precision:
 * day → "26 Feb 2025"; month → "February 2025"; approximate → "about 9 Feb 2025" or "about February 2025".
 */
export function formatStatementDate(value: string, precision: DatePrecision): string {
	const key = `${value} ${precision}`;
	let text = shortDates.get(key);
	if (text === undefined) {
		text = formatStatementDateUncached(value, precision);
		shortDates.set(key, text);
	}
	return text;
}

/**
 * Formatted dates, by value and precision. A large record repeats a few thousand dates on
 * tens of thousands of cards, and date-fns' parse-and-format was 3% of a 20,000-statement build.
 */
const shortDates = new Map<string, string>();

function formatStatementDateUncached(value: string, precision: DatePrecision): string {
	const date = parseRecordDate(value);
	if (!date) throw new Error(`not a record date: ${value}`);
	const text = value.length === 7 ? format(date, P.month) : format(date, P.day);
	return precision === 'approximate' ? `${P.about}${text}` : text;
}

/** A long form for statement pages: "Wednesday 26 February 2025", "February 2025", "about 9 February 2025". */
export function formatStatementDateLong(value: string, precision: DatePrecision): string {
	const date = parseRecordDate(value);
	if (!date) throw new Error(`not a record date: ${value}`);
	if (value.length === 7) return `${precision === 'approximate' ? P.about : ''}${format(date, P.month)}`;
	return precision === 'approximate' ? `${P.about}${format(date, P.dayLong)}` : format(date, P.weekday);
}

/** A publication date ("26 Feb 2025"). */
export function formatDay(value: string): string {
	const date = parseRecordDate(value);
	if (!date) throw new Error(`not a record date: ${value}`);
	// A page whose address gives only the month ("/2025/08/") is dated to the month.
	return format(date, value.length === 7 ? P.monthShort : P.day);
}

/** The month a date falls in, as a sortable key: "2025-02". */
export function monthKey(value: string): string {
	return value.slice(0, 7);
}

/** Every month key from `first`'s month to `last`'s, oldest first: "2025-01", "2025-02", … */
export function monthKeysBetween(first: string, last: string): string[] {
	const end = monthKey(last);
	const keys: string[] = [];
	let [year, month] = monthKey(first).split('-').map(Number) as [number, number];
	for (let key = monthKey(first); key <= end; key = `${year}-${String(month).padStart(2, '0')}`) {
		keys.push(key);
		month += 1;
		if (month === 13) {
			month = 1;
			year += 1;
		}
	}
	return keys;
}

/** A month key as a heading: "February 2025". */
export function formatMonthKey(key: string): string {
	const date = parseRecordDate(key);
	if (!date) throw new Error(`not a month key: ${key}`);
	return format(date, P.month);
}

/** A month key's month alone, for a list under its year: "February". */
export function formatMonthName(key: string): string {
	const date = parseRecordDate(key);
	if (!date) throw new Error(`not a month key: ${key}`);
	return format(date, P.monthName);
}

/** A month key's month, short, for a narrow axis: "Feb". */
export function formatMonthShort(key: string): string {
	const date = parseRecordDate(key);
	if (!date) throw new Error(`not a month key: ${key}`);
	return format(date, P.monthAbbr);
}

/**
 * Orders record dates oldest first. A month-only date sorts before the days of its month
 * (the dossier's convention), so "2025-02" < "2025-02-01".
 */
export function compareRecordDates(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
