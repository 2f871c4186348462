export { LinkOrText } from './LinkOrText';
