import { districtLabel } from "@/lib/districts"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import { FILTERS_OF, RATING_STEPS, type SearchState } from "@/lib/search"

interface Choice {
  value: string
  label: string
}

/** A labelled group of chips that are radios underneath (arrow keys move between them, one is chosen); "any" first. */
function ChipGroup({ name, legend, choices, chosen, anyLabel }: { name: string; legend: string; choices: Choice[]; chosen?: string; anyLabel: string }) {
  return (
    <fieldset className="search-group">
      <legend>{legend}</legend>
      <div className="search-chips">
        {[{ value: "", label: anyLabel }, ...choices].map((choice) => (
          <label key={choice.value || "any"} className="search-chip">
            <input type="radio" name={name} value={choice.value} defaultChecked={(chosen ?? "") === choice.value} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** Facet values, most matches first, each with its count; the chosen one stays even when nothing matches it now. */
function counted(facet: Record<string, number> | undefined, chosen: string | undefined, name: (value: string) => string, withCount: (name: string, n: number) => string): Choice[] {
  const entries = Object.entries(facet ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (chosen && !entries.some(([value]) => value === chosen)) entries.push([chosen, 0])
  return entries.map(([value, n]) => ({ value, label: withCount(name(value), n) }))
}

/**
 * The filters the current tab offers, as form fields named as in the URL: a
 * service's category and price, a beautician's rating and area, the studio.
 */
export function SearchFilters({
  state,
  facets,
  categoryNames,
  studioNames,
  locale,
}: {
  state: SearchState
  facets: Partial<Record<"category" | "district" | "merchant_handle", Record<string, number>>>
  categoryNames: Record<string, string>
  studioNames: Record<string, string>
  locale: Locale
}) {
  const t = messagesFor(locale)
  const offered = FILTERS_OF[state.type ?? "all"]
  return (
    <>
      {offered.includes("category") && (
        <ChipGroup
          name="category"
          legend={t.searchCategory}
          anyLabel={t.searchAny}
          chosen={state.category}
          choices={counted(facets.category, state.category, (handle) => categoryNames[handle] ?? handle, t.searchWithCount)}
        />
      )}
      {offered.includes("minPrice") && (
        <fieldset className="search-group">
          <legend>{t.searchPrice}</legend>
          <div className="search-price">
            <label>
              <span className="visually-hidden">{t.searchPriceMin}</span>
              <input name="min_price" type="number" inputMode="numeric" min={0} step={1} placeholder={t.searchPriceMin} defaultValue={state.minPrice} />
            </label>
            <span aria-hidden>–</span>
            <label>
              <span className="visually-hidden">{t.searchPriceMax}</span>
              <input name="max_price" type="number" inputMode="numeric" min={0} step={1} placeholder={t.searchPriceMax} defaultValue={state.maxPrice} />
            </label>
          </div>
        </fieldset>
      )}
      {offered.includes("minRating") && (
        <ChipGroup
          name="min_rating"
          legend={t.searchRating}
          anyLabel={t.searchAny}
          chosen={state.minRating === undefined ? undefined : String(state.minRating)}
          choices={RATING_STEPS.map((rating) => ({ value: String(rating), label: t.searchRatingAtLeast(rating) }))}
        />
      )}
      {offered.includes("district") && (
        <ChipGroup
          name="district"
          legend={t.searchDistrict}
          anyLabel={t.searchAny}
          chosen={state.district}
          choices={counted(facets.district, state.district, (district) => districtLabel(district, locale), t.searchWithCount)}
        />
      )}
      {offered.includes("studio") && Object.keys(facets.merchant_handle ?? {}).length > 0 && (
        <ChipGroup
          name="studio"
          legend={t.searchStudio}
          anyLabel={t.searchAny}
          chosen={state.studio}
          choices={counted(facets.merchant_handle, state.studio, (handle) => studioNames[handle] ?? handle, (name) => name)}
        />
      )}
    </>
  )
}
