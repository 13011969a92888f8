/** The workspace settings the sync keeps (never the token): the connection, and the engine's state between passes. */
export const SETTING_CONNECTION = 'sync_connection';
export const SETTING_STATE = 'sync_state';
/** This workspace's own tag in client ids (`shiftdesk-<tag>-<entry>`): outbox ids alone repeat across workspaces. */
export const SETTING_CLIENT_TAG = 'sync_client_tag';
