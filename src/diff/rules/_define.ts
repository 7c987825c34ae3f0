// Typed diff-rule definition: a typo in a messageId or an option name is a compile error.
import type { DiffReport, DiffRuleContext, DiffRuleModule } from '../../core/types.js';

/** The context a rule body sees: `report` only accepts the rule's own message ids. */
export type TypedDiffContext<Options, MessageId extends string> = Omit<DiffRuleContext<Options>, 'report'> & {
  report(d: DiffReport & { messageId: MessageId }): void;
};

export function defineDiffRule<Options, MessageId extends string>(
  rule: Omit<DiffRuleModule<Options, MessageId>, 'check'> & { check(ctx: TypedDiffContext<Options, MessageId>): void },
): DiffRuleModule<Options, MessageId> {
  return rule;
}
