export { ProducerConsumerHeatmap } from './ProducerConsumerHeatmap';
