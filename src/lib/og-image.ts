/**
 * Share cards: a 1200×630 PNG per statement, made at build time without a browser (satori
 * lays out, resvg renders), with the font shipped in an npm package — nothing is downloaded.
 * The quote is shown whole; only if it cannot fit is it cut, with an ellipsis, by the layout.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`));
const FONTS = [
	{ name: 'Noto Sans', data: font('noto-sans-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
	{ name: 'Noto Sans', data: font('noto-sans-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
	{ name: 'Noto Sans', data: font('noto-sans-latin-ext-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
	// Ukrainian and Russian quotes, and the Ukrainian edition's cards.
	{ name: 'Noto Sans', data: font('noto-sans-cyrillic-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
	{ name: 'Noto Sans', data: font('noto-sans-cyrillic-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];

let wasmReady: Promise<void> | undefined;

export interface CardInput {
	quote: string;
	speaker: string;
	role: string;
	/** As shown to readers: "26 Feb 2025", "about February 2025". */
	date: string;
	stance: string;
	/** Who printed the words, original first, and any caveat on them ("Outlet’s translation"). */
	provenance: string;
	siteName: string;
}

/** Font size by length, so short remarks are large and long ones still fit in full. */
export function quoteFontSize(quote: string): number {
	const n = quote.length;
	return n <= 90 ? 56 : n <= 160 ? 46 : n <= 260 ? 38 : n <= 380 ? 32 : 28;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

/** The card as SVG (satori). */
export async function cardSvg(input: CardInput): Promise<string> {
	const tree = h(
		'div',
		{ width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', paddingTop: 48, paddingBottom: 48, paddingLeft: 64, paddingRight: 64, background: '#14161a', color: '#eceef1', fontFamily: 'Noto Sans' },
		h('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: '#8cc4ff' }, input.siteName),
		h(
			'div',
			{ display: 'flex', borderLeft: '8px solid #8cc4ff', paddingLeft: 32, width: 1072, fontSize: quoteFontSize(input.quote), lineHeight: 1.3, maxHeight: 360, overflow: 'hidden' },
			h('div', { display: 'block', width: 1032, lineClamp: 7, textOverflow: 'ellipsis' }, input.quote),
		),
		h(
			'div',
			{ display: 'flex', flexDirection: 'column', fontSize: 28 },
			h('div', { display: 'flex', fontWeight: 700, fontSize: 34 }, input.speaker),
			h('div', { display: 'flex', color: '#b4bac4' }, `${input.role} · ${input.date} · ${input.stance}`),
			h('div', { display: 'flex', color: '#b4bac4', fontSize: 24 }, input.provenance),
		),
	);
	return satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: FONTS });
}

/** Renders a card without the cache (the benchmark times this). */
export async function renderCardPng(input: CardInput): Promise<Uint8Array> {
	wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
	await wasmReady;
	return new Resvg(await cardSvg(input), { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

/** Bump when the card's design changes, so cached cards are made again. */
const DESIGN_VERSION = 2;
const CACHE_DIR = 'node_modules/.cache/gw-og';

/**
 * The card as PNG bytes. Rendering costs about 0.1 s a card, so cards are cached on disk by
 * a hash of what they show: a rebuild only draws the cards whose statement changed.
 */
export async function cardPng(input: CardInput): Promise<Uint8Array> {
	const key = createHash('sha256').update(JSON.stringify([DESIGN_VERSION, input])).digest('hex');
	const cached = `${CACHE_DIR}/${key}.png`;
	if (existsSync(cached)) return readFileSync(cached);
	const png = await renderCardPng(input);
	mkdirSync(CACHE_DIR, { recursive: true });
	writeFileSync(cached, png);
	return png;
}
