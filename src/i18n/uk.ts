/**
 * Every word of the interface, in Ukrainian: the counterpart of ./en.ts, with the same keys and
 * the same functions (`Dictionary` in ./en.ts); see en.ts for the conventions. Content
 * (quotes, names, roles, settings, outlets, the codebook) is not here. Not yet wired into the
 * site (`LANGUAGES` in ./index.ts).
 *
 * Names, countries and months come in as they stand (nominative) and cannot be declined here,
 * so texts put them after a colon or in apposition ("${name}: заяви"). Numbers take their noun
 * through `plural(n, one, few, many)` (./uk/common.ts), each form in the case the sentence needs.
 * Ranges of dates are written "${first} — ${last}". Apostrophe: ʼ (U+02BC); quotation marks «…».
 *
 * Glossary (one Ukrainian term per English term):
 * - statement: заява; the record: реєстр; on record: у реєстрі
 * - speaker: мовець; role (a speaker's office): посада; leader: лідер; official: посадовець
 * - (news) report: матеріал (ЗМІ); outlet: видання; publisher: видавець; source: джерело;
 *   primary (source): основне (джерело); an error report: повідомлення (про помилку)
 * - quote: цитата; direct quote: пряма цитата; paraphrase: переказ; retold/rewrite: переповідь;
 *   wording: формулювання; evidence: уривок-доказ; headline/title: заголовок
 * - security guarantees: гарантії безпеки; U.S. security guarantees for Ukraine: гарантії
 *   безпеки США для України; NATO: НАТО
 * - position: позиція; stance (the v1 code): позиція (v1), always with "(v1)";
 *   U.S. role: роль США; speech act: мовленнєвий акт; element: елемент; dimension: вимір
 * - code / to code / coder / codebook: код / кодувати / кодувальник / кодувальна інструкція
 * - shift: зрушення; change: зміна; occasion: нагода; event: подія; setting: обставини
 * - timeline: хронологія; archive: архів; method: методика; data: дані; feed: стрічка
 * - correction: виправлення; what changed: що змінилося; label/caveat: мітка/застереження
 * - citation: бібліографічний опис; link: посилання; address: адреса; permanent: постійний
 * - build (of the site): збірка; preview build: попередня збірка; embed: вбудовування
 * - newest first: спершу найновіші; oldest first: спершу найдавніші
 */

import { common, plural, statementCard } from './uk/common.ts';
import { compare } from './uk/compare.ts';
import { copyLink } from './uk/copy-link.ts';
import { whatsNew } from './uk/whats-new.ts';
import { takeAway } from './uk/take-away.ts';
import { search } from './uk/search.ts';
import type { Dictionary } from './en.ts';

const { statements, corrections } = common;


export const layout = {
	tagline: 'Що лідери казали про гарантії безпеки США для України',
	homeTitle: (site: string, tagline: string) => `${site}: ${tagline}`,
	pageTitle: (title: string, site: string) => `${title} · ${site}`,
	feedAtom: (site: string) => `${site}: усі заяви (Atom)`,
	feedJson: (site: string) => `${site}: усі заяви (JSON Feed)`,
	skipLink: 'Перейти до основного вмісту',
	previewNotice: (origin: string) => `Попередня збірка: адреси на цій сторінці ведуть на ${origin} і не є постійними посиланнями. Посилайтеся натомість на опублікований сайт.`,
	mainNav: 'Основна',
	/** On a phone the sections fold into this menu. */
	menu: 'Меню',
	menuNav: 'Основна (меню)',
};

export const nav = {
	timeline: 'Хронологія',
	positions: 'Позиції',
	speakers: 'Мовці',
	events: 'Події',
	sources: 'Джерела',
	method: 'Методика',
	data: 'Дані',
	/** Breadcrumbs: the timeline's archive, and the page one is on. */
	archive: 'Архів',
	thisEvent: 'ця подія',
	thisReport: 'цей матеріал',
	thisStatement: 'ця заява в хронології',
};

export const footer = {
	about: (site: string) => `${site} — публічний реєстр того, що лідери говорили про гарантії безпеки США для України. Кожну цитату скопійовано дослівно з матеріалу, зазначеного поруч із нею.`,
	howWeWork: 'Як ми працюємо',
	corrections: 'Виправлення',
	changes: 'Що змінилося',
	data: 'Завантажити дані',
};

export const feeds = {
	all: (site: string) => `${site}: усі заяви`,
	bySpeaker: (site: string, name: string) => `${site}: заяви — ${name}`,
};

export const siteSearch = {
	label: 'Сайт',
	box: 'Пошук цитат',
	submit: 'Шукати',
	/** On a phone, where the header has no room for the box: the link to the search page. */
	link: 'Пошук',
};

export const cite = {
	heading: 'Як цитувати цю заяву',
	note: 'Кожен бібліографічний опис називає основний матеріал і постійну адресу цієї сторінки; дата звернення — день, коли зібрано цю копію реєстру.',
	copy: (format: string) => `Копіювати ${format}`,
	copied: (format: string) => `Бібліографічний опис ${format} скопійовано.`,
};

export const archiveNav = {
	label: 'Архів хронології',
	/** A month in the record's span with no statement on record. */
	empty: (month: string) => `${month}: заяв у реєстрі немає`,
};

export const chart = {
	strip: (name: string, n: number) => `${name}: ${statements(n)} у часі`,
	caption: (name: string, dimension: 'usRole' | 'position', withEvents: boolean) =>
		`${name}: ${dimension === 'usRole' ? 'роль США' : 'позиція'} в кожній заяві з плином часу, одна позначка на заяву, кожна — посилання на неї. Смуга позначає дату, відому лише приблизно або з точністю до місяця.${withEvents ? ' Пронумеровані лінії — це події, наведені нижче.' : ''}`,
	eventLegend: (name: string) => `${name}: події, під час яких прозвучали заяви, з номерами як на графіку`,
};

