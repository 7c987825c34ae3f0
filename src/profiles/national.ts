// The national profile: Decree 809 as the State Council enacted it. Every rule at its default severity.
import type { Profile } from '../core/types.js';

export const national: Profile = {
  id: 'national',
  title: { zh: '国家：《政务数据共享条例》（国务院令第809号）', en: 'National: Decree No. 809 (Regulations on Government Data Sharing)' },
  rules: {},
};
