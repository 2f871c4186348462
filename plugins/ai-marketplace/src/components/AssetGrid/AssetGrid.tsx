import Grid from '@material-ui/core/Grid';
import { MarketplaceAsset, ReuseScope } from '../../lib/marketplace/assets';
import { useAssetHref } from '../../hooks/useAssetHref';
import { AssetCard } from '../AssetCard';

/** A page of assets as cards; the page keeps the number of cards small. */
export function AssetGrid(props: {
  assets: readonly MarketplaceAsset[];
  reuseScope?: ReuseScope;
}) {
  const { assets, reuseScope } = props;
  const hrefOf = useAssetHref();
  return (
    <Grid container spacing={2} alignItems="stretch">
      {assets.map(asset => (
        <Grid item xs={12} sm={6} lg={4} key={asset.entityRef}>
          <AssetCard
            asset={asset}
            href={hrefOf(asset)}
            reuseScope={reuseScope}
          />
        </Grid>
      ))}
    </Grid>
  );
}
