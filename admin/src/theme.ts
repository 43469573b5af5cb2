import { defaultTheme, type RaThemeOptions } from "react-admin"

/**
 * react-admin's theme in the storefront's rose: white text on its app bar,
 * buttons and status chips reads at 4.5:1 and more (the default blue, and
 * MUI's orange and light blue, fall short).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: "#a03a5c" },
    secondary: { main: "#7a2b46" },
    // Status chips carry white text: MUI's own orange and light blue read at under 4.5:1.
    warning: { main: "#b45309" },
    info: { main: "#01579b" },
  },
}
