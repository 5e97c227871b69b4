import { SESSION_MIGRATIONS, SESSION_VERSION, type GuidedSession } from '../../core/guided-session';
import { defineStoredItem } from './define-stored-item';

/** storage.local `session`: the running one-minute session. Written only by the popup. */
export const sessionItem = defineStoredItem<GuidedSession>('local', 'session', { version: SESSION_VERSION, migrations: SESSION_MIGRATIONS });

/** Saves the running session, or forgets it (null). */
export const saveSession = (s: GuidedSession | null): Promise<void> => (s ? sessionItem.set(s) : sessionItem.remove());
