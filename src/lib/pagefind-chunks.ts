/**
 * Pagefind's word index, cut into smaller chunks once Pagefind has built it.
 *
 * Pagefind 1.5 cuts a bundle's word index into chunks of about 20,000 entries (a page a word is on,
 * and each of its positions there: `chunk_index(word_map, 20000)` in its
 * `pagefind/src/index/mod.rs`), a number it has no setting for. A search loads the chunk of
 * each word it asks for, so every word costs about 20 KB gzipped in every bundle it is looked
 * up in, however few pages hold it: at 5,000 statements, in two parts, the phrase "europe
 * have" loaded four such chunks, 86 KB of its 241.5 KB. Cut smaller (`WORD_CHUNK_ENTRIES`),
 * a word costs little more than its own pages and positions (figures in DEVELOPERS.md).
 *
 * The words, their pages and their positions are copied byte for byte from Pagefind's chunks;
 * only where one chunk ends and the next begins is ours, and the list of chunks in the
 * bundle's metadata that says so. A chunk ends only where the words' first three letters
 * change (or, for words that begin with a digit, the first digit), so every word that begins
 * with a typed word of three letters or more, or with a typed number, is in the same chunk as
 * it: Pagefind looks a typed word up in one chunk only, and also finds the words it begins
 * (its "extensions"). Pagefind's own cuts fall anywhere, so at a cut such a word could miss
 * the extensions in the next chunk; here it cannot. A typed word of one or two letters ("eu",
 * "is") finds the words it begins only as far as its chunk goes, as with Pagefind's own cuts.
 *
 * How Pagefind's search picks a chunk (`try_request_indexes` in `pagefind_web/src/lib.rs`):
 * the first in the metadata's list with `from <= word <= to`, compared as strings. So `from`
 * is the group of the chunk's first word, and `to` the group of its last word followed by
 * U+10FFFF, the last character there is, which no word of that group sorts after; a word
 * shorter than three letters is its own group and ends a chunk as itself, so that the words
 * it begins, in the next chunk, are looked up there.
 *
 * The format is Pagefind 1.5's (checked by the version each metadata file names; the build
 * stops on any other): every file is gzipped, starting with the 12 bytes `pagefind_dcd`, over
 * CBOR (RFC 8949). The metadata is an array: version, pages, index chunks (each
 * `[from, to, hash]`), filters, sorts, metadata fields; a chunk is `[[word, pages, …]…]`,
 * each page `[page, [position…], [position in the metadata…]]`. A
 * chunk's file is `index/<hash>.pf_index` and the metadata's `pagefind.<hash>.pf_meta`, both
 * named by a hash of their content (here `<language>_` and seven hex digits or more), and
 * `pagefind-entry.json` names the metadata's hash.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The most entries (pages and positions) a chunk holds, unless one group of words alone holds
 * more (see `cutWords`). Chosen by `npm run bench`
 * (see DEVELOPERS.md): smaller chunks cost each word less, and the metadata, which lists
 * every chunk, a little more.
 */
export const WORD_CHUNK_ENTRIES = 4000;

/** A file of a Pagefind bundle, as its Node API's `getFiles()` returns it. */
export interface BundleFile {
	path: string;
	content: Uint8Array;
}

/** The index format this module reads and writes: Pagefind 1.5's. */
const FORMAT = /^1\.5\./;
/** One of each for the whole module: a chunk has thousands of words, each read as text. */
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder('utf-8', { fatal: true });
const SIGNATURE = ENCODER.encode('pagefind_dcd');
const ARRAY = 4;
const TEXT = 3;

class FormatError extends Error {}

/** A CBOR item's head at `pos`: its major type, its argument (a length or a number), and where its content starts. */
function head(buf: Uint8Array, pos: number): { major: number; value: number; next: number } {
	if (pos >= buf.length) throw new FormatError(`it ends early, at byte ${pos}`);
	const first = buf[pos]!;
	const major = first >> 5;
	const info = first & 31;
	if (info < 24) return { major, value: info, next: pos + 1 };
	const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
	if (size === 0) throw new FormatError(`byte ${pos} starts an item of indefinite or reserved length, which Pagefind 1.5 does not write`);
	if (pos + size >= buf.length) throw new FormatError(`it ends early, at byte ${pos}`);
	let value = 0;
	for (let i = 1; i <= size; i++) value = value * 256 + buf[pos + i]!;
	if (!Number.isSafeInteger(value)) throw new FormatError(`byte ${pos} holds a number too large to be Pagefind's`);
	return { major, value, next: pos + 1 + size };
}

