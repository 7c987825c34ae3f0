// node:path for the browser build: the POSIX operations the formatters use on file names (never the file system).
// In the page a file is a bare name (File.name) and the working directory is "/".

function normalize(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (s !== '..' || !abs) out.push(s);
  }
  const body = out.join('/');
  return abs ? `/${body}` : body || '.';
}

function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

function relative(from: string, to: string): string {
  const a = normalize(from).split('/').filter(Boolean);
  const b = normalize(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function basename(p: string): string {
  return p.split('/').pop() ?? p;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

export const posix = { normalize, join, isAbsolute, relative, basename, dirname, sep: '/' };
export default posix;
export { normalize, join, isAbsolute, relative, basename, dirname };
