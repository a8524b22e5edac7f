export { ImportService } from './import-service';
