import { useEffect, useMemo, useState } from 'react';
import type { CheckConfig } from '../../../shared/checks/api-schemas';
import type { CheckContext } from '../../../shared/checks/types';
import type { Report } from '../../../shared/report-schema';
import { fillPattern, type Template } from '../../../shared/template-schema';
import { api } from '../../api/client';
import { CHECK_CONFIG_CHANGED } from './user-lists-dialog';

/** The rule data and the user's lists, loaded once per report; null until loaded (or if it fails). */
export function useCheckContext(report: Report | null, template: Template | null): CheckContext | null {
  const [config, setConfig] = useState<CheckConfig | null>(null);
  const [version, setVersion] = useState(0);
  const reportId = report?.id ?? null;
  useEffect(() => {
    const reload = () => setVersion((v) => v + 1);
    window.addEventListener(CHECK_CONFIG_CHANGED, reload);
    return () => window.removeEventListener(CHECK_CONFIG_CHANGED, reload);
  }, []);
  useEffect(() => {
    if (!reportId) return;
    let live = true;
    api('checks.getConfig', {}).then(
      (c) => live && setConfig(c),
      () => undefined, // live checks are a help, never a blocker: the editor works without them
    );
    return () => {
      live = false;
    };
  }, [reportId, version]);
  const year = report?.year ?? null;
  const kind = report?.kind ?? null;
  return useMemo(() => {
    if (!config || year === null) return null;
    const parts = template?.parts.map((p) => ({ id: p.id, heading: fillPattern(p.heading, { year }), required: p.required })) ?? null;
    return { year, kind, parts, data: config.data, user: config.user };
  }, [config, year, kind, template]);
}
