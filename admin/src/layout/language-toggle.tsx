import TranslateIcon from "@mui/icons-material/Translate"
import { Button } from "@mui/material"
import { useLocaleState, useTranslate } from "react-admin"

/**
 * 中文 ⇄ English in one tap, small enough for a phone's app bar (react-admin's
 * locale menu spells the language out and wraps). The choice is kept in
 * react-admin's store (localStorage), so it survives a reload.
 */
export function LanguageToggle() {
  const [locale, setLocale] = useLocaleState()
  const translate = useTranslate()
  const english = locale === "en"
  const text = english ? "中文" : "EN"
  return (
    <Button
      color="inherit"
      startIcon={<TranslateIcon />}
      onClick={() => setLocale(english ? "zh-CN" : "en")}
      // The name a screen reader (or voice control) hears starts with the words on the button.
      aria-label={`${text} · ${translate("doorstep.language.switch")}`}
      lang={english ? "zh-CN" : "en"}
      sx={{ minWidth: 44, minHeight: 44, whiteSpace: "nowrap", flex: "0 0 auto" }}
    >
      {text}
    </Button>
  )
}
