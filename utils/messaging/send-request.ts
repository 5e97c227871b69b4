import { browser } from 'wxt/browser';
import type { ReplyTo, Request, UserAction } from '../../core/messages';

/**
 * The one way a page talks to the worker: the reply's type follows from the
 * request's `type` (core/messages.ts RequestMap). Resolves undefined when no
 * worker listener answered; rejects when the message could not be delivered.
 */
export async function sendRequest<R extends Request>(request: R): Promise<ReplyTo<R> | undefined> {
  // The one cast: runtime.sendMessage is untyped; the worker's handleRequest is typed by the same map.
  return (await browser.runtime.sendMessage(request)) as ReplyTo<R> | undefined;
}

/** A user action (snooze, pause, done, …) for the engine. */
export const sendAction = (action: UserAction) => sendRequest({ type: 'action', action });
