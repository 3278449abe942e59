import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleSchema, eventEntrySchema, speakerSchema, statementSchema } from './lib/content/schemas.ts';
import { articlesLoader, documentsLoader, eventsLoader, speakersLoader, statementsLoader } from './loaders/content.ts';

export const collections = {
	/** content/speakers/<id>.md */
	speakers: defineCollection({ loader: speakersLoader(), schema: speakerSchema }),
	/** content/articles/<slug>.md: one news report each */
	articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
	/** Derived from the articles: one entry per statement id, merged across its reports */
	statements: defineCollection({ loader: statementsLoader(), schema: statementSchema }),
	/** content/events/<id>.md: the occasions statements were made at */
	events: defineCollection({ loader: eventsLoader(), schema: eventEntrySchema }),
	/** content/codebook.md and other documents of ours rendered into pages */
	documents: defineCollection({ loader: documentsLoader(), schema: z.object({}) }),
};
