import { html, nothing, type TemplateResult } from 'lit';
import type { Upload } from '../../sdk/index.ts';
import { acceptList, formatBytes } from './file-checks.ts';

export type UploadZoneState = {
  formats: string[];
  maxBytes: number;
  upload: Upload | undefined;
  /** 0…1 while a file is on its way, -1 otherwise. */
  progress: number;
  fileName: string;
  error: string;
};

export type UploadZoneHandlers = {
  onFile(file: File): void;
  onCancel(): void;
};

/** Marks the zone while a file is dragged over it; a class, not state, so dragging does not re-render. */
function onDrag(event: DragEvent): void {
  event.preventDefault();
  (event.currentTarget as HTMLElement).classList.toggle('over', event.type === 'dragover');
}

/**
 * The design drop zone. The file input stays in the page, visually hidden, so Tab reaches it and
 * Enter or Space opens the picker; its label is the button people see and click.
 */
export function renderUploadZone(state: UploadZoneState, handlers: UploadZoneHandlers): TemplateResult {
  const sending = state.progress >= 0;
  const percent = Math.round(state.progress * 100);
  return html`<div
    part="dropzone"
    class="drop"
    @dragover=${onDrag}
    @dragleave=${onDrag}
    @drop=${(event: DragEvent) => {
      onDrag(event);
      const file = event.dataTransfer?.files[0];
      if (file) handlers.onFile(file);
    }}
  >
    ${
      sending
        ? html`<div part="progress" class="progress">
          <label for="progress" class="label">Uploading ${state.fileName}… ${percent}%</label>
          <progress id="progress" max="100" .value=${percent}></progress>
          <button part="cancel button" class="button secondary" type="button" @click=${handlers.onCancel}>Cancel upload</button>
        </div>`
        : html`<input
            id="file"
            class="visually-hidden"
            type="file"
            accept=${acceptList(state.formats)}
            aria-describedby="file-hint file-error"
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) handlers.onFile(file);
            }}
          />
          ${
            state.upload
              ? html`<p part="file" class="file">
                <strong>${state.upload.fileName}</strong>
                <span class="hint">${state.upload.format.toUpperCase()} · ${formatBytes(state.upload.size)}</span>
              </p>`
              : nothing
          }
          <label part="choose button" class="button ${state.upload ? 'secondary' : ''}" for="file">
            ${state.upload ? 'Replace design' : 'Choose a file'}
          </label>
          <p id="file-hint" class="hint">
            or drop it here. ${state.formats.map((format) => format.toUpperCase()).join(', ')} up to ${formatBytes(state.maxBytes)}.
          </p>`
    }
    <p id="file-error" part="upload-error" class="error" role="alert">${state.error}</p>
  </div>`;
}
