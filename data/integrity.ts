import type { Dataset } from './load-dataset';

/**
 * Geometry checks that a schema cannot express. Returns one message per problem, empty when all is well.
 * (Filled in below as the geometric checks are written.)
 */
export function checkDatasetIntegrity(_dataset: Dataset): string[] {
  return [];
}
