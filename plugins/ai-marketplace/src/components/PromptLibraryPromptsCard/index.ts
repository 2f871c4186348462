export { PromptLibraryPromptsCard } from './PromptLibraryPromptsCard';
