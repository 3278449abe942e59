/**
 * The record's controlled lists: `content/topics.yaml` (topic id → its meaning) and
 * `content/countries.yaml` (country or organisation → its group). A statement's topics and a
 * speaker's country must come from them, so a typo is refused with the closest entry suggested.
 */
import jsYaml from 'js-yaml';
import type { ContentError } from './errors.ts';

/** The groups the record's coverage is counted by. */
export const GROUPS = ['united-states', 'ukraine', 'russia', 'europe', 'other'] as const;
export type Group = (typeof GROUPS)[number];

export interface Vocabulary {
	/** Topic id → one line of meaning; null when the content has no topics.yaml (fixtures). */
	topics: Map<string, string> | null;
	/** Country or organisation → group; null when the content has no countries.yaml. */
	countries: Map<string, Group> | null;
}

/** A flat `key: text` YAML mapping, with located errors instead of exceptions. */
function readMapping(file: string, text: string | undefined, errors: ContentError[]): Map<string, string> | null {
	if (text === undefined) return null;
	let data: unknown;
	try {
		data = jsYaml.load(text);
	} catch (e) {
		errors.push({ file, path: 'file', message: `cannot be read as YAML (${(e as Error).message.split('\n')[0]})` });
		// Unreadable: its entries are unknown, so nothing is checked against it (one error, not hundreds).
		return null;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		errors.push({ file, path: 'file', message: 'should be a list of `name: meaning` lines' });
		return null;
	}
	const map = new Map<string, string>();
	for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
		if (typeof v !== 'string' || !v.trim()) errors.push({ file, path: k, message: 'needs a line of text after the colon' });
		else map.set(k, v);
	}
	return map;
}

export function readVocabulary(topics: { file: string; text: string } | undefined, countries: { file: string; text: string } | undefined, errors: ContentError[]): Vocabulary {
	const topicMap = readMapping(topics?.file ?? 'content/topics.yaml', topics?.text, errors);
	const countryText = readMapping(countries?.file ?? 'content/countries.yaml', countries?.text, errors);
	let countryMap: Map<string, Group> | null = null;
	if (countryText) {
		countryMap = new Map();
		for (const [name, group] of countryText) {
			if ((GROUPS as readonly string[]).includes(group)) countryMap.set(name, group as Group);
			else errors.push({ file: countries?.file ?? 'content/countries.yaml', path: name, message: `"${group}" is not a group (one of: ${GROUPS.join(', ')})` });
		}
	}
	return { topics: topicMap, countries: countryMap };
}
