import { ComingSoon } from '../../components/ComingSoon';

export default function ServicesPage() {
  return <ComingSoon heading="nav.services.label" title="services.coming.title" body="services.coming.body" />;
}
