import { RESTMessageV2 } from '@servicenow/glide/sn_ws'

/** The app's outbound REST message (sys_rest_message) and its one method; Fluent declares both. */
export const REST_MESSAGE_NAME = 'ml-connector IFS'
export const REST_MESSAGE_METHOD = 'get'

/**
 * The typings declare only the engine's internal constructor (context, args, ...), so the public
 * `new RESTMessageV2(name, method)` form is cast here, once, and nowhere else.
 */
type RestMessageConstructor = new (messageName: string, methodName: string) => RESTMessageV2

export function newRestMessage(): RESTMessageV2 {
    const Constructor = RESTMessageV2 as unknown as RestMessageConstructor
    return new Constructor(REST_MESSAGE_NAME, REST_MESSAGE_METHOD)
}
