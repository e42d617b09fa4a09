import { killPointScenarios } from './scenarios/kill-points'
import { reliabilitySuite } from './suite'

reliabilitySuite('kill points (page transactions)', [() => killPointScenarios('page transactions')])
