// Typed rule definition: a typo in a messageId or an option name is a compile error.
import type { RuleModule } from './types.js';

export function defineRule<Options, MessageId extends string>(rule: RuleModule<Options, MessageId>): RuleModule<Options, MessageId> {
  return rule;
}
