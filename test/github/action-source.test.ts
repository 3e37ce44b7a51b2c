import { describe, expect, it } from 'vitest';
import { actionSource } from '../../src/github/context.js';

const context = {
  serverUrl: 'https://ghe.example.com',
  owner: 'acme',
  repo: 'shop',
  sha: 'f'.repeat(40),
};

describe('actionSource', () => {
  it('reads owner, repository and ref from where the runner unpacked the action', () => {
    expect(
      actionSource(
        {
          GITHUB_ACTION_PATH:
            '/home/runner/work/_actions/kaizen/kaizen-gates/v1.2.0/actions/prom-lint',
        },
        context,
      ),
    ).toEqual({ repositoryUrl: 'https://ghe.example.com/kaizen/kaizen-gates', ref: 'v1.2.0' });
    // The top-level action, on Windows.
    expect(
      actionSource({ GITHUB_ACTION_PATH: 'D:\\a\\_actions\\kaizen\\kaizen-gates\\main' }, context),
    ).toEqual({ repositoryUrl: 'https://ghe.example.com/kaizen/kaizen-gates', ref: 'main' });
  });

  it('takes an action used from the workspace as the repository itself at the run’s commit', () => {
    expect(
      actionSource(
        {
          GITHUB_ACTION_PATH: '/home/runner/work/shop/shop/actions/prom-lint',
          GITHUB_WORKSPACE: '/home/runner/work/shop/shop',
        },
        context,
      ),
    ).toEqual({ repositoryUrl: 'https://ghe.example.com/acme/shop', ref: context.sha });
  });

  it('knows nothing outside an action, or for a path it cannot read', () => {
    expect(actionSource({}, context)).toBeUndefined();
    expect(
      actionSource(
        { GITHUB_ACTION_PATH: '/opt/elsewhere', GITHUB_WORKSPACE: '/home/runner/work/shop/shop' },
        context,
      ),
    ).toBeUndefined();
  });
});
