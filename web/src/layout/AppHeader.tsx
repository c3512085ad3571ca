import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { AboutData } from '../about/AboutData.tsx';
import { ContributeNavLink } from '../contribute/ContributeNavLink.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { NotificationBell } from '../introductions/NotificationBell.tsx';
import { PATHS } from '../paths.ts';
import { instanceName, useInstance } from '../instance/instance-settings.ts';
import { AccountLinks } from './AccountLinks.tsx';
import { DisclosureButton } from './DisclosureButton.tsx';
import { FlashNotice } from './FlashNotice.tsx';
import { SetupBanner } from '../setup/SetupBanner.tsx';
import { usePopover } from './use-popover.ts';

const MENU_ID = 'site-menu';

interface AppHeaderProps {
  /** On the map page the app's name is the page's main heading; elsewhere the page has its own. */
  brandIsHeading?: boolean;
  /** The page's own buttons, shown first (the map page's list toggle). */
  actions?: ReactNode;
}

/**
 * The header of every page. On narrow screens the menu (account links, about the data) folds behind a "Menu" button;
 * the language switch and the page's own buttons stay in view.
 */
export function AppHeader({ brandIsHeading = false, actions }: AppHeaderProps) {
  const { t } = useTranslation();
  const instance = useInstance();
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
      {brandIsHeading ? <h1 className="app-title">{brand}</h1> : <p className="app-title">{brand}</p>}
      <div className="header-actions">
        {actions}
        <NotificationBell />
        <DisclosureButton
          ref={toggleRef}
          className="header-button menu-toggle"
          expanded={menuOpen}
          controls={MENU_ID}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </DisclosureButton>
        <nav id={MENU_ID} className="site-menu" data-open={menuOpen ? '' : undefined} aria-label={t('nav.label')}>
          <ul className="site-menu__list">
            <li>
              <AboutData />
            </li>
            <li>
              <NavLink className="header-link" to={PATHS.agendas}>
                {t('agenda.navLink')}
              </NavLink>
            </li>
            <ContributeNavLink />
            <AccountLinks />
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
      <FlashNotice />
      <SetupBanner />
    </header>
  );
}