export const shiftList = {
	noChange: (name: string) => `${name}: за даними реєстру, позиція мовця і роль США в його словах від нагоди до нагоди не змінювалися.`,
	onlyOne: 'У реєстрі лише одна заява, тож зрушень поки не видно.',
	after: (days: number) => (days < 1 ? 'того самого дня' : days < 60 ? `через ${plural(days, 'день', 'дні', 'днів')}` : `через ${plural(Math.round(days / 30.4), 'місяць', 'місяці', 'місяців')}`),
	compare: 'порівняти поруч',
	latest: (shown: number, all: number) => `Останні ${shown} з ${plural(all, 'зрушення', 'зрушень', 'зрушень')}.`,
	all: (n: number, name: string) => `${name}: усі зрушення (${n})`,
	sameOccasion: (n: number) => `Сказано за однієї нагоди (${n}): не рахуються як зрушення`,
	/** Two statements of one occasion: `{from}` and `{to}` are links to them. */
	pair: '{from} і {to}',
};

export const sourceList = {
	relation: (relation: 'citing' | 'rewrite' | 'copy', outlet: string) =>
		`(${relation === 'citing' ? 'за повідомленням' : relation === 'rewrite' ? 'у переповіді' : 'прочитано в копії на сайті'} ${outlet})`,
	primary: 'Цитату скопійовано з цього матеріалу',
	noHeadline: ' (на збереженій сторінці немає заголовка)',
	titleNote: (note: string) => ` (заголовок: ${note})`,
	by: (author: string) => `Автор: ${author}`,
	noAuthor: 'Автора не зазначено',
	/** `{date}`: the date the page shows. */
	published: 'Опубліковано {date}',
	noDate: 'На сторінці не зазначено дати публікації',
	copyDated: ' (копія від {date})',
	aboutReport: 'Про цей матеріал',
	/** `{kind}`: the kind of wording, in lower case. */
	ownWording: 'Власне формулювання цього матеріалу, {kind} (<mark>позначені</mark> слова відрізняються від цитати вище):',
	asRecorded: 'Наводить цитату так, як її записано вище.',
	evidence: 'Як надруковано в цьому матеріалі',
};

export const notFound = {
	title: 'Сторінку не знайдено',
	description: (site: string) => `Ця адреса не належить до сайту ${site}.`,
	body: 'За цією адресою немає сторінки. Адреси заяв після публікації ніколи не змінюються, тож якщо ви перейшли сюди за посиланням з іншого сайту, у посиланні, можливо, помилка.',
	timeline: 'Хронологія всіх заяв',
};

export const moved = {
	title: 'Цю сторінку перенесено',
	description: (to: string) => `Сторінку з цієї адреси перенесено на ${to}.`,
	/** `{link}`: the new address; `{reason}`: why it moved. */
	body: 'Її вміст тепер за адресою {link} ({reason}).',
};

export const home = {
	title: 'Хронологія',
	description: (n: number, speakers: number) => `${statements(n)} від ${plural(speakers, 'лідера', 'лідерів', 'лідерів')} щодо гарантій безпеки США для України: кожну процитовано дослівно, з посиланнями на матеріали, що її опублікували.`,
	lede: (n: number, speakers: number, span: [string, string] | null) =>
		`${statements(n)} від ${plural(speakers, 'мовця', 'мовців', 'мовців')}${span ? `, ${span[0]} — ${span[1]}` : ''}; кожну процитовано дослівно з матеріалу, зазначеного поруч.`,
	/** `{date}`: the day. A sentence of its own, after the count of statements shown. */
	reviewed: ' Востаннє переглянуто {date} (<freshness>останній день, коли заяву додали, змінили або виправили</freshness>).',
	whatsNew: (added: number, corrected: number) =>
		`<strong>Нове</strong> за 30 днів до {date} включно: додано ${plural(added, 'заяву', 'заяви', 'заяв')}, зроблено ${corrections(corrected)}. <changes>Що змінилося</changes>`,
	coding: 'Кожну заяву закодовано за позицією, яку вона займає, і роллю, яку вона відводить США, за <coding>кодувальною інструкцією, яку двоє незалежних кодувальників застосовують узгоджено</coding>, і привʼязано до <events>події</events>, під час якої її зроблено. Див. <positions>як змінювалися позиції</positions> всіх мовців на одній осі часу.',
	all: (n: number) => `Усі заяви (${n}), спершу найновіші.`,
	latest: (n: number) => `${plural(n, 'остання заява', 'останні заяви', 'останніх заяв')}, спершу найновіші; усі попередні — в <archive>архіві за місяцями</archive>.`,
	goToMonth: 'Перейти до місяця',
	allOfMonth: (n: number, month: string) => `${month}: усі заяви (${n})`,
	earlier: (month: string) => `Раніше: ${month}`,
	allMonths: 'Усі місяці',
	recentEvents: 'Останні події',
	eventLine: (n: number) => statements(n),
	allEvents: 'Усі події',
};

