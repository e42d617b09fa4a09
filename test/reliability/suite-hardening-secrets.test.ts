import { hardeningSecretsScenarios } from './scenarios/hardening-secrets'
import { reliabilitySuite } from './suite'

reliabilitySuite('hardening: secrets', [hardeningSecretsScenarios])
