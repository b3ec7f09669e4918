import type { ImportOptions, ImportSource } from './import-run-types';

function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '').trim();
  return name === '' ? 'Imported data' : name.slice(0, 120);
}

/** The fields every imported user layer has, whatever the file's format. */
export function layerBase(source: ImportSource, options: ImportOptions) {
  return {
    id: options.userLayerId,
    name: baseName(source.name),
    fileName: source.name.slice(0, 255),
    fileBytes: source.blob.size,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    userProvided: true as const,
  };
}
