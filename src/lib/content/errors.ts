/**
 * Located content errors: each names the file, the field path and the problem in words an
 * editor understands, e.g. `content/articles/x.md: statements[2].date: "2025-13-01" is not a date (YYYY-MM-DD)`.
 */
import type { z } from 'astro/zod';

export interface ContentError {
	/** The file, relative to the working directory. */
	file: string;
	/** The field path, e.g. `statements[2].date`; `frontmatter` or `body` for whole-file problems. */
	path: string;
	/** What is wrong, starting with the offending value where there is one. */
	message: string;
}

/** One line per error, in the order found. */
export function formatContentError(error: ContentError): string {
	return `${error.file}: ${error.path}: ${error.message}`;
}

/** `statements[2].date` from Zod's `['statements', 2, 'date']`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || 'frontmatter';
}

/** A value as an editor would recognise it in their file, shortened if long. */
export function showValue(value: unknown): string {
	let shown: string;
	if (typeof value === 'string') shown = JSON.stringify(value);
	else if (Array.isArray(value)) shown = value.length === 0 ? '' : 'a list';
	else if (value !== null && typeof value === 'object') shown = 'a group of fields';
	else shown = String(value);
	return shown.length > 60 ? `${shown.slice(0, 40)}…" (${String(value).length} characters)` : shown;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let cur = input;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[key];
	}
	return cur;
}

/** Zod issues as ContentErrors; `prefix` is the path of the parsed object inside the file. */
export function zodIssuesToErrors(
	file: string,
	input: unknown,
	issues: readonly z.core.$ZodIssue[],
	prefix: readonly PropertyKey[] = [],
): ContentError[] {
	const errors: ContentError[] = [];
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				errors.push({ file, path: formatPath([...prefix, ...issue.path, key]), message: 'is not a known field (check its spelling)' });
			}
			continue;
		}
		const value = valueAt(input, issue.path);
		const path = formatPath([...prefix, ...issue.path]);
		if (value === undefined) {
			errors.push({ file, path, message: 'is required but missing' });
		} else {
			const shown = showValue(value);
			errors.push({ file, path, message: shown ? `${shown} ${issue.message}` : issue.message });
		}
	}
	return errors;
}
