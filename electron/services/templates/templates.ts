import fs from 'node:fs';
import path from 'node:path';
import { formatTemplateIssues, TemplateSchema, type Template, type TemplateSummary } from '../../../shared/template-schema';
import type { Db } from '../../db/connection';
import { jsonErrorPlace } from '../fs-errors';
import { AppError, notFound } from '../app-error';

/** Reads and validates every built-in template; a broken built-in is a packaging bug, so it throws. */
export function loadBuiltinTemplates(dir: string): Template[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    try {
      return parseTemplateText(text);
    } catch (error) {
      throw new Error(`内置模板 ${file} 无效：${(error as Error).message}`, { cause: error });
    }
  });
}

/** Parses a template file's text; refuses it with a Chinese message that names the field. */
export function parseTemplateText(text: string): Template {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const place = jsonErrorPlace(text.replace(/^\uFEFF/, ''), error);
    throw new AppError(
      'INVALID_INPUT',
      `模板文件不是有效的 JSON${place ? `（${place}格式有误）` : ''}，无法导入。请确认选择的是年报导出的模板文件。`,
    );
  }
  return validateTemplate(raw);
}

export function validateTemplate(raw: unknown): Template {
  const result = TemplateSchema.safeParse(raw);
  if (!result.success) throw new AppError('INVALID_INPUT', formatTemplateIssues(result.error));
  return result.data;
}

function summarize(t: Template, builtin: boolean): TemplateSummary {
  return { id: t.id, name: t.name, kind: t.kind, description: t.description, builtin, partCount: t.parts.length };
}

export function createTemplateService(db: Db, builtins: readonly Template[]) {
  const builtinById = new Map(builtins.map((t) => [t.id, t]));

  const readUser = (id: string): Template | null => {
    const row = db.prepare('SELECT body FROM user_templates WHERE id = ?').get(id) as { body: string } | undefined;
    if (!row) return null;
    // A JSON column read back is validated like any other input.
    return parseTemplateText(row.body);
  };

  const get = (id: string): Template => {
    const t = builtinById.get(id) ?? readUser(id);
    if (!t) throw notFound(`模板“${id}”`);
    return t;
  };

  const save = (raw: unknown): Template => {
    const template = validateTemplate(raw);
    if (builtinById.has(template.id)) {
      throw new AppError('FORBIDDEN', `“${template.id}”是内置模板的编号，内置模板不能修改。请先复制为自己的模板。`);
    }
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO user_templates (id, body, created_at, updated_at) VALUES (@id, @body, @now, @now)
       ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ).run({ id: template.id, body: JSON.stringify(template), now });
    return template;
  };

  const freeId = (base: string): string => {
    const stem = base.replace(/-copy(-\d+)?$/, '').slice(0, 50);
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? `${stem}-copy` : `${stem}-copy-${n}`;
      if (!builtinById.has(candidate) && !readUser(candidate)) return candidate;
    }
  };

  return {
    list(): TemplateSummary[] {
      const rows = db.prepare('SELECT body FROM user_templates ORDER BY created_at').all() as Array<{ body: string }>;
      // A damaged stored template is skipped, never the whole library (issue 11.1).
      const users = rows.flatMap((r) => {
        try {
          return [parseTemplateText(r.body)];
        } catch {
          return [];
        }
      });
      return [...builtins.map((t) => summarize(t, true)), ...users.map((t) => summarize(t, false))];
    },
    get,
    isBuiltin: (id: string) => builtinById.has(id),
    save,
    copy(id: string, name: string): Template {
      const source = get(id);
      return save({ ...source, id: freeId(source.id), name });
    },
    delete(id: string): void {
      if (builtinById.has(id)) throw new AppError('FORBIDDEN', '内置模板不能删除。');
      const info = db.prepare('DELETE FROM user_templates WHERE id = ?').run(id);
      if (info.changes === 0) throw notFound(`模板“${id}”`);
    },
    /** Imports a template file; an id already in use gets a fresh one, so nothing is overwritten. */
    importFile(text: string): Template {
      const template = parseTemplateText(text);
      const taken = builtinById.has(template.id) || readUser(template.id) !== null;
      const id = taken ? freeId(template.id) : template.id;
      return save({ ...template, id });
    },
    exportFile(id: string) {
      const template = get(id);
      const content = `${JSON.stringify(template, null, 2)}\n`;
      return {
        fileName: `${template.name}.nianbao-template.json`,
        mimeType: 'application/json',
        base64: Buffer.from(content, 'utf8').toString('base64'),
      };
    },
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
