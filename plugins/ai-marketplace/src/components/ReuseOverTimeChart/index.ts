export { ReuseOverTimeChart } from './ReuseOverTimeChart';
