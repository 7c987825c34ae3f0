// An ajv-cli `-c` module (custom keywords/formats: called with the Ajv instance) used only for what loading it does.
// ajv-cli 5.0.0, the latest release, reads YAML with js-yaml 3's default schema, which turns an unquoted 2026-03-02
// into a Date, so a date field (`type: string`) fails every catalogue; its master branch reads YAML with
// CORE_SCHEMA (ajv-validator/ajv-cli#124, merged after 5.0.0 and never released), as YAML 1.2, govcat and the
// library limit do. This applies that one fix to the js-yaml instance ajv-cli loads; nothing else changes.
const { createRequire } = require('node:module');

const yaml = createRequire(require.resolve('ajv-cli/dist/commands/util.js'))('js-yaml');
const safeLoad = yaml.safeLoad;
yaml.safeLoad = (text, options) => safeLoad(text, { schema: yaml.CORE_SCHEMA, ...options });

module.exports = () => {};
