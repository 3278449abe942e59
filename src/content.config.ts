import { defineCollection } from 'astro:content';
import { articleSchema, speakerSchema, statementSchema } from './lib/content/schemas.ts';
import { articlesLoader, speakersLoader, statementsLoader } from './loaders/content.ts';

export const collections = {
	/** content/speakers/<id>.md */
	speakers: defineCollection({ loader: speakersLoader(), schema: speakerSchema }),
	/** content/articles/<slug>.md: one news report each */
	articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
	/** Derived from the articles: one entry per statement id, merged across its reports */
	statements: defineCollection({ loader: statementsLoader(), schema: statementSchema }),
};
