import { METHOD_NAMES } from '../../shared/contract/index'; import Database from 'better-sqlite3'; console.log('serve', METHOD_NAMES.length, typeof Database);
