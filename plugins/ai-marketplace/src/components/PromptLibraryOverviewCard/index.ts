export { PromptLibraryOverviewCard } from './PromptLibraryOverviewCard';
