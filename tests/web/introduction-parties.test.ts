import { describe, expect, it } from 'vitest';
import type { IntroductionParty } from '../../web/src/api/introductions.ts';
import { askedBy, blockableResident, otherParties } from '../../web/src/introductions/parties.ts';

const sanne: IntroductionParty = {
  position: 1,
  kind: 'resident',
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Sanne',
  answer: 'accepted',
};
const bram: IntroductionParty = {
  position: 2,
  kind: 'resident',
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Bram',
  answer: 'pending',
};
const club: IntroductionParty = {
  position: 2,
  kind: 'organisation',
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Fietsclub',
  answer: 'pending',
};

describe('the parties of an introduction, as one viewer sees them', () => {
  it('the other side is the party that is not mine; a connector sees both', () => {
    expect(otherParties({ parties: [sanne, bram], myParty: 1 })).toEqual([bram]);
    expect(otherParties({ parties: [sanne, bram], myParty: 2 })).toEqual([sanne]);
    expect(otherParties({ parties: [sanne, bram], myParty: null })).toEqual([sanne, bram]);
  });

  it('only another resident can be blocked from an introduction, and not by the connector who made it', () => {
    expect(blockableResident({ parties: [sanne, bram], myParty: 1 })).toEqual(bram);
    expect(blockableResident({ parties: [sanne, club], myParty: 1 })).toBeNull();
    expect(blockableResident({ parties: [sanne, bram], myParty: null })).toBeNull();
    // When an organisation asked, the member who asked for it can be blocked.
    const asker = { byConnector: false, requestedBy: 'Olga', requestedById: '00000000-0000-4000-8000-000000000009' };
    expect(blockableResident({ parties: [sanne, club], myParty: 1, ...asker })).toMatchObject({
      kind: 'resident',
      id: asker.requestedById,
      name: 'Olga',
    });
    expect(blockableResident({ parties: [sanne, club], myParty: 1, ...asker, byConnector: true })).toBeNull();
  });

  it('says who asked: me, someone by name, via a connector, or someone whose account is gone', () => {
    expect(askedBy({ askedByMe: true, byConnector: false, requestedBy: 'Sanne' })).toEqual({ key: 'askedByMe' });
    expect(askedBy({ askedByMe: false, byConnector: false, requestedBy: 'Sanne' })).toEqual({
      key: 'askedBy',
      name: 'Sanne',
    });
    expect(askedBy({ askedByMe: false, byConnector: true, requestedBy: 'Ans' })).toEqual({
      key: 'viaConnector',
      name: 'Ans',
    });
    expect(askedBy({ askedByMe: false, byConnector: true, requestedBy: null })).toEqual({ key: 'viaConnectorGone' });
    expect(askedBy({ askedByMe: false, byConnector: false, requestedBy: null })).toEqual({ key: 'askedByGone' });
  });
});
