import { networkFaultScenarios } from './scenarios/network-faults'
import { reliabilitySuite } from './suite'

reliabilitySuite('network faults', [networkFaultScenarios])
