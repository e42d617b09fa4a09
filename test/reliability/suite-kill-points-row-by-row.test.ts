import { killPointScenarios } from './scenarios/kill-points'
import { reliabilitySuite } from './suite'

reliabilitySuite('kill points (row by row) and an external kill', [() => killPointScenarios('row by row')])
