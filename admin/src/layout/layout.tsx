import { AppBar, Layout, TitlePortal, type LayoutProps } from "react-admin"
import { Menu } from "./menu"
import { StudioPicker } from "./studio-picker"

function DoorstepAppBar() {
  return (
    <AppBar>
      <TitlePortal />
      <StudioPicker />
    </AppBar>
  )
}

/** react-admin's responsive layout (a drawer on phones) with the role's menu and, for the platform, the studio picker. */
export function DoorstepLayout({ children }: LayoutProps) {
  return (
    <Layout appBar={DoorstepAppBar} menu={Menu}>
      {children}
    </Layout>
  )
}
