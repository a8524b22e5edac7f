import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { appRoutes, routeForPath } from './routes';

/** The side navigation; antd's Menu is keyboard-usable (arrows, Enter). */
export function NavMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const current = routeForPath(location.pathname);
  return (
    <nav aria-label={t('nav.menu.label')}>
      <Menu
        mode="inline"
        selectedKeys={current ? [current.path] : []}
        items={appRoutes.map((route) => ({ key: route.path, label: t(route.label) }))}
        onClick={({ key }) => {
          void navigate(key);
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
