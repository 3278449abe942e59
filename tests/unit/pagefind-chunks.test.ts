import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundleFile, chunkRange, cutWords, recutWordIndex } from '../../src/lib/pagefind-chunks.ts';

// A reader of Pagefind's files written apart from the module under test, so that what it
// writes is checked by other code than its own.
type Item = number | string | Item[];
function decode(buf: Uint8Array): Item {
	let pos = 0;
	const item = (): Item => {
		const first = buf[pos++]!;
		const info = first & 31;
		const size = info < 24 ? 0 : 2 ** (info - 24);
		let value = info < 24 ? info : 0;
		for (let i = 0; i < size; i++) value = value * 256 + buf[pos++]!;
		switch (first >> 5) {
			case 0:
				return value;
			case 1:
				return -1 - value;
			case 3: {
				const text = new TextDecoder().decode(buf.subarray(pos, pos + value));
				pos += value;
				return text;
			}
			case 4:
				return Array.from({ length: value }, item);
			default:
				throw new Error(`unexpected CBOR type ${first >> 5}`);
		}
	};
	const out = item();
	expect(pos).toBe(buf.length);
	return out;
}
const unpack = (content: Uint8Array) => {
	const data = gunzipSync(content);
	expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
	return decode(data.subarray(12));
};
const file = (files: readonly BundleFile[], path: string) => {
	const found = files.find((f) => f.path === path);
	if (!found) throw new Error(`no ${path}`);
	return found.content;
};
type Chunk = [string, string, string];
/** The bundle's language `en` as Pagefind's search sees it: its chunks' ranges, and each chunk's words, each with its pages and positions. */
function read(files: readonly BundleFile[]) {
	const entry = JSON.parse(new TextDecoder().decode(file(files, 'pagefind-entry.json'))) as { languages: { en: { hash: string; page_count: number } } };
	const meta = unpack(file(files, `pagefind.${entry.languages.en.hash}.pf_meta`)) as Item[];
	const chunks = meta[2] as Chunk[];
	const words = chunks.map(([, , hash]) => ((unpack(file(files, `index/${hash}.pf_index`)) as Item[][])[0] as [string, ...Item[]][]).map((item) => ({ word: item[0], item })));
	return { entry, meta, chunks, words };
}
/** As Pagefind's search does (`try_request_indexes`): the first chunk whose range holds the word, compared as bytes. */
const lookUp = (chunks: readonly Chunk[], term: string) => chunks.findIndex(([from, to]) => Buffer.compare(Buffer.from(from), Buffer.from(term)) <= 0 && Buffer.compare(Buffer.from(term), Buffer.from(to)) <= 0);

// Words chosen to share beginnings: "secure", "security", "securities" and "sector" begin
// alike, and "eu" is a word that begins "europe".
const VOCABULARY = 'security secure securities sector guarantee guaranteed guarantees eu europe european troops force reassurance article 5 50 500 5-like 5-style 2025 nato alliance ceasefire kyiv україна гарантії безпеки'.split(' ');
const texts = Array.from({ length: 60 }, (_, i) => Array.from({ length: 25 }, (_, j) => VOCABULARY[(i * 7 + j * j) % VOCABULARY.length]).join(' '));

let original: BundleFile[];
beforeAll(async () => {
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('no index');
	for (const [i, content] of texts.entries()) await index.addCustomRecord({ url: `/s/${i}/`, content, language: 'en', meta: { title: `s${i}` }, filters: { kind: ['statement'] } });
	original = (await index.getFiles()).files.map((f) => ({ path: f.path, content: f.content }));
}, 60_000);
afterAll(() => pagefind.close());

