export { WarningText } from './WarningText';
export { statusTextColor } from './statusTextColor';
