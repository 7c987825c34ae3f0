// The single entry point: parse flags, run one command, map every outcome to exit code 0, 1 or 2.
import { Command, CommanderError, Option } from 'commander';
import { GovcatError } from '../core/errors.js';
import { detectLocale, toolVersion } from './env.js';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];

async function main(argv: string[]): Promise<number> {
  const program = new Command('govcat')
    .description('Author and compliance-check government data catalogues (政务数据目录) under Decree No. 809')
    .version(toolVersion(), '-v, --version')
    .option('--lang <lang>', 'message language: zh | en (default: from LC_ALL / LANG)')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showSuggestionAfterError(true);
  let code = 0;

  program
    .command('lint')
    .description('check catalogues against the profile (files, directories, globs, or - for stdin)')
    .argument('<inputs...>', 'catalogue files, directories, globs, or -')
    .addOption(new Option('-f, --format <format>', 'output format (default: stylish)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .option('--profile <name>', 'rule profile (default: national)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning', 'info']).default('error'))
    .option('--quiet', 'report errors only')
    .option('--as-of <date>', 'the date to check against (YYYY-MM-DD; default: today in China)')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('--no-color', 'no colours')
    .action(async (inputs: string[], opts) => {
      const { runLint } = await import('./commands/lint.js');
      code = await runLint(inputs, { ...opts, ...program.opts() });
    });

  program
    .command('diff')
    .description('compare two versions of a catalogue and check the Art. 17 update deadlines')
    .argument('<old>', 'the previous version')
    .argument('<new>', 'the updated version')
    .addOption(new Option('-f, --format <format>', 'output format (default: stylish)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .option('--profile <name>', 'rule profile (default: national)')
    .option('--as-of <date>', 'the date to check open deadlines against (YYYY-MM-DD; default: today in China)')
    .option('--received <date>', 'when the authority received the update (Art. 17 ¶3 review deadline)')
    .option('--published <date>', 'when the authority published it')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warning', 'info']).default('error'))
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('--no-color', 'no colours')
    .action(async (oldFile: string, newFile: string, opts) => {
      const { runDiff } = await import('./commands/diff.js');
      code = await runDiff(oldFile, newFile, { ...opts, ...program.opts() });
    });

  program
    .command('deadlines')
    .description('list the change events of a catalogue with their Art. 17 due dates and status')
    .argument('<file>', 'catalogue file')
    .addOption(new Option('-f, --format <format>', 'output format (default: stylish)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .option('--profile <name>', 'rule profile (default: national)')
    .option('--as-of <date>', 'the date to judge open events against (YYYY-MM-DD; default: today in China)')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('--no-color', 'no colours')
    .action(async (file: string, opts) => {
      const { runDeadlines } = await import('./commands/deadlines.js');
      code = await runDeadlines(file, { ...opts, ...program.opts() });
    });

  program
    .command('due')
    .description('sharing-request deadlines: Art. 21 (reply), Art. 22 (provide), Art. 26 (correct)')
    .requiredOption('--article <n>', '21, 22 or 26')
    .requiredOption('--from <date>', 'the day the period starts from (not counted), YYYY-MM-DD')
    .option('--share-type <type>', 'for Art. 21: unconditional or conditional')
    .option('--extension <days>', 'for Art. 21: approved extension in working days (at most 10)')
    .option('--config <file>', 'config file (calendar overrides)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { runDue } = await import('./commands/due.js');
      code = await runDue({ ...opts, ...program.opts() });
    });

  program
    .command('package')
    .description('build the submission package for the authority (Art. 16): a BagIt bag as a directory, .zip or .tar.gz')
    .argument('<catalogue>', 'the catalogue file')
    .requiredOption('-o, --output <out>', 'the package: NAME.zip, NAME.tar.gz / NAME.tgz, or a directory')
    .option('--previous <file>', 'the previous version: adds it and the diff report (Art. 17)')
    .option('--attach <files...>', 'attachments (assessment reports, approval scans), stored under data/attachments/')
    .option('--sign <key>', 'sign the tag manifest with this Ed25519 private key (from govcat keygen)')
    .option('--date <date>', 'the bagging date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in China)')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .option('--profile <name>', 'rule profile (default: national)')
    .option('--allow-errors', 'package a catalogue with lint errors (recorded in bag-info.txt)')
    .option('--force', 'replace an existing output')
    .addOption(new Option('-f, --format <format>', 'format of the lint findings shown when there are errors (default: stylish)').choices(FORMATS))
    .option('--no-color', 'no colours')
    .action(async (catalogue: string, opts) => {
      const { runPackage } = await import('./commands/package.js');
      code = await runPackage(catalogue, { ...opts, ...program.opts() });
    });

  program
    .command('keygen')
    .description('write an Ed25519 key pair for signing packages: NAME.key (private) and NAME.pub (public)')
    .requiredOption('-o, --output <name>', 'NAME of the key files')
    .action(async (opts) => {
      const { runKeygen } = await import('./commands/keygen.js');
      code = await runKeygen({ ...opts, ...program.opts() });
    });

  program
    .command('verify')
    .description('the authority\'s batch check of submitted bundles: safe opening, BagIt fixity, signatures, re-lint, deadlines, cross-bundle findings')
    .argument('<bundles...>', 'bundles (.zip, .tar.gz, .tgz, bag directories), directories of bundles, or quoted globs')
    .option('--keys <dir>', 'directory of the departments\' Ed25519 public keys (*.pub) to check signatures with')
    .option('--received <date>', 'when the authority received the bundles (Art. 17 ¶3 review deadline: 2 working days)')
    .option('--as-of <date>', 'the date to check deadlines against (YYYY-MM-DD; default: today in China)')
    .option('--jobs <n>', 'worker threads (default: the available cores)')
    .addOption(new Option('-f, --format <format>', 'report format (default: table)').choices(['table', 'json', 'csv', 'sarif', 'junit', 'html']))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--quiet', 'no progress bar')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .option('--no-color', 'no colours')
    .action(async (bundles: string[], opts) => {
      const { runVerify } = await import('./commands/verify.js');
      code = await runVerify(bundles, { ...opts, ...program.opts() });
    });

  program
    .command('rules')
    .description('list the rules of the profile with their articles and severities')
    .option('--profile <name>', 'rule profile', 'national')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('--diff', 'the version-comparison rules of govcat diff (Art. 15, 17, 27) instead of the lint rules')
    .action(async (opts) => {
      const { runRules } = await import('./commands/rules.js');
      code = await runRules({ ...opts, ...program.opts() });
    });

  program
    .command('basis')
    .description('check citations of legal bases: the instrument each names, its level (法律, 行政法规, 部门规章 …), how sure, and the evidence')
    .argument('<citations...>', 'citation texts, e.g. "《中华人民共和国统计法》第九条" or "国办发〔2023〕3号", or - to read one per line from stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--profile <name>', 'rule profile whose accepted levels decide the non-shareable column (default: national)')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .action(async (citations: string[], opts) => {
      const { runBasis } = await import('./commands/basis.js');
      code = await runBasis(citations, { ...opts, ...program.opts() });
    });

  program
    .command('explain')
    .description('explain a rule: its purpose, the article it enforces, and examples')
    .argument('<rule>', 'rule id, e.g. conditional-usage-conditions')
    .action(async (rule: string) => {
      const { runExplain } = await import('./commands/explain.js');
      code = await runExplain(rule, program.opts());
    });

  program
    .command('schema')
    .description('print the catalogue JSON Schema (for editors and other tools)')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      code = await runSchema();
    });

  const collect = (v: string, list: string[]) => [...list, v];
  const wizard = (cmd: Command) => cmd
    .option('--from <answers.yaml>', 'take the answers from a YAML file (keys as the flags: department-name, item, …); flags win')
    .option('--config <file>', 'config file (default: the nearest govcat.config.yaml)')
    .option('--profile <name>', 'rule profile the answers are checked against (default: national)');

  wizard(program
    .command('init')
    .description('create a catalogue: asks for the header at a terminal; with no terminal (or CI=true) takes the flags below, or fails listing what is missing')
    .argument('[file]', 'the catalogue file to write', 'catalogue.yaml')
    .option('--force', 'overwrite FILE if it exists')
    .option('--department-name <name>', 'compiling department (编制部门)')
    .option('--department-code <code>', 'its unified social credit code (统一社会信用代码; optional, checked when given)')
    .option('--level <level>', 'national | provincial | municipal | county (or 国家级 …)')
    .option('--region <code>', 'administrative division code, 6 digits (not for national)')
    .option('--catalogue-id <id>', 'catalogue id (default: CAT-<region>-<organisation code>)')
    .option('--title <title>', 'catalogue title (default: <department>政务数据目录)')
    .option('--catalogue-version <version>', 'version (default: <year>.1)')
    .option('--compiled-at <date>', 'compilation date (default: today)')
    .option('--confidentiality-date <date>', 'confidentiality risk assessment: date')
    .option('--confidentiality-conclusion <c>', 'confidentiality risk assessment: passed | conditionally_passed | failed')
    .option('--confidentiality-report <file>', 'confidentiality risk assessment: report (optional)')
    .option('--personal-info', 'the catalogue will hold personal information (then the --pi-… answers)')
    .option('--no-personal-info', 'it will not')
    .option('--pi-date <date>', 'personal information impact assessment: date')
    .option('--pi-conclusion <c>', 'personal information impact assessment: conclusion')
    .option('--pi-report <file>', 'personal information impact assessment: report (optional)')
    .option('--approver <name>', 'department head who approved (审核人)')
    .option('--approver-title <title>', "the approver's title (职务)")
    .option('--approval-date <date>', 'date of the approval'))
    .action(async (file: string, opts) => {
      const { runInit } = await import('./commands/init.js');
      code = await runInit(file, { ...opts, ...program.opts() });
    });

  wizard(program
    .command('add')
    .description('add one entry: asks the share type first, then only what it needs; with no terminal (or CI=true) takes the flags below')
    .argument('<file>', 'the catalogue file to extend')
    .option('--share-type <type>', 'unconditional | conditional | non_shareable (or 无条件共享 …)')
    .option('--scope <text>', 'conditional: sharing scope (共享范围)')
    .option('--purpose <text>', 'conditional: purpose of use (使用用途)')
    .option('--requirements <text>', 'conditional: further requirements (optional)')
    .option('--reason <text>', 'non_shareable: the reason (不予共享理由)')
    .option('--basis <citation>', 'non_shareable: legal basis as cited, e.g. 《中华人民共和国统计法》第二十五条 (its level is worked out), or TYPE:TITLE[:ARTICLE] (repeatable)', collect, [])
    .option('--id <id>', 'entry id (default: the next in the file)')
    .option('--name <name>', 'entry name (数据目录名称)')
    .option('--summary <text>', 'summary (optional)')
    .option('--provider-name <name>', 'providing body (default: the department)')
    .option('--provider-code <code>', "the provider's credit code (optional; default: the department's)")
    .option('--item <name:type[:pi|:sensitive]>', 'data item, e.g. 企业名称:string or 证件号码:string:sensitive (repeatable)', collect, [])
    .option('--pi-date <date>', 'personal information impact assessment, when an item is personal information and the catalogue has none')
    .option('--pi-conclusion <c>', '… its conclusion')
    .option('--pi-report <file>', '… its report (optional)')
    .option('--format <kind>', 'data format: database_table | file | spreadsheet | api | image | stream | self_describing')
    .option('--format-detail <text>', 'format detail, e.g. MySQL (optional)')
    .option('--update-frequency <f>', 'realtime | daily | weekly | monthly | quarterly | half_yearly | yearly | irregular | other')
    .option('--update-frequency-detail <text>', 'the period, when other')
    .option('--share-method <m>', 'api | batch_exchange | file_download (repeatable or comma-separated; not for non_shareable)', collect, [])
    .option('--category <text>', 'data category (数据类别)')
    .option('--classification-level <level>', 'general | important | core (一般 | 重要 | 核心)'))
    .action(async (file: string, opts) => {
      const { runAdd } = await import('./commands/add.js');
      code = await runAdd(file, { ...opts, ...program.opts() });
    });

  program
    .command('fmt')
    .description('format catalogues in place: canonical key order, 2-space indentation, misread numbers quoted, comments kept')
    .argument('<files...>', 'catalogue files, directories, globs, or - (stdin to stdout)')
    .option('--check', 'change nothing; list the files that would change and exit 1 if any')
    .option('--canonical', 'also rewrite Chinese and variant enumerated values to the canonical English terms')
    .action(async (files: string[], opts) => {
      const { runFmt } = await import('./commands/fmt.js');
      code = await runFmt(files, { ...opts, ...program.opts() });
    });

  program
    .command('export')
    .description('write a catalogue as a spreadsheet: sheets 数据目录, 数据项, 目录信息 (xlsx), or OUT-entries.csv, OUT-items.csv, OUT-catalogue.csv')
    .argument('<catalogue>', 'the catalogue file')
    .addOption(new Option('--to <kind>', 'spreadsheet kind').choices(['xlsx', 'csv']).makeOptionMandatory())
    .option('-o, --output <out>', 'OUT.xlsx, or OUT for OUT-*.csv (default: next to the catalogue, same name)')
    .option('--force', 'replace existing output files')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(['utf-8', 'gb18030']).default('utf-8'))
    .action(async (catalogue: string, opts) => {
      const { runExport } = await import('./commands/export.js');
      code = await runExport(catalogue, { ...opts, ...program.opts() });
    });

  program
    .command('import')
    .description('read a spreadsheet (FILE.xlsx, or FILE.csv with its OUT-*.csv siblings) into a catalogue YAML file')
    .argument('<files...>', '.xlsx or .csv files')
    .option('-o, --output <file>', 'the catalogue file to write (- for stdout)')
    .option('--keep-going', 'write what could be mapped even when some cells could not (their text is kept; still exits 1)')
    .option('--force', 'replace an existing output file')
    .addOption(new Option('--encoding <encoding>', 'CSV encoding (Excel on Chinese Windows saves GB18030)').choices(['utf-8', 'gb18030']).default('utf-8'))
    .action(async (files: string[], opts) => {
      const { runImport } = await import('./commands/import.js');
      code = await runImport(files, { ...opts, ...program.opts() });
    });

  await program.parseAsync(argv);
  return code;
}

function report(e: unknown, argv: string[]): number {
  const debug = argv.includes('--debug');
  const locale = (() => {
    try {
      const i = argv.indexOf('--lang');
      return detectLocale(i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7));
    } catch {
      return detectLocale(undefined);
    }
  })();
  if (e instanceof CommanderError) {
    // Commander has printed its own message (help, version, or the usage problem).
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof GovcatError) {
    process.stderr.write(`govcat: ${e.render(locale)}\n`);
    if (debug) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
  process.stderr.write(locale === 'zh' ? `govcat：内部错误：${(e as Error)?.message ?? e}\n` : `govcat: internal error: ${(e as Error)?.message ?? e}\n`);
  if (debug) process.stderr.write(`${(e as Error)?.stack}\n`);
  else process.stderr.write(locale === 'zh' ? '（使用 --debug 查看详细信息）\n' : '(run with --debug for details)\n');
  return 2;
}

// A reader that goes away (`govcat lint … | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e) => { process.exitCode = report(e, process.argv); },
);