describe('cutting the word index into smaller chunks', () => {
	it('keeps every word with its pages and positions, in order, and every other file as it was', () => {
		const before = read(original);
		const after = read(recutWordIndex(original, 40));
		expect(after.chunks.length).toBeGreaterThan(before.chunks.length);
		expect(after.words.flat()).toEqual(before.words.flat());
		// The metadata's pages, filters and sorts are unchanged; only the chunk list is new.
		expect([after.meta[0], after.meta[1], ...after.meta.slice(3)]).toEqual([before.meta[0], before.meta[1], ...before.meta.slice(3)]);
		expect(after.entry.languages.en.page_count).toBe(60);
		expect(after.entry.languages.en.hash).not.toBe(before.entry.languages.en.hash);
		const kept = (files: readonly BundleFile[]) => files.filter((f) => !/^index\/|\.pf_meta$|^pagefind-entry\.json$/.test(f.path));
		expect(kept(recutWordIndex(original, 40))).toEqual(kept(original));
	});

	it('leaves no chunk or metadata file that nothing names, and names each by its content', () => {
		const files = recutWordIndex(original, 40);
		const { chunks } = read(files);
		expect(files.filter((f) => f.path.startsWith('index/')).map((f) => f.path).sort()).toEqual(chunks.map(([, , hash]) => `index/${hash}.pf_index`).sort());
		expect(files.filter((f) => f.path.endsWith('.pf_meta'))).toHaveLength(1);
		for (const [, , hash] of chunks) expect(hash).toMatch(/^en_[0-9a-f]{7,}$/);
		// The same bundle cut the same way gets the same names (they are cache keys).
		expect(recutWordIndex(original, 40).map((f) => f.path)).toEqual(files.map((f) => f.path));
	});

	it('finds every word, and every word a typed beginning of three letters or more (or of a number) starts, in the one chunk Pagefind loads for it', () => {
		for (const size of [1, 40, 200]) {
			const { chunks, words } = read(recutWordIndex(original, size));
			const all = words.flatMap((list, c) => list.map(({ word }) => ({ word, c })));
			for (const { word, c } of all) {
				expect(lookUp(chunks, word), word).toBe(c);
				for (let n = /^\d/.test(word) ? 1 : 3; n <= Array.from(word).length; n++) {
					const typed = Array.from(word).slice(0, n).join('');
					const chunk = lookUp(chunks, typed);
					expect(all.filter((w) => w.word.startsWith(typed)).every((w) => w.c === chunk), `"${typed}"`).toBe(true);
				}
			}
		}
	});

	it('cuts chunks of at most the size given, only where the first three letters (of a number, the first digit) change, and ends a short word as itself', () => {
		const words = ['5', '50', '5like', '6', 'eu', 'europ', 'european', 'eux', 'for', 'secur', 'securit'].map((word) => ({ word, entries: 10 }));
		expect(cutWords(words, 1).map((c) => c.map((w) => w.word))).toEqual([['5', '50', '5like'], ['6'], ['eu'], ['europ', 'european'], ['eux'], ['for'], ['secur', 'securit']]);
		expect(cutWords(words, 35).map((c) => c.map((w) => w.word))).toEqual([['5', '50', '5like'], ['6', 'eu'], ['europ', 'european', 'eux'], ['for', 'secur', 'securit']]);
		// A group larger than a chunk is a chunk of its own, not joined to its neighbours.
		const large = [{ word: 'eu', entries: 5 }, { word: 'europ', entries: 100 }, { word: 'eux', entries: 5 }];
		expect(cutWords(large, 35).map((c) => c.map((w) => w.word))).toEqual([['eu'], ['europ'], ['eux']]);
		expect(chunkRange('eu', 'eu')).toEqual(['eu', 'eu']);
		expect(chunkRange('europ', 'european')).toEqual(['eur', 'eur\u{10FFFF}']);
		expect(chunkRange('eux', 'for')).toEqual(['eux', 'for\u{10FFFF}']);
		expect(chunkRange('5', '5like')).toEqual(['5', '5\u{10FFFF}']);
	});

	it('stops with the file and what is wrong with it when a file is not Pagefind 1.5 index', () => {
		const { entry } = read(original);
		const metaPath = `pagefind.${entry.languages.en.hash}.pf_meta`;
		const swap = (path: string, content: Uint8Array) => original.map((f) => (f.path === path ? { path, content } : f));
		const withVersion = (version: string) => {
			const data = gunzipSync(file(original, metaPath));
			const text = data.toString('latin1').replace(/1\.5\.\d+/, version);
			return new Uint8Array(gzipSync(Buffer.from(text, 'latin1')));
		};
		expect(() => recutWordIndex(swap(metaPath, withVersion('1.6.0')))).toThrow(`${metaPath} is not a Pagefind 1.5 metadata file: it was built by Pagefind 1.6.0`);
		expect(() => recutWordIndex(swap(metaPath, new Uint8Array(gzipSync(Buffer.from('not pagefind')))))).toThrow(`${metaPath} is not a Pagefind 1.5 metadata file: it does not start with pagefind_dcd once unzipped`);
		const chunk = read(original).chunks[0]![2];
		expect(() => recutWordIndex(swap(`index/${chunk}.pf_index`, new Uint8Array(gzipSync(Buffer.from('pagefind_dcd\x82', 'latin1')))))).toThrow(`index/${chunk}.pf_index is not a Pagefind 1.5 index chunk: the chunk is an array of 2, not 1`);
		expect(() => recutWordIndex(original.filter((f) => f.path !== metaPath))).toThrow(`the Pagefind bundle has no ${metaPath}, which pagefind-entry.json names`);
		// Cut short inside its last string, not gzipped, or an entry file that is not Pagefind's.
		const whole = gunzipSync(file(original, metaPath));
		expect(() => recutWordIndex(swap(metaPath, new Uint8Array(gzipSync(whole.subarray(0, whole.length - 2)))))).toThrow(`${metaPath} is not a Pagefind 1.5 metadata file: it ends early`);
		expect(() => recutWordIndex(swap(metaPath, new TextEncoder().encode('plain')))).toThrow(`${metaPath} is not a Pagefind 1.5 metadata file: it does not unzip`);
		expect(() => recutWordIndex(swap('pagefind-entry.json', new TextEncoder().encode('{')))).toThrow('pagefind-entry.json is not JSON');
		expect(() => recutWordIndex(swap('pagefind-entry.json', new TextEncoder().encode('{"languages":{"en":{}}}')))).toThrow('pagefind-entry.json does not name a metadata hash for each language');
	});
});