export const timeline = {
	title: 'Архів хронології',
	description: (n: number) => `Усі заяви (${n}) щодо гарантій безпеки США для України за роками й місяцями.`,
	lede: (n: number) => `Усі заяви в реєстрі (${n}) за місяцем, коли їх зроблено. Заяву, дата якої відома лише з точністю до місяця, наведено в цьому місяці; заяву з приблизною датою — у місяці дати, записаної для неї.`,
	yearTitle: (year: string) => `Хронологія: ${year}`,
	yearDescription: (n: number, year: string) => `${year} рік: ${statements(n)} щодо гарантій безпеки США для України за місяцями.`,
	yearLede: (n: number, year: string, months: number) => `У ${year} році — ${statements(n)} у ${plural(months, 'місяці', 'місяцях', 'місяцях')}. Виберіть місяць.`,
	monthTitle: (label: string) => `Хронологія: ${label}`,
	monthDescription: (month: string, page: number, pages: number) =>
		`Заяви щодо гарантій безпеки США для України за ${month}${pages > 1 ? `, сторінка ${page} з ${pages}` : ''}, спершу найновіші; усі цитати дослівні.`,
	/** `shown`: the first and last number on this page, when the month has several. */
	monthLede: (n: number, month: string, shown: [number, number] | null) =>
		`${month}: ${statements(n)}${shown ? `; на цій сторінці — № ${shown[0]}–${shown[1]}` : ''}, спершу найновіші.`,
	pager: 'Новіші й давніші',
	newer: (label: string) => `Новіші: ${label}`,
	older: (label: string) => `Давніші: ${label}`,
	pagesOf: (month: string) => `Сторінки за ${month}`,
	otherMonths: 'Інші місяці',
};

export const events = {
	title: 'Події',
	description: 'Саміти, зустрічі, інтервʼю та раунди переговорів, під час яких зроблено заяви з реєстру, спершу найновіші.',
	lede: (withEvent: number, all: number, events: number) =>
		`Нагоди, за яких зроблено заяви: саміти, зустрічі, інтервʼю, документи та раунди переговорів, спершу найновіші. Повʼязано з однією з цих подій (усього подій: ${events}): ${withEvent} з ${plural(all, 'заяви', 'заяв', 'заяв')}; решту зроблено поза подіями.`,
	count: (n: number) => (n === 0 ? 'заяв у реєстрі поки немає' : statements(n)),
	eventDescription: (name: string, when: string, n: number) => `${name}, ${when}: що відбулося та які заяви щодо гарантій безпеки США для України там прозвучали (${n}).`,
	when: 'Коли',
	where: 'Де',
	participants: 'Хто брав участь',
	summary: 'Що відбулося',
	madeThere: (n: number) => `Заяви, зроблені під час події (${n})`,
	none: 'У реєстрі поки немає жодної заяви, зробленої під час цієї події.',
	reports: 'Матеріали про подію',
	/** An event's statements on numbered pages (more than fit on one). */
	pageTitle: (name: string, page: number, pages: number) => `${name}: заяви, сторінка ${page} з ${pages}`,
	pageLede: (from: number, to: number, n: number) => `Заяви з ${from} по ${to} з ${n}, у тому порядку, в якому їх зроблено.`,
	pagesLabel: (name: string) => `${name}: сторінки заяв`,
	earlier: (page: number) => `Раніше: сторінка ${page}`,
	later: (page: number) => `Пізніше: сторінка ${page}`,
};

export const sources = {
	title: 'Джерела',
	description: (n: number) => `Матеріали ЗМІ (${n}), на яких побудовано реєстр, — кожен із заявами, які він містить.`,
	lede: (n: number) => `${plural(n, 'матеріал ЗМІ', 'матеріали ЗМІ', 'матеріалів ЗМІ')}, спершу найновіші. Матеріали, на сторінках яких немає дати публікації, наведено наприкінці.`,
	pageTitle: (page: number, pages: number) => `Джерела, сторінка ${page} з ${pages}`,
	pageLede: (from: number, to: number, n: number) => `Матеріали ${from}–${to} з ${n}, спершу найновіші.`,
	pagesLabel: 'Сторінки переліку матеріалів ЗМІ',
	newer: (page: number) => `Новіші: сторінка ${page}`,
	older: (page: number) => `Давніші: сторінка ${page}`,
	dateNotShown: 'дату не зазначено',
	reportDescription: (outlet: string, published: string | null, n: number) => `Матеріал видання ${outlet}${published ? `, ${published}` : ''}, і заяви, які він містить (${n}).`,
	noHeadline: 'Збережена копія цієї сторінки не має заголовка, тому тут його не наведено.',
	outlet: 'Видання',
	original: 'Оригінальний матеріал',
	originalTitle: (title: string) => `, «${title}»`,
	originalBy: (author: string) => `, автор: ${author}`,
	originalAddress: 'оригінальна адреса',
	relation: (relation: 'citing' | 'rewrite' | 'copy') =>
		relation === 'citing' ? 'Ця сторінка повідомляє, що опублікував оригінал.' : relation === 'rewrite' ? 'Ця сторінка переповідає оригінальний матеріал разом із його цитатами.' : 'Ця сторінка — копія оригінального матеріалу.',
	author: 'Автор',
	notShown: 'Не зазначено',
	published: 'Опубліковано',
	noDate: 'На сторінці дату не зазначено',
	titleNote: 'Заголовок',
	address: 'Адреса',
	summary: 'Наш короткий виклад',
	carried: (n: number) => `Заяви в цьому матеріалі (${n})`,
};

export const speakers = {
	title: 'Мовці',
	description: (n: number) => `${plural(n, 'особа', 'особи', 'осіб')}, чиї заяви щодо гарантій безпеки США для України є в реєстрі, за країною чи організацією.`,
	lede: (n: number) => `${plural(n, 'особа', 'особи', 'осіб')}; згруповано за країною чи організацією, яку представляє кожен мовець.`,
	/** The dates of a speaker's first and (when there are several) last statement. */
	span: (n: number, first: string, last: string | null) => `${statements(n)}, ${first}${last ? ` — ${last}` : ''}`,
};

