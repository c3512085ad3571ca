import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../account/session.tsx';
import { AboutData } from '../about/AboutData.tsx';
import { ContributeNavLink } from '../contribute/ContributeNavLink.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { NotificationBell } from '../introductions/NotificationBell.tsx';
import { PATHS } from '../paths.ts';
import { instanceName, useInstance } from '../instance/instance-settings.ts';
import { DisclosureButton } from './DisclosureButton.tsx';
import { FlashNotice } from './FlashNotice.tsx';
import { type HeaderItem, useAccountItems } from './header-items.tsx';
import { SetupBanner } from '../setup/SetupBanner.tsx';
import { usePopover } from './use-popover.ts';

const MENU_ID = 'site-menu';

interface AppHeaderProps {
  /** On the map page the app's name is the page's main heading; elsewhere the page has its own. */
  brandIsHeading?: boolean;
  /** The page's own buttons, shown first (the map page's list toggle). */
  actions?: ReactNode;
}

/** Every link and button of the header menu, in the order shown; the ones used most also in the row where there is room. */
function useHeaderItems(): HeaderItem[] {
  const { t } = useTranslation();
  const { user } = useSession();
  const account = useAccountItems();
  const agendas: HeaderItem = {
    key: 'agendas',
    inlineFrom: user === null ? 'lg' : 'xl',
    node: (
      <NavLink className="header-link" to={PATHS.agendas}>
        {t('agenda.navLink')}
      </NavLink>
    ),
  };
  // "About the data" opens a dialog: it stays in the menu only, so the page holds that dialog once.
  const about: HeaderItem = { key: 'about', node: <AboutData /> };
  if (user === null) return [...account, agendas, about];
  const contribute: HeaderItem = { key: 'contribute', inlineFrom: 'md', node: <ContributeNavLink /> };
  return [contribute, ...account, agendas, about];
}

/**
 * The header of every page, always one row: the name, the links used most as far as they fit, the notification bell,
 * "Menu" with every link and button (the ones in the row left out), and the language switch. Which links the row
 * holds depends on the width of the screen.
 */
export function AppHeader({ brandIsHeading = false, actions }: AppHeaderProps) {
  const { t } = useTranslation();
  const instance = useInstance();
  const items = useHeaderItems();
  const {
    open: menuOpen,
    setOpen: setMenuOpen,
    rootRef: headerRef,
    buttonRef: toggleRef,
    closeToButton: closeMenu,
  } = usePopover<HTMLElement>();

  function closeMenuOnEscape(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || !menuOpen) return;
    // A dialog opened from the menu handles its own Escape.
    if (event.target instanceof HTMLElement && event.target.closest('dialog') !== null) return;
    closeMenu();
  }

  const brand = (
    <Link className="app-brand-link" to={PATHS.map}>
      {instanceName(instance) ?? t('app.name')} <span className="app-tagline">{t('app.tagline')}</span>
    </Link>
  );

  return (
    <header ref={headerRef} className="app-header" onKeyDown={closeMenuOnEscape}>
      <div className="app-header__bar">
        {brandIsHeading ? <h1 className="app-title">{brand}</h1> : <p className="app-title">{brand}</p>}
        <div className="header-actions">
          {actions}
          <nav className="header-nav" aria-label={t('nav.label')}>
            <ul className="header-nav__row">
              {items
                .filter((item) => item.inlineFrom !== undefined)
                .map((item) => (
                  <li key={item.key} className={`header-nav__item--from-${item.inlineFrom}`}>
                    {item.node}
                  </li>
                ))}
            </ul>
            <DisclosureButton
              ref={toggleRef}
              className="header-button menu-toggle"
              expanded={menuOpen}
              controls={MENU_ID}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('nav.menu')}
            </DisclosureButton>
            <ul id={MENU_ID} className="site-menu" hidden={!menuOpen}>
              {items.map((item) => (
                <li
                  key={item.key}
                  className={item.inlineFrom === undefined ? undefined : `site-menu__item--below-${item.inlineFrom}`}
                >
                  {item.node}
                </li>
              ))}
            </ul>
          </nav>
          <NotificationBell />
          <LanguageSwitch />
        </div>
      </div>
      <FlashNotice />
      <SetupBanner />
    </header>
  );
}
