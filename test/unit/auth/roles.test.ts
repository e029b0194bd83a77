import { expect } from 'chai';
import {
  can,
  isPermission,
  mayAssign,
  PERMISSION_DESCRIPTIONS,
  PERMISSIONS,
  permissionsOf,
  requiresSecondFactor,
  ROLE_PERMISSIONS,
  ROLES,
  rolesForNodeRole,
} from '../../../node/auth/roles.ts';

describe('roles and permissions', () => {
  it('lets officers enter cases and nominal data, but not export or manage anything', () => {
    for (const permission of ['case:read', 'case:write', 'nominal:read', 'nominal:write'] as const) {
      expect(can('officer', permission), permission).to.equal(true);
    }
    for (const permission of [
      'export',
      'user:manage',
      'peer:manage',
      'agreement:manage',
      'audit:read',
    ] as const) {
      expect(can('officer', permission), permission).to.equal(false);
    }
  });

  it('lets analysts search, count and export, but not edit cases', () => {
    expect(can('analyst', 'case:read')).to.equal(true);
    expect(can('analyst', 'stats:read')).to.equal(true);
    expect(can('analyst', 'export')).to.equal(true);
    expect(can('analyst', 'case:write')).to.equal(false);
  });

  it('gives peers and agreements to the exchange administrator only, on a national node', () => {
    const managers = ROLES.filter((role) => can(role, 'agreement:manage'));
    expect(managers).to.have.members(['exchange-admin', 'wco-admin']);
    expect(can('exchange-admin', 'peer:manage')).to.equal(true);
    expect(can('national-admin', 'peer:manage')).to.equal(false);
  });

  it('keeps the audit log away from administrators and gives auditors nothing but reading', () => {
    expect(ROLES.filter((role) => can(role, 'audit:read'))).to.deep.equal(['auditor']);
    const auditor = permissionsOf('auditor');
    expect(auditor.every((permission) => permission.endsWith(':read'))).to.equal(true);
    expect(auditor).to.not.include('nominal:read');
  });

  it('never lets an administrator role read nominal data', () => {
    for (const role of [
      'exchange-admin',
      'national-admin',
      'wco-admin',
      'auditor',
      'wco-analyst',
      'wco-admin',
    ]) {
      expect(can(role, 'nominal:read'), role).to.equal(false);
    }
  });

  it('grants only documented permissions and refuses unknown roles', () => {
    for (const role of ROLES) {
      for (const permission of ROLE_PERMISSIONS[role])
        expect(isPermission(permission), permission).to.equal(true);
    }
    for (const permission of PERMISSIONS) expect(PERMISSION_DESCRIPTIONS[permission]).to.be.a('string');
    expect(can('admin', 'user:manage')).to.equal(false);
    expect(can('', 'case:read')).to.equal(false);
    expect(can('__proto__', 'case:read')).to.equal(false);
    expect(permissionsOf('root')).to.deep.equal([]);
  });

  it('every permission is held by some role', () => {
    const held = new Set(ROLES.flatMap((role) => ROLE_PERMISSIONS[role]));
    expect(PERMISSIONS.filter((permission) => !held.has(permission))).to.deep.equal([]);
  });

  it('offers national roles on a national node and WCO roles on the WCO node', () => {
    expect(rolesForNodeRole('national')).to.have.members([
      'officer',
      'analyst',
      'exchange-admin',
      'national-admin',
      'auditor',
    ]);
    expect(rolesForNodeRole('wco')).to.include.members(['wco-analyst', 'wco-admin']);
    expect(rolesForNodeRole('wco')).to.not.include('officer');
  });

  it('requires a second factor for administrator roles only', () => {
    expect(ROLES.filter((role) => requiresSecondFactor(role))).to.have.members([
      'exchange-admin',
      'national-admin',
      'wco-admin',
    ]);
    expect(requiresSecondFactor('nonsense')).to.equal(false);
  });

  it('lets only the national or WCO administrator assign roles, of its own node, never to itself', () => {
    const to = (target: string) => ({ actor: 'chief', target });
    expect(mayAssign('national-admin', 'officer', to('maria'))).to.equal(true);
    expect(mayAssign('national-admin', 'national-admin', to('deputy'))).to.equal(true);
    expect(mayAssign('national-admin', 'wco-admin', to('maria'))).to.equal(false);
    expect(mayAssign('wco-admin', 'wco-analyst', to('ana'))).to.equal(true);
    expect(mayAssign('wco-admin', 'officer', to('ana'))).to.equal(false);
    for (const actor of ['officer', 'analyst', 'exchange-admin', 'auditor', 'wco-analyst']) {
      expect(mayAssign(actor, 'officer', to('maria')), actor).to.equal(false);
    }
    expect(mayAssign('national-admin', 'auditor', { actor: 'chief', target: 'chief' })).to.equal(false);
    expect(mayAssign('national-admin', 'officer', { actor: 'chief', target: ' Chief ' })).to.equal(false);
    expect(mayAssign('national-admin', 'superuser', to('maria'))).to.equal(false);
  });
});
