import type { Migration } from './types';

/**
 * The daily chat report (`workflow.md` "Chat outcomes") reads the chats that began on one local day:
 * an index on channel and start makes that a range over one day's chats, however many interactions
 * the workspace holds. A chat's outcomes live in its `extra` bag (`chatOutcomes`), so the
 * interchange format carries them with no column of their own.
 */
export const chatOutcomes: Migration = {
  version: 9,
  name: 'chat_outcomes',
  up(db) {
    db.exec('CREATE INDEX interactions_channel_since ON interactions (channel, since)');
  },
};
