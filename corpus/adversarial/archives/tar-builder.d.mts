// Types for tar-builder.mjs (a plain-JS test helper), so the tests that import it are type-checked.
export interface HeaderOptions {
  name: string;
  size?: number;
  type?: string;
  linkname?: string;
  prefix?: string;
  sizeBytes?: Uint8Array;
  checksum?: boolean;
}
export function header(options: HeaderOptions): Buffer;
export function file(name: string, content: string | Uint8Array, extra?: Omit<HeaderOptions, 'name'>): Buffer;
export function pax(records: Record<string, string | number>): Buffer;
export function tar(...parts: Uint8Array[]): Buffer;
export function tgz(...parts: Uint8Array[]): Buffer;
export function base256(n: number): Buffer;
export function negative256(n: number): Buffer;
