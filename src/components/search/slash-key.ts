/**
 * "/" focuses a search box from anywhere on the site, as on many search-heavy sites: the
 * search page's own box when it is shown, otherwise the header's. Never while the reader is
 * typing in a field, and never with a modifier key held.
 */
export function focusSearchOnSlash(event: KeyboardEvent): void {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
	const target = event.target instanceof Element ? event.target : null;
	if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
	const boxes = ['main', 'header'].map((which) => document.querySelector<HTMLInputElement>(`input[data-search-box="${which}"]`));
	const box = boxes.find((b) => b?.checkVisibility());
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
}
