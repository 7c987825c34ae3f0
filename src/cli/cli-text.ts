// Every description of the command line, in both languages, keyed by command and option; program.ts holds the shape.
import type { Bilingual, Locale } from '../core/types.js';

/**
 * Keys: `govcat` (the program), `CMD` (a command), `CMD <arg>` (an argument), `CMD --long` (an option); `--long`
 * alone is the text an option has in every command without its own; `init,add --profile` serves both commands.
 */
const TEXT: Record<string, Bilingual> = {
  govcat: { zh: '按《政务数据共享条例》（国务院令第809号）编制和检查政务数据目录', en: 'Author and compliance-check government data catalogues (政务数据目录) under Decree No. 809' },
  'govcat --lang': { zh: '消息语言：zh | en（默认：按 LC_ALL / LC_MESSAGES / LANG）', en: 'message language: zh | en (default: from LC_ALL / LC_MESSAGES / LANG)' },
  'govcat --debug': { zh: '内部错误时打印堆栈信息', en: 'print stack traces of internal errors' },
  '--version': { zh: '显示版本号', en: 'output the version number' },
  '--help': { zh: '显示命令的帮助', en: 'display help for command' },
  help: { zh: '显示命令的帮助', en: 'display help for command' },

  '--config': { zh: '配置文件（默认：最近的 govcat.config.yaml）', en: 'config file (default: the nearest govcat.config.yaml)' },
  '--no-config': { zh: '不读取任何配置文件', en: 'read no config file' },
  '--profile': { zh: '规则配置方案（默认：national）', en: 'rule profile (default: national)' },
  '--output': { zh: '将报告写入文件（原子写入），而不是标准输出', en: 'write the report to a file (atomically) instead of stdout' },
  '--format': { zh: '输出格式（默认：stylish）', en: 'output format (default: stylish)' },
  '--fail-on': { zh: '导致运行失败的最低级别', en: 'lowest severity that fails the run' },
  '--encoding': { zh: '输入编码', en: 'input encoding' },
  '--no-color': { zh: '不使用颜色', en: 'no colours' },

  lint: { zh: '按规则配置方案检查数据目录（文件、文件夹、通配模式，或 - 读标准输入）', en: 'check catalogues against the profile (files, directories, globs, or - for stdin)' },
  'lint <inputs>': {
    zh: '数据目录文件（YAML，或电子表格 .xlsx、-entries.csv：问题标注到 工作表!单元格）、文件夹（跳过其中的隐藏文件和文件夹、node_modules、govcat.config.yaml 及 .govcatignore 所列文件）、加引号的通配模式（* 不匹配隐藏文件），或 -',
    en: 'catalogue files (YAML, or spreadsheets .xlsx, -entries.csv: findings at sheet!cell), directories (skipping hidden files and folders, node_modules, govcat.config.yaml and what .govcatignore lists), quoted globs (* matches no hidden file), or -',
  },
  'lint --config': { zh: '用于全部文件的配置文件（默认：每个文件所在文件夹向上最近的 govcat.config.yaml）', en: "one config file for every file (default: the nearest govcat.config.yaml above each file's folder)" },
  'lint --format': {
    zh: '输出格式：stylish、json、sarif、junit、github、gitlab、markdown；FORMAT:FILE 将该格式原子写入文件（可重复，至多一种写到标准输出；默认：stylish）',
    en: 'output format: stylish, json, sarif, junit, github, gitlab, markdown; FORMAT:FILE writes that format to the file atomically (repeatable, at most one to stdout; default: stylish)',
  },
  'lint --rule': { zh: '规则级别，写作“规则: 级别”（error、warning、info、off），优先于配置文件（可重复；规则选项请写在配置文件中）', en: "a rule's severity as 'ID: SEVERITY' (error, warning, info, off), winning over the config (repeatable; options go in the config file)" },
  'lint --print-config': { zh: '输出对该文件生效的全部设置（配置文件、方案继承链、各规则的级别、选项和条款、忽略设置），不做检查', en: 'print the settings in force for that file (config, profile chain, every rule with severity, options and articles, ignore settings) instead of linting' },
  'lint --report-unused-disable-directives': { zh: '将未屏蔽任何问题的 govcat-disable 注释报告为警告', en: 'report govcat-disable comments that suppress nothing, as warnings' },
  'lint --no-inline-config': { zh: '忽略文件中全部 govcat-disable / govcat-enable 注释', en: 'ignore every govcat-disable / govcat-enable comment in the files' },
  'lint --ignore-pattern': { zh: '不检查与此模式（.gitignore 语法，相对于当前目录）匹配的文件（可重复）', en: 'skip the files matching this pattern (.gitignore syntax, relative to the working directory; repeatable)' },
  'lint --max-warnings': { zh: '警告多于此数时以退出码 1 结束', en: 'exit 1 when there are more warnings than this' },
  'lint --max-findings-per-rule': { zh: '每条规则最多逐条列出这么多问题（stylish 格式），其余只计数；计数始终完整', en: 'list at most this many findings of each rule (stylish); the rest are only counted, the counts stay complete' },
  'lint --jobs': { zh: '并行检查文件的线程数（默认：文件够多时用全部可用核心，双核机器上还须文件平均不小于 256 KB；1 = 在主线程逐个检查）；输出顺序与 --jobs 1 相同', en: 'threads linting files in parallel (default: every available core when the run is big enough, and on two cores only for files of 256 KB or more on average; 1 = one by one in this thread); the output is in the same order as with --jobs 1' },
  'lint --shard': { zh: '只检查输入按路径哈希稳定划分成 N 份中的第 K 份（K/N，从 1 起），供 CI 矩阵或批处理系统的 N 台机器分担', en: 'lint only part K of N stable parts of the inputs, split by path hash (K/N, from 1), so N machines of a CI matrix or batch system share the run' },
  'lint --stdin-filename': { zh: '标准输入（“-”）所代表的文件路径：用于问题位置、查找配置文件和忽略规则（编辑器和 pre-commit 钩子通过标准输入传入文件时使用）', en: 'the path of what stdin ("-") holds: shown in findings and used to find the config and apply ignore patterns (for editors and hooks that pipe a file in)' },
  'lint --quiet': { zh: '只报告错误', en: 'report errors only' },
  'lint --as-of': { zh: '检查所依据的日期（YYYY-MM-DD；默认：中国当天）', en: 'the date to check against (YYYY-MM-DD; default: today in China)' },
  'lint --fix': { zh: '先在文件中修复可安全修复的笔误（中文冒号、全角空格、Tab 缩进、冒号后缺空格）和非 yyyy-mm-dd 写法的日期，列出每处修改，再检查', en: 'first repair in the file the safe typos (full-width colons and spaces, tabs, no space after a colon) and dates not written yyyy-mm-dd, list each change, then lint' },
  'lint --canonical': { zh: '与 --fix 同用：同时将其他写法的枚举值（如“每 3 月”）改写为规范术语', en: 'with --fix: also rewrite variant enumerated values (每 3 月) to their canonical terms' },

  diff: { zh: '比较目录的两个版本，并核对第十七条规定的更新期限', en: 'compare two versions of a catalogue and check the Art. 17 update deadlines' },
  'diff <old>': { zh: '上一版本', en: 'the previous version' },
  'diff <new>': { zh: '更新后的版本', en: 'the updated version' },
  'diff --as-of': { zh: '核对未到期期限所依据的日期（YYYY-MM-DD；默认：中国当天）', en: 'the date to check open deadlines against (YYYY-MM-DD; default: today in China)' },
  'diff --received': { zh: '主管部门收到更新的日期（第十七条第三款审核期限）', en: 'when the authority received the update (Art. 17 ¶3 review deadline)' },
  'diff --published': { zh: '主管部门发布的日期', en: 'when the authority published it' },

  deadlines: { zh: '列出目录的变更事件及其第十七条规定的截止日期和状态', en: 'list the change events of a catalogue with their Art. 17 due dates and status' },
  'deadlines <file>': { zh: '数据目录文件', en: 'catalogue file' },
  'deadlines --as-of': { zh: '判断未完成事件所依据的日期（YYYY-MM-DD；默认：中国当天）', en: 'the date to judge open events against (YYYY-MM-DD; default: today in China)' },

  due: { zh: '共享申请的办理期限：第二十一条（答复）、第二十二条（提供）、第二十六条（更正）；其他配置方案按其办法', en: 'sharing-request deadlines: Art. 21 (reply), Art. 22 (provide), Art. 26 (correct); other profiles by their own rules' },
  'due --article': { zh: '条款：21、22 或 26（miit：21、24、27 或 35）', en: 'the article: 21, 22 or 26 (miit: 21, 24, 27 or 35)' },
  'due --profile': { zh: '按哪个配置方案的期限（默认：national）', en: 'whose periods: the profile (default: national)' },
  'due --from': { zh: '期限起算日（不计入），YYYY-MM-DD', en: 'the day the period starts from (not counted), YYYY-MM-DD' },
  'due --share-type': { zh: '用于第二十一条：unconditional（无条件共享）或 conditional（有条件共享）', en: 'for Art. 21: unconditional or conditional' },
  'due --extension': { zh: '用于第二十一条：经批准延长的工作日数（最多 10 个）', en: 'for Art. 21: approved extension in working days (at most 10)' },
  'due --config': { zh: '配置文件（节假日调整）', en: 'config file (calendar overrides)' },
  'due --format': { zh: '输出格式', en: 'output format' },

  package: { zh: '生成报送主管部门的报送包（第十六条）：BagIt 格式，可为文件夹、.zip 或 .tar.gz', en: 'build the submission package for the authority (Art. 16): a BagIt bag as a directory, .zip or .tar.gz' },
  'package <catalogue>': { zh: '数据目录文件', en: 'the catalogue file' },
  'package --output': { zh: '报送包：NAME.zip、NAME.tar.gz / NAME.tgz 或文件夹', en: 'the package: NAME.zip, NAME.tar.gz / NAME.tgz, or a directory' },
  'package --previous': { zh: '上一版本：一并放入包中，并附版本比对报告（第十七条）', en: 'the previous version: adds it and the diff report (Art. 17)' },
  'package --attach': { zh: '附件（评估报告、审批扫描件），存放在 data/attachments/ 下', en: 'attachments (assessment reports, approval scans), stored under data/attachments/' },
  'package --sign': { zh: '用此 Ed25519 私钥（由 govcat keygen 生成）为标签清单签名', en: 'sign the tag manifest with this Ed25519 private key (from govcat keygen)' },
  'package --date': { zh: '打包日期，YYYY-MM-DD（默认：SOURCE_DATE_EPOCH，否则为中国当天）', en: 'the bagging date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in China)' },
  'package --allow-errors': { zh: '目录有检查错误时仍然打包（记入 bag-info.txt）', en: 'package a catalogue with lint errors (recorded in bag-info.txt)' },
  'package --force': { zh: '替换已有的输出', en: 'replace an existing output' },
  'package --format': { zh: '有错误时所显示检查结果的格式（默认：stylish）', en: 'format of the lint findings shown when there are errors (default: stylish)' },

  keygen: { zh: '生成用于报送包签名的 Ed25519 密钥对：NAME.key（私钥）和 NAME.pub（公钥）', en: 'write an Ed25519 key pair for signing packages: NAME.key (private) and NAME.pub (public)' },
  'keygen --output': { zh: '密钥文件名 NAME', en: 'NAME of the key files' },

  verify: { zh: '主管部门批量核验报送包：安全打开、BagIt 完整性、签名、重新检查、期限、跨包问题', en: "the authority's batch check of submitted bundles: safe opening, BagIt fixity, signatures, re-lint, deadlines, cross-bundle findings" },
  'verify <bundles>': { zh: '报送包（.zip、.tar.gz、.tgz 或 BagIt 文件夹）、存放报送包的文件夹，或加引号的通配模式；用 --merge 时为各分片的 JSON 报告', en: 'bundles (.zip, .tar.gz, .tgz, bag directories), directories of bundles, or quoted globs; with --merge, the JSON reports of the shards' },
  'verify --keys': { zh: '存放各部门 Ed25519 公钥（*.pub）及密钥登记表 keys.yaml 的文件夹，用于核验签名（见 govcat explain signature）', en: "directory of the departments' Ed25519 public keys (*.pub) and their registry keys.yaml, to check signatures with (see govcat explain signature)" },
  'verify --require-signature': { zh: '未签名的报送包判为不通过（也可在配置文件中写 verify.requireSignature: true）；须同时给出 --keys', en: 'unsigned bundles fail (or verify.requireSignature: true in the config); needs --keys' },
  'verify --show-warnings': { zh: '在表格下列出通过的报送包中的警告（终端上默认列出）', en: 'list the warnings of the passed bundles under the table (default on a terminal)' },
  'verify --no-show-warnings': { zh: '不列出通过的报送包中的警告', en: 'do not list the warnings of the passed bundles' },
  'verify --received': { zh: '主管部门收到报送包的日期（第十七条第三款审核期限：2 个工作日）', en: 'when the authority received the bundles (Art. 17 ¶3 review deadline: 2 working days)' },
  'verify --as-of': { zh: '核对期限所依据的日期（YYYY-MM-DD；默认：中国当天）', en: 'the date to check deadlines against (YYYY-MM-DD; default: today in China)' },
  'verify --jobs': { zh: '工作线程数（默认：可用的处理器核数）', en: 'worker threads (default: the available cores)' },
  'verify --format': { zh: '报告格式（默认：table）', en: 'report format (default: table)' },
  'verify --quiet': { zh: '不显示进度条', en: 'no progress bar' },
  'verify --shard': { zh: '只核验报送包按路径哈希稳定划分成 N 份中的第 K 份（K/N，从 1 起）；用 -f json 写出各分片的报告，再用 --merge 合并', en: 'verify only part K of N stable parts of the bundles, split by path hash (K/N, from 1); write each part with -f json, then combine them with --merge' },
  'verify --merge': { zh: '合并各分片用 -f json 写出的报告：对全部报送包重新计算跨包问题，结果与一次核验全部报送包相同', en: 'combine the JSON reports of the shards (-f json): the cross-bundle findings are computed again over every bundle, giving exactly the result of one run' },

  rules: { zh: '列出规则配置方案中的规则及其条款和级别', en: 'list the rules of the profile with their articles and severities' },
  'rules --profile': { zh: '规则配置方案（默认：配置文件所指的方案，否则 national）', en: 'rule profile (default: the config\'s, else national)' },
  'rules --format': { zh: '输出格式', en: 'output format' },
  'rules --diff': { zh: '列出 govcat diff 的版本比对规则（第十五条、第十七条、第二十七条），而不是检查规则', en: 'the version-comparison rules of govcat diff (Art. 15, 17, 27) instead of the lint rules' },

  basis: { zh: '检查法律依据的引用：所指文件、其层级（法律、行政法规、部门规章……）、把握程度及判断依据', en: 'check citations of legal bases: the instrument each names, its level (法律, 行政法规, 部门规章 …), how sure, and the evidence' },
  'basis <citations>': { zh: '引用文字，如“《中华人民共和国统计法》第九条”或“国办发〔2023〕3号”，或 - 从标准输入逐行读取', en: 'citation texts, e.g. "《中华人民共和国统计法》第九条" or "国办发〔2023〕3号", or - to read one per line from stdin' },
  'basis --format': { zh: '输出格式', en: 'output format' },
  'basis --profile': { zh: '规则配置方案，决定“可作不予共享依据”一栏认可哪些层级（默认：national）', en: 'rule profile whose accepted levels decide the non-shareable column (default: national)' },

  explain: { zh: '解释一条规则：目的、所依据的条款及示例', en: 'explain a rule: its purpose, the article it enforces, and examples' },
  'explain <rule>': { zh: '规则 ID，如 conditional-usage-conditions', en: 'rule id, e.g. conditional-usage-conditions' },
  'explain --profile': { zh: '按该配置方案说明：所引条款及其原文、级别和说明（默认：national）', en: 'explain the rule as the profile runs it: its articles and their text, severity and note (default: national)' },

  schema: { zh: '输出数据目录的 JSON Schema（供编辑器和其他工具使用）', en: 'print the catalogue JSON Schema (for editors and other tools)' },
  web: { zh: '写出检查页面：一个离线 HTML 文件，在浏览器中检查数据目录（YAML、xlsx、csv），文件不离开本机', en: 'write the checker page: one offline HTML file that checks catalogues (YAML, xlsx, csv) in a browser, no file leaving the machine' },
  'web --output': { zh: '页面的文件名（默认 govcat.html）', en: 'the page\'s file name (default govcat.html)' },
  'web --force': { zh: '覆盖已存在的文件', en: 'replace an existing file' },
  'schema --keys': { zh: '键名语言：en（英文规范格式）或 zh（中文键名，也接受同义写法和扁平写法）', en: 'the keys: en (the canonical English form) or zh (Chinese keys, synonyms and flat forms accepted too)' },
  'schema --install': { zh: '把编辑器用的模式文件（英文键名和中文键名两份）装入本用户目录（默认 ~/.local/share/govcat/schemas）或指定目录，并给出目录文件的模式行和 VS Code 的 yaml.schemas 设置；已是最新的不重写', en: 'copy the editor schemas (English and Chinese keys) into your user folder (default ~/.local/share/govcat/schemas) or the folder given, and print the modeline and the VS Code yaml.schemas setting; files already up to date are left alone' },

  'init,add --from': { zh: '从 YAML 文件读取答案（键名同选项：department-name、item……）；命令行选项优先', en: 'take the answers from a YAML file (keys as the flags: department-name, item, …); flags win' },
  'init,add --profile': { zh: '检查所填内容所用的规则配置方案（默认：national）', en: 'rule profile the answers are checked against (default: national)' },

  init: { zh: '创建数据目录：在终端中逐项询问目录头；无终端（或 CI=true）时取下列选项，缺项则列出所缺内容并失败', en: 'create a catalogue: asks for the header at a terminal; with no terminal (or CI=true) takes the flags below, or fails listing what is missing' },
  'init <file>': { zh: '要写入的数据目录文件', en: 'the catalogue file to write' },
  'init --force': { zh: 'FILE 已存在时覆盖', en: 'overwrite FILE if it exists' },
  'init --department-name': { zh: '编制部门', en: 'compiling department (编制部门)' },
  'init --department-code': { zh: '编制部门的统一社会信用代码（可选，填写时校验）', en: 'its unified social credit code (统一社会信用代码; optional, checked when given)' },
  'init --level': { zh: '层级：national | provincial | municipal | county（或 国家级……；默认：按统一社会信用代码第 3–8 位的行政区划）', en: 'national | provincial | municipal | county (or 国家级 …; default: from the division in the credit code, its characters 3–8)' },
  'init --region': { zh: '行政区划代码，6 位（国家级不填；默认：统一社会信用代码第 3–8 位）', en: 'administrative division code, 6 digits (not for national; default: characters 3–8 of the credit code)' },
  'init --catalogue-id': { zh: '目录编号（默认：CAT-<行政区划代码>-<组织机构代码>；无信用代码时用编制部门名称的摘要）', en: 'catalogue id (default: CAT-<region>-<organisation code>, or a digest of the department name when no code is given)' },
  'init --title': { zh: '目录名称（默认：<编制部门>政务数据目录）', en: 'catalogue title (default: <department>政务数据目录)' },
  'init --catalogue-version': { zh: '版本号（默认：<年份>.1）', en: 'version (default: <year>.1)' },
  'init --compiled-at': { zh: '编制日期（默认：今天）', en: 'compilation date (default: today)' },
  'init --confidentiality-date': { zh: '保密风险评估：日期', en: 'confidentiality risk assessment: date' },
  'init --confidentiality-conclusion': { zh: '保密风险评估：结论 passed | conditionally_passed | failed', en: 'confidentiality risk assessment: passed | conditionally_passed | failed' },
  'init --confidentiality-report': { zh: '保密风险评估：报告（可选）', en: 'confidentiality risk assessment: report (optional)' },
  'init --personal-info': { zh: '目录将包含个人信息（随后需填 --pi-… 各项）', en: 'the catalogue will hold personal information (then the --pi-… answers)' },
  'init --no-personal-info': { zh: '目录不包含个人信息', en: 'it will not' },
  'init --pi-date': { zh: '个人信息保护影响评估：日期', en: 'personal information impact assessment: date' },
  'init --pi-conclusion': { zh: '个人信息保护影响评估：结论', en: 'personal information impact assessment: conclusion' },
  'init --pi-report': { zh: '个人信息保护影响评估：报告（可选）', en: 'personal information impact assessment: report (optional)' },
  'init --approver': { zh: '审核人（部门负责人）', en: 'department head who approved (审核人)' },
  'init --approver-title': { zh: '审核人职务', en: "the approver's title (职务)" },
  'init --approval-date': { zh: '审核日期', en: 'date of the approval' },

  add: { zh: '添加一个条目：先问共享属性，再只问所需各项；无终端（或 CI=true）时取下列选项', en: 'add one entry: asks the share type first, then only what it needs; with no terminal (or CI=true) takes the flags below' },
  'add <file>': { zh: '要添加条目的数据目录文件', en: 'the catalogue file to extend' },
  'add --share-type': { zh: '共享属性：unconditional | conditional | non_shareable（或 无条件共享……）', en: 'unconditional | conditional | non_shareable (or 无条件共享 …)' },
  'add --internal-share-type': { zh: 'miit：部内共享属性，unconditional | conditional | non_shareable（或 部内无条件共享……）', en: 'miit: the internal share type, unconditional | conditional | non_shareable (or 部内无条件共享 …)' },
  'add --external-share-type': { zh: 'miit：部外共享属性（同上，或 部外有条件共享……）', en: 'miit: the external share type (likewise, or 部外有条件共享 …)' },
  'add --scope': { zh: '有条件共享：共享范围', en: 'conditional: sharing scope (共享范围)' },
  'add --objects': { zh: '有条件共享：共享对象（miit 必填）', en: 'conditional: recipients (共享对象; required by miit)' },
  'add --leader': { zh: 'miit 有条件共享：审批的分管部领导', en: 'miit, conditional: the ministry leader in charge who approved (分管部领导)' },
  'add --leader-title': { zh: 'miit 有条件共享：分管部领导职务（可选）', en: "miit, conditional: the leader's title (optional)" },
  'add --leader-approval-date': { zh: 'miit 有条件共享：审批日期', en: 'miit, conditional: date of the approval' },
  'add --minister': { zh: 'miit 不予共享：审批同意的部长', en: 'miit, non_shareable: the minister who approved (部长)' },
  'add --minister-approval-date': { zh: 'miit 不予共享：部长审批日期', en: "miit, non_shareable: date of the minister's approval" },
  'add --negative-list': { zh: 'miit、hubei 不予共享：负面清单中的编号（或“是”）', en: 'miit, hubei, non_shareable: its number on the negative list (or 是)' },
  'add --open-type': { zh: 'hubei：开放属性，unconditional_open | conditional_open | not_open（或 无条件开放……）', en: 'hubei: the open attribute, unconditional_open | conditional_open | not_open (or 无条件开放 …)' },
  'add --purpose': { zh: '有条件共享：使用用途', en: 'conditional: purpose of use (使用用途)' },
  'add --requirements': { zh: '有条件共享：其他要求（可选）', en: 'conditional: further requirements (optional)' },
  'add --reason': { zh: '不予共享：不予共享理由', en: 'non_shareable: the reason (不予共享理由)' },
  'add --basis': {
    zh: '不予共享：法律依据，按引用原文填写，如《中华人民共和国统计法》第二十五条（自动判断层级），或 TYPE:TITLE[:ARTICLE]（可重复）',
    en: 'non_shareable: legal basis as cited, e.g. 《中华人民共和国统计法》第二十五条 (its level is worked out), or TYPE:TITLE[:ARTICLE] (repeatable)',
  },
  'add --id': { zh: '条目编号（默认：文件中的下一个）', en: 'entry id (default: the next in the file)' },
  'add --name': { zh: '数据目录名称', en: 'entry name (数据目录名称)' },
  'add --summary': { zh: '摘要（可选）', en: 'summary (optional)' },
  'add --provider-name': { zh: '提供单位（默认：编制部门）', en: 'providing body (default: the department)' },
  'add --provider-code': { zh: '提供单位的统一社会信用代码（可选；默认：编制部门的）', en: "the provider's credit code (optional; default: the department's)" },
  'add --item': { zh: '数据项，如 企业名称:string 或 证件号码:string:sensitive（可重复）', en: 'data item, e.g. 企业名称:string or 证件号码:string:sensitive (repeatable)' },
  'add --pi-date': { zh: '个人信息保护影响评估日期（数据项属个人信息而目录尚无此评估时）', en: 'personal information impact assessment, when an item is personal information and the catalogue has none' },
  'add --pi-conclusion': { zh: '……评估结论', en: '… its conclusion' },
  'add --pi-report': { zh: '……评估报告（可选）', en: '… its report (optional)' },
  'add --format': { zh: '数据格式：database_table | file | spreadsheet | api | image | stream | self_describing', en: 'data format: database_table | file | spreadsheet | api | image | stream | self_describing' },
  'add --format-detail': { zh: '格式说明，如 MySQL（可选）', en: 'format detail, e.g. MySQL (optional)' },
  'add --update-frequency': { zh: '更新频率：realtime | daily | weekly | monthly | quarterly | half_yearly | yearly | irregular | other', en: 'realtime | daily | weekly | monthly | quarterly | half_yearly | yearly | irregular | other' },
  'add --update-frequency-detail': { zh: '更新周期（选 other 时填写）', en: 'the period, when other' },
  'add --share-method': { zh: '共享方式：api | batch_exchange | file_download（可重复或以逗号分隔；不予共享类不填）', en: 'api | batch_exchange | file_download (repeatable or comma-separated; not for non_shareable)' },
  'add --category': { zh: '数据类别', en: 'data category (数据类别)' },
  'add --classification-level': { zh: '数据分级：general | important | core（一般 | 重要 | 核心）', en: 'general | important | core (一般 | 重要 | 核心)' },

  fmt: { zh: '就地格式化数据目录：键按规范顺序、2 空格缩进、易被误读的数字加引号、保留注释', en: 'format catalogues in place: canonical key order, 2-space indentation, misread numbers quoted, comments kept' },
  'fmt <files>': { zh: '数据目录文件、文件夹、通配模式，或 -（从标准输入读，写到标准输出）', en: 'catalogue files, directories, globs, or - (stdin to stdout)' },
  'fmt --check': { zh: '不做修改；列出需要修改的文件，有则以退出码 1 结束', en: 'change nothing; list the files that would change and exit 1 if any' },
  'fmt --canonical': { zh: '同时将中文及其他写法的枚举值改写为规范的英文取值', en: 'also rewrite Chinese and variant enumerated values to the canonical English terms' },
  'fmt --fix': { zh: '同时修复可安全修复的 YAML 笔误', en: 'also repair safe YAML typos' },

  convert: { zh: '将数据目录改写为中文键名（--to zh）或英文规范格式（--to en）；未指定 -o 时写到标准输出', en: 'rewrite a catalogue with Chinese keys (--to zh) or in the canonical English form (--to en); to stdout unless -o is given' },
  'convert <file>': { zh: '数据目录文件', en: 'the catalogue file' },
  'convert --to': { zh: '输出的键名语言：zh（中文键名）或 en（英文规范格式）', en: 'the language of the keys written: zh (Chinese keys) or en (the canonical English form)' },
  'convert --output': { zh: '要写入的文件（默认：标准输出；不会覆盖输入文件）', en: 'the file to write (default: stdout; never the input itself)' },

  export: {
    zh: '将数据目录导出为电子表格：xlsx（工作表“数据目录”“数据项”“目录信息”），或 OUT-entries.csv、OUT-items.csv、OUT-catalogue.csv',
    en: 'write a catalogue as a spreadsheet: sheets 数据目录, 数据项, 目录信息 (xlsx), or OUT-entries.csv, OUT-items.csv, OUT-catalogue.csv',
  },
  'export <catalogue>': { zh: '数据目录文件', en: 'the catalogue file' },
  'export --to': { zh: '电子表格类型', en: 'spreadsheet kind' },
  'export --output': { zh: 'OUT.xlsx，或 OUT（写出 OUT-*.csv）（默认：与数据目录文件同一文件夹、同名）', en: 'OUT.xlsx, or OUT for OUT-*.csv (default: next to the catalogue, same name)' },
  'export --force': { zh: '替换已有的输出文件', en: 'replace existing output files' },

  import: { zh: '将电子表格（FILE.xlsx，或 FILE.csv 及同组的 OUT-*.csv）读入为数据目录 YAML 文件', en: 'read a spreadsheet (FILE.xlsx, or FILE.csv with its OUT-*.csv siblings) into a catalogue YAML file' },
  'import <files>': { zh: '.xlsx 或 .csv 文件', en: '.xlsx or .csv files' },
  'import --output': { zh: '要写入的数据目录文件（- 表示标准输出）', en: 'the catalogue file to write (- for stdout)' },
  'import --keep-going': { zh: '部分单元格无法转换时仍写出能转换的内容（保留其原文；仍以退出码 1 结束）', en: 'write what could be mapped even when some cells could not (their text is kept; still exits 1)' },
  'import,convert --force': { zh: '替换已有的输出文件', en: 'replace an existing output file' },
  'import --encoding': { zh: 'CSV 编码（中文 Windows 上的 Excel 保存为 GB18030）', en: 'CSV encoding (Excel on Chinese Windows saves GB18030)' },
};

/** The table with `a,b KEY` keys spread out, so that a lookup is one map access. */
export const CLI_TEXT: ReadonlyMap<string, Bilingual> = new Map(
  Object.entries(TEXT).flatMap(([key, text]) => {
    const [commands, ...rest] = key.split(' ');
    return commands.split(',').map((c): [string, Bilingual] => [[c, ...rest].join(' '), text]);
  }),
);

/** The text for a command (`lint`), argument (`lint <inputs>`) or option (`lint --format`, falling back to `--format`). */
export function cliText(key: string, locale: Locale): string | undefined {
  const own = CLI_TEXT.get(key);
  if (own) return own[locale];
  const option = / (--?[\w-]+)$/.exec(key);
  return option ? CLI_TEXT.get(option[1])?.[locale] : undefined;
}
