/**
 * Styles every console element shares: type, form controls, buttons, tables, messages and a
 * visible focus ring. Logical properties only (margin-inline-start, padding-block…), so Arabic
 * mirrors without a second stylesheet. Colours meet WCAG AA contrast on white.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    color: var(--cen-text, #1a1a1a);
    font-family: var(--cen-font, system-ui, sans-serif);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.5rem;
    margin-block: 0 1rem;
  }
  h2 {
    font-size: 1.2rem;
    margin-block: 1.5rem 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin-block: 1rem 0.5rem;
  }
  h1:focus {
    outline: none;
  }
  a {
    color: var(--cen-primary, #0b4f8a);
  }
  a:hover {
    color: var(--cen-primary-dark, #083a66);
  }
  :focus-visible {
    outline: 3px solid var(--cen-focus, #0b4f8a);
    outline-offset: 2px;
  }
  .panel {
    background: var(--cen-surface, #fff);
    border: 1px solid var(--cen-line, #d0d4d9);
    border-radius: var(--cen-radius, 4px);
    padding: 1rem 1.25rem;
    margin-block-end: 1rem;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: #fff;
    border: 1px solid var(--cen-border, #6b6b6b);
    border-radius: var(--cen-radius, 4px);
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    inline-size: 100%;
    max-inline-size: 32rem;
  }
  textarea {
    min-block-size: 8rem;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: auto;
    margin-inline-end: 0.4rem;
  }
  [aria-invalid='true'] {
    border-color: var(--cen-error, #a4001d);
    border-width: 2px;
  }
  .field {
    margin-block-end: 0.9rem;
  }
  .field-error {
    color: var(--cen-error, #a4001d);
    font-size: 0.9rem;
    margin-block-start: 0.25rem;
  }
  .hint {
    color: var(--cen-muted, #4a4a4a);
    font-size: 0.9rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 1rem;
  }
  fieldset {
    border: 1px solid var(--cen-line, #d0d4d9);
    border-radius: var(--cen-radius, 4px);
    padding: 0.75rem 1rem;
    margin-block: 0 1rem;
    margin-inline: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--cen-radius, 4px);
    border: 1px solid var(--cen-primary, #0b4f8a);
    background: var(--cen-primary, #0b4f8a);
    color: #fff;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    text-decoration: none;
    display: inline-block;
  }
  button:hover,
  .button:hover {
    background: var(--cen-primary-dark, #083a66);
    color: #fff;
  }
  button.secondary,
  .button.secondary {
    background: #fff;
    color: var(--cen-primary, #0b4f8a);
  }
  button.secondary:hover,
  .button.secondary:hover {
    background: #e8eef5;
    color: var(--cen-primary-dark, #083a66);
  }
  button.danger {
    background: #fff;
    color: var(--cen-error, #a4001d);
    border-color: var(--cen-error, #a4001d);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block: 1rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    background: #fff;
  }
  th,
  td {
    text-align: start;
    padding-block: 0.4rem;
    padding-inline: 0.5rem;
    border-block-end: 1px solid var(--cen-line, #d0d4d9);
    vertical-align: top;
  }
  th {
    background: #e9edf1;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block-end: 1rem;
  }
  .message {
    border-radius: var(--cen-radius, 4px);
    padding-block: 0.6rem;
    padding-inline: 0.9rem;
    margin-block: 0 1rem;
    border-inline-start: 4px solid var(--cen-primary, #0b4f8a);
    background: #e8eef5;
  }
  .message.error {
    border-inline-start-color: var(--cen-error, #a4001d);
    background: var(--cen-error-surface, #fdecee);
  }
  .message.warning {
    border-inline-start-color: #8a5a00;
    background: var(--cen-warning-surface, #fff4d6);
  }
  .message.success {
    border-inline-start-color: #1e6b34;
    background: var(--cen-success-surface, #e6f4ea);
  }
  dl.fields {
    display: grid;
    grid-template-columns: minmax(10rem, max-content) 1fr;
    gap: 0.3rem 1rem;
    margin: 0;
  }
  dl.fields dt {
    font-weight: 600;
    color: var(--cen-muted, #4a4a4a);
  }
  dl.fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .mono {
    font-family: ui-monospace, 'Noto Sans Mono', monospace;
    font-size: 0.9em;
  }
  bdi {
    unicode-bidi: isolate;
  }
`;
