let cached: boolean | undefined;

/**
 * Whether this browser can give the map a WebGL2 context (it can be switched off by policy or flags).
 * Probed once per page: React calls this on every render (a useSyncExternalStore snapshot), and each
 * probe would otherwise create and lose a context.
 */
export function hasWebGL2(): boolean {
  cached ??= probeWebGL2();
  return cached;
}

function probeWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Give the probe context back at once: browsers cap live contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
