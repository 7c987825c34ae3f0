// Registry of every rule, sorted by id; the file name is the rule id (checked by test/rules.meta.test.ts).
import type { AnyRule } from '../core/types.js';
import approvalRequired from './approval-required.js';
import assessmentChronology from './assessment-chronology.js';
import basicDataInternalUnconditional from './basic-data-internal-unconditional.js';
import classificationValid from './classification-valid.js';
import classifiedDataExcluded from './classified-data-excluded.js';
import conditionalUsageConditions from './conditional-usage-conditions.js';
import confidentialityAssessmentRequired from './confidentiality-assessment-required.js';
import creditCodeValid from './credit-code-valid.js';
import dateValid from './date-valid.js';
import entryRequiredFields from './entry-required-fields.js';
import headerRequired from './header-required.js';
import negativeList from './negative-list.js';
import nonShareableLegalBasis from './non-shareable-legal-basis.js';
import notACatalogue from './not-a-catalogue.js';
import openTypeValid from './open-type-valid.js';
import piImpactAssessmentRequired from './pi-impact-assessment-required.js';
import placeholderValue from './placeholder-value.js';
import regionCodeValid from './region-code-valid.js';
import schemaValid from './schema-valid.js';
import sensitiveUnconditional from './sensitive-unconditional.js';
import shareApprovalRecorded from './share-approval-recorded.js';
import shareMethodValid from './share-method-valid.js';
import shareTypeValid from './share-type-valid.js';
import unconditionalExtraConditions from './unconditional-extra-conditions.js';
import uniqueIds from './unique-ids.js';
import unknownField from './unknown-field.js';
import updateFrequencyValid from './update-frequency-valid.js';
import vocabularyNormalized from './vocabulary-normalized.js';

export const rules: readonly AnyRule[] = [
  approvalRequired,
  assessmentChronology,
  basicDataInternalUnconditional,
  classificationValid,
  classifiedDataExcluded,
  conditionalUsageConditions,
  confidentialityAssessmentRequired,
  creditCodeValid,
  dateValid,
  entryRequiredFields,
  headerRequired,
  negativeList,
  nonShareableLegalBasis,
  notACatalogue,
  openTypeValid,
  piImpactAssessmentRequired,
  placeholderValue,
  regionCodeValid,
  schemaValid,
  sensitiveUnconditional,
  shareApprovalRecorded,
  shareMethodValid,
  shareTypeValid,
  unconditionalExtraConditions,
  uniqueIds,
  unknownField,
  updateFrequencyValid,
  vocabularyNormalized,
];

export const ruleById: ReadonlyMap<string, AnyRule> = new Map(rules.map((r) => [r.id, r]));
