/**
 * Starts `astro preview` on a port for scripts (screenshots, audit, bench) and stops it by
 * its PID when done: servers bind 127.0.0.1 only and are never killed by name.
 */
import { spawn } from 'node:child_process';

export async function withPreview<T>(port: number, run: (origin: string) => Promise<T>): Promise<T> {
	const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
	const origin = `http://127.0.0.1:${port}`;
	try {
		for (let i = 0; ; i++) {
			try {
				if ((await fetch(`${origin}/`)).ok) break;
			} catch {
				if (i > 100) throw new Error(`preview server did not start on ${origin}`);
			}
			await new Promise((r) => setTimeout(r, 200));
		}
		return await run(origin);
	} finally {
		if (server.pid) process.kill(-server.pid, 'SIGTERM');
	}
}
