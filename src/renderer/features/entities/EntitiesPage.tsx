import { ComingSoon } from '../../components/ComingSoon';

export default function EntitiesPage() {
  return <ComingSoon heading="nav.entities.label" title="entities.coming.title" body="entities.coming.body" />;
}
