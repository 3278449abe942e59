/** 2 (December 2026): adds evidence, original outlets, wording kinds, languages, corrections and record dates; every v1 field keeps its meaning. */
export const SCHEMA_VERSION = 2;
