import type { Span } from '../model/span.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js';

/** Least to most severe. */
export const SEVERITIES = ['info', 'warn', 'fail'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `severity` is `level` or worse: atLeast('fail', 'warn') is true, atLeast('info', 'warn') false. */
export const atLeast = (severity: Severity, level: Severity): boolean => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(level);

/** The notes of severity `level` or worse, in order (diagnostics rows carry the severity as a string). */
export const notesAtLeast = <D extends { readonly severity: string }>(notes: readonly D[], level: Severity): D[] => notes.filter((d) => atLeast(d.severity as Severity, level));

/** The warnings and failures among `notes` (what the report shows as a document's problems). */
export const problemsOf = <D extends { readonly severity: string }>(notes: readonly D[]): D[] => notesAtLeast(notes, 'warn');

/** A problem or note that travels with the document (the vfile idea). */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** stage that reported it, stamped by the runner: read, clean, split, tag, resolve, export */
  readonly stage: string;
  /** span in the original text, when the problem has a place */
  readonly span?: Span;
  /** line (1-based) in the original text, derived from span.start when known */
  readonly line?: number;
  /** byte offset in the raw file, for decoding problems */
  readonly byteOffset?: number;
}

export interface ReportOptions {
  readonly span?: Span;
  readonly byteOffset?: number;
}

/** Collects diagnostics for one document; stages call it through `ctx.report`. */
export class Reporter {
  readonly messages: Diagnostic[] = [];
  stage = 'pipeline';

  private add(severity: Severity, code: DiagnosticCode, message: string, opts: ReportOptions = {}): void {
    this.messages.push({ code, severity, message, stage: this.stage, ...opts });
  }

  info(code: DiagnosticCode, message: string, opts?: ReportOptions): void {
    this.add('info', code, message, opts);
  }
  warn(code: DiagnosticCode, message: string, opts?: ReportOptions): void {
    this.add('warn', code, message, opts);
  }
  fail(code: DiagnosticCode, message: string, opts?: ReportOptions): void {
    this.add('fail', code, message, opts);
  }
  /** Reports with the catalogue's default severity for the code. */
  report(code: DiagnosticCode, message: string, opts?: ReportOptions): void {
    this.add(DIAGNOSTIC_CODES[code].severity, code, message, opts);
  }

  get failed(): boolean {
    return this.messages.some((m) => m.severity === 'fail');
  }
}
