// Connection form, before save: the same rules as core/actions/connection-form-rules.ts, which the
// business rule enforces on the server. Client scripts cannot import modules, so the limits are
// repeated here; test/contract keeps them equal to src/tables.
function onSubmit() {
    var LIMITS = {
        page_size: { min: 1, max: 5000 },
        request_ceiling: { min: 1, max: 1000 },
    }
    var ok = true
    g_form.hideAllFieldMsgs()
    for (var field in LIMITS) {
        var raw = String(g_form.getValue(field) || '').replace(/,/g, '')
        var value = Number(raw)
        if (!/^-?[0-9]+$/.test(raw) || value < LIMITS[field].min || value > LIMITS[field].max) {
            g_form.showFieldMsg(
                field,
                g_form.getLabelOf(field) +
                    ' must be a whole number from ' +
                    LIMITS[field].min +
                    ' to ' +
                    LIMITS[field].max +
                    '.',
                'error'
            )
            ok = false
        }
    }
    var url = String(g_form.getValue('tenant_url') || '').trim()
    if (!/^https:\/\/[^\/\s?#@]+\/?$/i.test(url)) {
        g_form.showFieldMsg('tenant_url', 'Tenant URL must be https://<tenant>.ifs.cloud (https, host only).', 'error')
        ok = false
    }
    return ok
}
