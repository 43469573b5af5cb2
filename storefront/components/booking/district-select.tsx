import { DISTRICTS } from "@/lib/districts"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"

/** One of Shanghai's districts, by its Chinese name (what service areas match on), shown in the page's language. */
export function DistrictSelect({ locale, label, value, onChange }: { locale: Locale; label: string; value: string; onChange: (district: string) => void }) {
  const t = messagesFor(locale)
  return (
    <label className="field">
      <span>{label}</span>
      <select name="district" required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="" disabled>
          {t.chooseDistrict}
        </option>
        {DISTRICTS.map((d) => (
          <option key={d.name} value={d.name}>
            {locale === "en" ? d.en : d.name}
          </option>
        ))}
      </select>
    </label>
  )
}
