import { mockServices } from '@backstage/backend-test-utils';
import { readAiMarketplaceConfig } from './config';

const read = (kpiRollups: object) =>
  readAiMarketplaceConfig(
    mockServices.rootConfig({ data: { aiMarketplace: { kpiRollups } } }),
  ).kpiRollups;

describe('aiMarketplace.kpiRollups', () => {
  it("keeps trailing blocks for the dashboard's windows by default", () => {
    expect(read({}).trailingWindows).toEqual([30, 90, 180]);
  });

  it('reads configured lengths, and none', () => {
    expect(read({ trailingWindows: [7, 30, 30] }).trailingWindows).toEqual([
      7, 30,
    ]);
    expect(read({ trailingWindows: [] }).trailingWindows).toEqual([]);
  });

  it.each([
    [[64], '64'],
    [[1], '1'],
    [[400], '400'],
    [[7.5], '7.5'],
    [['thirty'], '"thirty"'],
  ])('refuses %j, naming the key', (lengths, shown) => {
    expect(() => read({ trailingWindows: lengths })).toThrow(
      `aiMarketplace.kpiRollups.trailingWindows must list whole numbers of days from 2 to 366, none of 1, 2, 4, 8, 16, 32, 64, 128, 256 (aligned blocks have those lengths), got ${shown}`,
    );
  });
});
