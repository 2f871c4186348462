export { SpecRefLink, SpecRefLinks } from './SpecRefLink';
