export { ErrorText } from './ErrorText';
