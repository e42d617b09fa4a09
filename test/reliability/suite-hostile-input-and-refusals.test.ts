import { hostileInputScenarios } from './scenarios/hostile-input'
import { refusalScenarios } from './scenarios/refusals'
import { reliabilitySuite } from './suite'

reliabilitySuite('hostile input and refusals', [hostileInputScenarios, refusalScenarios])
