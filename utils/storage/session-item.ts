import type { GuidedSession } from '../../core/session/guided-session';
import { defineStoredItem } from './define-stored-item';

/**
 * storage.local `session`: the session under way, a mirror of `tracker.session` for the pages,
 * written by the worker in the same set as the tracker (whose version covers it; parseSession reads
 * the 0.1.0 shape too).
 */
export const sessionItem = defineStoredItem<GuidedSession>('local', 'session');
