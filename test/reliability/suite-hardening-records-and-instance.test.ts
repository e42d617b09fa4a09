import { hardeningRecordScenarios } from './scenarios/hardening-records'
import { hardeningInstanceScenarios } from './scenarios/hardening-instance'
import { reliabilitySuite } from './suite'

reliabilitySuite('hardening: records and instance', [hardeningRecordScenarios, hardeningInstanceScenarios])
