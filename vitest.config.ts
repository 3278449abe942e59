import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/scale/**/*.test.ts'],
		// Build-output tests read dist/ and run the Nu validator: give them room on 2 cores.
		testTimeout: 120_000,
	},
});
