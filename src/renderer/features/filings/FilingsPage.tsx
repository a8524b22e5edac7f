import { ComingSoon } from '../../components/ComingSoon';

export default function FilingsPage() {
  return <ComingSoon heading="nav.filings.label" title="filings.coming.title" body="filings.coming.body" />;
}
