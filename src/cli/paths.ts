// Files shipped with the package. This module and the bundled CLI both sit two levels below the package root.
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
export const resource = (path: string): URL => new URL(path, PACKAGE_ROOT);
