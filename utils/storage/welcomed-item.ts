import { defineStoredItem } from './define-stored-item';

/**
 * storage.local `welcomed`: true once the user has seen the welcome. Absent
 * (null) reads as false. Written only by the worker's welcome flow (entrypoints/background/open-welcome.ts).
 */
const WELCOMED_KEY = 'welcomed';
export const welcomedItem = defineStoredItem<boolean>('local', WELCOMED_KEY);

export const isWelcomed = async (): Promise<boolean> => (await welcomedItem.get()) === true;
