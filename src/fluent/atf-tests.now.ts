import { Test } from '@servicenow/sdk/core'
import {
    auditTrailModule,
    connectionsModule,
    dimensionMappingsModule,
    flaggedRecordsModule,
    propertiesModule,
    syncRunsModule,
} from './menu.now'
import { adminRole, apUserRole } from './roles.now'

// On-instance checks (ATF): the app's tables and roles exist, who sees what, and that the
// prerequisite checklist reports a missing plugin. Run them from Automated Test Framework > Tests.

Test(
    {
        $id: Now.ID['atf_tables_and_roles_exist'],
        name: 'ml-connector: tables and roles exist',
        description: 'Every table of the app is in sys_db_object and every role in sys_user_role.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_tables_and_roles_exist_script'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var tables = ['x_mlc_ifs_s2p_connection', 'x_mlc_ifs_s2p_sync_state', 'x_mlc_ifs_s2p_staging_key',
        'x_mlc_ifs_s2p_run', 'x_mlc_ifs_s2p_audit', 'x_mlc_ifs_s2p_flag', 'x_mlc_ifs_s2p_dimension_map'];
    var roles = ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user', 'x_mlc_ifs_s2p.integration'];
    tables.forEach(function (name) {
        var t = new GlideRecord('sys_db_object');
        assertEqual({ name: 'table ' + name, shouldbe: true, value: t.get('name', name) });
    });
    roles.forEach(function (name) {
        var r = new GlideRecord('sys_user_role');
        assertEqual({ name: 'role ' + name, shouldbe: true, value: r.get('name', name) });
    });
    stepResult.setOutputMessage(tables.length + ' tables and ' + roles.length + ' roles found');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)

Test(
    {
        $id: Now.ID['atf_ap_user_visibility'],
        name: 'ml-connector: an AP user sees flags and runs, not connections or credentials',
        description: 'Impersonates a new user holding only the AP user role.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_ap_user_create'],
            firstName: 'ATF',
            lastName: 'ml-connector AP user',
            roles: [apUserRole],
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.applicationNavigator.moduleVisibility({
            $id: Now.ID['atf_ap_user_modules'],
            navigator: 'polaris',
            visibleModules: [flaggedRecordsModule, syncRunsModule, auditTrailModule],
            assertVisible: 'at_least_modules_visible',
            notVisibleModules: [connectionsModule, dimensionMappingsModule, propertiesModule],
            assertNotVisible: 'at_least_modules_not_visible',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_ap_user_acls'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    function canRead(table) { return new GlideRecordSecure(table).canRead(); }
    function canWrite(table) { return new GlideRecordSecure(table).canWrite(); }
    assertEqual({ name: 'reads flags', shouldbe: true, value: canRead('x_mlc_ifs_s2p_flag') });
    assertEqual({ name: 'reads runs', shouldbe: true, value: canRead('x_mlc_ifs_s2p_run') });
    assertEqual({ name: 'reads audit', shouldbe: true, value: canRead('x_mlc_ifs_s2p_audit') });
    assertEqual({ name: 'no connections', shouldbe: false, value: canRead('x_mlc_ifs_s2p_connection') });
    assertEqual({ name: 'no sync state', shouldbe: false, value: canRead('x_mlc_ifs_s2p_sync_state') });
    assertEqual({ name: 'no OAuth profiles', shouldbe: false, value: canRead('oauth_entity_profile') });
    assertEqual({ name: 'audit is read-only', shouldbe: false, value: canWrite('x_mlc_ifs_s2p_audit') });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)

Test(
    {
        $id: Now.ID['atf_admin_visibility'],
        name: 'ml-connector: an admin sees and configures connections',
        description: 'Impersonates a new user holding only the ml-connector admin role.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_admin_create'],
            firstName: 'ATF',
            lastName: 'ml-connector admin',
            roles: [adminRole],
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.applicationNavigator.moduleVisibility({
            $id: Now.ID['atf_admin_modules'],
            navigator: 'polaris',
            visibleModules: [
                connectionsModule,
                flaggedRecordsModule,
                syncRunsModule,
                auditTrailModule,
                dimensionMappingsModule,
                propertiesModule,
            ],
            assertVisible: 'at_least_modules_visible',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_admin_acls'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var connection = new GlideRecordSecure('x_mlc_ifs_s2p_connection');
    assertEqual({ name: 'reads connections', shouldbe: true, value: connection.canRead() });
    assertEqual({ name: 'creates connections', shouldbe: true, value: connection.canCreate() });
    assertEqual({ name: 'audit is read-only', shouldbe: false, value: new GlideRecordSecure('x_mlc_ifs_s2p_audit').canWrite() });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)

// The checklist over a platform that lacks one plugin must name that plugin; over the real
// platform it must agree with GlidePluginManager. The module path is checked by test/contract.
Test(
    {
        $id: Now.ID['atf_prerequisite_missing_plugin'],
        name: 'ml-connector: prerequisite check reports a missing plugin',
        description: 'Runs the prerequisite checklist module against a platform without com.snc.procurement.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_prerequisite_missing_plugin_script'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var checklist = require('x_mlc_ifs_s2p/ml-connector/0.1.0/src/server/core/prerequisites/check-platform-prerequisites.ts');
    var connection = {
        sysId: 'atf', name: 'ATF', tenantUrl: 'https://atf.ifs.cloud', tokenUrl: '', oauthProfile: '',
        companies: ['10'], fieldMapPreset: 'brief', pageSize: 10, requestCeiling: 10, timeBudgetMs: 1000,
        overlapSeconds: 0, lookbackSeconds: 0, dryRun: true,
        partitions: [{ objectType: 'purchase_order', entitySetPath: 'PurchaseOrderHandling.svc/PurchaseOrderSet', targetTable: 'proc_po' }],
        masterData: { supplierEntitySet: '', glAccountEntitySet: '', costCenterEntitySet: '' }
    };
    var withoutProcurement = {
        isPluginActive: function (id) { return id !== 'com.snc.procurement'; },
        describeTable: function () { return []; },
        runAsUserHasRole: function () { return true; },
        runAsUserName: function () { return 'atf'; }
    };
    var lines = checklist.checkPlatformPrerequisites(withoutProcurement, connection);
    var failed = lines.filter(function (l) { return !l.passed; });
    assertEqual({ name: 'one failed line', shouldbe: 1, value: failed.length });
    assertEqual({ name: 'names the plugin', shouldbe: true, value: failed[0].check.indexOf('com.snc.procurement') >= 0 });
    var manager = new GlidePluginManager();
    var real = {
        isPluginActive: function (id) { return manager.isActive(id); },
        describeTable: function () { return []; },
        runAsUserHasRole: function () { return true; },
        runAsUserName: function () { return 'atf'; }
    };
    var realLine = checklist.checkPlatformPrerequisites(real, connection)[0];
    assertEqual({ name: 'agrees with GlidePluginManager', shouldbe: manager.isActive('com.snc.procurement'), value: realLine.passed });
    stepResult.setOutputMessage(failed[0].check + ': ' + failed[0].reason);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    }
)
