import { migration001 } from './001-initial';
import { migration002 } from './002-export-settings';
import { migration003 } from './003-checks';
import { migration004 } from './004-rollover';
import { migration005 } from './005-versions-search';
import { migration006 } from './006-attachments';
import { migration010 } from './010-report-note';
import { migration016 } from './016-review';
import { migration017 } from './017-gov-info-cells';
import { migration018 } from './018-plan-measures';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rebuilds a table that others reference: run with foreign keys off, then these tables are checked
   * (SQLite's documented procedure). Only the tables involved, so an unrelated old record cannot block it.
   */
  foreignKeysOff?: readonly string[];
}

/** Append only: a shipped migration is never edited, a change is a new numbered file. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration010,
  migration016,
  migration017,
  migration018,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
