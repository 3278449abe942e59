/** The search page's words, the page's and its script's (quote-search.ts, result-view.ts, engine.ts), in Ukrainian: part of `uk` (../uk.ts). */
import { plural } from './common.ts';

export const search = {
	// The page, as the server renders it.
	title: 'Пошук',
	description: (n: number) => `Пошук серед ${plural(n, 'заяви', 'заяв', 'заяв')} щодо гарантій безпеки США для України за словами цитати, мовцем, матеріалом, із фільтрами; кожен пошук має власну адресу.`,
	heading: 'Пошук у реєстрі',
	noJs: '<strong>Для пошуку потрібен JavaScript</strong>, а в цьому браузері його вимкнено або він не завантажився. Решта сайту працює й без нього:',
	noJsTimeline: 'хронологія всіх заяв, спершу найновіші',
	noJsSpeakers: 'мовці та заяви кожного з них',
	form: 'Пошук цитат',
	box: 'Слова з цитати, імʼя мовця або матеріал',
	submit: 'Шукати',
	help: 'Результати зʼявляються під час введення. Щоб знайти точну фразу, візьміть її в прямі лапки: <code>"have Europe do that"</code>. Натисніть <kbd>/</kbd>, щоб повернутися до цього поля, а <kbd>↓</kbd> і <kbd>↑</kbd> — щоб переходити між результатами.',
	devNotice: 'Сервер розробки: пошук використовує індекс вашої останньої збірки <code>npm run build</code>, тож зміни, внесені після неї, до нього не потрапили. <code>npm start</code> збирає й запускає сайт зі свіжим індексом.',
	filters: 'Фільтри',
	dateRange: 'Дата (місяці)',
	dateFrom: 'Від',
	dateTo: 'До',
	results: 'Результати',
	sort: 'Сортування',
	sorts: { relevance: 'Найкращий збіг', newest: 'Спершу найновіші', oldest: 'Спершу найдавніші' },
	more: 'Показати більше результатів',
	reports: 'Матеріали ЗМІ',
	reportsIntro: 'Матеріали, у яких прочитано заяви, шукаємо окремо, коли ви про це попросите: тоді завантажується їхній власний індекс.',
	reportsSearch: 'Шукати також у матеріалах ЗМІ',
	reportsMore: 'Показати більше матеріалів',
	// The script (quote-search.ts, result-view.ts, engine.ts).
	loadingFilters: 'Завантаження фільтрів…',
	hint: (statementCount: number, reports: number) => `Почніть вводити, щоб шукати серед ${plural(statementCount, 'заяви', 'заяв', 'заяв')} і ${plural(reports, 'матеріалу ЗМІ', 'матеріалів ЗМІ', 'матеріалів ЗМІ')}, або виберіть фільтр.`,
	failed: (message: string) => `Пошук не вдався: ${message}`,
	noSearch: 'Pagefind не надав функції пошуку',
	/** `order`: the order named after the count, if any. */
	status: (total: number, query: string, filters: number, order: 'oldest' | 'newest' | null) =>
		`${[plural(total, 'результат', 'результати', 'результатів'), ...(query ? [`за запитом «${query}»`] : []), ...(filters ? [`із ${plural(filters, 'фільтром', 'фільтрами', 'фільтрами')}`] : [])].join(' ')}${order === 'oldest' ? ', спершу найдавніші' : order === 'newest' ? ', спершу найновіші' : ''}.`,
	/** While an exact phrase is still being checked against the later candidates. */
	statusSearching: (found: number, query: string) => `Поки що ${plural(found, 'результат', 'результати', 'результатів')} за запитом «${query}»; шукаємо в решті записів…`,
	statusSoFar: (found: number, query: string) => `Поки що ${plural(found, 'результат', 'результати', 'результатів')} за запитом «${query}»; решту перевіряємо, щойно ви їх запитаєте.`,
	reportsStatus: (total: number, query: string) => `${plural(total, 'матеріал ЗМІ', 'матеріали ЗМІ', 'матеріалів ЗМІ')} за запитом «${query}».`,
	reportsNeedWords: 'Матеріали ЗМІ шукаємо за словами: введіть їх вище.',
	newsReport: 'Матеріал ЗМІ',
	wordingOf: (outlet: string, kind: string | null) => `Формулювання видання ${outlet}${kind ? ` (${kind.toLowerCase()})` : ''}`,
	foundOnPage: 'Знайдено на сторінці заяви',
	nothing: 'За цим запитом нічого не знайдено.',
	withoutFilters: 'Шукати ще раз без фільтрів',
	spelling: (phrases: boolean) => `Перевірте написання або спробуйте менше чи інші слова${phrases ? '; без прямих лапок слова можуть стояти й не поруч.' : '.'}`,
	/** `{speakers}`: links to the speakers whose names are close to the query. */
	didYouMean: 'Можливо, ви шукали мовця? Заяви таких мовців: {speakers}.',
	ticked: (n: number) => ` (вибрано: ${n})`,
	filtersTicked: (n: number) => `Фільтри (вибрано: ${n})`,
	noIndexDev: 'Пошукового індексу ще немає: сервер розробки використовує індекс останньої збірки. Виконайте «npm run build» один раз, а тоді перезавантажте цю сторінку.',
	noIndex: 'Не вдалося завантажити пошуковий індекс. Перезавантажте сторінку, щоб спробувати ще раз.',
	unavailable: 'Пошук недоступний.',
};
