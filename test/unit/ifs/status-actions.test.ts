import { actionForStatus } from '../../../src/server/core/ifs/status-actions'

describe('the status table of the IFS client', () => {
    it.each([
        [200, 'accept'],
        [204, 'accept'],
        [299, 'accept'],
        [401, 'refresh_token'],
        [429, 'throttle'],
        [502, 'retry'],
        [503, 'retry'],
        [504, 'retry'],
        [199, 'fail'],
        [300, 'fail'],
        [400, 'fail'],
        [403, 'fail'],
        [404, 'fail'],
        [412, 'fail'],
        [500, 'fail'],
        [501, 'fail'],
    ])('HTTP %i: %s', (status, action) => {
        expect(actionForStatus(status)).toBe(action)
    })

    it('a status the call expects is read as an answer; the listed statuses keep their action', () => {
        expect(actionForStatus(412, [412])).toBe('accept')
        expect(actionForStatus(404, [412])).toBe('fail')
        expect(actionForStatus(401, [401])).toBe('refresh_token')
        expect(actionForStatus(429, [429])).toBe('throttle')
        expect(actionForStatus(503, [503])).toBe('retry')
    })
})
