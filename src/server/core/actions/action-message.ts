/** One line a UI action shows the user: a form/list message, info or error. */
export interface ActionMessage {
    level: 'info' | 'error'
    text: string
}

export const info = (text: string): ActionMessage => ({ level: 'info', text })
export const error = (text: string): ActionMessage => ({ level: 'error', text })
