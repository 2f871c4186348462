export { ReuseCard } from './ReuseCard';
