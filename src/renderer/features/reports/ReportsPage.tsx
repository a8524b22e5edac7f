import { ComingSoon } from '../../components/ComingSoon';

export default function ReportsPage() {
  return <ComingSoon heading="nav.reports.label" title="reports.coming.title" body="reports.coming.body" />;
}
