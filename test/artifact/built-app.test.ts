import { field } from './built-app'

describe('reading fields of update-set records', () => {
    const xml = `<?xml version="1.0"?>
<record_update table="sys_module">
  <sys_module action="INSERT_OR_UPDATE">
    <sys_id>abc</sys_id>
    <sys_scope display_value="x_app">123</sys_scope>
    <content><![CDATA[// a URL is <tenant>/<path>
const end = ']]]]><![CDATA[>'
]]></content>
    <path>x_app/app/1.0.0/src/server/a.ts</path>
    <name>a &amp; b &lt;c&gt;</name>
  </sys_module>
</record_update>`

    it('takes markup inside CDATA for text, not for fields', () => {
        expect(field(xml, 'path')).toBe('x_app/app/1.0.0/src/server/a.ts')
    })

    it('re-joins a CDATA section split around ]]>', () => {
        expect(field(xml, 'content')).toBe("// a URL is <tenant>/<path>\nconst end = ']]>'\n")
    })

    it('unescapes text and reads elements with attributes', () => {
        expect(field(xml, 'name')).toBe('a & b <c>')
        expect(field(xml, 'sys_scope')).toBe('123')
        expect(field(xml, 'missing')).toBeNull()
    })
})
