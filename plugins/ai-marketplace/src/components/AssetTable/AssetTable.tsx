import Typography from '@material-ui/core/Typography';
import { Link, Table, TableColumn } from '@backstage/core-components';
import {
  describeReuse,
  KIND_LABELS,
  MarketplaceAsset,
  ReuseScope,
} from '../../lib/marketplace/assets';
import { useAssetHref } from '../../hooks/useAssetHref';
import { AssetTeamLink } from '../AssetTeamLink';
import { AssetMarks } from '../AssetMarks';

// The table adds its own bookkeeping to row objects, so rows wrap the
// assets rather than being them.
type AssetRow = { asset: MarketplaceAsset; href: string; reuse?: string };

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const TWO_LINES = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

const columns: TableColumn<AssetRow>[] = [
  {
    title: 'Owner team',
    render: ({ asset }) =>
      asset.owner ? <AssetTeamLink team={asset.owner} /> : 'No owner',
    cellStyle: { minWidth: 110 },
  },
  {
    title: 'Asset',
    render: ({ asset, href }) => (
      <>
        <Link to={href}>{asset.title}</Link>
        {(asset.featured || asset.readiness) && (
          <div>
            <AssetMarks asset={asset} />
          </div>
        )}
        {asset.description && (
          <Typography variant="body2" color="textSecondary" style={TWO_LINES}>
            {asset.description}
          </Typography>
        )}
      </>
    ),
    cellStyle: { minWidth: 200 },
  },
  {
    title: 'Kind',
    render: ({ asset }) => (
      <>
        {KIND_LABELS[asset.kind]}
        {asset.function && (
          <Typography variant="body2" color="textSecondary">
            {asset.function}
          </Typography>
        )}
      </>
    ),
    cellStyle: NO_WRAP,
  },
  {
    title: 'Guild',
    render: ({ asset }) =>
      asset.guild ? <AssetTeamLink team={asset.guild} /> : '',
    cellStyle: { minWidth: 100 },
  },
  {
    title: 'Action / risk',
    render: ({ asset }) =>
      asset.actionTier || asset.riskTier ? (
        <>
          <div>{asset.actionTier ?? '–'}</div>
          <div>{asset.riskTier ?? '–'}</div>
        </>
      ) : (
        ''
      ),
    cellStyle: NO_WRAP,
  },
  {
    title: 'Lifecycle',
    render: ({ asset }) => asset.lifecycle ?? '',
    cellStyle: NO_WRAP,
  },
  {
    title: 'Reuse',
    render: ({ reuse }) => reuse ?? '',
    cellStyle: { minWidth: 100 },
  },
];

/** A page of assets as table rows: the alternative to the card grid. */
export function AssetTable(props: {
  assets: readonly MarketplaceAsset[];
  reuseScope?: ReuseScope;
}) {
  const { assets, reuseScope } = props;
  const hrefOf = useAssetHref();
  const rows: AssetRow[] = assets.map(asset => ({
    asset,
    href: hrefOf(asset),
    reuse: describeReuse(asset.reuse, reuseScope),
  }));
  return (
    <Table<AssetRow>
      columns={columns}
      data={rows}
      options={{
        paging: false,
        search: false,
        sorting: false,
        toolbar: false,
        draggable: false,
        padding: 'dense',
      }}
    />
  );
}
