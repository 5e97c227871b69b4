import { defineStoredItem } from './define-stored-item';

/**
 * storage.local `welcomed`: true once the user has seen the welcome. Absent
 * (null) reads as false. Defined here for the welcome flow; nothing writes it yet.
 */
export const welcomedItem = defineStoredItem<boolean>('local', 'welcomed', { version: 1 });

export const isWelcomed = async (): Promise<boolean> => (await welcomedItem.get()) === true;
