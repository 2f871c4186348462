export { KindMismatch } from './KindMismatch';
