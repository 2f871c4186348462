import { listTemplateVariables } from './promptTemplate';

describe('listTemplateVariables', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(
      listTemplateVariables('Hi {{name}}, about {{ product }}: {{name}} again'),
    ).toEqual(['name', 'product']);
  });

  it('ignores text that only looks like a placeholder', () => {
    expect(
      listTemplateVariables('{{}} {{ 1st }} {single} {{a-b}} {{ok_2}}'),
    ).toEqual(['ok_2']);
  });

  it('returns nothing for a template without placeholders', () => {
    expect(listTemplateVariables('Summarise the thread.')).toEqual([]);
  });
});
