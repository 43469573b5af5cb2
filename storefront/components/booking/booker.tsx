"use client"

import { useRouter } from "next/navigation"
import { useCallback, useEffect, useState, useTransition } from "react"
import { SignInForm } from "@/components/account/sign-in-form"
import { anyoneNearby, holdTime } from "@/lib/actions/booking"
import type { SavedAddress, Slot, VisitAddress } from "@/lib/booking"
import type { ServiceOption } from "@/lib/catalog"
import { districtLabel } from "@/lib/districts"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { formatCny } from "@/lib/money"
import { formatWhen } from "@/lib/clock"
import { AddressStep } from "./address-step"
import type { MapTiles } from "./map-pin"
import { SlotPicker } from "./slot-picker"
import { account } from "@/lib/messages/account"
import { booking } from "@/lib/messages/booking"
import { textsOf } from "@/lib/texts"

export interface BookerProps {
  locale: Locale
  productId: string
  options: ServiceOption[]
  initialOptionId: string
  beautician: { id: string; name: string } | null
  /** A start chosen on the beautician's profile, picked once the address is known (if still free there). */
  initialStart?: string
  saved: SavedAddress[]
  dates: string[]
  holdMinutes: number
  signedIn: boolean
  tiles: MapTiles
}

/**
 * The booking page's steps, as Meituan's and Fresha's customers know them:
 * the address first (it decides who can come), the option, who comes, then a
 * day and a time; holding the time asks the customer to sign in when needed
 * and then goes on to pay.
 */
export function Booker({ locale, productId, options, initialOptionId, beautician, initialStart, saved, dates, holdMinutes, signedIn, tiles }: BookerProps) {
  const t = textsOf(locale, account, booking)
  const router = useRouter()
  const [place, setPlace] = useState<VisitAddress | null>(null)
  const [keep, setKeep] = useState(false)
  const [optionId, setOptionId] = useState(initialOptionId)
  const [who, setWho] = useState<string | undefined>(beautician?.id)
  const [slot, setSlot] = useState<Slot | null>(null)
  const [nearby, setNearby] = useState<number | null>(null)
  const [refresh, setRefresh] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [askSignIn, setAskSignIn] = useState(false)
  const [holding, startHolding] = useTransition()
  const option = options.find((o) => o.id === optionId) ?? options[0]
  // The profile's time holds for its option and beautician only; choosing others drops it.
  const wanted = initialStart && option.id === initialOptionId && who === beautician?.id ? initialStart : undefined
  const onSelect = useCallback((picked: Slot | null) => {
    setSlot(picked)
    setError(null)
  }, [])

  useEffect(() => {
    if (!place) return
    setNearby(null)
    void anyoneNearby(productId, place).then((got) => setNearby(got.ok ? got.count : 1))
  }, [place, productId])

  const hold = () =>
    startHolding(async () => {
      if (!place || !slot) return
      setError(null)
      const held = await holdTime({ variantId: option.id, start: slot.start, address: place, beauticianId: who, keepAddress: keep })
      if (held.ok) return router.push(localePath(locale, `/checkout/${held.appointmentId}`))
      if (held.code === "UNAUTHORIZED") return setAskSignIn(true)
      setError(errorText(locale, held.code))
      if (held.code === "SLOT_UNAVAILABLE") {
        setSlot(null)
        setRefresh((n) => n + 1)
      }
    })

  return (
    <div className="booker">
      <section className="panel step" aria-labelledby="step-address">
        <h2 id="step-address">{t.stepAddress}</h2>
        {place ? (
          <div className="chosen">
            <p>
              <strong>
                {districtLabel(place.district, locale)} · {place.line1}
              </strong>
              <br />
              <small>
                {place.contact_name} {place.contact_phone}
              </small>
            </p>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setPlace(null)
                setSlot(null)
              }}
            >
              {t.changeAddress}
            </button>
          </div>
        ) : (
          <AddressStep
            locale={locale}
            saved={saved}
            tiles={tiles}
            onConfirm={(address, keepIt) => {
              setPlace(address)
              setKeep(keepIt)
              setSlot(null)
            }}
          />
        )}
      </section>

      <section className="panel step" aria-labelledby="step-option">
        <h2 id="step-option">{t.stepOption}</h2>
        <div className="choice-list" role="radiogroup" aria-labelledby="step-option">
          {options.map((o) => (
            <label key={o.id} className="choice">
              <input
                type="radio"
                name="option"
                checked={o.id === option.id}
                onChange={() => {
                  setOptionId(o.id)
                  setSlot(null)
                }}
              />
              <span className="choice-body">
                <strong>{o.title}</strong>
                {o.durationMinutes !== null && <small>{t.minutesLong(o.durationMinutes)}</small>}
              </span>
              {o.price !== null && <span className="choice-price">{formatCny(o.price, locale)}</span>}
            </label>
          ))}
        </div>
      </section>

      {beautician && (
        <section className="panel step" aria-labelledby="step-who">
          <h2 id="step-who">{t.stepWho}</h2>
          <div className="choice-list" role="radiogroup" aria-labelledby="step-who">
            {[beautician.id, undefined].map((id) => (
              <label key={id ?? "any"} className="choice">
                <input
                  type="radio"
                  name="who"
                  checked={who === id}
                  onChange={() => {
                    setWho(id)
                    setSlot(null)
                  }}
                />
                <span className="choice-body">
                  <strong>{id ? t.chosenBeautician(beautician.name) : t.anyBeautician}</strong>
                  {!id && <small>{t.anyBeauticianHint}</small>}
                </span>
              </label>
            ))}
          </div>
        </section>
      )}

      <section className="panel step" aria-labelledby="step-time">
        <h2 id="step-time">{t.stepTime}</h2>
        {!place && <p className="form-hint">{initialStart ? t.chosenTimeAfterAddress(formatWhen(initialStart, locale)) : t.pickAddressFirst}</p>}
        {place && nearby === 0 && <p className="notice">{t.nobodyNearby}</p>}
        {place && nearby !== 0 && (
          <SlotPicker
            key={`${option.id}:${who ?? "any"}:${place.lat},${place.lng}`}
            locale={locale}
            variantId={option.id}
            place={place}
            beauticianId={who}
            dates={dates}
            selected={slot}
            refresh={refresh}
            onSelect={onSelect}
            wanted={wanted}
          />
        )}
      </section>

      {askSignIn && (
        <section className="panel step" aria-live="polite" ref={(node) => node?.scrollIntoView({ behavior: "smooth", block: "center" })}>
          <p className="form-hint">{t.signInToBook}</p>
          <SignInForm
            locale={locale}
            headingLevel={2}
            onSignedIn={() => {
              setAskSignIn(false)
              router.refresh()
              hold()
            }}
          />
        </section>
      )}

      {/* Above the bar, where the customer is looking when a time is refused. */}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="summary-bar" aria-live="polite">
        <div>
          <strong>{option.price !== null ? formatCny(option.price, locale) : ""}</strong>
          <small>{slot ? t.summaryTime(formatWhen(slot.start, locale)) : t.pickTime}</small>
        </div>
        <button type="button" className="button" disabled={!place || !slot || holding} onClick={hold}>
          {holding ? t.holding : t.holdAndPay}
        </button>
      </div>
      {slot && <p className="form-hint">{t.holdNote(holdMinutes)}</p>}
    </div>
  )
}
