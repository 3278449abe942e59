/**
 * `node scripts/static-server.ts <folder> <port>`: serves a built site as a static host would
 * (a folder's index.html, 404.html for anything missing), on 127.0.0.1 only. The browser tests
 * use it for the visual-regression site beside `astro preview` of dist/: Astro runs one preview
 * server per project.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const [folder = '.visual/dist', port = '4323'] = process.argv.slice(2);
const root = resolve(folder);
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

/** The file a request path names inside the site, or null. */
function fileFor(pathname: string): string | null {
	const path = resolve(root, `.${decodeURIComponent(pathname)}`);
	if (path !== root && !path.startsWith(root + sep)) return null;
	const candidate = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
	return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

createServer((req, res) => {
	const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
	const served = file ?? join(root, '404.html');
	res.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' });
	createReadStream(served).pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
