export { ReportService, type ReportServiceOptions } from './report-service';
