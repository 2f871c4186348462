import { Route, Routes } from 'react-router-dom';
import { GuildPage } from '../GuildPage';
import { InsightsPage } from '../InsightsPage';
import { MarketplacePage } from '../MarketplacePage';

/**
 * The plugin's pages under its mount point (`/ai-marketplace` in the demo):
 * the marketplace, the platform dashboard and the guild pages.
 */
export const Router = () => (
  <Routes>
    <Route path="/" element={<MarketplacePage />} />
    <Route path="/insights" element={<InsightsPage />} />
    <Route path="/guilds/:namespace/:name" element={<GuildPage />} />
  </Routes>
);
