export { PageSwitchLink } from './PageSwitchLink';
