import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * The extension worker's JS heap through CDP. Playwright opens no CDP session
 * on a worker, so this opens one on the browser (or, failing that, on a page),
 * attaches to the service-worker target without flattening and talks to it
 * with Target.sendMessageToTarget.
 */
export async function workerHeap(
  context: BrowserContext,
  extensionId: string,
  opts: { gc?: boolean } = {},
): Promise<{ usedSize: number; totalSize: number; afterGc?: { usedSize: number; totalSize: number } }> {
  const browser = context.browser();
  let cdp: CDPSession;
  let page: import('playwright-core').Page | null = null;
  if (browser) cdp = await browser.newBrowserCDPSession();
  else {
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
  }
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) throw new Error('no running service worker target for the extension');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const pending = new Map<number, (r: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id !== undefined) pending.get(msg.id)?.(msg);
    });
    const call = async <T>(method: string, params: object = {}): Promise<T> => {
      const id = nextId++;
      const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      const r = await reply;
      if (r.error) throw new Error(`${method}: ${r.error.message}`);
      return r.result as T;
    };
    const heap = await call<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    const out: { usedSize: number; totalSize: number; afterGc?: { usedSize: number; totalSize: number } } = {
      usedSize: heap.usedSize,
      totalSize: heap.totalSize,
    };
    if (opts.gc) {
      await call('HeapProfiler.collectGarbage');
      const h = await call<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
      out.afterGc = { usedSize: h.usedSize, totalSize: h.totalSize };
    }
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return out;
  } finally {
    await cdp.detach().catch(() => {});
    await page?.close();
  }
}