/** Where the CBOR item at `pos` ends. Only the types Pagefind writes: numbers, strings and arrays. */
function skip(buf: Uint8Array, pos: number): number {
	const { major, value, next } = head(buf, pos);
	if (major === 0 || major === 1) return next;
	if (major === 2 || major === TEXT) {
		if (next + value > buf.length) throw new FormatError(`it ends early, inside the string at byte ${pos}`);
		return next + value;
	}
	if (major === ARRAY) {
		let at = next;
		for (let i = 0; i < value; i++) at = skip(buf, at);
		return at;
	}
	throw new FormatError(`byte ${pos} holds a CBOR item of type ${major}, which Pagefind 1.5 does not write`);
}

/** Reads a head of the `major` type expected. */
function expect(buf: Uint8Array, pos: number, major: number, what: string): { value: number; next: number } {
	const h = head(buf, pos);
	if (h.major !== major) throw new FormatError(`${what} at byte ${pos} is not ${major === ARRAY ? 'an array' : major === TEXT ? 'a string' : `of CBOR type ${major}`}`);
	return h;
}

function readText(buf: Uint8Array, pos: number, what: string): { text: string; next: number } {
	const { value, next } = expect(buf, pos, TEXT, what);
	if (next + value > buf.length) throw new FormatError(`it ends early, inside ${what} at byte ${pos}`);
	return { text: DECODER.decode(buf.subarray(next, next + value)), next: next + value };
}