export const speaker = {
	description: (n: number, name: string, country: string) => `${name} (${country}): ${statements(n)} щодо гарантій безпеки США для України в хронологічному порядку.`,
	feed: (name: string) => `${name}: заяви (Atom)`,
	onRecord: (n: number, first: string, last: string | null) => `У реєстрі: ${statements(n)} (${first}${last ? ` — ${last}` : ''}), спершу найдавніші.`,
	follow: (name: string) => `Стежити за заявами: ${name} (стрічка Atom)`,
	chart: (dimension: 'usRole' | 'position') => (dimension === 'usRole' ? 'Роль США в словах мовця з плином часу' : 'Позиція з плином часу'),
	asTable: 'Те саме у вигляді таблиці',
	tableCaption: (name: string) => `${name}: заяви в хронологічному порядку з їхніми кодами`,
	date: 'Дата',
	position: 'Позиція',
	usRole: 'Роль США',
	setting: 'Обставини',
	/** `<pages>`: the link to the first list page. */
	listed: (pages: number) => `Ті самі заяви з позиціями (v1), записаними словами, наведено в хронологічному порядку на <pages>${plural(pages, 'сторінці', 'сторінках', 'сторінках')}</pages> (див. нижче).`,
	shifts: 'Зрушення',
	stancesCounted: 'Позиції (v1): підрахунок',
	stancesCaption: (name: string) => `${name}: кількість заяв за позицією (v1)`,
	stance: 'Позиція (v1)',
	statements: 'Заяви',
	allPages: (n: number, perPage: number) => `Усі заяви (${n}), спершу найдавніші, по ${perPage} на сторінці:`,
	latest: (n: number) => `${plural(n, 'остання', 'останні', 'останніх')}, спершу найновіші`,
	// The numbered list pages.
	listTitle: (name: string, page: number, pages: number) => `${name}: заяви, сторінка ${page} з ${pages}`,
	listDescription: (name: string, range: string) => `${name}: заяви щодо гарантій безпеки США для України, ${range}, спершу найдавніші.`,
	listLede: (n: number, range: string) => `${statements(n)}, ${range}, спершу найдавніші.`,
	listPages: (name: string) => `${name}: сторінки заяв`,
	earlier: (page: number) => `Раніше: сторінка ${page}`,
	later: (page: number) => `Пізніше: сторінка ${page}`,
	// The pages of all shifts.
	shiftsTitle: (name: string, page: number, pages: number) => `${name}: усі зрушення${pages > 1 ? `, сторінка ${page} з ${pages}` : ''}`,
	shiftsDescription: (name: string) => `${name}: кожна зміна позиції або ролі США від однієї нагоди до наступної щодо гарантій безпеки США для України.`,
	shiftsLede: (n: number) => `${plural(n, 'зміна', 'зміни', 'змін')} позиції або ролі США між двома нагодами, спершу найдавніші, з цитатами обох заяв. <shifts>Як рахуємо зрушення</shifts>.`,
	shiftsPages: (name: string) => `${name}: сторінки зрушень`,
};

export const correctionsPage = {
	title: 'Виправлення',
	description: 'Усі виправлення, внесені до реєстру, спершу найновіші: що змінилося, чому і коли.',
	feed: (site: string) => `${site}: виправлення (Atom)`,
	lede: 'Коли ми знаходимо помилку — цитату, що відрізняється від матеріалу, хибну дату, неправильно закодовану позицію (v1), — ми виправляємо заяву на її власній сторінці, зберігаємо її адресу й фіксуємо виправлення тут і на тій сторінці. <feed>Стежити за виправленнями (стрічка Atom)</feed>.',
	none: 'До реєстру ще не вносили виправлень.',
	report: 'Повідомити про помилку',
	reportHere: 'Знайшли цитату, що відрізняється від матеріалу, хибну дату чи неправильно закодовану заяву? <report>Повідомте про це тут</report>: зазначте адресу заяви і те, що насправді в матеріалі. Ми читаємо кожне повідомлення й відповідаємо на нього; підтверджену помилку виправляємо й наводимо на цій сторінці.',
	noReportAddress: 'У цій копії сайту не налаштовано адреси для повідомлень про помилки. Повідомте про помилку видавцеві копії, яку ви читаєте, зазначивши адресу заяви і те, що насправді в матеріалі.',
	how: 'Як ми вносимо виправлення',
};

export const changes = {
	title: 'Що змінилося',
	description: 'Заяви, додані до реєстру, і внесені виправлення, день за днем, спершу найновіші.',
	feed: (site: string) => `${site}: що змінилося (Atom)`,
	lede: 'Кожна заява, додана до реєстру, і кожне внесене виправлення — за днем, коли це сталося, спершу найновіші. Ці дати записано в самому реєстрі. <feed>Стежити за змінами (стрічка Atom)</feed>.',
	corrections,
	added: (n: number) => `Додано ${plural(n, 'заяву', 'заяви', 'заяв')}`,
	/** A large day's additions, listed by speaker. */
	addedBy: (name: string, n: number) => `${name}: ${statements(n)}`,
};

export const embed = {
	preview: 'Попередня збірка: посилання цієї картки не постійні.',
	full: (site: string) => `Повний реєстр на сайті ${site}`,
};

