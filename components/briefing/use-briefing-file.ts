'use client';

import type { ChangeEvent } from 'react';
import { MAX_BRIEFING_FILE_BYTES, parseBriefingFile, serializeBriefingFile } from '@/lib/briefing/briefing-schema';
import { draftFromInput, type BriefingDraft } from '@/lib/briefing/slide-ops';
import { downloadBlob } from '../ui/download';
import { exportFileName } from './export-layout';
import { quoted } from './panel-wording';
import type { PanelFeedback } from './use-panel-feedback';

export interface BriefingFileOptions {
  draft: BriefingDraft;
  /** Makes an imported briefing the open one (asking first when that would lose unsaved changes). */
  replaceWith: (next: BriefingDraft, label: string, status: string) => void;
  feedback: PanelFeedback;
}

/** The briefing as a JSON file: exporting the open one, importing one (which is not saved on this server). */
export function useBriefingFile({ draft, replaceWith, feedback: { say, fail } }: BriefingFileOptions) {
  const exportFile = () => {
    const title = draft.title.trim() || 'Untitled briefing';
    const text = serializeBriefingFile({ title, slides: draft.slides });
    downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName(title, new Date(), 'json'));
    say(`Exported ${quoted(title)} as a briefing file.`);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    // Refused before reading: a huge file must not be loaded into memory only to be turned down.
    if (file.size > MAX_BRIEFING_FILE_BYTES) {
      return fail(`Could not import “${file.name}”: file too large (the limit is ${MAX_BRIEFING_FILE_BYTES / (1024 * 1024)} MB). Nothing was changed.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return fail(`Could not import “${file.name}”: the file could not be read.`);
    }
    const parsed = parseBriefingFile(bytes);
    if (!parsed.ok) return fail(`Could not import “${file.name}”: ${parsed.message}. Nothing was changed.`);
    const next = draftFromInput(parsed.value.briefing);
    replaceWith(
      next,
      `the imported ${quoted(next.title)}`,
      `Imported ${quoted(next.title)} (${next.slides.length} ${next.slides.length === 1 ? 'slide' : 'slides'}). It is not saved on this server yet.`,
    );
  };

  return { exportFile, importFile };
}

export type BriefingFile = ReturnType<typeof useBriefingFile>;
