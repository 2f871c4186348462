import { ANNOTATION_GUILD_LEADS, parseGuildLeads } from './annotations';

describe('parseGuildLeads', () => {
  it('splits, trims and drops empty entries', () => {
    expect(
      parseGuildLeads({
        [ANNOTATION_GUILD_LEADS]:
          ' user:default/sam.chen,, user:default/ana.ruiz ',
      }),
    ).toEqual(['user:default/sam.chen', 'user:default/ana.ruiz']);
  });

  it('returns no leads without the annotation', () => {
    expect(parseGuildLeads(undefined)).toEqual([]);
    expect(parseGuildLeads({})).toEqual([]);
  });
});
