import { DISTRICTS } from "@/lib/districts"
import type { Locale } from "@/lib/locale"
import { booking } from "@/lib/messages/booking"
import { textsOf } from "@/lib/texts"

/** One of Shanghai's districts, by its Chinese name (what service areas match on), shown in the page's language. */
export function DistrictSelect({ locale, label, value, onChange }: { locale: Locale; label: string; value: string; onChange: (district: string) => void }) {
  const t = textsOf(locale, booking)
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
