// govcat web: writes the checker page (one offline HTML file, built by npm run build) for an authority to put on its
// intranet or send by mail; it is the same page from the npm package and from the single executable.
import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { writeAtomic } from '../../io/write.js';
import { detectLocale } from '../env.js';
import { readResource } from '../paths.js';

export const PAGE = 'dist/web/govcat.html';

export async function runWeb(opts: { output?: string; force?: boolean; lang?: string }): Promise<number> {
  const locale = detectLocale(opts.lang);
  const out = opts.output ?? 'govcat.html';
  if (out === '') throw new UsageError({ zh: '-o 的文件名不能为空', en: '-o: the file name must not be empty' });
  if (existsSync(out) && !opts.force) throw new UsageError({ zh: `输出文件已存在：${out}；使用 --force 覆盖`, en: `the output already exists: ${out}; use --force to replace it` });
  let page: string;
  try {
    page = readResource(PAGE);
  } catch {
    // A source checkout that was never built; an installed package and the single executable always hold it.
    throw new UsageError({ zh: `本安装中没有检查页面（${PAGE}）；请先运行 npm run build`, en: `this installation has no checker page (${PAGE}); run npm run build first` });
  }
  writeAtomic(out, page);
  process.stdout.write(locale === 'zh'
    ? `已写入 ${out}：用浏览器打开即可检查数据目录，无需联网，文件不会离开本机\n`
    : `wrote ${out}: open it in a browser to check catalogues, offline; no file leaves the machine\n`);
  return 0;
}
