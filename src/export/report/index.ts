export { ReportBuilder, type ReportOptions, type ReportInputs } from './report-builder.js';
