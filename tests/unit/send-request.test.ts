import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isRequest, type Reply } from '../../core/messages';
import { sendAction, sendRequest } from '../../utils/messaging/send-request';

/** A worker that answers every one of our requests with `reply`, and records them. */
function fakeWorker(reply: Reply) {
  const seen: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    seen.push(message);
    return Promise.resolve(reply);
  });
  return seen;
}

describe('the typed message client', () => {
  it('delivers a request to the worker and returns its reply', async () => {
    const seen = fakeWorker({ ok: false, error: 'disk full' });
    const reply = await sendRequest({ type: 'resetData' });
    expect(reply).toEqual({ ok: false, error: 'disk full' });
    expect(seen).toEqual([{ type: 'resetData' }]);
  });

  it('sends a user action as an "action" request', async () => {
    const seen = fakeWorker({ ok: true });
    expect(await sendAction({ kind: 'pause', until: 'indefinitely' })).toEqual({ ok: true });
    expect(seen).toEqual([{ type: 'action', action: { kind: 'pause', until: 'indefinitely' } }]);
  });

  it.each([
    [{ type: 'action', action: { kind: 'skip' } }, true],
    [{ type: 'importData' }, true],
    [{ type: 'resetData' }, true],
    [{ type: 'ping' }, false],
    ['resetData', false],
    [null, false],
  ])('the worker takes %j as one of its requests: %s', (message, ours) => {
    expect(isRequest(message)).toBe(ours);
  });
});

/**
 * Compile-time contract, checked by `npm run typecheck` (never called): an
 * unknown request or a wrong reply type does not compile.
 */
export async function typeContract(): Promise<void> {
  // @ts-expect-error 'formatDisk' is not a request type
  await sendRequest({ type: 'formatDisk' });
  // @ts-expect-error an action request needs its action
  await sendRequest({ type: 'action' });
  // @ts-expect-error the reply to resetData is a Reply, not a number
  const count: number | undefined = await sendRequest({ type: 'resetData' });
  const reply: Reply | undefined = await sendRequest({ type: 'resetData' });
  void count;
  void reply;
}
