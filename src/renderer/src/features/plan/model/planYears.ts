import type { RpjmdView } from '../../../../../shared/domain'
import { paguYearList } from '../../../../../shared/planYears'

/** Years a pagu is entered for (the shared rule): the plan's target years and the one after (prakiraan maju). */
export const paguYears = (plan: RpjmdView) => paguYearList(plan.period)
