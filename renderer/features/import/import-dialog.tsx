import { useState } from 'react';
import type { ImportKind, ImportPreview, PartRole } from '../../../shared/import/import-schema';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../lib/use-async';
import { ImportPreviewStep, type ImportFields } from './import-preview-step';
import { ImportSourceStep, type ImportSourceInput } from './import-source-step';
import { duplicateFields, useDuplicateOffer } from '../library/duplicate-offer';

interface Props {
  onCancel(): void;
  onCreated(reportId: string): void;
}

function fieldsOf(preview: ImportPreview): ImportFields {
  return { title: preview.title, agency: preview.agency, year: preview.year ? String(preview.year) : '', reportDate: preview.date ?? '' };
}

/** Import last year's report: choose or paste, check the recovered structure and mapping, create. */
export function ImportDialog({ onCancel, onCreated }: Props) {
  const { data: templates } = useAsync(() => api('templates.list', {}), 'templates');
  const [source, setSource] = useState<ImportSourceInput | null>(null);
  const [label, setLabel] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [roles, setRoles] = useState<Array<PartRole | null>>([]);
  const [fields, setFields] = useState<ImportFields | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const offer = useDuplicateOffer();
  // The user's corrections of the kind and the choice of simplified characters (null/false: as found).
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [simplify, setSimplify] = useState(false);

  const run = async (
    src: ImportSourceInput,
    templateId: string | null,
    nextRoles: Array<PartRole | null> | null,
    nextKind: ImportKind | null = kind,
    nextSimplify: boolean = simplify,
  ) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api('import.preview', { source: src, templateId, roles: nextRoles, kind: nextKind, simplify: nextSimplify });
      setPreview(result);
      setRoles(result.sections.map((s) => s.part));
      setKind(nextKind);
      setSimplify(nextSimplify);
      // A converted source shows its fields converted too (the agency, the title).
      setFields((current) => (current && nextSimplify === simplify ? current : fieldsOf(result)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    if (!source || !preview || !fields) return;
    setBusy(true);
    setError(null);
    try {
      const agency = (fields.agency || preview.agency).trim();
      const year = fields.year ? Number(fields.year) : preview.year;
      const kind = templates?.find((t) => t.id === preview.template)?.kind;
      const decision = agency && year && kind ? await offer.check({ agency, year, kind }) : { kind: 'none' as const };
      if (decision === null) return setBusy(false);
      if (decision.kind === 'open') return onCreated(decision.id);
      const { id } = await api('import.save', {
        ...duplicateFields(decision),
        source,
        templateId: preview.template,
        roles,
        kind,
        simplify,
        title: fields.title || undefined,
        agency: fields.agency || undefined,
        year: fields.year ? Number(fields.year) : undefined,
        reportDate: fields.reportDate || null,
      });
      onCreated(id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
        <h2 id="import-title">导入往年报告{label ? `：${label}` : ''}</h2>
        {!preview && (
          <ImportSourceStep
            busy={busy}
            onSource={(src, name) => {
              setSource(src);
              setLabel(name);
              void run(src, null, null);
            }}
          />
        )}
        {preview && source && fields && (
          <ImportPreviewStep
            preview={preview}
            templates={templates ?? []}
            roles={roles}
            fields={fields}
            onFields={setFields}
            onTemplate={(id) => void run(source, id, roles)}
            onKind={(k) => void run(source, null, roles, k)}
            onSimplify={(on) => void run(source, preview.template, roles, kind, on)}
            onRole={(i, role) =>
              void run(
                source,
                preview.template,
                roles.map((r, j) => (j === i ? role : r)),
              )
            }
          />
        )}
        {busy && <p className="muted">正在识别……</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          {preview && (
            <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
              创建报告
            </button>
          )}
        </div>
      </div>
      {offer.dialog}
    </div>
  );
}
