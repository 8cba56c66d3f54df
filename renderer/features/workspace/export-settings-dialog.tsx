import { useState, type FormEvent } from 'react';
import type { ExportSettings } from '../../../shared/export-settings';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../lib/use-async';

type Flag = 'boldHeadings' | 'runInHeadings' | 'pageNumbers' | 'closing' | 'closingPhrase';
const FLAGS: Array<[Flag, string]> = [
  ['boldHeadings', '标题加粗（各地习惯不同）'],
  ['runInHeadings', '三级标题与正文同段（「1.健全工作机制。」后接正文）'],
  ['pageNumbers', '页码「— N —」'],
  ['closing', '落款（署名和成文日期）'],
  ['closingPhrase', '正文后加「特此报告。」'],
];
const FONTS: Array<[keyof ExportSettings['fonts'], string]> = [
  ['title', '标题字体'],
  ['body', '正文字体'],
  ['heading1', '一级标题字体'],
  ['heading2', '二级标题字体'],
  ['latin', '数字和西文字体'],
];

/** The export layout stored with this report (GB/T 9704-2012 by default). */
export function ExportSettingsDialog({ reportId, onClose }: { reportId: string; onClose(saved: boolean): void }) {
  const { data, error: loadError } = useAsync(() => api('export.getSettings', { reportId }), reportId);
  const [draft, setDraft] = useState<ExportSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settings = draft ?? data;
  if (!settings) return null;
  const update = (patch: Partial<ExportSettings>) => setDraft({ ...settings, ...patch });

  const submit = async (e: FormEvent, asDefault = false) => {
    e.preventDefault();
    try {
      await api('export.saveSettings', { reportId, settings });
      if (asDefault) await api('export.saveSettings', { reportId: null, settings });
      onClose(true);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="export-settings-title" onSubmit={(e) => void submit(e)}>
        <h2 id="export-settings-title">导出排版设置</h2>
        <label>
          行距
          <select
            value={settings.lineSpacing}
            onChange={(e) => update({ lineSpacing: Number(e.target.value) as ExportSettings['lineSpacing'] })}
          >
            <option value={28}>固定值 28 磅</option>
            <option value={28.95}>固定值 28.95 磅（每页 22 行）</option>
            <option value={29}>固定值 29 磅</option>
          </select>
        </label>
        <label>
          表格字号（正文字体）
          <select
            value={settings.tableFontSize}
            onChange={(e) => update({ tableFontSize: Number(e.target.value) as ExportSettings['tableFontSize'] })}
          >
            <option value={16}>三号（16 磅）</option>
            <option value={15}>小三（15 磅）</option>
            <option value={14}>四号（14 磅）</option>
            <option value={12}>小四（12 磅）</option>
            <option value={10.5}>五号（10.5 磅）</option>
          </select>
        </label>
        {FONTS.map(([key, label]) => (
          <label key={key}>
            {label}
            <input value={settings.fonts[key]} onChange={(e) => update({ fonts: { ...settings.fonts, [key]: e.target.value } })} required />
          </label>
        ))}
        {FLAGS.map(([key, label]) => (
          <label key={key} className="checkbox">
            <input type="checkbox" checked={settings[key]} onChange={(e) => update({ [key]: e.target.checked })} />
            {label}
          </label>
        ))}
        <label>
          工作计划的措施写成
          <select
            value={settings.planMeasureForm}
            onChange={(e) => update({ planMeasureForm: e.target.value as ExportSettings['planMeasureForm'] })}
          >
            <option value="text">正文：1.……（牵头单位：…；责任单位：…；完成时限：…）</option>
            <option value="table">任务分解表：序号、工作任务、牵头单位、责任单位、完成时限</option>
          </select>
        </label>
        {(error ?? loadError) && (
          <p className="error" role="alert">
            {error ?? loadError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose(false)}>
            取消
          </button>
          <button type="button" onClick={(e) => void submit(e, true)}>
            保存并设为新报告默认
          </button>
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </form>
    </div>
  );
}
