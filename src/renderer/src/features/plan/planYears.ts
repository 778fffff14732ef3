import type { RpjmdView } from '../../../../shared/domain'

/** Years a pagu is entered for: the plan's target years and the one after (prakiraan maju). */
export const paguYears = (plan: RpjmdView) => [...plan.targetYears, plan.period.lastYear + 1]
