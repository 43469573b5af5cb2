"use client"

import { useEffect } from "react"
import { recordServiceView } from "@/lib/actions/recommendations"

/**
 * Notes, once the page is in view, that the signed-in customer opened this
 * service; commerce keeps it only if they turned the viewing history on.
 * Rendered for signed-in customers only. Nothing to show either way.
 */
export function RecordView({ productId }: { productId: string }) {
  useEffect(() => {
    void recordServiceView(productId)
  }, [productId])
  return null
}
