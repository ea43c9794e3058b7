export { ReportBuilder, ShownSelection, type ReportOptions, type ReportInputs } from './report-builder.js';
export { fromProcessed, type ReportDocument, type ReportMention } from './document.js';
export { cooccurrenceSink, reportSink, fromResult, type ReportResult } from './sink.js';
