/** The editors' translations for another edition: what the build accepts, and what it refuses with a located message. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTranslations, occasionMismatches } from '../../src/lib/content/translations.ts';

const KNOWN = {
	statements: new Set(['ada-2025-03-01-engine']),
	speakers: new Set(['ada-lovelace']),
	events: new Set<string>(),
	countries: new Set(['United Kingdom']),
	topics: new Set(['us-role']),
	redirects: new Set<string>(),
};

function contentWith(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'gw-translations-'));
	mkdirSync(join(dir, 'translations', 'uk'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'translations', 'uk', name), text);
	return dir;
}

describe('editors’ translations', () => {
	it('are read by id, statement files in any number', () => {
		const dir = contentWith({
			'statements-1.yaml': '- id: ada-2025-03-01-engine\n  role: Математикиня\n  setting: Лист\n  context: Вона писала про машину.\n',
			'speakers.yaml': 'ada-lovelace: Ада Лавлейс\n',
			'countries.yaml': 'United Kingdom: Велика Британія\n',
			'topics.yaml': 'us-role:\n  label: Роль США\n  meaning: Що зробили б самі США.\n',
		});
		const { translations, errors } = loadTranslations(dir, 'uk', KNOWN);
		expect(errors).toEqual([]);
		expect(translations.statements.get('ada-2025-03-01-engine')?.context).toBe('Вона писала про машину.');
		expect(translations.speakers.get('ada-lovelace')).toBe('Ада Лавлейс');
		expect(translations.countries.get('United Kingdom')).toBe('Велика Британія');
		expect(translations.topics.get('us-role')?.label).toBe('Роль США');
	});

	it('refuse an id not on record, a missing field, an empty text and a second translation, each by file and field', () => {
		const dir = contentWith({
			'statements-1.yaml': [
				'- id: no-such-statement',
				'  role: Посада',
				'  setting: Обставини',
				'  context: Контекст.',
				'- id: ada-2025-03-01-engine',
				'  role: Математикиня',
				'  setting: ""',
				'  context: Контекст.',
				'- id: ada-2025-03-01-engine',
				'  role: Математикиня',
				'  context: Контекст.',
			].join('\n'),
			'statements-2.yaml': '- id: ada-2025-03-01-engine\n  role: Р\n  setting: О\n  context: К\n- id: ada-2025-03-01-engine\n  role: Р\n  setting: О\n  context: К\n',
			'speakers.yaml': 'grace-hopper: Ґрейс Гоппер\n',
		});
		const messages = loadTranslations(dir, 'uk', KNOWN).errors.map((e) => `${e.file.slice(dir.length)}: ${e.path}: ${e.message}`);
		expect(messages).toEqual([
			'/translations/uk/statements-1.yaml: [0].id: "no-such-statement" is not a statement on record',
			'/translations/uk/statements-1.yaml: [1].setting: is empty',
			'/translations/uk/statements-1.yaml: [2].setting: should be text',
			'/translations/uk/statements-2.yaml: [1].id: "ada-2025-03-01-engine" is translated twice',
			'/translations/uk/speakers.yaml: grace-hopper: "grace-hopper" is not a speaker on record',
		]);
	});

	it('give a moved address its reason in the edition’s words, and refuse an address that never moved', () => {
		const dir = contentWith({ 'redirects.yaml': '/statements/old-id/: Коротший варіант того самого висловлювання.\n/statements/never-moved/: Причина.\n' });
		const { translations, errors } = loadTranslations(dir, 'uk', { ...KNOWN, redirects: new Set(['/statements/old-id/']) });
		expect(translations.redirects.get('/statements/old-id/')).toBe('Коротший варіант того самого висловлювання.');
		expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['/statements/never-moved/: "/statements/never-moved/" is not a moved address on record']);
	});

	it('say which YAML file cannot be read', () => {
		const dir = contentWith({ 'events.yaml': 'a: [unclosed\n' });
		const [error] = loadTranslations(dir, 'uk', KNOWN).errors;
		expect(error?.file).toBe(join(dir, 'translations', 'uk', 'events.yaml'));
		expect(error?.message).toMatch(/^is not valid YAML/);
	});

	it('give the line of a stray apostrophe and say how to fix it', () => {
		const dir = contentWith({ 'statements-1.yaml': "- id: ada-2025-03-01-engine\n  setting: 'Інтерв'ю BBC'\n" });
		const [error] = loadTranslations(dir, 'uk', KNOWN).errors;
		expect(error?.path).toBe('line 2');
		expect(error?.message).toMatch(/^is not valid YAML: a value ends early.*write an apostrophe twice/);
	});

	it('name the line of a field written twice', () => {
		const dir = contentWith({ 'speakers.yaml': 'ada-lovelace:\n  name: Ада Лавлейс\n  name: Ада\n' });
		const [error] = loadTranslations(dir, 'uk', KNOWN).errors;
		expect(error?.file).toBe(join(dir, 'translations', 'uk', 'speakers.yaml'));
		expect(error?.path).toBe('line 3');
		expect(error?.message).toBe('is not valid YAML: a field is written twice');
	});
});

describe('occasions in translation', () => {
	const said = (id: string, setting: string, event: string | null = null) => ({ id, speaker: 'ada-lovelace', date: '2025-03-01', setting, event });
	const tr = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([id, setting]) => [id, { setting }]));

	it('accepts one occasion translated one way, and two occasions translated apart', () => {
		const statements = [said('a', 'Interview with the BBC'), said('b', 'Interview with the BBC'), said('c', 'Press conference')];
		expect(occasionMismatches(statements, tr({ a: 'Інтервʼю BBC', b: 'Інтервʼю BBC', c: 'Пресконференція' }), 'content/translations/uk/')).toEqual([]);
	});

	it('refuses one English occasion translated two ways, naming the statement, the field and the fix', () => {
		const errors = occasionMismatches([said('a', 'Interview with the BBC'), said('b', 'Interview with the BBC')], tr({ a: 'Інтервʼю BBC', b: 'Інтервʼю для BBC' }), 'content/translations/uk/');
		expect(errors).toEqual([{ file: 'content/translations/uk/', path: 'statements[id=b].setting', message: expect.stringContaining("translated otherwise than a's") }]);
		expect(errors[0]!.message).toContain('give both the same translation');
	});

	it('refuses two English occasions merged into one by their translation', () => {
		const errors = occasionMismatches([said('a', 'Interview with Izvestia'), said('b', 'Interview with the newspaper Izvestia')], tr({ a: 'Інтервʼю газеті Izvestia', b: 'Інтервʼю газеті Izvestia' }), 'content/translations/uk/');
		expect(errors.map((e) => e.path)).toEqual(['statements[id=b].setting']);
		expect(errors[0]!.message).toContain('two occasions');
	});

	it('leaves statements grouped by an event to their event', () => {
		const statements = [said('a', 'Remarks', 'paris-summit'), said('b', 'Remarks', 'paris-summit')];
		expect(occasionMismatches(statements, tr({ a: 'Виступ', b: 'Заява' }), 'content/translations/uk/')).toEqual([]);
	});
});
