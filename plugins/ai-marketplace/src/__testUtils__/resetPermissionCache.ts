/**
 * usePermission (@backstage/plugin-permission-react) keeps each answer in
 * SWR's global cache, and dedupes new requests for two seconds: within one
 * test file, a test would get the answer an earlier test's permission mock
 * gave. Call this in `beforeEach` (once the previous test's components are
 * unmounted, so none of them asks again) and every test asks its own mock.
 * SWR is reached through jest because only the permission library depends
 * on it.
 */
export async function resetPermissionCache() {
  const { mutate } = jest.requireActual('swr') as {
    mutate: (
      filter: (key: unknown) => boolean,
      data: undefined,
    ) => Promise<unknown>;
  };
  await mutate(() => true, undefined);
}
