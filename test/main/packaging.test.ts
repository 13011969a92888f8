import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../electron/core/index';
import { APP_ID } from '../../electron/main/identity';

const root = join(import.meta.dirname, '../..');
const builderConfig = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
/** A top-level `key: value` of electron-builder.yml (the file is plain YAML; no parser needed for scalars). */
const topLevel = (key: string) => builderConfig.match(new RegExp(`^${key}:[ \\t]*([^#\\n]*?)[ \\t]*(?:#.*)?$`, 'm'))?.[1];

describe('packaging configuration', () => {
  it('uses the same app id as start-up and the product name the data folder is named after', () => {
    expect(topLevel('appId')).toBe(APP_ID);
    expect(topLevel('productName')).toBe(PRODUCT_NAME);
  });

  it('packages only the build output and unpacks the native SQLite module', () => {
    expect(builderConfig).toMatch(/^files:\n {2}- out\/\*\*\n/m);
    expect(builderConfig).toMatch(/^asarUnpack:\n {2}- '\*\*\/node_modules\/better-sqlite3\/\*\*'$/m);
  });

  it('flips the hardening fuses; file:// pages get no more than in a browser (the app is served from app://shiftdesk/)', () => {
    const fuses = builderConfig.slice(builderConfig.indexOf('electronFuses:'));
    for (const [fuse, value] of Object.entries({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })) {
      expect(fuses, fuse).toMatch(new RegExp(`^ {2}${fuse}: ${value}$`, 'm'));
    }
  });

  it('has a 512 px PNG icon next to its SVG source', () => {
    const png = readFileSync(join(root, 'resources/icons/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(readFileSync(join(root, 'resources/icons/icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
  });
});
