import { spawnSync } from 'child_process';
import path from 'path';
import { REPO_ROOT } from '../support/catalogFiles';

/**
 * The portal's app-config.yaml against the configuration schemas of every
 * package: a schema that cannot load or a key that breaks one stops
 * `npm start` at boot, so it fails here first.
 */
describe('app-config.yaml', () => {
  it('passes backstage-cli config:check against every package schema', () => {
    const result = spawnSync(
      'npx',
      [
        'backstage-cli',
        'config:check',
        '--lax',
        '--config',
        path.join(REPO_ROOT, 'app-config.yaml'),
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(result.stderr + result.stdout).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
});
