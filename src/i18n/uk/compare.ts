/** The compare page's words, the page's and its script's (compare.ts), in Ukrainian: part of `uk` (../uk.ts). No import: its script shares no chunk with another. */

/** The Ukrainian plural, as in ./common.ts (1, 21… → one; 2–4, 22–24… → few; else, 11–14 included, → many). */
const plural = (n: number, one: string, few: string, many: string) => {
	const lastTwo = Math.abs(n) % 100;
	const last = lastTwo % 10;
	return `${n} ${lastTwo >= 11 && lastTwo <= 14 ? many : last === 1 ? one : last >= 2 && last <= 4 ? few : many}`;
};

export const compare = {
	title: 'Порівняння двох заяв',
	description: 'Дві заяви поруч: хто, коли, де, під час якої події, як закодовано кожну з них, а також обидві цитати з джерелами.',
	ready: 'Готові порівняння: останні зрушення в реєстрі',
	/** Under the list when the record has more shifts than it shows. */
	readyMore: (shown: number, total: number) => `Останні ${shown} з ${plural(total, 'зрушення', 'зрушень', 'зрушень')}. Сторінка кожного мовця наводить його зрушення, а повний їх перелік — на сторінках зрушень.`,
	readyIntro: 'Кожне з них — це зміна позиції мовця або ролі США в його словах від однієї нагоди до наступної (<shifts>як рахуємо зрушення</shifts>). Спершу найновіші.',
	needsJs: 'Для порівняння поруч потрібен JavaScript; без нього переходьте за датами на сторінки окремих заяв.',
	// The script (compare.ts).
	loading: 'Завантаження…',
	notFound: (ids: string[]) => `Немає заяви з ідентифікатором ${ids.map((id) => `«${id}»`).join(' чи ')}.`,
	speaker: 'Мовець',
	role: 'Посада',
	date: 'Дата',
	setting: 'Обставини',
	event: 'Подія',
	stance: 'Позиція (v1)',
	noElements: 'не названо',
	noEvent: 'немає',
	via: (original: string, outlet: string) => `${original} (через ${outlet})`,
	caveats: (labels: string) => `Застереження: ${labels}`,
	sources: 'Джерела',
	caption: 'Дві заяви, вимір за виміром; змінені закодовані виміри позначено.',
	first: 'Перша',
	second: 'Друга',
	firstStatement: 'Перша заява',
	secondStatement: 'Друга заява',
	changed: (n: number) => (n ? `Змінено ${plural(n, 'закодований вимір', 'закодовані виміри', 'закодованих вимірів')} (позначено).` : 'Обидві заяви закодовано однаково за всіма вимірами.'),
	/** A column's heading: the statement's speaker and date. */
	column: (name: string, date: string) => `${name}, ${date}`,
	documentTitle: (a: { name: string; date: string }, b: { name: string; date: string }, site: string) => `Порівняння: ${a.name}, ${a.date} і ${b.name}, ${b.date} · ${site}`,
};
