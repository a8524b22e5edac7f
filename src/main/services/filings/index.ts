export { FilingService } from './filing-service';