export const statement = {
	title: (name: string, date: string, quote: string) => `${name}, ${date}: «${quote}»`,
	/** A quote cut short for the title. */
	cut: (start: string) => `${start}…`,
	description: (name: string, role: string, date: string, setting: string, stance: string, reports: number) =>
		`${name} (${role}), ${date}, ${setting}. Позиція (v1): ${stance}. Дослівна цитата з ${plural(reports, 'матеріалу', 'матеріалів', 'матеріалів')}.`,
	imageAlt: (name: string, date: string, quote: string) => `${name}, ${date}: ${quote}`,
	embedTitle: (name: string, date: string, site: string) => `${name}, ${date}: заява на сайті ${site}`,
	/** `{date}`: the statement's date; follows the speaker's name in the page's heading. */
	on: '— {date}',
	original: (language: string, outlet: string) => `Мовою оригіналу (${language}), як надруковано у виданні ${outlet}:`,
	directQuote: 'Пряма цитата',
	editionWording: (outlet: string, kind: string) => `Українською, як надруковано у виданні ${outlet} (${kind}).`,
	recordedQuote: (language: string) => `Цитата в реєстрі (мова: ${language}):`,
	noEditionWording: 'Українського матеріалу з цими словами в реєстрі немає; їх наведено так, як надруковано.',
	editorsTranslation: 'Переклад редакції; еталонний текст — англійська сторінка.',
	englishPage: 'англійська сторінка',
	asPrinted: (outlet: string, copyOn: string | null) => `Цитату наведено так, як її надруковано у виданні ${outlet}${copyOn ? ` (прочитано в копії на сайті ${copyOn})` : ''}.`,
	otherWordings: (line: string) => ` ${line}; див. джерела нижче.`,
	permanentAddress: 'Постійна адреса: ',
	heading: 'Заява',
	speaker: 'Мовець',
	searchBy: (name: string) => `Шукати заяви: ${name}`,
	role: 'Посада',
	atTheTime: '(на момент заяви)',
	date: 'Дата',
	approximate: 'Приблизна: матеріали не встановлюють точного дня; див. примітки.',
	monthOnly: 'Відомий лише місяць.',
	setting: 'Обставини',
	event: 'Подія',
	eventFacts: (dates: string, n: number) => `(${dates}; у реєстрі — ${statements(n)})`,
	kind: 'Тип',
	directQuoteKind: 'Пряма цитата: слова мовця так, як їх надруковано в матеріалі.',
	paraphraseKind: 'Переказ: виклад сказаного в матеріалі, а не власні слова мовця.',
	language: 'Мова',
	languages: (spoken: string | null, quoted: string) => `${spoken ? `Мова виступу: ${spoken}; мова цитати: ` : 'Мова цитати: '}${quoted}; наскільки видно з матеріалів, без перекладу.`,
	onRecord: 'У реєстрі',
	/** `{added}`, `{updated}`: dates. */
	added: 'Додано {added}; відтоді без змін.',
	addedChanged: 'Додано {added}; востаннє змінено {updated}.',
	stance: 'Позиція (v1)',
	aboutStances: 'Про позиції (v1)',
	topics: 'Теми',
	topicLinks: '(кожне посилання відкриває пошук у реєстрі за своєю темою)',
	context: 'Контекст',
	notes: 'Примітки',
	noNotes: 'Приміток немає.',
	corrections: 'Виправлення',
	allCorrections: 'Усі виправлення',
	sources: (n: number) => `Джерела (${n})`,
	embed: 'Вбудовування',
	embedIntro: 'Розмістіть цю заяву на власній сторінці: скопіюйте код нижче. Картка посилається на цю сторінку. <preview>Переглянути картку</preview>.',
	copyEmbed: 'Копіювати код для вбудовування',
	embedCopied: 'Код для вбудовування скопійовано.',
	around: 'Поруч із цією заявою',
	by: (name: string) => `Заяви мовця: ${name}`,
	previously: 'Раніше: ',
	sameStance: '(позиція (v1) та сама)',
	stanceChange: (from: string, to: string) => `(${from} → ${to})`,
	compareWithThis: 'порівняти з цією',
	noEarlier: (name: string) => `${name}: раніших заяв у реєстрі немає.`,
	next: 'Наступна: ',
	noLater: (name: string) => `${name}: пізніших заяв у реєстрі немає.`,
	inTime: 'У часі, усі мовці',
	previous: 'Попередня: ',
	earliest: 'Це найдавніша заява в реєстрі.',
	latest: 'Це найновіша заява в реєстрі.',
};

export const positions = {
	title: 'Позиції',
	description: 'Позиція кожного мовця, а для мовців зі США — роль США в їхніх словах, щодо гарантій безпеки США для України на одній осі часу, за країною чи організацією.',
	heading: 'Як змінювалися позиції',
	lede: 'Заяви всіх мовців на спільній осі часу, по стовпцю на місяць, згруповані за країною чи організацією, щоб лінію США можна було читати на тлі позицій України, Європи та Росії.',
	legend: 'Легенда: форма кожного коду',
	legendIntro: 'Мовців зі США показано за <strong>роллю США</strong>, яку відводять їхні слова; усіх інших — за <strong>позицією</strong>, яку вони займають (<coding>кодувальна інструкція</coding>).',
	dimension: (dimension: 'usRole' | 'position') => (dimension === 'usRole' ? 'Роль США' : 'Позиція'),
	legendNote: 'Окрема позначка — це одна заява й посилання на неї. Позначка з числом під нею означає стільки заяв за місяць, показаних їхнім найчастішим кодом, і веде до першої з них на сторінці мовця. Пронумеровані кола у верхньому ряду — події, перелічені під графіком.',
	/** A month cell standing for several statements; `counts` is "Conditional 3 · Commits 2". */
	cell: (name: string, month: string, n: number, counts: string) => `${name}, ${month}: ${statements(n)} — ${counts}`,
	groupTitle: (country: string) => `Позиції: ${country}`,
	groupHeading: (country: string) => `Як змінювалися позиції: ${country}`,
	groupDescription: (country: string, n: number) => `${country}: ${statements(n)} мовців щодо гарантій безпеки США для України, мовець за мовцем і місяць за місяцем.`,
	groupLede: (speakers: number) => `${plural(speakers, 'мовець', 'мовці', 'мовців')}, кожен в окремому рядку, по стовпцю на місяць.`,
	/** The link from a group's heading on /positions/ to its own page. */
	groupLink: 'мовець за мовцем',
	groupsNote: 'Реєстр завеликий, щоб показати по рядку на кожного мовця на одній сторінці: кожна країна чи організація має рядок для всіх її мовців разом, місяць за місяцем, а далі — по рядку для кожного з найчастіше цитованих мовців реєстру. Рядок групи та посилання «мовець за мовцем» ведуть до рядків усіх мовців, а звідти — до кожної заяви.',
	groupRow: (country: string) => `${country}: усі мовці`,
	allGroups: 'Усі країни та організації',
	grid: 'Позиції за місяцями: прокрутіть убік, щоб побачити більше місяців',
	events: 'Події',
	eventsAxis: 'Події на осі часу',
};

