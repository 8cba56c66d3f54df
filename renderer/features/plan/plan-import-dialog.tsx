import { useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { ParsedMeasure, ParsedPlan } from '../../../shared/plan/plan-import-schema';
import { api, errorMessage } from '../../api/client';
import { readFileAsBase64 } from '../import/read-file';
import { MeasureFields } from './measure-fields';

type Source = MethodInput<'plan.importPreview'>['source'];
type Preview = MethodOutput<'plan.importPreview'>;

/** Step 1: a .docx or .txt plan, or its text pasted from the website. */
function SourceStep({ busy, onSource }: { busy: boolean; onSource(source: Source): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      onSource({ type: 'file', fileName: file.name, base64: await readFileAsBase64(file) });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="import-source-step">
      <label className="import-file">
        选择工作计划或工作要点文件（.docx 或 .txt）
        <input type="file" accept=".docx,.txt,text/plain" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      <label>
        或粘贴网页上的计划全文（措施后括号里的牵头单位、责任单位和时限，或任务分解表，都能识别）
        <textarea rows={10} value={text} onChange={(e) => setText(e.target.value)} placeholder="从政府网站复制计划全文，粘贴到这里" />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => onSource({ type: 'text', text })}>
        识别粘贴的文字
      </button>
    </div>
  );
}

const issuesLeft = (plan: ParsedPlan) => plan.aspects.flatMap((a) => a.measures).filter((m) => m.issues.length > 0).length;

/** Step 2: the aspects and measures found; every item the importer could not split is marked for correction. */
function PreviewStep({ preview, onChange }: { preview: Preview; onChange(plan: ParsedPlan): void }) {
  const { plan } = preview;
  const setMeasure = (a: number, m: number, next: ParsedMeasure | null) =>
    onChange({
      ...plan,
      aspects: plan.aspects.map((aspect, i) =>
        i !== a
          ? aspect
          : { ...aspect, measures: next ? aspect.measures.map((x, j) => (j === m ? next : x)) : aspect.measures.filter((_, j) => j !== m) },
      ),
    });
  let index = 0;
  return (
    <div className="plan-import-preview">
      {plan.aspects.map((aspect, a) => (
        <section key={`${a}-${aspect.heading}`} className="plan-import-aspect">
          <h3>{aspect.heading || '（未命名的方面）'}</h3>
          {aspect.paragraphs.length > 0 && <p className="muted small">方面说明：{aspect.paragraphs.join(' ').slice(0, 80)}</p>}
          <ol>
            {aspect.measures.map((m, i) => (
              <li key={i} className={m.issues.length ? 'measure-item needs-fix' : 'measure-item'}>
                {m.issues.map((issue) => (
                  <p key={issue} className="warn small" role="note">
                    需要核对：{issue}
                  </p>
                ))}
                <MeasureFields draft={m} index={index++} disabled={false} onChange={(next) => setMeasure(a, i, { ...m, ...next })} />
                <div className="measure-actions">
                  {m.issues.length > 0 && (
                    <button type="button" onClick={() => setMeasure(a, i, { ...m, issues: [] })}>
                      已核对
                    </button>
                  )}
                  <button type="button" onClick={() => setMeasure(a, i, null)}>
                    删除
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export function PlanImportDialog({ onCancel, onCreated }: { onCancel(): void; onCreated(id: string): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [agency, setAgency] = useState('');
  const [year, setYear] = useState('');
  const read = async (source: Source) => {
    setBusy(true);
    setError(null);
    try {
      const p = await api('plan.importPreview', { source });
      setPreview(p);
      setAgency(p.plan.agency);
      setYear(p.plan.year ? String(p.plan.year) : '');
    } catch (e) {
      setError(errorMessage(e));
    }
    setBusy(false);
  };
  const save = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api('plan.importSave', { plan: preview.plan, agency, year: Number(year), templateId: null });
      onCreated(result.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const left = preview ? issuesLeft(preview.plan) : 0;
  return (
    <div className="dialog-backdrop">
      <div className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="plan-import-title">
        <h2 id="plan-import-title">导入工作计划（工作要点）</h2>
        {!preview && <SourceStep busy={busy} onSource={(s) => void read(s)} />}
        {preview && (
          <>
            <p>
              识别出《{preview.plan.title || '（无标题）'}》：{preview.plan.aspects.length} 个方面，
              {preview.plan.aspects.reduce((n, a) => n + a.measures.length, 0)} 项措施
              {left > 0 ? `，其中 ${left} 项需要核对（已标出）` : '，全部拆分完成'}。
            </p>
            <div className="measure-row">
              <label>
                单位
                <input value={agency} onChange={(e) => setAgency(e.target.value)} />
              </label>
              <label>
                计划年度
                <input type="number" min={1949} max={2200} value={year} onChange={(e) => setYear(e.target.value)} />
              </label>
            </div>
            <PreviewStep preview={preview} onChange={(plan) => setPreview({ ...preview, plan })} />
          </>
        )}
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
            <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
              保存为工作计划
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/** 导入工作计划 on the home screen. */
export function PlanImportButton({ onCreated }: { onCreated(id: string): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        导入工作计划
      </button>
      {open && (
        <PlanImportDialog
          onCancel={() => setOpen(false)}
          onCreated={(id) => {
            setOpen(false);
            onCreated(id);
          }}
        />
      )}
    </>
  );
}
