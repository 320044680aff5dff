import type { Decision } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { decisions, ids, roadmap, small } from '../__fixtures__/smallProgramme';
import { currentRoadmap, roadmapApproval } from './roadmapApproval';

const publish: Decision = {
  id: 'urn:ngsi-ld:Decision:t:publish',
  type: 'Decision',
  refGovernanceBoard: ids.B('steer'),
  dateDecided: '2026-06-30',
  subject: { fr: 'Publication', nl: 'Publicatie', en: 'Publication' },
  outcome: 'approved',
  decisionType: 'publishRoadmap',
  refRoadmap: roadmap.id,
};
const withDecisions = (list: Decision[]) => roadmapApproval(roadmap, { ...small, decisions: list });
const codes = (a: { findings: readonly { code: string }[] }) => a.findings.map((f) => f.code);

describe('roadmapApproval', () => {
  it('goes draft → selected (the jury) → approved (the Government), each step with its decision', () => {
    const a = roadmapApproval(roadmap, small);
    expect(a.stage).toBe('approved');
    expect(a.steps).toEqual([
      { stage: 'draft' },
      { stage: 'selected', decision: 'urn:ngsi-ld:Decision:t:jury-select', date: '2026-06-20', board: ids.B('jury') },
      { stage: 'approved', decision: 'urn:ngsi-ld:Decision:t:gov-approve', date: '2026-06-25', board: ids.B('gov') },
    ]);
    expect(a.findings).toEqual([]);
  });

  it('is published once the publication follows the Government’s approval', () => {
    const a = withDecisions([...decisions, publish]);
    expect(a.stage).toBe('published');
    expect(a.steps.at(-1)).toMatchObject({ stage: 'published', decision: publish.id });
  });

  it('is never published without an approving decision of a government board', () => {
    const noGovernment = decisions.filter((d) => !d.id.endsWith('gov-approve'));
    const a = withDecisions([...noGovernment, publish]);
    expect(a.stage).toBe('selected');
    expect(codes(a)).toEqual(['roadmap_published_without_government_approval']);
  });

  it('does not accept a publication dated before the approval', () => {
    const a = withDecisions([...decisions, { ...publish, dateDecided: '2026-06-24' }]);
    expect(a.stage).toBe('approved');
    expect(codes(a)).toEqual(['roadmap_published_without_government_approval']);
  });

  it('does not take a steering committee’s approval for the Government’s', () => {
    const approval = decisions.find((d) => d.id.endsWith('gov-approve'))!;
    const a = withDecisions([
      ...decisions.filter((d) => d !== approval),
      { ...approval, refGovernanceBoard: ids.B('steer') },
      publish,
    ]);
    expect(a.stage).toBe('selected');
    expect(codes(a)).toEqual(['roadmap_approval_not_by_government', 'roadmap_published_without_government_approval']);
  });

  it('warns when the Government approves without a jury selection, and notes rejections', () => {
    const approval = decisions.find((d) => d.id.endsWith('gov-approve'))!;
    const a = withDecisions([
      { ...approval, id: 'urn:ngsi-ld:Decision:t:gov-reject', dateDecided: '2026-06-01', outcome: 'rejected' },
      approval,
    ]);
    expect(a.stage).toBe('approved');
    expect(codes(a)).toEqual(['roadmap_not_approved', 'roadmap_approved_without_selection']);
  });

  it('picks the roadmap furthest along its approval', () => {
    const draft = { ...roadmap, id: 'urn:ngsi-ld:Roadmap:t:draft' };
    expect(currentRoadmap({ ...small, roadmaps: [roadmap, draft] })?.roadmap.id).toBe(roadmap.id);
    expect(currentRoadmap({ ...small, roadmaps: [] })).toBeUndefined();
  });
});