export const data = {
	title: 'Дані',
	description: 'Завантажте всі заяви у форматі JSON або CSV з поясненням кожного поля.',
	heading: 'Завантажити дані',
	/** `{date}`: the day this copy was built. */
	lede: (n: number) => `Увесь реєстр — ${statements(n)} — у форматах, які читають ваші інструменти. Цю копію зібрано {date}.`,
	json: '<file>statements.json</file> — усі заяви з мовцями та джерелами (JSON, UTF-8).',
	csv: '<file>statements.csv</file> — по рядку на заяву (RFC 4180, UTF-8; теми, мітки й елементи розділено знаком «;»). Версія 2 додає наприкінці кожного рядка: evidence, language, translated_by, labels, primary_original_outlet, added, updated, corrections, а також коди як <code>position</code>, <code>usRole</code>, <code>speechAct</code>, <code>elements</code> разом з <code>event</code>.',
	sourcesCsv: '<file>statement-sources.csv</file> — по рядку на кожну пару заяви й джерела, з власним формулюванням кожного джерела.',
	schema: '<file>statements.schema.json</file> — JSON Schema (draft 2020-12), якій відповідає statements.json.',
	feeds: 'Стрічки',
	allFeeds: '<atom>Стрічка Atom</atom> і <json>JSON Feed</json> усіх заяв, спершу найновіші.',
	speakerFeeds: 'Окрема стрічка Atom для кожного мовця; посилання на неї — на <speakers>сторінці мовця</speakers>.',
	feedIds: 'Ідентифікатор запису стрічки (<code>urn:guarantee-watch:statement:&lt;id&gt;</code>) ніколи не змінюється.',
	fieldsHeading: 'Поля statements.json',
	field: 'Поле',
	meaning: 'Значення',
	/** What each field of statements.json means; `page`, `event`, `source`: address patterns. */
	fields: {
		schemaVersion: (version: number) => `Версія цього формату (зараз ${version}); змінюється лише із задокументованою несумісною зміною.`,
		generatedAt: 'Коли зібрано файл (UTC).',
		id: (page: string) => `Незмінний ідентифікатор; постійна сторінка заяви — ${page}.`,
		url: 'Постійна сторінка заяви.',
		speaker: 'id, name, role (посада на дату заяви) і country (країна чи організація).',
		date: 'YYYY-MM-DD або YYYY-MM, коли відомий лише місяць.',
		datePrecision: 'day, month або approximate.',
		setting: 'Де і як це сказано (нашими словами).',
		kind: 'direct_quote або paraphrase (слова журналіста).',
		quote: 'Слова точно так, як їх надрукувало основне джерело.',
		evidence: 'v2. Уривок, у якому основне джерело друкує цитату, скопійований дослівно; цитата міститься в ньому байт у байт.',
		language: 'v2. Мова цитати (BCP 47: en, uk, ru…).',
		spokenLanguage: 'v2. Мова, якою говорив мовець, якщо про це сказано в джерелі або це очевидно; інакше null.',
		translated: 'true, якщо мовець говорив іншою мовою.',
		translatedBy: 'v2. outlet, speaker-office або unknown, якщо цитату перекладено; інакше null.',
		speakerIdentified: 'v2. named (матеріал називає мовця) або inferred (мовця визначено з контексту).',
		labels: 'v2. Застереження, що супроводжують цитату всюди, де вона зʼявляється: paraphrase, translated, machine-transcript, speaker-inferred тощо.',
		stance: 'Позиція (v1): одне з commits, conditional, defers, rejects, demands, opposes, reports. Починаючи з версії 2, її виводять із чотирьох закодованих вимірів за правилом, наведеним на сторінці «Методика»; вручну її ніхто не кодує.',
		position: 'v2. supports, conditional, opposes, evades або none: позиція щодо гарантії безпеки для України (див. кодувальну інструкцію на сторінці «Методика»).',
		usRole: 'v2. leads, takes-part, backstop, no-role або unspecified: роль США, яку заява стверджує або якої вимагає.',
		speechAct: 'v2. states-policy, calls-on-others, relays або describes.',
		elements: 'v2. Елементи гарантії, названі в словах мовця (ground-troops, air-power, article-5-like, backstop…).',
		event: (page: string) => `v2. Ідентифікатор події, під час якої це сказано (${page}), або null.`,
		topics: 'Ідентифікатори тем, напр. us-role, article-5.',
		context: 'Що відбувалося (нашими словами).',
		notes: 'Наші примітки про те, що непевне і чому, або null.',
		added: 'v2. День, коли заяву додано до реєстру.',
		updated: 'v2. День, коли її запис востаннє змінено по суті, або null.',
		corrections: 'v2. Публічні виправлення: дата, зміна, причина.',
		sources: (page: string) =>
			`Усі матеріали із заявою, основний — першим: article (наш slug: ${page}), url, outlet (сайт, який ми читали), author, published (YYYY-MM-DD або null), title (або null), quotedAs (власне формулювання матеріалу, якщо воно відрізняється, інакше null); v2 додає wording (same, original, abridged, extended, retranslation, outlet-translation, machine-transcript або paraphrase), language, evidence (уривок, у якому сторінка друкує ці слова, або null, якщо його не збережено) і original (outlet, title, author, published, url і relation матеріалу, який копія передруковує або цитує, або null).`,
	},
	versions: 'Версії',
	version2: '2 (грудень 2026 р.)',
	version2Notes:
		'Додає закодовані виміри (position, usRole, speechAct, elements; stance тепер виводиться з них), подію, уривок-доказ, мови, хто перекладав, як визначено мовця, мітки-застереження, дати запису, виправлення, а для кожного джерела — тип формулювання, мову, уривок-доказ і оригінальне видання. Кожне поле версії 1 зберігає назву й значення; програма, що читає версію 1, може ігнорувати нові поля. Обидва CSV-файли отримують ті самі стовпці наприкінці.',
	version1: '1 (листопад 2026 р.)',
	version1Notes: 'Перший опублікований формат.',
	rights: 'Права',
	rightsText: (site: string) =>
		`Нашу власну роботу — добір заяв, кодування позицій (v1), тем, дат та їхньої точності, контекст і примітки — можна використовувати з посиланням на ${site}. Цитати й заголовки належать їхнім мовцям і видавцям; їх відтворено тут для документування, а чи використовувати їх повторно, вирішуєте ви.`,
};

