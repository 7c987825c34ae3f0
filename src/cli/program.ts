// The command line's shape: commands, arguments, options and which module runs each; the texts are in cli-text.ts.
import { Option, type Command, type OutputConfiguration } from 'commander';
import { cliText } from './cli-text.js';
import { versionLine } from './env.js';
import { describeProgram, LocalizedCommand } from './localize.js';
import type { Locale } from '../core/types.js';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown'];

/**
 * The program in `locale`; `exitCode()` is the chosen command's result once `parseAsync` has settled. Commander's own
 * output (help, usage errors) goes through `output`, set here because every command takes a copy of it when defined.
 */
export function buildProgram(locale: Locale, output: OutputConfiguration = {}): { program: Command; exitCode: () => number } {
  const program = new LocalizedCommand('govcat', locale)
    .helpOption('-h, --help', cliText('--help', locale))
    .helpCommand('help [command]', cliText('help', locale))
    .version(versionLine(), '-v, --version')
    .option('--lang <lang>')
    .option('--debug')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), ...output })
    .showSuggestionAfterError(true);
  let result = 0;

  const collect = (v: string, list?: string[]) => [...(list ?? []), v];

  program
    .command('lint')
    .argument('[inputs...]')
    .option('-f, --format <format[:file]>', '', collect)
    .option('-o, --output <file>')
    .option('--config <file>')
    .option('--no-config')
    .option('--profile <name>')
    .option('--rule <id:severity>', '', collect)
    .option('--print-config <file>')
    .option('--report-unused-disable-directives')
    .option('--no-inline-config')
    .option('--ignore-pattern <pattern>', '', collect)
    .option('--max-warnings <n>')
    .option('--max-findings-per-rule <n>')
    .addOption(new Option('--fail-on <severity>').choices(['error', 'warning', 'info']).default('error'))
    .option('--quiet')
    .option('--as-of <date>')
    .addOption(new Option('--encoding <encoding>').choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('-j, --jobs <n>')
    .option('--shard <K/N>')
    .option('--stdin-filename <path>')
    .option('--fix')
    .option('--canonical')
    .option('--no-color')
    // Inputs are optional only for --print-config; otherwise the usage error commander gives for a missing argument.
    .hook('preAction', (cmd) => {
      if (!cmd.args.length && cmd.opts().printConfig === undefined) cmd.error("error: missing required argument 'inputs'", { code: 'commander.missingArgument', exitCode: 1 });
    })
    .action(async (inputs: string[], opts) => {
      const { runLint } = await import('./commands/lint/index.js');
      result = await runLint(inputs, { ...opts, ...program.opts() });
    });

  program
    .command('diff')
    .argument('<old>')
    .argument('<new>')
    .addOption(new Option('-f, --format <format>').choices(FORMATS))
    .option('-o, --output <file>')
    .option('--config <file>')
    .option('--no-config')
    .option('--profile <name>')
    .option('--as-of <date>')
    .option('--received <date>')
    .option('--published <date>')
    .addOption(new Option('--fail-on <severity>').choices(['error', 'warning', 'info']).default('error'))
    .addOption(new Option('--encoding <encoding>').choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('--no-color')
    .action(async (oldFile: string, newFile: string, opts) => {
      const { runDiff } = await import('./commands/diff.js');
      result = await runDiff(oldFile, newFile, { ...opts, ...program.opts() });
    });

  program
    .command('deadlines')
    .argument('<file>')
    .addOption(new Option('-f, --format <format>').choices(FORMATS))
    .option('-o, --output <file>')
    .option('--config <file>')
    .option('--no-config')
    .option('--profile <name>')
    .option('--as-of <date>')
    .addOption(new Option('--encoding <encoding>').choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('--no-color')
    .action(async (file: string, opts) => {
      const { runDeadlines } = await import('./commands/deadlines.js');
      result = await runDeadlines(file, { ...opts, ...program.opts() });
    });

  program
    .command('due')
    .requiredOption('--article <n>')
    .requiredOption('--from <date>')
    .option('--share-type <type>')
    .option('--extension <days>')
    .option('--config <file>')
    .option('--profile <name>')
    .addOption(new Option('-f, --format <format>').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { runDue } = await import('./commands/due.js');
      result = await runDue({ ...opts, ...program.opts() });
    });

  program
    .command('package')
    .argument('<catalogue>')
    .requiredOption('-o, --output <out>')
    .option('--previous <file>')
    .option('--attach <files...>')
    .option('--sign <key>')
    .option('--date <date>')
    .option('--config <file>')
    .option('--no-config')
    .option('--profile <name>')
    .option('--allow-errors')
    .option('--force')
    .addOption(new Option('-f, --format <format>').choices(FORMATS))
    .option('--no-color')
    .action(async (catalogue: string, opts) => {
      const { runPackage } = await import('./commands/package.js');
      result = await runPackage(catalogue, { ...opts, ...program.opts() });
    });

  program
    .command('keygen')
    .requiredOption('-o, --output <name>')
    .action(async (opts) => {
      const { runKeygen } = await import('./commands/keygen.js');
      result = await runKeygen({ ...opts, ...program.opts() });
    });

  program
    .command('verify')
    .argument('<bundles...>')
    .option('--keys <dir>')
    .option('--require-signature')
    .option('--show-warnings')
    .option('--no-show-warnings')
    .option('--received <date>')
    .option('--as-of <date>')
    .option('--jobs <n>')
    .option('--shard <K/N>')
    .option('--merge')
    .addOption(new Option('-f, --format <format>').choices(['table', 'json', 'csv', 'sarif', 'junit', 'html']))
    .option('-o, --output <file>')
    .option('--quiet')
    .option('--config <file>')
    .option('--no-config')
    .option('--no-color')
    .action(async (bundles: string[], opts) => {
      const { runVerify } = await import('./commands/verify.js');
      result = await runVerify(bundles, { ...opts, ...program.opts() });
    });

  program
    .command('rules')
    .option('--profile <name>')
    .option('--config <file>')
    .option('--no-config')
    .addOption(new Option('-f, --format <format>').choices(['table', 'json', 'markdown']).default('table'))
    .option('--diff')
    .action(async (opts) => {
      const { runRules } = await import('./commands/rules.js');
      result = await runRules({ ...opts, ...program.opts() });
    });

  program
    .command('basis')
    .argument('<citations...>')
    .addOption(new Option('-f, --format <format>').choices(['table', 'json']).default('table'))
    .option('--profile <name>')
    .option('--config <file>')
    .option('--no-config')
    .action(async (citations: string[], opts) => {
      const { runBasis } = await import('./commands/basis.js');
      result = await runBasis(citations, { ...opts, ...program.opts() });
    });

  program
    .command('explain')
    .argument('<rule>')
    .option('--profile <name>')
    .option('--config <file>')
    .option('--no-config')
    .action(async (rule: string, opts) => {
      const { runExplain } = await import('./commands/explain.js');
      result = await runExplain(rule, { ...opts, ...program.opts() });
    });

  program
    .command('schema')
    .addOption(new Option('--keys <lang>').choices(['en', 'zh']).default('en'))
    .option('--install [dir]')
    .action(async (opts) => {
      const { runSchema } = await import('./commands/schema.js');
      result = await runSchema({ ...opts, ...program.opts() });
    });

  program
    .command('web')
    .option('-o, --output <file>')
    .option('--force')
    .action(async (opts) => {
      const { runWeb } = await import('./commands/web.js');
      result = await runWeb({ ...opts, ...program.opts() });
    });

  const wizard = (cmd: Command) => cmd
    .option('--from <answers.yaml>')
    .option('--config <file>')
    .option('--profile <name>');

  wizard(program
    .command('init')
    .argument('[file]', '', 'catalogue.yaml')
    .option('--force')
    .option('--department-name <name>')
    .option('--department-code <code>')
    .option('--level <level>')
    .option('--region <code>')
    .option('--catalogue-id <id>')
    .option('--title <title>')
    .option('--catalogue-version <version>')
    .option('--compiled-at <date>')
    .option('--confidentiality-date <date>')
    .option('--confidentiality-conclusion <c>')
    .option('--confidentiality-report <file>')
    .option('--personal-info')
    .option('--no-personal-info')
    .option('--pi-date <date>')
    .option('--pi-conclusion <c>')
    .option('--pi-report <file>')
    .option('--approver <name>')
    .option('--approver-title <title>')
    .option('--approval-date <date>'))
    .action(async (file: string, opts) => {
      const { runInit } = await import('./commands/init.js');
      result = await runInit(file, { ...opts, ...program.opts() });
    });

  wizard(program
    .command('add')
    .argument('<file>')
    .option('--share-type <type>')
    .option('--internal-share-type <type>')
    .option('--external-share-type <type>')
    .option('--scope <text>')
    .option('--objects <text>')
    .option('--purpose <text>')
    .option('--requirements <text>')
    .option('--leader <name>')
    .option('--leader-title <title>')
    .option('--leader-approval-date <date>')
    .option('--reason <text>')
    .option('--basis <citation>', '', collect, [])
    .option('--minister <name>')
    .option('--minister-approval-date <date>')
    .option('--negative-list <number>')
    .option('--open-type <type>')
    .option('--id <id>')
    .option('--name <name>')
    .option('--summary <text>')
    .option('--provider-name <name>')
    .option('--provider-code <code>')
    .option('--item <name:type[:pi|:sensitive]>', '', collect, [])
    .option('--pi-date <date>')
    .option('--pi-conclusion <c>')
    .option('--pi-report <file>')
    .option('--format <kind>')
    .option('--format-detail <text>')
    .option('--update-frequency <f>')
    .option('--update-frequency-detail <text>')
    .option('--share-method <m>', '', collect, [])
    .option('--category <text>')
    .option('--classification-level <level>'))
    .action(async (file: string, opts) => {
      const { runAdd } = await import('./commands/add.js');
      result = await runAdd(file, { ...opts, ...program.opts() });
    });

  program
    .command('fmt')
    .argument('<files...>')
    .option('--check')
    .option('--canonical')
    .option('--fix')
    .action(async (files: string[], opts) => {
      const { runFmt } = await import('./commands/fmt.js');
      result = await runFmt(files, { ...opts, ...program.opts() });
    });

  program
    .command('convert')
    .argument('<file>')
    .addOption(new Option('--to <lang>').choices(['en', 'zh']).makeOptionMandatory())
    .option('-o, --output <file>')
    .option('--force')
    .addOption(new Option('--encoding <encoding>').choices(['utf-8', 'gb18030']).default('utf-8'))
    .action(async (file: string, opts) => {
      const { runConvert } = await import('./commands/convert.js');
      result = await runConvert(file, { ...opts, ...program.opts() });
    });

  program
    .command('export')
    .argument('<catalogue>')
    .addOption(new Option('--to <kind>').choices(['xlsx', 'csv']).makeOptionMandatory())
    .option('-o, --output <out>')
    .option('--force')
    .addOption(new Option('--encoding <encoding>').choices(['utf-8', 'gb18030']).default('utf-8'))
    .action(async (catalogue: string, opts) => {
      const { runExport } = await import('./commands/export.js');
      result = await runExport(catalogue, { ...opts, ...program.opts() });
    });

  program
    .command('import')
    .argument('<files...>')
    .option('-o, --output <file>')
    .option('--keep-going')
    .option('--force')
    .addOption(new Option('--encoding <encoding>').choices(['utf-8', 'gb18030']).default('utf-8'))
    .action(async (files: string[], opts) => {
      const { runImport } = await import('./commands/import.js');
      result = await runImport(files, { ...opts, ...program.opts() });
    });

  describeProgram(program, locale);
  return { program, exitCode: () => result };
}
