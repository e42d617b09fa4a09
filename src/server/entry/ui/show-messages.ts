import { gs } from '@servicenow/glide'
import type { ActionMessage } from '../../core/actions/action-message'

/** Puts a handler's messages on the form or list the user is looking at. */
export function showMessages(messages: readonly ActionMessage[]): void {
    for (const message of messages) {
        if (message.level === 'error') gs.addErrorMessage(message.text)
        else gs.addInfoMessage(message.text)
    }
}

/** The user who clicked, for audit rows and messages. */
export function currentUserName(): string {
    return gs.getUserName()
}
