// 北京市自定规则：目录标题以“北京市”开头。A rule of the city's own, in the same shape as govcat's built-in rules.
export default [
  {
    id: 'beijing/title-prefix',
    articles: [{ source: 'decree-809', article: 13, paragraph: 2 }],
    severity: 'warning',
    docs: {
      summary: { zh: '目录标题以“北京市”开头', en: 'Catalogue titles start with 北京市' },
      details: { zh: '本市各部门的目录标题以“北京市”开头，便于全市汇总编目。', en: 'Titles start with 北京市 so that the city can collect the departments’ catalogues into one.' },
    },
    messages: { prefix: { zh: '目录标题“{{title}}”应以“{{prefix}}”开头', en: 'the catalogue title "{{title}}" should start with "{{prefix}}"' } },
    optionsSchema: { type: 'object', properties: { prefix: { type: 'string', minLength: 1 } }, additionalProperties: false },
    defaults: { prefix: '北京市' },
    examples: {
      pass: { at: 'catalogue', yaml: 'title: 北京市市场监督管理局政务数据目录' },
      fail: { at: 'catalogue', yaml: 'title: 市场监督管理局政务数据目录' },
    },
    check({ catalogue, options, report }) {
      const title = catalogue.header.title;
      if (typeof title === 'string' && !title.startsWith(options.prefix)) report({ messageId: 'prefix', path: ['catalogue', 'title'], data: { title, prefix: options.prefix } });
    },
  },
];
