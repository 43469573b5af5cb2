import { useEffect } from "react"
import { AppBar, Layout, LoadingIndicator, TitlePortal, UserMenu, useGetIdentity, useLocaleState, useTranslate, type LayoutProps } from "react-admin"
import { LanguageToggle } from "./language-toggle"
import { Menu } from "./menu"
import { StudioPicker } from "./studio-picker"

/** The signed-in person's menu, named by the name it shows (react-admin's calls it "Profile" whatever it shows). */
function IdentityMenu() {
  const { identity } = useGetIdentity()
  return <UserMenu label={identity?.fullName ?? "ra.auth.user_menu"} />
}

function DoorstepAppBar() {
  const translate = useTranslate()
  return (
    <AppBar
      userMenu={<IdentityMenu />}
      toolbar={
        <>
          <LanguageToggle />
          {/* Its spinner, shown while anything loads, is named for screen readers (passed through to MUI's progress). */}
          <LoadingIndicator aria-label={translate("ra.page.loading")} />
        </>
      }
    >
      <TitlePortal variant="h6" sx={{ flex: 1, minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }} />
      <StudioPicker />
    </AppBar>
  )
}

/** react-admin's responsive layout (a drawer on phones) with the role's menu and, for the platform, the studio picker. */
export function DoorstepLayout({ children }: LayoutProps) {
  const [locale] = useLocaleState()
  // Screen readers and fonts follow the chosen language.
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  return (
    <Layout appBar={DoorstepAppBar} menu={Menu}>
      {children}
    </Layout>
  )
}