export const about = {
	title: 'Методика',
	description: (site: string) => `Як ${site} добирає заяви щодо гарантій безпеки США для України, знаходить для них джерела, перевіряє й кодує їх, а також як вносить виправлення.`,
	heading: 'Як ми працюємо',
	lede: 'Що охоплює реєстр, звідки береться кожна цитата, що означає кожна позиція (v1) і як домогтися виправлення помилки.',
	scope: 'Охоплення',
	scopeText:
		'Реєстр збирає публічні заяви лідерів і посадовців про гарантії безпеки для України, у яких Сполучені Штати беруть або мають узяти участь: хто має гарантувати безпеку України після припинення вогню, якими силами, на яких умовах. Він починається із січня 2025 року й поповнюється в міру того, як ЗМІ повідомляють про нові заяви. До нього входять адміністрація США, Україна, європейські уряди та інституції, НАТО і Росія, бо позицію США найкраще читати на тлі інших.',
	sourcing: 'Джерела та перевірка',
	sourcingPoints: [
		'Кожна заява походить із матеріалу ЗМІ, який прочитав редактор. Цитату скопійовано з цього матеріалу <strong>символ у символ</strong> — з його пунктуацією, лапками, навіть кінцевою комою, — і ми ніколи її не виправляємо, не скорочуємо й не обʼєднуємо з іншими.',
		'Коли ту саму репліку наводять інші матеріали, кожен із них наведено з <strong>власним формулюванням</strong>. Розбіжності часто є повторними перекладами чи редагуванням агенції; ми позначаємо відмінні слова й ніколи мовчки не обираємо одне з формулювань.',
		'Кожна цитата зберігає свій <strong>уривок-доказ</strong>: речення чи фрагмент, у якому матеріал її друкує, скопійований дослівно. Щоб прочитати його, розгорніть «Як надруковано в цьому матеріалі» під джерелом. Збірка відхиляє будь-яку цитату, якої немає, байт у байт, у її уривку-доказі.',
		'Чимало матеріалів, якими ми користуємося, — це передруки матеріалів інших видань. Якщо сторінка називає оригінал (зазначає Reuters як джерело, має авторський підпис The New York Times), бібліографічні описи спершу називають <strong>оригінал</strong>, а потім копію, у якій ми його прочитали: «The New York Times, 9 січня 2026 р., через копію на dnyuz.com».',
		'Якщо матеріал не показує заголовка, автора чи дати публікації, ми так і зазначаємо, а не вгадуємо. Кожне джерело має посилання для пошуку архівних копій його сторінки, тож неробоче посилання — не глухий кут.',
		'Кожну збірку цього сайту перевіряють автоматично: кожна цитата на кожній сторінці має байт у байт збігатися з цитатою в наших записах, і кожна цитата має міститися у своєму уривку-доказі.',
		'Контекст і примітки біля кожної заяви — наші власні слова. Вони пояснюють, що відбувалося і що залишається непевним.',
	],
	dates: 'Дати, переклади й перекази',
	dateTerms: [
		['Точна дата', 'День, коли зроблено заяву, за даними матеріалу.'],
		['Приблизна', 'Показано як «близько 9 лют. 2025 р.» або «близько лютого 2025 р.»: матеріал не встановлює дня (наприклад, «заявив у неділю» в недатованому матеріалі), тож примітки редактора пояснюють, як визначено дату.'],
		['Лише місяць', 'Показано як «лютий 2025 р.»: відомий лише місяць.'],
		['Перекладено', 'Мовець говорив іншою мовою, і цитата — це переклад, зроблений у матеріалі. Різні видання часто перекладають ту саму репліку по-різному; ми зберігаємо кожне формулювання. Якщо мову ми визначили з контексту, у примітках так і сказано: «визначено з контексту».'],
		['Переказ', 'Матеріал описує сказане, а не цитує його. Показаний текст належить журналістові, і його так і позначено.'],
	] as [string, string][],
	wordings: 'Формулювання',
	wordingsText: 'Та сама репліка часто доходить до читачів у кількох формулюваннях. Ми зберігаємо формулювання кожного матеріалу й позначаємо, якого воно типу, порівнюючи його із записаною нами цитатою. Ці мітки зʼявляються всюди, де є заява: на картках, на її сторінці, у результатах пошуку, у вбудованих картках, картках для поширення, стрічках і даних.',
	quoteLabels: 'Сама цитата теж має мітку, якщо це не власні слова мовця мовою виступу: <strong>Переклад видання</strong>, <strong>Офіційний переклад</strong> (переклад офісу мовця) чи <strong>Перекладено</strong> (перекладача не названо), <strong>Машинна транскрипція</strong>, <strong>Переказ</strong>, а також <strong>Мовця визначено з контексту</strong>, коли матеріал не називає, хто говорив, і ми визначили це самі.',
	freshness: 'Дати запису',
	freshnessText: 'На сторінці кожної заяви зазначено, коли її додано до реєстру і коли її запис востаннє змінено по суті (формулювання, дату, джерела чи кодування). Ці дати записано в самому реєстрі, а не взято з дня, коли зібрано сайт. На головній сторінці зазначено, коли реєстр загалом востаннє переглянуто: останній день, коли будь-яку заяву додали чи змінили.',
	coding: 'Як ми кодуємо заяви',
	codingText: 'Кожну заяву кодуємо за чотирма окремими вимірами: <strong>позиція</strong>, яку вона займає щодо гарантії безпеки для України; <strong>роль США</strong>, яку вона стверджує або якої вимагає; <strong>мовленнєвий акт</strong> (викладає політику власного уряду, закликає інших, передає чужу позицію або описує); <strong>елементи</strong> гарантії, які вона називає. Нижче — повна кодувальна інструкція; саме її застосовує кожен кодувальник.',
	reliability: 'Наскільки узгоджено кодують двоє кодувальників',
	reliabilityText: (n: number, round: number, date: string) =>
		`Незалежний другий кодувальник, який бачив лише цю кодувальну інструкцію та цитату, мовця, посаду, дату, обставини й тип кожної заяви, але не наші коди, наосліп закодував ${plural(n, 'заяву', 'заяви', 'заяв')} (раунд ${round}, ${date}). Узгодженість з опублікованими кодами за α Кріппендорфа (1 — повна згода, 0 — рівень випадкового збігу; 0,80 — звичний поріг, щоб покладатися на кодування):`,
	reliabilityCaption: (round: number) => `Раунд ${round}: узгодженість за вимірами`,
	dimension: 'Вимір',
	units: 'Порівняно одиниць',
	agreed: 'Збіглися',
	alpha: 'α',
	notApplicable: 'н/з',
	elementUnits: ' (заява × елемент)',
	disagreements: (n: number, round: number) => `Розбіжності раунду ${round} (${n})`,
	disagreement: (dimension: string, published: string, second: string) => `${dimension}: опубліковано «${published}», у другого кодувальника — «${second}»`,
	earlierRounds: (rounds: string) => `Попередні раунди: ${rounds}`,
	round: (round: number, n: number, alphas: string, use: string) => `раунд ${round} (${plural(n, 'заява', 'заяви', 'заяв')}; α ${alphas}): ${use}`,
	noBlind: 'Сліпого другого кодування ще не проводили.',
	codebook: 'Кодувальна інструкція',
	codebookInEnglish: 'Кодувальна інструкція — робочий текст кодувальників; її подано англійською.',
	noCodebook: 'У цій збірці немає кодувальної інструкції.',
	shifts: 'Зрушення',
	shiftsText: 'Сторінка мовця показує, де <strong>позиція</strong> мовця або <strong>роль США</strong>, яку відводять його слова, змінилася від однієї нагоди до наступної: кожну заяву порівнюємо з останньою заявою того самого мовця, зробленою за попередньої нагоди. Нагода — це подія в реєстрі (саміт, інтервʼю, раунд переговорів) або, для заяви поза будь-якою подією, її день та обставини. Відмінності між заявами, зробленими за однієї нагоди, не є зрушеннями: одна відповідь може наголошувати на тому, що пропускає інша. Їх наведено окремо як «сказано за однієї нагоди». Для кожного зрушення показано обидві цитати, їхні джерела й час між ними; <compare>порівняння</compare> ставить поруч будь-які дві заяви.',
	stances: 'Позиція (v1)',
	stancesText: 'До грудня 2026 року кожна заява мала одну закодовану вручну <strong>позицію (v1)</strong>. Сліпе друге кодування збіглося з нею для 51 з 76 заяв (κ Коена 0,60) — замало, щоб на неї покладатися, тож її замінили чотири виміри, описані вище. Позицію (v1) досі публікуємо для читачів та інструментів, які нею користуються; тепер її виводять із чотирьох кодів за правилом із розділу кодувальної інструкції «Від кодів до позиції (v1)». Нижче — приклади заяв, коди яких дають кожну позицію (v1).',
	example: 'Приклад із реєстру:',
	noExample: 'Жодна заява в реєстрі поки не має такої позиції (v1).',
	addresses: 'Постійні адреси',
	/** `{path}`: the address pattern of a statement's page. */
	addressesText: 'Кожна заява має сторінку за адресою {path}. Її ідентифікатор ніколи не змінюється, а сторінку ніколи не видаляють: заяву, у якій виявили помилку, виправляють на її сторінці з приміткою про виправлення, а не видаляють.',
	corrections: 'Виправлення',
	correctionsText: 'Якщо цитата відрізняється від матеріалу, дата хибна або позиція (v1), схоже, закодована неправильно, повідомте нам, про яку заяву йдеться (достатньо її адреси), і що насправді в матеріалі. Ми перевіряємо за самим матеріалом; якщо ми помилилися, виправляємо реєстр, зазначаємо на сторінці заяви, що й коли змінилося, і зберігаємо адресу. Кожне виправлення наведено на <corrections>сторінці виправлень</corrections>, яка має власну стрічку.',
};

export const uk = {
	layout,
	nav,
	footer,
	feeds,
	common,
	siteSearch,
	copyLink,
	whatsNew,
	takeAway,
	statementCard,
	cite,
	archiveNav,
	chart,
	shiftList,
	sourceList,
	search,
	compare,
	notFound,
	moved,
	home,
	timeline,
	events,
	sources,
	speakers,
	speaker,
	corrections: correctionsPage,
	changes,
	embed,
	statement,
	positions,
	data,
	about,
} satisfies Dictionary;
