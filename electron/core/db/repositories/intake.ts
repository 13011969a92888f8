import type { Database } from 'better-sqlite3';
import type { CaseStatus, Priority } from '../../../../shared/domain/vocab';
import { DONE_STATUSES } from '../../../../shared/domain/vocab';
import { PHONE_DIGITS } from '../migrations/007_projection';

/** A case found by `cases.search`. Instants are epoch ms. */
export interface CaseSearchRow {
  id: string;
  key: string;
  subject: string;
  status: CaseStatus;
  priority: Priority;
  createdAt: number;
  organizationName: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

/** The lookups intake and filing need beyond the record tables (no schema of their own). */
export interface IntakeRepository {
  /** An existing contact with this email (any case) or, failing that, this phone number (digits compared, last 10). */
  findContact(who: { email?: string | null; phone?: string | null }): string | undefined;
  /**
   * Cases whose key, reporter name or email, or organization name contains `text` (case-insensitive
   * for ASCII): the case with exactly that key first, then open before closed, then the most recently added.
   */
  searchCases(text: string, limit: number): CaseSearchRow[];
  /** Contacts (name or email) and organizations (name) containing `text`, by name, at most `limit` of each. */
  searchDirectory(text: string, limit: number): { contacts: DirectoryContactRow[]; organizations: DirectoryOrganizationRow[] };
  /** The highest number N among case keys `<prefix>N` (0 when none). */
  maxKeyNumber(prefix: string): number;
  /** The key of the case added last (import order), or undefined in an empty workspace. */
  latestKey(): string | undefined;
}

/**
 * `cases.search` takes the matching cases through the indexes when few contacts, organizations and
 * keys match (at most these many), else scans newest first until it has enough (many match, so that
 * is soon). Either way a search stays in tens of milliseconds on 100,000 cases.
 */
const SPARSE_PEOPLE = 10;
const SPARSE_KEYS = 200;

/** Digits only; the last 10 when longer (a country code written or not). */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** `text` for a LIKE pattern with `\` as escape. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface DirectoryContactRow {
  id: string;
  name: string;
  email: string | null;
  organizationId: string | null;
  organizationName: string | null;
}
export interface DirectoryOrganizationRow {
  id: string;
  name: string;
  priority: boolean;
}

export function intakeRepository(db: Database): IntakeRepository {
  const directoryContacts = db.prepare(
    `SELECT p.id, p.name, p.email, p.organization_id AS organizationId, o.name AS organizationName
     FROM contacts p LEFT JOIN organizations o ON o.id = p.organization_id
     WHERE p.name LIKE :like ESCAPE '\\' OR p.email LIKE :like ESCAPE '\\' ORDER BY p.name, p.id LIMIT :limit`,
  );
  const directoryOrganizations = db.prepare(`SELECT id, name, priority FROM organizations WHERE name LIKE :like ESCAPE '\\' ORDER BY name, id LIMIT :limit`);
  // Both through expression indexes (migration 007): a lookup, however many contacts there are.
  const byEmail = db.prepare('SELECT id FROM contacts WHERE email IS NOT NULL AND lower(email) = lower(?) ORDER BY ord LIMIT 1').pluck();
  const byPhone = db.prepare(`SELECT id FROM contacts WHERE phone IS NOT NULL AND ${PHONE_DIGITS} = ? ORDER BY ord LIMIT 1`).pluck();
  const done = DONE_STATUSES.map((s) => `'${s}'`).join(', ');
  const columns = `c.id, c.key, c.subject, c.status, c.priority, c.created_at AS createdAt,
    o.name AS organizationName, p.name AS contactName, p.email AS contactEmail
    FROM cases c LEFT JOIN organizations o ON o.id = c.organization_id LEFT JOIN contacts p ON p.id = c.reporter_id`;
  const contactsLike = db.prepare(`SELECT id FROM contacts WHERE name LIKE :like ESCAPE '\\' OR email LIKE :like ESCAPE '\\'`).pluck();
  const organizationsLike = db.prepare(`SELECT id FROM organizations WHERE name LIKE :like ESCAPE '\\'`).pluck();
  // The key index covers this scan: no case row is read.
  const keysLike = db.prepare(`SELECT key FROM cases WHERE key LIKE :like ESCAPE '\\' LIMIT ${SPARSE_KEYS + 1}`).pluck();
  const exactKey = db.prepare(`SELECT ${columns} WHERE c.key IN (:text, upper(:text))`);
  /** Few matching keys, contacts and organizations: their cases through the indexes, sorted. */
  const sparse = db.prepare(
    `SELECT ${columns}
      WHERE c.key IN (SELECT value FROM json_each(:keys)) OR c.reporter_id IN (SELECT value FROM json_each(:contacts))
         OR c.organization_id IN (SELECT value FROM json_each(:organizations))
      ORDER BY c.status IN (${done}), c.ord DESC LIMIT :limit`,
  );
  /** Many: newest first (import order) until enough match, open ones in a first pass, closed ones after. */
  const densePass = (statusIs: 'IN' | 'NOT IN') =>
    db.prepare(
      `SELECT ${columns}
        WHERE c.status ${statusIs} (${done}) AND (c.key LIKE :like ESCAPE '\\'
           OR c.reporter_id IN (SELECT id FROM contacts WHERE name LIKE :like ESCAPE '\\' OR email LIKE :like ESCAPE '\\')
           OR c.organization_id IN (SELECT id FROM organizations WHERE name LIKE :like ESCAPE '\\'))
        ORDER BY c.ord DESC LIMIT :limit`,
    );
  const denseOpen = densePass('NOT IN');
  const denseClosed = densePass('IN');
  // The index on (length(key), key) walks keys from the longest, highest down: the first with the
  // prefix and only digits after it is the highest number (keys with zeros in front aside).
  const maxKey = db
    .prepare(
      `SELECT key FROM cases
        WHERE substr(key, 1, :len) = :prefix AND substr(key, :len + 1) <> '' AND substr(key, :len + 1) NOT GLOB '*[^0-9]*'
        ORDER BY length(key) DESC, key DESC LIMIT 1`,
    )
    .pluck();
  const latest = db.prepare('SELECT key FROM cases ORDER BY ord DESC LIMIT 1').pluck();
  return {
    findContact({ email, phone }) {
      if (email) {
        const id = byEmail.get(email) as string | undefined;
        if (id !== undefined) return id;
      }
      const digits = phone ? phoneDigits(phone) : '';
      if (digits.length >= 7) return byPhone.get(digits) as string | undefined;
      return undefined;
    },
    searchDirectory(text, limit) {
      const like = `%${likeEscaped(text)}%`;
      return {
        contacts: directoryContacts.all({ like, limit }) as DirectoryContactRow[],
        organizations: (directoryOrganizations.all({ like, limit }) as { id: string; name: string; priority: number }[]).map((o) => ({ ...o, priority: o.priority === 1 })),
      };
    },
    searchCases(text, limit) {
      const like = `%${likeEscaped(text)}%`;
      const contacts = contactsLike.all({ like }) as string[];
      const organizations = organizationsLike.all({ like }) as string[];
      const keys = keysLike.all({ like }) as string[];
      const exact = exactKey.all({ text }) as CaseSearchRow[];
      let found: CaseSearchRow[];
      if (contacts.length + organizations.length <= SPARSE_PEOPLE && keys.length <= SPARSE_KEYS) {
        const params = { keys: JSON.stringify(keys), contacts: JSON.stringify(contacts), organizations: JSON.stringify(organizations) };
        found = sparse.all({ ...params, limit: limit + exact.length }) as CaseSearchRow[];
      } else {
        found = denseOpen.all({ like, limit: limit + exact.length }) as CaseSearchRow[];
        if (found.length < limit + exact.length) found.push(...(denseClosed.all({ like, limit: limit + exact.length - found.length }) as CaseSearchRow[]));
      }
      // A key typed in full comes first, whatever its status.
      const exactIds = new Set(exact.map((c) => c.id));
      return [...exact, ...found.filter((c) => !exactIds.has(c.id))].slice(0, limit);
    },
    maxKeyNumber(prefix) {
      const key = maxKey.get({ prefix, len: prefix.length }) as string | undefined;
      return key === undefined ? 0 : Number(key.slice(prefix.length));
    },
    latestKey: () => latest.get() as string | undefined,
  };
}
