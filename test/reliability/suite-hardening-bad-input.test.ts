import { hardeningBadInputScenarios } from './scenarios/hardening-bad-input'
import { reliabilitySuite } from './suite'

reliabilitySuite('hardening: bad input', [hardeningBadInputScenarios])