function encodeHead(major: number, value: number): Uint8Array {
	if (value < 24) return Uint8Array.of((major << 5) | value);
	if (value < 0x100) return Uint8Array.of((major << 5) | 24, value);
	if (value < 0x10000) return Uint8Array.of((major << 5) | 25, value >> 8, value & 0xff);
	if (value < 0x100000000) return Uint8Array.of((major << 5) | 26, value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
	throw new RangeError(`${value} is too large for a Pagefind index`);
}

function encodeText(text: string): Uint8Array[] {
	const bytes = ENCODER.encode(text);
	return [encodeHead(TEXT, bytes.length), bytes];
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** A Pagefind file's CBOR: gunzipped, without its signature. */
function unpack(content: Uint8Array): Uint8Array {
	let data: Uint8Array;
	try {
		data = new Uint8Array(gunzipSync(content));
	} catch (e) {
		throw new FormatError(`it does not unzip (${(e as Error).message})`);
	}
	if (!SIGNATURE.every((b, i) => data[i] === b)) throw new FormatError('it does not start with pagefind_dcd once unzipped');
	return data.subarray(SIGNATURE.length);
}

/** A CBOR body packed as Pagefind packs its files. Level 6, not Pagefind's 9: about 1% larger, in under half the time (DEVELOPERS.md). */
function pack(cbor: Uint8Array): Uint8Array {
	return new Uint8Array(gzipSync(concat([SIGNATURE, cbor]), { level: 6 }));
}

/** A word of a chunk: its encoded item, copied as it is, and its entries (each page it is on, and each of its positions there, in the text and in the metadata). */
interface Word {
	word: string;
	bytes: Uint8Array;
	entries: number;
}

/** The words of one chunk, in its order. */
function readChunk(cbor: Uint8Array): Word[] {
	const outer = expect(cbor, 0, ARRAY, 'the chunk');
	if (outer.value !== 1) throw new FormatError(`the chunk is an array of ${outer.value}, not 1`);
	const list = expect(cbor, outer.next, ARRAY, 'the list of words');
	let pos = list.next;
	const words: Word[] = [];
	for (let i = 0; i < list.value; i++) {
		const start = pos;
		const item = expect(cbor, pos, ARRAY, 'a word');
		if (item.value < 2) throw new FormatError(`a word at byte ${pos} is an array of ${item.value}, not of its text and pages`);
		const word = readText(cbor, item.next, 'a word');
		const pages = expect(cbor, word.next, ARRAY, `the pages of "${word.text}"`);
		let at = pages.next;
		let entries = 0;
		for (let p = 0; p < pages.value; p++) {
			// [page, [position…], [position in the metadata…]]: a page and each position is an entry.
			const page = expect(cbor, at, ARRAY, `a page of "${word.text}"`);
			at = skip(cbor, page.next);
			entries += 1;
			for (let k = 1; k < page.value; k++) {
				entries += expect(cbor, at, ARRAY, `the positions of "${word.text}"`).value;
				at = skip(cbor, at);
			}
		}
		for (let k = 2; k < item.value; k++) at = skip(cbor, at);
		pos = at;
		words.push({ word: word.text, bytes: cbor.subarray(start, pos), entries });
	}
	if (pos !== cbor.length) throw new FormatError(`the chunk goes on after its words, at byte ${pos}`);
	return words;
}

/**
 * The group a word is kept with: words that begin with a digit all together (so "5" finds
 * "5like", Pagefind's word for "5-like", as it did in Pagefind's own chunks: "Article 5"
 * lost 38 of its 150 statements when numbers were cut like words), other words by their
 * first three letters (a shorter word is its own group).
 */
function group(word: string): string {
	const letters = Array.from(word);
	return NUMBER.test(word) ? letters[0]! : letters.slice(0, 3).join('');
}
const NUMBER = /^\p{Nd}/u;

/** True when `a` sorts before `b` as Pagefind sorts words: by their UTF-8 bytes. */
function before(a: string, b: string): boolean {
	return Buffer.compare(Buffer.from(a), Buffer.from(b)) < 0;
}

/**
 * Words in order, cut into chunks of at most `entries` entries, only between groups (see
 * `group`): a group larger than that is a chunk of its own, so a word in a large group costs
 * that group and no more.
 */
export function cutWords<T extends { word: string; entries: number }>(words: readonly T[], entries: number): T[][] {
	const groups: { key: string; words: T[]; size: number }[] = [];
	for (const word of words) {
		const key = group(word.word);
		const last = groups[groups.length - 1];
		if (last?.key === key) {
			last.words.push(word);
			last.size += word.entries;
		} else groups.push({ key, words: [word], size: word.entries });
	}
	const chunks: T[][] = [];
	let chunk: T[] = [];
	let size = 0;
	for (const g of groups) {
		if (chunk.length && size + g.size > entries) {
			chunks.push(chunk);
			chunk = [];
			size = 0;
		}
		chunk.push(...g.words);
		size += g.size;
	}
	if (chunk.length) chunks.push(chunk);
	return chunks;
}

/** The range of words the metadata gives a chunk, so that Pagefind looks each word up in the chunk that has it (see above). */
export function chunkRange(first: string, last: string): [string, string] {
	const end = group(last);
	// A group of three letters, or of a digit, holds every word that begins with it; a shorter
	// word's group holds only that word (the words it begins are in other groups).
	const closed = NUMBER.test(end) || Array.from(end).length === 3;
	return [group(first), closed ? `${end}\u{10FFFF}` : end];
}

/** The metadata's items as byte spans, and the hashes of its index chunks (its third item). */
function readMeta(cbor: Uint8Array): { items: Uint8Array[]; chunks: string[] } {
	const top = expect(cbor, 0, ARRAY, 'the metadata');
	if (top.value < 5) throw new FormatError(`the metadata is an array of ${top.value}, not of 5 or more`);
	const items: Uint8Array[] = [];
	let pos = top.next;
	for (let i = 0; i < top.value; i++) {
		const end = skip(cbor, pos);
		items.push(cbor.subarray(pos, end));
		pos = end;
	}
	if (pos !== cbor.length) throw new FormatError(`the metadata goes on after its items, at byte ${pos}`);
	const version = readText(items[0]!, 0, 'the version').text;
	if (!FORMAT.test(version)) throw new FormatError(`it was built by Pagefind ${version}; this site reads the index format of Pagefind 1.5`);
	const list = expect(items[2]!, 0, ARRAY, 'the list of index chunks');
	const chunks: string[] = [];
	let at = list.next;
	for (let i = 0; i < list.value; i++) {
		const triple = expect(items[2]!, at, ARRAY, 'an index chunk');
		if (triple.value !== 3) throw new FormatError(`an index chunk at byte ${at} is an array of ${triple.value}, not 3`);
		const from = readText(items[2]!, triple.next, "a chunk's first word");
		const to = readText(items[2]!, from.next, "a chunk's last word");
		const hash = readText(items[2]!, to.next, "a chunk's hash");
		chunks.push(hash.text);
		at = hash.next;
	}
	return { items, chunks };
}

/** `<prefix>` and the first seven hex digits of the content's SHA-256, more while another name in `taken` has them. */
function hashName(prefix: string, cbor: Uint8Array, taken: Set<string>): string {
	const hex = createHash('sha256').update(cbor).digest('hex');
	let length = 7;
	while (taken.has(`${prefix}${hex.slice(0, length)}`) && length < hex.length) length++;
	const name = `${prefix}${hex.slice(0, length)}`;
	taken.add(name);
	return name;
}

/** Reads a file with `read`; a format error is the file's, and says so with its path (any other error is this module's own). */
function inFile<T>(path: string, kind: string, read: () => T): T {
	try {
		return read();
	} catch (e) {
		if (!(e instanceof FormatError)) throw e;
		throw new Error(`${path} is not a Pagefind 1.5 ${kind}: ${e.message}`);
	}
}

/** `pagefind-entry.json`: each language's metadata hash, checked, so that a bad file is named. */
function readEntry(content: Uint8Array): { languages: Record<string, { hash: string }> } {
	let entry: unknown;
	try {
		entry = JSON.parse(new TextDecoder().decode(content));
	} catch (e) {
		throw new Error(`pagefind-entry.json is not JSON: ${(e as Error).message}`);
	}
	const languages = (entry as { languages?: unknown } | null)?.languages;
	if (typeof languages !== 'object' || languages === null || !Object.values(languages).every((l) => typeof (l as { hash?: unknown })?.hash === 'string')) {
		throw new Error('pagefind-entry.json does not name a metadata hash for each language (languages.<language>.hash)');
	}
	return entry as { languages: Record<string, { hash: string }> };
}

/**
 * A Pagefind bundle's files with each language's word index cut into chunks of about
 * `entries` entries (see above). Every other file is returned as it is. Throws, naming the
 * file, when a file is not in the format this reads.
 */
export function recutWordIndex(files: readonly BundleFile[], entries: number = WORD_CHUNK_ENTRIES): BundleFile[] {
	const byPath = new Map(files.map((f) => [f.path, f]));
	const entryFile = byPath.get('pagefind-entry.json');
	if (!entryFile) throw new Error('the Pagefind bundle has no pagefind-entry.json');
	const entry = readEntry(entryFile.content);
	const dropped = new Set<string>();
	const added: BundleFile[] = [];
	for (const [language, info] of Object.entries(entry.languages)) {
		const metaPath = `pagefind.${info.hash}.pf_meta`;
		const metaFile = byPath.get(metaPath);
		if (!metaFile) throw new Error(`the Pagefind bundle has no ${metaPath}, which pagefind-entry.json names`);
		const meta = inFile(metaPath, 'metadata file', () => readMeta(unpack(metaFile.content)));
		const words: Word[] = [];
		for (const hash of meta.chunks) {
			const path = `index/${hash}.pf_index`;
			const file = byPath.get(path);
			if (!file) throw new Error(`the Pagefind bundle has no ${path}, which ${metaPath} names`);
			words.push(...inFile(path, 'index chunk', () => readChunk(unpack(file.content))));
			dropped.add(path);
		}
		for (let i = 1; i < words.length; i++) {
			if (!before(words[i - 1]!.word, words[i]!.word)) throw new Error(`${metaPath}: the words of its index chunks are not in order ("${words[i - 1]!.word}" before "${words[i]!.word}")`);
		}
		const taken = new Set<string>();
		const listed: Uint8Array[] = [];
		const chunks = cutWords(words, entries);
		for (const chunk of chunks) {
			const cbor = concat([encodeHead(ARRAY, 1), encodeHead(ARRAY, chunk.length), ...chunk.map((w) => w.bytes)]);
			const hash = hashName(`${language}_`, cbor, taken);
			added.push({ path: `index/${hash}.pf_index`, content: pack(cbor) });
			const [from, to] = chunkRange(chunk[0]!.word, chunk[chunk.length - 1]!.word);
			listed.push(encodeHead(ARRAY, 3), ...encodeText(from), ...encodeText(to), ...encodeText(hash));
		}
		const metaCbor = concat([encodeHead(ARRAY, meta.items.length), meta.items[0]!, meta.items[1]!, encodeHead(ARRAY, chunks.length), ...listed, ...meta.items.slice(3)]);
		const metaHash = hashName(`${language}_`, metaCbor, new Set());
		dropped.add(metaPath);
		added.push({ path: `pagefind.${metaHash}.pf_meta`, content: pack(metaCbor) });
		info.hash = metaHash;
	}
	dropped.add('pagefind-entry.json');
	added.push({ path: 'pagefind-entry.json', content: ENCODER.encode(JSON.stringify(entry)) });
	return [...files.filter((f) => !dropped.has(f.path)), ...added];
}
