"use client"

import dynamic from "next/dynamic"
import { useState } from "react"
import type { SavedAddress, VisitAddress } from "@/lib/booking"
import { CITY, DISTRICTS, districtLabel } from "@/lib/districts"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { DistrictSelect } from "./district-select"
import type { MapTiles } from "./map-pin"
import { booking } from "@/lib/messages/booking"
import { textsOf } from "@/lib/texts"

const MapPin = dynamic(() => import("./map-pin").then((m) => m.MapPin), { ssr: false })

const PHONE = /^\+?\d{6,15}$/

/**
 * Where the beautician comes: one of the customer's saved addresses, or a new
 * one by district, street address and a pin (on the district's centre until
 * moved on the map), with the contact who opens the door.
 */
export function AddressStep({
  locale,
  saved,
  tiles,
  onConfirm,
}: {
  locale: Locale
  saved: SavedAddress[]
  tiles: MapTiles
  onConfirm: (address: VisitAddress, keep: boolean) => void
}) {
  const t = textsOf(locale, booking)
  const [chosen, setChosen] = useState<string>(saved[0]?.id ?? "new")
  const [district, setDistrict] = useState("")
  const [pin, setPin] = useState<{ lat: number; lng: number } | null>(null)
  const [showMap, setShowMap] = useState(false)
  const [keep, setKeep] = useState(true)
  const [phoneError, setPhoneError] = useState(false)

  const centre = DISTRICTS.find((d) => d.name === district)
  const at = pin ?? (centre ? { lat: centre.lat, lng: centre.lng } : null)

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault()
        if (chosen !== "new") {
          const address = saved.find((a) => a.id === chosen)
          if (address) {
            const { id: _id, ...visit } = address
            onConfirm(visit, false)
          }
          return
        }
        const data = new FormData(event.currentTarget)
        const phone = String(data.get("contact_phone")).replace(/[\s-]/g, "")
        if (!PHONE.test(phone)) return setPhoneError(true)
        if (!at) return
        const notes = String(data.get("notes") ?? "").trim()
        onConfirm(
          {
            line1: String(data.get("line1")).trim(),
            city: CITY["zh-CN"],
            district,
            lat: at.lat,
            lng: at.lng,
            contact_name: String(data.get("contact_name")).trim(),
            contact_phone: phone,
            ...(notes ? { notes } : {}),
          },
          keep,
        )
      }}
    >
      {saved.length > 0 && (
        <fieldset className="choice-list">
          <legend>{t.savedAddresses}</legend>
          {saved.map((address) => (
            <label key={address.id} className="choice">
              <input type="radio" name="address" value={address.id} checked={chosen === address.id} onChange={() => setChosen(address.id)} />
              <span className="choice-body">
                <strong>
                  {districtLabel(address.district, locale)} · {address.line1}
                </strong>
                <small>
                  {address.contact_name} {address.contact_phone}
                </small>
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="address" value="new" checked={chosen === "new"} onChange={() => setChosen("new")} />
            <span className="choice-body">
              <strong>{t.newAddress}</strong>
            </span>
          </label>
        </fieldset>
      )}
      {chosen === "new" && (
        <>
          <div className="field-grid">
            <DistrictSelect
              locale={locale}
              label={t.district}
              value={district}
              onChange={(chosen) => {
                setDistrict(chosen)
                setPin(null)
              }}
            />
            <label className="field field-wide">
              <span>{t.line1}</span>
              <input name="line1" required maxLength={200} placeholder={t.line1Hint} autoComplete="street-address" />
            </label>
            <label className="field">
              <span>{t.contactName}</span>
              <input name="contact_name" required maxLength={50} autoComplete="name" />
            </label>
            <label className="field">
              <span>{t.contactPhone}</span>
              <input
                name="contact_phone"
                type="tel"
                inputMode="tel"
                required
                autoComplete="tel"
                aria-invalid={phoneError}
                aria-describedby={phoneError ? "contact-phone-error" : undefined}
                onChange={() => setPhoneError(false)}
              />
              {phoneError && (
                <small id="contact-phone-error" className="field-error">
                  {errorText(locale, "INVALID_PHONE")}
                </small>
              )}
            </label>
            <label className="field field-wide">
              <span>{t.notes}</span>
              <input name="notes" maxLength={500} placeholder={t.notesHint} />
            </label>
          </div>
          {at && (
            <div className="map-block">
              <button type="button" className="link-button" aria-expanded={showMap} onClick={() => setShowMap(!showMap)}>
                {showMap ? t.hideMap : t.adjustOnMap}
              </button>
              {showMap && (
                <>
                  <p className="form-hint">{t.mapHint}</p>
                  <MapPin at={at} tiles={tiles} label={t.mapLabel} onMove={setPin} />
                </>
              )}
              {pin && <p className="form-hint">{t.pinAt(pin.lat.toFixed(5), pin.lng.toFixed(5))}</p>}
            </div>
          )}
          <label className="check">
            <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
            <span>{t.keepAddress}</span>
          </label>
        </>
      )}
      <button type="submit" className="button">
        {t.useAddress}
      </button>
    </form>
  )
}
