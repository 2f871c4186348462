export { WarningText } from './WarningText';
