import { ReactElement } from 'react';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';

/** Why a card has nothing to show: the empty state's title and text. */
export type NothingToShow = { title: string; description: string };

/**
 * The loaded value of a card's request, or the card to show instead: a
 * progress bar while it loads, the error, or an empty state when `empty`
 * says there is nothing to show. Every dashboard card keeps the same three
 * states this way.
 */
export function loadedOrStateCard<T>(options: {
  title: string;
  state: { loading: boolean; error?: Error; value?: T };
  errorTitle: string;
  empty?: (value: T) => NothingToShow | undefined;
}): { value: T } | { card: ReactElement } {
  const { title, state, errorTitle, empty } = options;
  if (state.loading) {
    return {
      card: (
        <InfoCard title={title}>
          <Progress />
        </InfoCard>
      ),
    };
  }
  if (state.error || state.value === undefined) {
    return {
      card: (
        <InfoCard title={title}>
          <ResponseErrorPanel
            error={state.error ?? new Error('No answer')}
            title={errorTitle}
          />
        </InfoCard>
      ),
    };
  }
  const nothing = empty?.(state.value);
  if (nothing) {
    return {
      card: (
        <InfoCard title={title}>
          <EmptyState
            missing="data"
            title={nothing.title}
            description={nothing.description}
          />
        </InfoCard>
      ),
    };
  }
  return { value: state.value };
}
