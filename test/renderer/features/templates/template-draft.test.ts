import { describe, expect, it } from 'vitest';
import { loadBuiltinTemplates } from '../../../../electron/services/templates/templates';
import { fromDraft, toDraft } from '../../../../renderer/features/templates/template-draft';
import { TemplateSchema } from '../../../../shared/template-schema';
import { TEMPLATES_DIR } from '../../../helpers';

describe('template editor draft', () => {
  it('keeps a plan template’s structured-measure part through editing (measureItems)', () => {
    const plan = loadBuiltinTemplates(TEMPLATES_DIR).find((t) => t.id === 'fazhi-work-plan')!;
    const back = TemplateSchema.parse(fromDraft(toDraft(plan)));
    expect(back.parts.find((p) => p.id === 'tasks')!.measureItems).toBe(true);
    expect(back.parts.find((p) => p.id === 'requirements')!).not.toHaveProperty('measureItems');
  });

  it('keeps a report template’s data fields through editing (issue 17)', () => {
    const local = loadBuiltinTemplates(TEMPLATES_DIR).find((t) => t.id === 'fazhi-annual-local')!;
    const back = TemplateSchema.parse(fromDraft(toDraft(local)));
    expect(back.fields).toEqual(local.fields);
    expect(back.fields!.map((f) => f.id)).toContain('leader-appearance-rate');
    const plan = loadBuiltinTemplates(TEMPLATES_DIR).find((t) => t.id === 'fazhi-work-plan')!;
    expect(TemplateSchema.parse(fromDraft(toDraft(plan)))).not.toHaveProperty('fields');
  });
});
